/** Strings of `<formation-catalogue>`'s Qualiopi audit mode (loaded with it, on demand). */
import type { Lang } from './lang.js';

const NB = '\u00a0';

const fr = {
  auditTitle: 'Audit Qualiopi',
  auditOk: 'Rien à signaler pour les indicateurs 1 et 2.',
  auditMissing: `Éléments manquants (indicateur 1)${NB}:`,
  auditResults: 'Aucun résultat publié (indicateur 2).',
  auditUndated: 'Informations non datées (date de mise à jour absente).',
  auditOutdated: (date: string) => `Informations mises à jour il y a plus de douze mois (le ${date}).`,
  auditSummary: (n: number, total: number) =>
    n === 0
      ? `Audit Qualiopi${NB}: les ${total}${NB}formations sont complètes et à jour.`
      : `Audit Qualiopi${NB}: ${n}${NB}formation${n > 1 ? 's' : ''} sur ${total} à compléter ou mettre à jour.`,
  auditShort: (n: number) => `${n}${NB}point${n > 1 ? 's' : ''} à corriger`,
  auditWords: { results: 'résultats', undated: 'date de mise à jour', outdated: 'informations de plus de douze mois' },
  auditItems: {
    prerequis: 'prérequis',
    objectifs: 'objectifs',
    duree: 'durée',
    modalites_acces: 'modalités d’accès',
    delai_acces: 'délai d’accès',
    tarifs: 'tarifs',
    contacts: 'contact',
    referent_handicap: 'référent handicap',
    modalites_pedagogiques: 'méthodes pédagogiques',
    modalites_evaluation: 'modalités d’évaluation',
    accessibilite: 'accessibilité aux personnes handicapées',
    code_certification: 'code RNCP ou RS',
    certificateur: 'certificateur',
    date_enregistrement: 'date d’enregistrement de la certification',
  } as Record<string, string>,
};

export type AuditStrings = typeof fr;

const en: AuditStrings = {
  auditTitle: 'Qualiopi audit',
  auditOk: 'Nothing to report for indicators 1 and 2.',
  auditMissing: 'Missing items (indicator 1):',
  auditResults: 'No result figures published (indicator 2).',
  auditUndated: 'Information not dated (no update date).',
  auditOutdated: (date) => `Information updated more than twelve months ago (on ${date}).`,
  auditSummary: (n, total) =>
    n === 0
      ? `Qualiopi audit: all ${total}${NB}trainings are complete and up to date.`
      : `Qualiopi audit: ${n}${NB}training${n > 1 ? 's' : ''} of ${total} to complete or update.`,
  auditShort: (n) => `${n}${NB}item${n > 1 ? 's' : ''} to fix`,
  auditWords: { results: 'results', undated: 'update date', outdated: 'information over twelve months old' },
  auditItems: {
    prerequis: 'prerequisites',
    objectifs: 'objectives',
    duree: 'duration',
    modalites_acces: 'access terms',
    delai_acces: 'access delay',
    tarifs: 'prices',
    contacts: 'contact',
    referent_handicap: 'disability referent',
    modalites_pedagogiques: 'teaching methods',
    modalites_evaluation: 'evaluation',
    accessibilite: 'accessibility for disabled people',
    code_certification: 'RNCP or RS code',
    certificateur: 'certifier',
    date_enregistrement: 'certification registration date',
  },
};

export const AUDIT: Record<Lang, AuditStrings> = { fr, en };
