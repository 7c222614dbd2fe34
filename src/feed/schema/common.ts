/**
 * Building blocks shared by every section of the feed.
 *
 * Each validation carries a `message` that is a key of the `expected`
 * dictionary in `src/i18n/feed.ts`: the problem list shows the webmaster
 * what was expected in French or English, with the field path.
 */
import * as v from 'valibot';

/** A non-empty line of text. */
export const text = v.pipe(v.string('texte'), v.trim(), v.minLength(1, 'texte'));

/**
 * Longer text. Paragraphs are separated by a blank line; lines starting with
 * "- " or "• " form a bulleted list. Never interpreted as markup.
 */
export const longText = v.pipe(v.string('texte'), v.trim());

/** The feed format's version: "1.0" (any 1.x is read; "1" and "1.x.y" too). */
export const feedVersion = v.pipe(v.string('version'), v.regex(/^1(\.\d+){0,2}$/, 'version'));

/** True for a day that exists ("2024-02-29" yes, "2023-02-29" no). */
function isRealDay(iso: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!parts) return true; // v.isoDate reports the format
  const [y, m, d] = [+parts[1]!, +parts[2]!, +parts[3]!];
  // Counted, not built as a Date: a feed of a thousand trainings has thousands of dates.
  const days = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  // A month or a day out of range is v.isoDate's to report: once, not twice.
  return m < 1 || m > 12 || d < 1 || d > 31 || d <= days;
}

/** A calendar date, ISO 8601 `AAAA-MM-JJ`, that exists. */
export const isoDate = v.pipe(v.string('date'), v.isoDate('date'), v.check(isRealDay, 'date'));

/** A local date and time in Europe/Paris, `AAAA-MM-JJTHH:MM`. */
export const isoDateTime = v.pipe(v.string('dateheure'), v.isoDateTime('dateheure'));

/** A time of day `HH:MM`. */
export const time = v.pipe(v.string('heure'), v.isoTime('heure'));

/** Schemes a link may use; anything else is reported and shown as plain text. */
export const SAFE_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;

function hasScheme(value: string, schemes: readonly string[]): boolean {
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A web address, http or https only. */
export const webUrl = v.pipe(
  v.string('url'),
  v.trim(),
  v.check((s) => hasScheme(s, ['http:', 'https:']), 'url'),
);

/** Any followable link: http, https, mailto or tel. */
export const link = v.pipe(
  v.string('lien'),
  v.trim(),
  v.check((s) => hasScheme(s, SAFE_SCHEMES), 'lien'),
);

export const email = v.pipe(v.string('courriel'), v.trim(), v.email('courriel'));

/** A French or international phone number, as people write it. */
export const phone = v.pipe(
  v.string('telephone'),
  v.trim(),
  v.regex(/^\+?[0-9 .()-]{6,20}$/, 'telephone'),
);

export const postalCode = v.pipe(v.string('code_postal'), v.regex(/^\d{5}$/, 'code_postal'));

/** INSEE Code Officiel Géographique of a commune (2A/2B for Corsica). */
export const inseeCode = v.pipe(v.string('code_insee'), v.regex(/^(\d{2}|2A|2B)\d{3}$/, 'code_insee'));

/** A département code: 01–95, 2A, 2B, 971–976. */
export const departementCode = v.pipe(v.string('departement'), v.regex(/^(\d{2}|2A|2B|97[1-6])$/, 'departement'));

export const siret = v.pipe(v.string('siret'), v.regex(/^\d{14}$/, 'siret'));
export const finess = v.pipe(v.string('finess'), v.regex(/^\d{2}[0-9AB]\d{6}$/, 'finess'));

export const positiveNumber = v.pipe(v.number('nombre'), v.minValue(0, 'positif'));
export const positiveInteger = v.pipe(v.number('nombre'), v.integer('entier'), v.minValue(0, 'positif'));
export const percentage = v.pipe(v.number('nombre'), v.minValue(0, 'pourcentage'), v.maxValue(100, 'pourcentage'));
export const identifier = v.pipe(v.string('identifiant'), v.regex(/^[A-Za-z0-9_.:-]{1,80}$/, 'identifiant'));

/** A postal address, with data·inclusion v1 field names. */
export const address = v.object({
  /** Street and number ("12 rue de la Gare"). data·inclusion `adresse`. */
  adresse: v.optional(text),
  /** data·inclusion `complement_adresse`. */
  complement_adresse: v.optional(text),
  code_postal: v.optional(postalCode),
  /** Commune name. data·inclusion `commune`. */
  commune: v.optional(text),
  code_insee: v.optional(inseeCode),
});

/** A way to reach someone. No field is required: no personal data is ever needed. */
export const contact = v.object({
  /** Name of a person or of a service ("Secrétariat pédagogique"). */
  nom: v.optional(text),
  /** Role ("Référente handicap"). */
  role: v.optional(text),
  telephone: v.optional(phone),
  courriel: v.optional(email),
  site_web: v.optional(webUrl),
});

/** A document or a page to open: text plus an optional link. */
export const reference = v.object({
  texte: text,
  url: v.optional(link),
});

/** A figure with its label ("16 administrateurs bénévoles", "2 500 m²"). */
export const keyFigure = v.object({
  valeur: v.number('nombre'),
  /** What is counted, after the number ("administrateurs bénévoles"). */
  libelle: text,
  /** Unit written right after the number ("m²", "%"). */
  unite: v.optional(text),
  /** A sentence that gives context, shown under the figure. */
  precision: v.optional(text),
});

export type Address = v.InferOutput<typeof address>;
export type Contact = v.InferOutput<typeof contact>;
export type Reference = v.InferOutput<typeof reference>;
export type KeyFigure = v.InferOutput<typeof keyFigure>;
