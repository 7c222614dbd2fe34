/**
 * Places (establishments) and services, with data·inclusion v1 field names
 * (structures and services) where it has them. Field reference and mapping:
 * docs/feed-lieux.md.
 */
import * as v from 'valibot';
import {
  address,
  departementCode,
  email,
  finess,
  identifier,
  inseeCode,
  isoDate,
  link,
  longText,
  phone,
  positiveInteger,
  siret,
  text,
  webUrl,
} from './common.js';

/**
 * Area served: INSEE commune codes, département codes, or "france" (the whole
 * country, as data·inclusion allows).
 */
const zone = v.array(v.union([inseeCode, departementCode, v.literal('france')], 'zone'), 'liste');

/** An establishment or a place where the organisation works. data·inclusion `structure`. */
export const place = v.object({
  id: identifier,
  nom: text,
  /** Kind of place ("Internat", "Lieu de vie et d'accueil", "Service d'aide à domicile"). */
  type: v.optional(text),
  description: v.optional(longText),
  ...address.entries,
  /** WGS84 latitude. Without coordinates the map uses the INSEE code (département level) and says so. */
  latitude: v.optional(v.pipe(v.number('nombre'), v.minValue(-90, 'latitude'), v.maxValue(90, 'latitude'))),
  /** WGS84 longitude. */
  longitude: v.optional(v.pipe(v.number('nombre'), v.minValue(-180, 'longitude'), v.maxValue(180, 'longitude'))),
  telephone: v.optional(phone),
  courriel: v.optional(email),
  site_web: v.optional(webUrl),
  /** Opening hours in OpenStreetMap `opening_hours` syntax ("Mo-Fr 08:30-12:30,13:30-17:00; PH off"). */
  horaires_accueil: v.optional(text),
  /** Link to the place's accessibility information (e.g. Acceslibre). */
  accessibilite_lieu: v.optional(link),
  /** Number of places (beds, children welcomed…). */
  capacite: v.optional(positiveInteger),
  /** Audiences served (data·inclusion `publics` codes such as "familles", "jeunes", or labels). */
  publics: v.optional(v.array(text, 'liste')),
  /** Themes (data·inclusion `thematiques` codes such as "famille--soutien-a-la-parentalite", or labels). */
  thematiques: v.optional(v.array(text, 'liste')),
  /** Area served: INSEE commune or département codes, or "france". */
  zone_eligibilite: v.optional(zone),
  /** SIRET number of the establishment. */
  siret: v.optional(siret),
  /** FINESS number of the establishment (ET). */
  finess: v.optional(finess),
  /** Id of the place this one depends on. */
  parent: v.optional(identifier),
  date_maj: v.optional(isoDate),
});

/** A service offered at one or several places. data·inclusion `service`. */
export const service = v.object({
  id: identifier,
  nom: text,
  description: v.optional(longText),
  /** data·inclusion `type` ("accompagnement", "aide-materielle", "formation", …) or a label. */
  type: v.optional(text),
  thematiques: v.optional(v.array(text, 'liste')),
  publics: v.optional(v.array(text, 'liste')),
  /** data·inclusion `publics_precisions` ("Jeunes de 18 à 21 ans"). */
  publics_precisions: v.optional(longText),
  conditions_acces: v.optional(longText),
  /** data·inclusion `frais` ("gratuit", "payant", …). */
  frais: v.optional(v.array(text, 'liste')),
  /** data·inclusion `frais_precisions`. */
  frais_precisions: v.optional(longText),
  modes_accueil: v.optional(v.array(v.picklist(['en-presentiel', 'a-distance'], 'modes_accueil'), 'liste')),
  /** Area served: INSEE commune or département codes, or "france". Shown shaded on the map. */
  zone_eligibilite: v.optional(zone),
  /** data·inclusion `modes_mobilisation` ("telephoner", "envoyer-un-courriel", …). */
  modes_mobilisation: v.optional(v.array(text, 'liste')),
  /** data·inclusion `lien_mobilisation`: where to ask for the service. */
  lien_mobilisation: v.optional(webUrl),
  /** Opening hours of the service when they differ from its place's (OpenStreetMap `opening_hours`). */
  horaires_accueil: v.optional(text),
  /** Places where the service is delivered (data·inclusion `structure_id`, extended to several). */
  lieux: v.optional(v.array(identifier, 'liste')),
  telephone: v.optional(phone),
  courriel: v.optional(email),
  site_web: v.optional(webUrl),
  date_maj: v.optional(isoDate),
});

export type Place = v.InferOutput<typeof place>;
export type Service = v.InferOutput<typeof service>;
