import * as v from 'valibot';
import { identifier, isoDate, keyFigure, longText, reference, text } from './common.js';

/** Names of the built-in icons (inline SVG, no request). */
export const ICON_NAMES = [
  'accueil',
  'egalite',
  'adaptabilite',
  'continuite',
  'solidarite',
  'enfance',
  'famille',
  'environnement',
  'economie',
  'vision',
  'reseau',
  'droit',
  'innovation',
  'qualite',
  'dignite',
  'cooperation',
] as const;

export const valueGroup = v.object({
  id: identifier,
  /** "Principes fondateurs", "Valeurs associatives". */
  titre: text,
  description: v.optional(longText),
});

/** One value or principle. schema.org: part of the Organization's `ethicsPolicy`. */
export const value = v.object({
  id: v.optional(identifier),
  titre: text,
  texte: v.optional(longText),
  icone: v.optional(v.picklist(ICON_NAMES, 'icone')),
  /** Id of a group in `valeurs.groupes`. */
  groupe: v.optional(identifier),
  /** What the organisation commits to because of this value. */
  engagements: v.optional(v.array(text, 'liste')),
  /** Legal references ("Circulaire du 8 avril 2010", with a Légifrance link). */
  references: v.optional(v.array(reference, 'liste')),
});

/** The values charter. */
export const valeurs = v.object({
  /** Heading of the charter ("Nos valeurs"). */
  titre: v.optional(text),
  introduction: v.optional(longText),
  groupes: v.optional(v.array(valueGroup, 'liste')),
  valeurs: v.array(value, 'liste'),
  /** Key figures shown beside the values. */
  chiffres: v.optional(v.array(keyFigure, 'liste')),
  /** Address of the full charter document (schema.org `ethicsPolicy`). */
  document: v.optional(reference),
  date_maj: v.optional(isoDate),
});

export type IconName = (typeof ICON_NAMES)[number];
export type ValueGroup = v.InferOutput<typeof valueGroup>;
export type Value = v.InferOutput<typeof value>;
export type Valeurs = v.InferOutput<typeof valeurs>;
