/**
 * schema.org for search engines: an ItemList of Course, each with a
 * CourseInstance per upcoming session (courseMode, location, startDate,
 * endDate, an Offer with the price in "EUR").
 */
import type { Organisation } from '../feed/schema/organisation.js';
import type { Session, Training } from '../feed/schema/formations.js';
import type { JsonLd } from '../jsonld/jsonld-controller.js';
import { postalAddress } from '../jsonld/organisation.js';
import { isFull, sessionDays, sessionMode, sessionPrice, upcomingSessions } from './sessions.js';

const COURSE_MODES = ['onsite', 'blended', 'online'] as const;

function offer(price: number | undefined, t: Training, extra: JsonLd = {}): JsonLd | undefined {
  if (price === undefined) return undefined;
  const regime = t.tarifs?.regime_tva?.regime;
  return {
    '@type': 'Offer',
    category: price === 0 ? 'Free' : 'Paid',
    price,
    priceCurrency: 'EUR',
    ...(regime ? { valueAddedTaxIncluded: regime !== 'ht' } : {}),
    ...extra,
  };
}

function dateTime(day: string, time: string | undefined): string {
  return time ? `${day}T${time}` : day;
}

export function courseInstanceJsonLd(t: Training, s: Session): JsonLd {
  const days = sessionDays(s);
  const mode = sessionMode(t, s);
  const l = s.lieu;
  const address = postalAddress(l);
  const location =
    mode === 2
      ? { '@type': 'VirtualLocation', ...(t.url_formation ? { url: t.url_formation } : {}) }
      : l && (l.nom || address)
        ? { '@type': 'Place', name: l.nom ?? l.commune, address }
        : undefined;
  const status =
    s.statut === 'annulee'
      ? 'https://schema.org/EventCancelled'
      : s.statut === 'reportee'
        ? 'https://schema.org/EventPostponed'
        : 'https://schema.org/EventScheduled';
  return {
    '@type': 'CourseInstance',
    name: t.intitule,
    courseMode: COURSE_MODES[mode],
    startDate: dateTime(days[0]!, s.heure_debut),
    endDate: dateTime(days.at(-1)!, s.heure_fin),
    eventStatus: status,
    location,
    maximumAttendeeCapacity: s.places_total,
    remainingAttendeeCapacity: s.places_restantes,
    offers: offer(sessionPrice(t, s), t, {
      availability: isFull(s) ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
      url: s.url_inscription?.startsWith('http') ? s.url_inscription : undefined,
    }),
  };
}

function isoDuration(t: Training): string | undefined {
  const d = t.duree;
  if (d?.heures) return `PT${d.heures}H`;
  if (d?.jours) return `P${d.jours}D`;
  return undefined;
}

export function courseJsonLd(t: Training, org: Organisation | undefined, today: string): JsonLd {
  const instances = upcomingSessions(t, today).map((s) => courseInstanceJsonLd(t, s));
  const inter = t.tarifs?.inter?.montant ?? t.tarifs?.intra?.montant_base;
  return {
    '@type': 'Course',
    name: t.intitule,
    courseCode: t.reference,
    description: t.resume || t.description || t.intitule,
    url: t.url_formation,
    provider: org ? { '@type': 'Organization', name: org.nom, url: org.site_web } : undefined,
    keywords: t.themes?.length ? t.themes.join(', ') : undefined,
    teaches: t.objectifs?.length ? t.objectifs : undefined,
    coursePrerequisites: t.prerequis || undefined,
    audience: t.public ? { '@type': 'Audience', audienceType: t.public } : undefined,
    timeRequired: isoDuration(t),
    educationalCredentialAwarded: t.certification?.intitule ?? (t.sanction || undefined),
    dateModified: t.date_maj,
    inLanguage: 'fr',
    offers: offer(inter, t),
    hasCourseInstance: instances.length ? instances : undefined,
  };
}

/** The list as an ItemList of Course. */
export function catalogueJsonLd(trainings: readonly Training[], org: Organisation | undefined, today: string): JsonLd {
  return {
    '@type': 'ItemList',
    name: org ? `Formations – ${org.nom}` : 'Formations',
    numberOfItems: trainings.length,
    itemListElement: trainings.map((t, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: courseJsonLd(t, org, today),
    })),
  };
}
