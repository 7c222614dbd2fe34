/**
 * Governance: bodies and posts (the nodes), the people in them, and the ties
 * between them. schema.org: Organization `member` → OrganizationRole → Person;
 * bodies as Organization with `parentOrganization`.
 */
import * as v from 'valibot';
import { contact, identifier, isoDate, link, longText, positiveInteger, text, webUrl } from './common.js';

export const NODE_KINDS = [
  'organisation',
  'assemblee_generale',
  'conseil_administration',
  'bureau',
  'commission',
  'comite',
  'conseil_vie_sociale',
  'direction',
  'poste',
  'service',
  'etablissement',
  'partenaire',
] as const;

export const TIE_KINDS = ['delegation', 'appui', 'pilotage', 'representation'] as const;

export const person = v.object({
  /** Optional: a post can be shown without naming anyone. */
  nom: v.optional(text),
  /** "Président", "Trésorière". */
  role: v.optional(text),
  /** Photo address (http or https), loaded lazily. */
  photo: v.optional(webUrl),
  depuis: v.optional(isoDate),
  jusqu_a: v.optional(isoDate),
});

export const governanceNode = v.object({
  id: identifier,
  nom: text,
  type: v.optional(v.picklist(NODE_KINDS, 'type_noeud')),
  /** The node it reports to (hierarchy). No parent: a root. Several roots are normal. */
  parent: v.optional(identifier),
  /** A staff or assistant post drawn beside its parent rather than below it. */
  assistant: v.optional(v.boolean('booleen')),
  mission: v.optional(longText),
  /** "16 membres bénévoles de compétences diverses". */
  composition: v.optional(longText),
  nombre_membres: v.optional(positiveInteger),
  /** "Se réunit tous les deux mois". */
  frequence_reunions: v.optional(text),
  personnes: v.optional(v.array(person, 'liste')),
  contact: v.optional(contact),
});

/** A secondary tie, drawn differently from the hierarchy and stated in words. */
export const governanceTie = v.object({
  type: v.picklist(TIE_KINDS, 'type_lien'),
  /** Id of the node the tie starts from (who delegates, supports, steers, represents). */
  de: identifier,
  /** Id of the node it reaches. An outside body may be named with `vers_nom` instead. */
  vers: v.optional(identifier),
  vers_nom: v.optional(text),
  precision: v.optional(text),
  /** The delegation document. */
  document: v.optional(link),
});

export const gouvernance = v.object({
  titre: v.optional(text),
  introduction: v.optional(longText),
  noeuds: v.array(governanceNode, 'liste'),
  liens: v.optional(v.array(governanceTie, 'liste')),
  date_maj: v.optional(isoDate),
});

export type NodeKind = (typeof NODE_KINDS)[number];
export type TieKind = (typeof TIE_KINDS)[number];
export type Person = v.InferOutput<typeof person>;
export type GovernanceNode = v.InferOutput<typeof governanceNode>;
export type GovernanceTie = v.InferOutput<typeof governanceTie>;
export type Gouvernance = v.InferOutput<typeof gouvernance>;
