/**
 * Trainings, aligned to LHEO 2.3 (formation → action → session) and to the
 * information Qualiopi indicator 1 requires. The LHEO element, Qualiopi item
 * and schema.org property each field maps to are given in
 * docs/feed-formations.md.
 */
import * as v from 'valibot';
import {
  address,
  contact,
  email,
  identifier,
  isoDate,
  link,
  longText,
  percentage,
  positiveInteger,
  positiveNumber,
  reference,
  text,
  time,
  webUrl,
} from './common.js';

/** LHEO `modalites-enseignement`: 0 on site, 1 blended, 2 remote. */
export const teachingMode = v.picklist([0, 1, 2], 'modalites_enseignement');

/** Session status. LHEO `etat-recrutement` covers open/closed; we add cancelled and postponed. */
export const SESSION_STATUSES = ['ouverte', 'complete', 'annulee', 'reportee'] as const;

export const duration = v.object({
  /** Number of days (LHEO `duree-indicative`). */
  jours: v.optional(positiveNumber),
  /** Number of hours (LHEO `nombre-heures-total`). */
  heures: v.optional(positiveNumber),
  /** Optional extra parts ("Option : 1 journée complémentaire à J + 1 mois"). */
  complement: v.optional(longText),
});

/** VAT regime of the prices. */
export const taxRegime = v.variant('regime', [
  v.object({
    /** Exempt: "TVA non applicable – art. 261-4-4° du CGI". */
    regime: v.literal('exonere'),
    mention: v.optional(text),
  }),
  v.object({ regime: v.literal('ht'), taux: percentage }),
  v.object({ regime: v.literal('ttc') }),
], 'regime_tva');

/** Per-trainee price of inter-company sessions. LHEO `prix-total-TTC` when the regime is ttc or exonere. */
export const interPrice = v.object({
  montant: positiveNumber,
  /** "from" price: the lowest of several. */
  a_partir_de: v.optional(v.boolean('booleen')),
  /** Free text after the price ("net à payer par stagiaire pour les 2 jours"). */
  precision: v.optional(text),
});

/**
 * On-site (intra) price model: `montant_base` for 1 to `participants_inclus`
 * participants, then `supplement_par_participant` for each extra one
 * ("2000 € pour 1 à 2 participants puis + 50 € par participant supplémentaire").
 */
export const intraPrice = v.object({
  montant_base: positiveNumber,
  participants_inclus: v.pipe(positiveInteger, v.minValue(1, 'positif')),
  supplement_par_participant: v.optional(positiveNumber),
  /** Largest group the model is meant for; the quote estimator stops there. */
  participants_max: v.optional(v.pipe(positiveInteger, v.minValue(1, 'positif'))),
  /** "+ forfait pour les frais de déplacement (à estimer selon le lieu de formation)". */
  frais_deplacement: v.optional(text),
  /** Free text ("Pour 2 jours", "Dates à convenir en commun"). */
  precision: v.optional(text),
});

export const prices = v.object({
  inter: v.optional(interPrice),
  intra: v.optional(intraPrice),
  regime_tva: v.optional(taxRegime),
  /** Funding options ("CPF", "OPCO"). */
  financements: v.optional(v.array(text, 'liste')),
});

export const session = v.object({
  id: v.optional(identifier),
  /** The session's days, not necessarily consecutive ("3 et 4 avril"). LHEO `periode` gives the first and last. */
  dates: v.pipe(v.array(isoDate, 'liste'), v.minLength(1, 'liste_non_vide')),
  heure_debut: v.optional(time),
  heure_fin: v.optional(time),
  modalites_enseignement: v.optional(teachingMode),
  /** Where it takes place (LHEO `lieu-de-formation`). Absent for remote sessions. */
  lieu: v.optional(v.object({ nom: v.optional(text), ...address.entries })),
  places_total: v.optional(positiveInteger),
  places_restantes: v.optional(positiveInteger),
  statut: v.optional(v.picklist(SESSION_STATUSES, 'statut_session')),
  /** The session's own per-trainee price, when it differs from the training's. */
  prix: v.optional(positiveNumber),
  /** LHEO `adresse-inscription` as a link. */
  url_inscription: v.optional(link),
  /** A short note shown with the session ("Reportée : nouvelles dates en janvier"). */
  commentaire: v.optional(text),
});

