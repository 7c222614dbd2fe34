/**
 * Places (establishments) and services, with data·inclusion v1 field names
 * (structures and services) where it has them.
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

/** An establishment or a place where the organisation works. data·inclusion `structure`. */
export const place = v.object({
  id: identifier,
  nom: text,
  /** Kind of place ("Internat", "Lieu de vie et d'accueil", "Service d'aide à domicile"). */
  type: v.optional(text),
  description: v.optional(longText),
  ...address.entries,
  latitude: v.optional(v.pipe(v.number('nombre'), v.minValue(-90, 'latitude'), v.maxValue(90, 'latitude'))),
  longitude: v.optional(v.pipe(v.number('nombre'), v.minValue(-180, 'longitude'), v.maxValue(180, 'longitude'))),
  telephone: v.optional(phone),
  courriel: v.optional(email),
  site_web: v.optional(webUrl),
  /** Opening hours in OpenStreetMap `opening_hours` syntax ("Mo-Fr 08:30-12:30,13:30-17:00; PH off"). */
  horaires_accueil: v.optional(text),
  /** Link to the place's accessibility information (e.g. Acceslibre). */
  accessibilite_lieu: v.optional(link),
  capacite: v.optional(positiveInteger),
  /** Audiences served (data·inclusion `publics` codes or labels). */
  publics: v.optional(v.array(text, 'liste')),
  thematiques: v.optional(v.array(text, 'liste')),
  /** Area served: INSEE commune or département codes. */
  zone_eligibilite: v.optional(v.array(v.union([inseeCode, departementCode], 'zone'), 'liste')),
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
  /** data·inclusion `type` ("accompagnement", "aide-materielle", "formation", …). */
  type: v.optional(text),
  thematiques: v.optional(v.array(text, 'liste')),
  publics: v.optional(v.array(text, 'liste')),
  conditions_acces: v.optional(longText),
  frais: v.optional(v.array(text, 'liste')),
  modes_accueil: v.optional(v.array(v.picklist(['en-presentiel', 'a-distance'], 'modes_accueil'), 'liste')),
  zone_eligibilite: v.optional(v.array(v.union([inseeCode, departementCode], 'zone'), 'liste')),
  modes_mobilisation: v.optional(v.array(text, 'liste')),
  /** Places where the service is delivered (data·inclusion `structure_id`, extended to several). */
  lieux: v.optional(v.array(identifier, 'liste')),
  telephone: v.optional(phone),
  courriel: v.optional(email),
  site_web: v.optional(webUrl),
  date_maj: v.optional(isoDate),
});

export type Place = v.InferOutput<typeof place>;
export type Service = v.InferOutput<typeof service>;
