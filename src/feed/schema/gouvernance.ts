/**
 * Governance: bodies and posts (the nodes), the people in them, and the ties
 * between them. schema.org: Organization `member` → OrganizationRole → Person;
 * bodies as Organization with `parentOrganization`.
 *
 * The hierarchy is given by `parent` ids. What a schema alone cannot check
 * (an unknown parent, a loop of parents, two nodes with one id, a tie whose
 * ends are unknown) is reported by the organigram with the same problem
 * shape as the validation (`src/governance-organigram/tree.ts`).
 */
import * as v from 'valibot';
import { contact, identifier, isoDate, longText, positiveInteger, reference, text, webUrl } from './common.js';

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
  'membre',
  'partenaire',
] as const;

export const TIE_KINDS = ['delegation', 'appui', 'pilotage', 'representation'] as const;

export const person = v.object({
  /** Optional: a post can be shown without naming anyone. schema.org Person `name`. */
  nom: v.optional(text),
  /** "Présidente", "Trésorier". schema.org OrganizationRole `roleName`; the node's name when absent. */
  role: v.optional(text),
  /** Photo address (http or https), loaded lazily, only when the node's details are opened. */
  photo: v.optional(webUrl),
  /** Text alternative of the photo; "Photo de <nom>" when absent. */
  photo_alt: v.optional(text),
  /** In this role since. schema.org OrganizationRole `startDate`. */
  depuis: v.optional(isoDate),
  /** In this role until. schema.org OrganizationRole `endDate`. */
  jusqu_a: v.optional(isoDate),
});

export const governanceNode = v.object({
  /** Unique within the feed; other nodes and ties refer to it. */
  id: identifier,
  /** "Conseil d’administration", "Directeur", "Psychologue". schema.org `name`. */
  nom: text,
  /** Acronym ("CVS", "COPIL"). schema.org `alternateName`. */
  sigle: v.optional(text),
  type: v.optional(v.picklist(NODE_KINDS, 'type_noeud')),
  /** The node it reports to (hierarchy). No parent: a root. Several roots are normal. */
  parent: v.optional(identifier),
  /** A staff or assistant post drawn beside its parent rather than below it (the psychologist beside the director). */
  assistant: v.optional(v.boolean('booleen')),
  /** What the body or post is for. schema.org `description`. */
  mission: v.optional(longText),
  /** "16 membres bénévoles de compétences diverses". */
  composition: v.optional(longText),
  /** 150 (members of the general assembly). */
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
  de: v.optional(identifier),
  /** Name of an outside body the tie starts from, when it is not a node ("Direction de la Cohésion Sociale"). */
  de_nom: v.optional(text),
  /** Id of the node it reaches. */
  vers: v.optional(identifier),
  /** Name of an outside body it reaches, when it is not a node ("Pouvoirs publics"). */
  vers_nom: v.optional(text),
  /** A few words on the tie ("au sein du COPIL", "selon leurs compétences"). */
  precision: v.optional(text),
  /** The delegation document: its title and address ("Document unique de délégation"). */
  document: v.optional(reference),
});

export const gouvernance = v.object({
  /** Heading of the organigram; "Gouvernance" when absent. */
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