export const resultFigure = v.object({
  /** "Taux de satisfaction", "Taux de réussite". */
  libelle: text,
  valeur: v.number('nombre'),
  unite: v.optional(text),
  /** The period the figure covers ("2023"). */
  periode: text,
  /** Number of answers or trainees the figure comes from. */
  echantillon: v.optional(positiveInteger),
});

export const certification = v.object({
  intitule: text,
  code_rncp: v.optional(v.pipe(v.string('code_rncp'), v.regex(/^(RNCP)?\d{3,6}$/, 'code_rncp'))),
  code_rs: v.optional(v.pipe(v.string('code_rs'), v.regex(/^(RS)?\d{3,6}$/, 'code_rs'))),
  certificateur: v.optional(text),
  date_enregistrement: v.optional(isoDate),
});

export const training = v.object({
  /** The organisation's reference code ("9209"). LHEO `@numero` of the formation. */
  reference: identifier,
  /** LHEO `intitule-formation`. */
  intitule: text,
  /** Themes used by the filters (LHEO `domaine-formation`, free labels). */
  themes: v.optional(v.array(text, 'liste')),
  /** One or two sentences for the list. */
  resume: v.optional(longText),
  description: v.optional(longText),
  /** LHEO `objectif-formation`, one per line. */
  objectifs: v.optional(v.array(text, 'liste')),
  /** LHEO `contenu-formation`, in sections. */
  programme: v.optional(v.array(v.object({ titre: text, texte: v.optional(longText) }), 'liste')),
  /** LHEO `resultats-attendus`. */
  resultats_attendus: v.optional(longText),
  /** Audience ("Manager, chef d'équipe, cadre"). */
  public: v.optional(longText),
  /** Prerequisites (LHEO `conditions-specifiques`); "Aucun" is a valid answer. */
  prerequis: v.optional(longText),
  duree: v.optional(duration),
  modalites_enseignement: v.optional(teachingMode),
  /** How and how soon one can join (Qualiopi: "modalités et délais d'accès"). */
  modalites_acces: v.optional(longText),
  delai_acces: v.optional(longText),
  /** LHEO `modalites-pedagogiques`. */
  modalites_pedagogiques: v.optional(longText),
  modalites_evaluation: v.optional(longText),
  /** LHEO `acces-handicapes`. */
  accessibilite: v.optional(longText),
  /** What is awarded ("Attestation de formation"). */
  sanction: v.optional(longText),
  certification: v.optional(certification),
  tarifs: v.optional(prices),
  sessions: v.optional(v.array(session, 'liste')),
  /** Shown when no session is upcoming ("Les dates pour l'année prochaine seront communiquées fin août"). */
  message_sessions: v.optional(text),
  contacts: v.optional(
    v.object({
      general: v.optional(contact),
      referent_handicap: v.optional(contact),
      /** Where quote requests go: an e-mail address or a form's address. */
      devis: v.optional(v.object({ courriel: v.optional(email), url: v.optional(webUrl) })),
    }),
  ),
  documents: v.optional(v.array(reference, 'liste')),
  /** Qualiopi indicator 2. */
  resultats: v.optional(v.array(resultFigure, 'liste')),
  /** Marks a new training. */
  nouveau: v.optional(v.boolean('booleen')),
  /** The training's own page on the organisation's site (LHEO `url-formation`). */
  url_formation: v.optional(webUrl),
  /** Date the information was last updated (LHEO `date-information`). */
  date_maj: v.optional(isoDate),
});

export type TeachingMode = v.InferOutput<typeof teachingMode>;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export type Duration = v.InferOutput<typeof duration>;
export type TaxRegime = v.InferOutput<typeof taxRegime>;
export type Prices = v.InferOutput<typeof prices>;
export type InterPrice = v.InferOutput<typeof interPrice>;
export type IntraPrice = v.InferOutput<typeof intraPrice>;
export type ResultFigure = v.InferOutput<typeof resultFigure>;
export type Certification = v.InferOutput<typeof certification>;
export type Session = v.InferOutput<typeof session>;
export type Training = v.InferOutput<typeof training>;
