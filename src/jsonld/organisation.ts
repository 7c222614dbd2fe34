/** schema.org Organization from the feed's `organisation`, the base of every element's JSON-LD. */
import type { Address, Organisation } from '../feed/schema/index.js';
import type { JsonLd } from './jsonld-controller.js';

export function postalAddress(a: Address | undefined): JsonLd | undefined {
  if (!a || !(a.adresse || a.commune || a.code_postal)) return undefined;
  return {
    '@type': 'PostalAddress',
    streetAddress: [a.adresse, a.complement_adresse].filter(Boolean).join(', ') || undefined,
    postalCode: a.code_postal,
    addressLocality: a.commune,
    addressCountry: 'FR',
  };
}

export function organizationJsonLd(o: Organisation): JsonLd {
  const identifiers = [
    o.siret && { '@type': 'PropertyValue', propertyID: 'SIRET', value: o.siret },
    o.rna && { '@type': 'PropertyValue', propertyID: 'RNA', value: o.rna },
    o.finess_ej && { '@type': 'PropertyValue', propertyID: 'FINESS', value: o.finess_ej },
  ].filter(Boolean);
  return {
    '@type': 'Organization',
    name: o.nom,
    alternateName: o.sigle,
    description: o.description,
    url: o.site_web,
    logo: o.logo,
    email: o.courriel,
    telephone: o.telephone,
    address: postalAddress(o.adresse),
    identifier: identifiers.length ? identifiers : undefined,
  };
}
