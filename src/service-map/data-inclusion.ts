/**
 * Import from data·inclusion v1 (gip-inclusion/data-inclusion-schema):
 * structures become our feed's `lieux`, services become `services`. The
 * older 0.x names that producers still publish are read too (noted below).
 * The result goes into a feed (`{ version: "1.0", organisation, lieux,
 * services }`); the element validates it like any feed: a value that does
 * not fit is dropped and reported, nothing breaks. Mapping: docs/feed-lieux.md.
 */
import type { Place, Service } from '../feed/schema/lieux.js';

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined =>
  typeof x === 'string' && x.trim() ? x.trim() : typeof x === 'number' ? String(x) : undefined;
const num = (x: unknown): number | undefined => {
  const n = typeof x === 'string' && x.trim() ? Number(x) : x;
  return typeof n === 'number' && isFinite(n) ? n : undefined;
};
const list = (x: unknown): string[] | undefined => {
  const items = (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x])
    .map(str)
    .filter((s): s is string => !!s);
  return items.length ? items : undefined;
};
const date = (x: unknown) => str(x)?.slice(0, 10);

/** Our ids allow letters, digits and - _ . : (80 at most); data·inclusion ids are free text, unique per source. */
export function toIdentifier(id: string, source?: string): string {
  const raw = (source ? `${source}:${id}` : id).replace(/[^A-Za-z0-9_.:-]+/g, '-');
  return raw.slice(0, 80) || 'id';
}

function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

/** A data·inclusion structure as a place. */
export function placeFromStructure(s: Json): Place {
  return clean({
    id: toIdentifier(str(s.id) ?? '', str(s.source)),
    nom: str(s.nom) ?? '',
    // v0: typologie (ASSO, CCAS…); v1 has none.
    type: str(s.typologie),
    // v0: presentation_detail / presentation_resume.
    description: str(s.description) ?? str(s.presentation_detail) ?? str(s.presentation_resume),
    adresse: str(s.adresse),
    complement_adresse: str(s.complement_adresse),
    code_postal: str(s.code_postal),
    commune: str(s.commune),
    code_insee: str(s.code_insee),
    latitude: num(s.latitude),
    longitude: num(s.longitude),
    telephone: str(s.telephone),
    courriel: str(s.courriel),
    site_web: str(s.site_web),
    // v0: horaires_ouverture; v0: accessibilite.
    horaires_accueil: str(s.horaires_accueil) ?? str(s.horaires_ouverture),
    accessibilite_lieu: str(s.accessibilite_lieu) ?? str(s.accessibilite),
    thematiques: list(s.thematiques),
    siret: str(s.siret),
    date_maj: date(s.date_maj),
  }) as Place;
}

/** A data·inclusion service; `structureIds` maps a structure id to its place id. */
export function serviceFromDataInclusion(s: Json, structureIds: Map<string, string>): Service {
  const structure = str(s.structure_id);
  const lieu = structure ? (structureIds.get(structure) ?? toIdentifier(structure, str(s.source))) : undefined;
  const conditions =
    str(s.conditions_acces) ??
    [...(list(s.pre_requis) ?? []), ...(list(s.justificatifs) ?? [])].join('\n') ??
    undefined;
  return clean({
    id: toIdentifier(str(s.id) ?? '', str(s.source)),
    nom: str(s.nom) ?? '',
    description: str(s.description) ?? str(s.presentation_detail) ?? str(s.presentation_resume),
    // v1: type (one); v0: types (several): the first.
    type: str(s.type) ?? list(s.types)?.[0],
    thematiques: list(s.thematiques),
    publics: list(s.publics),
    publics_precisions: str(s.publics_precisions),
    conditions_acces: conditions || undefined,
    // v1: one value ("gratuit", "payant"); v0: a list.
    frais: list(s.frais),
    // v0: frais_autres.
    frais_precisions: str(s.frais_precisions) ?? str(s.frais_autres),
    modes_accueil: list(s.modes_accueil)?.filter(
      (m) => m === 'en-presentiel' || m === 'a-distance',
    ) as Service['modes_accueil'],
    // v0: zone_diffusion_code (one code).
    zone_eligibilite: list(s.zone_eligibilite) ?? list(s.zone_diffusion_code),
    modes_mobilisation: list(s.modes_mobilisation),
    lien_mobilisation: str(s.lien_mobilisation),
    horaires_accueil: str(s.horaires_accueil),
    telephone: str(s.telephone),
    courriel: str(s.courriel),
    lieux: lieu ? [lieu] : undefined,
    date_maj: date(s.date_maj),
  }) as Service;
}

/**
 * data·inclusion v1 structures and services → our feed's `lieux` and
 * `services`. Either argument may be an array, or an API page `{ items: [...] }`.
 * A service with its own coordinates or address whose structure is not in
 * `structures` gets a place of its own (data·inclusion v1 services carry an
 * address), so it still appears on the map.
 */
export function fromDataInclusion(structures: unknown, services?: unknown): { lieux: Place[]; services: Service[] } {
  const items = (x: unknown): Json[] =>
    (Array.isArray(x) ? x : isObject(x) && Array.isArray(x.items) ? x.items : []).filter(isObject);
  const structureIds = new Map<string, string>();
  const lieux = items(structures).map((s) => {
    const p = placeFromStructure(s);
    const id = str(s.id);
    if (id) structureIds.set(id, p.id);
    return p;
  });
  const out: Service[] = [];
  for (const s of items(services)) {
    const service = serviceFromDataInclusion(s, structureIds);
    const structure = str(s.structure_id);
    const hasPlace = (structure && structureIds.has(structure)) || false;
    if (!hasPlace && (num(s.latitude) !== undefined || str(s.code_insee) || str(s.adresse))) {
      const place = placeFromStructure({ ...s, id: `${str(s.id) ?? ''}-lieu` });
      lieux.push(place);
      service.lieux = [place.id];
    }
    out.push(service);
  }
  return { lieux, services: out };
}
