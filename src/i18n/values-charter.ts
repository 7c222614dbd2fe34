/** Interface strings of `<values-charter>`, in French (default) and English. */
import type { Lang } from './lang.js';

const fr = {
  /** Heading when the feed gives none. */
  title: 'Nos valeurs',
  commitments: 'Nos engagements',
  references: 'Références',
  figures: 'En chiffres',
  empty: 'Aucune valeur n’est publiée pour le moment.',
  /** Followed by a date ("Mise à jour : 15 janvier 2024"). */
  updated: 'Mise à jour\u00a0:',
};

export type ValuesCharterStrings = typeof fr;

const en: ValuesCharterStrings = {
  title: 'Our values',
  commitments: 'Our commitments',
  references: 'References',
  figures: 'Key figures',
  empty: 'No values have been published yet.',
  updated: 'Updated:',
};

export const VALUES_CHARTER: Record<Lang, ValuesCharterStrings> = { fr, en };
