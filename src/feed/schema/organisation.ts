import * as v from 'valibot';
import { address, contact, email, finess, isoDate, longText, phone, siret, text, webUrl } from './common.js';

/** Who publishes the feed. schema.org Organization. */
export const organisation = v.object({
  /** Usual name ("Les Amis de la Chaumière"). schema.org `name`. */
  nom: text,
  /** Acronym ("GCSMS"). schema.org `alternateName`. */
  sigle: v.optional(text),
  /** Legal form ("Association loi 1901", "Groupement de coopération sociale et médico-sociale"). */
  forme_juridique: v.optional(text),
  /** schema.org `description`. */
  description: v.optional(longText),
  site_web: v.optional(webUrl),
  /** Logo address (http or https). */
  logo: v.optional(webUrl),
  courriel: v.optional(email),
  telephone: v.optional(phone),
  adresse: v.optional(address),
  siret: v.optional(siret),
  /** FINESS number of the legal entity (EJ). */
  finess_ej: v.optional(finess),
  /** Number in the Répertoire national des associations ("W543000123"). */
  rna: v.optional(v.pipe(v.string('rna'), v.regex(/^W\d{9}$/, 'rna'))),
  /** Other ways to reach the organisation. */
  contacts: v.optional(v.array(contact, 'liste')),
  date_maj: v.optional(isoDate),
});

export type Organisation = v.InferOutput<typeof organisation>;
