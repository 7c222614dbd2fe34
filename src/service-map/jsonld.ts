/**
 * schema.org for the network: the Organization with one subOrganization per
 * place (address, geo, telephone, openingHours, identifiers), and one
 * Service per service, linked to the place that provides it.
 */
import type { Feed, Place, Service } from '../feed/schema/index.js';
import type { JsonLd } from '../jsonld/jsonld-controller.js';
import { organizationJsonLd, postalAddress } from '../jsonld/organisation.js';
import { parseOpeningHours } from './opening-hours.js';

/** OpenStreetMap opening_hours → schema.org `openingHours` ("Mo-Fr 08:30-12:30"); public-holiday and closed rules left out. */
export function schemaOpeningHours(raw: string | undefined): string[] | undefined {
  if (!raw || !parseOpeningHours(raw)) return undefined;
  const out: string[] = [];
  for (const rule of raw.split(';')) {
    const m = /^\s*((?:Mo|Tu|We|Th|Fr|Sa|Su)[A-Za-z,-]*)?\s*([\d:,\s-]+)$/.exec(rule.trim());
    if (!m || /PH/.test(m[1] ?? '')) continue;
    const days = m[1] ? m[1] + ' ' : 'Mo-Su ';
    for (const span of m[2]!.split(',')) out.push(days + span.trim());
  }
  return out.length ? out : undefined;
}

function placeJsonLd(p: Place, base: string): JsonLd {
  const identifiers = [
    p.finess && { '@type': 'PropertyValue', propertyID: 'FINESS', value: p.finess },
    p.siret && { '@type': 'PropertyValue', propertyID: 'SIRET', value: p.siret },
  ].filter(Boolean);
  return {
    '@type': 'Organization',
    '@id': `${base}#lieu-${p.id}`,
    name: p.nom,
    description: p.description || undefined,
    address: postalAddress(p),
    geo:
      p.latitude !== undefined && p.longitude !== undefined
        ? { '@type': 'GeoCoordinates', latitude: p.latitude, longitude: p.longitude }
        : undefined,
    telephone: p.telephone,
    email: p.courriel,
    url: p.site_web,
    openingHours: schemaOpeningHours(p.horaires_accueil),
    identifier: identifiers.length ? identifiers : undefined,
    audience: p.publics?.length ? { '@type': 'Audience', audienceType: p.publics.join(', ') } : undefined,
  };
}

function serviceJsonLd(s: Service, places: Set<string>, orgId: string, base: string): JsonLd {
  const providers = (s.lieux ?? []).filter((id) => places.has(id)).map((id) => ({ '@id': `${base}#lieu-${id}` }));
  return {
    '@type': 'Service',
    name: s.nom,
    description: s.description || undefined,
    serviceType: s.type,
    provider: providers.length === 1 ? providers[0] : providers.length ? providers : { '@id': orgId },
    areaServed: s.zone_eligibilite?.map((code) =>
      code === 'france' ? { '@type': 'Country', name: 'France' } : { '@type': 'AdministrativeArea', identifier: code },
    ),
    audience: s.publics?.length ? { '@type': 'Audience', audienceType: s.publics.join(', ') } : undefined,
  };
}

export function serviceMapJsonLd(feed: Feed): JsonLd {
  const base = location.href.split('#')[0];
  const orgId = `${base}#organisation`;
  const places = feed.lieux ?? [];
  const org = {
    ...organizationJsonLd(feed.organisation),
    '@id': orgId,
    subOrganization: places.length ? places.map((p) => placeJsonLd(p, base)) : undefined,
  };
  const ids = new Set(places.map((p) => p.id));
  const services = (feed.services ?? []).map((s) => serviceJsonLd(s, ids, orgId, base));
  return services.length ? { '@graph': [org, ...services] } : org;
}
