/**
 * The Qualiopi check the `audit` attribute shows, exported so other tools
 * (a CI step, a back office) can run it on a feed:
 *
 * ```js
 * import { auditTraining } from 'asso-widgets';
 * for (const t of feed.formations) console.log(auditTraining(t, '2026-11-23'));
 * ```
 *
 * Indicator 1 asks every training to publish, dated and kept up to date:
 * prerequisites, objectives, duration, access terms and delays, prices,
 * contacts (the disability referent among them), teaching methods,
 * evaluation and accessibility for disabled people; a certifying training
 * adds its RNCP or RS code, its certifier and registration date.
 * Indicator 2 asks for result figures. Information older than twelve
 * months is flagged.
 */
import type { Contact } from '../feed/schema/common.js';
import type { Training } from '../feed/schema/formations.js';

/** Indicator-1 items, in the order the detail view shows them. */
export const INDICATOR_1_ITEMS = [
  'prerequis',
  'objectifs',
  'duree',
  'modalites_acces',
  'delai_acces',
  'tarifs',
  'contacts',
  'referent_handicap',
  'modalites_pedagogiques',
  'modalites_evaluation',
  'accessibilite',
] as const;

/** Extra items of a certifying training. */
export const CERTIFICATION_ITEMS = ['code_certification', 'certificateur', 'date_enregistrement'] as const;

export type AuditItem = (typeof INDICATOR_1_ITEMS)[number] | (typeof CERTIFICATION_ITEMS)[number];

export interface TrainingAudit {
  reference: string;
  /** Indicator-1 (and certification) items the feed does not give. */
  missing: AuditItem[];
  /** No result figure (indicator 2). */
  resultsMissing: boolean;
  /** No `date_maj`: the information is not dated. */
  undated: boolean;
  /** `date_maj` is more than twelve months before `today`. */
  outdated: boolean;
  /** The `date_maj` checked. */
  updated?: string;
  /** Nothing to fix. */
  ok: boolean;
}

const filled = (s: string | undefined) => !!s && s.trim().length > 0;
const reachable = (c: Contact | undefined) => !!c && (filled(c.telephone) || filled(c.courriel) || filled(c.site_web));

/** Twelve months before an ISO date ("2026-11-23" → "2025-11-23"). */
export function yearBefore(iso: string): string {
  return `${String(Number(iso.slice(0, 4)) - 1).padStart(4, '0')}${iso.slice(4, 10)}`;
}

/** Checks one training against indicators 1 and 2 on `today` ("AAAA-MM-JJ"). */
export function auditTraining(t: Training, today: string): TrainingAudit {
  const present: Record<(typeof INDICATOR_1_ITEMS)[number], boolean> = {
    prerequis: filled(t.prerequis),
    objectifs: !!t.objectifs?.some(filled),
    duree: !!(t.duree?.jours || t.duree?.heures),
    modalites_acces: filled(t.modalites_acces),
    delai_acces: filled(t.delai_acces),
    tarifs: !!(t.tarifs?.inter || t.tarifs?.intra || t.sessions?.some((s) => s.prix !== undefined)),
    contacts: reachable(t.contacts?.general),
    referent_handicap: reachable(t.contacts?.referent_handicap) || filled(t.contacts?.referent_handicap?.nom),
    modalites_pedagogiques: filled(t.modalites_pedagogiques),
    modalites_evaluation: filled(t.modalites_evaluation),
    accessibilite: filled(t.accessibilite),
  };
  const missing: AuditItem[] = INDICATOR_1_ITEMS.filter((k) => !present[k]);
  const c = t.certification;
  if (c) {
    if (!c.code_rncp && !c.code_rs) missing.push('code_certification');
    if (!c.certificateur) missing.push('certificateur');
    if (!c.date_enregistrement) missing.push('date_enregistrement');
  }
  const resultsMissing = !t.resultats?.length;
  const undated = !t.date_maj;
  const outdated = !!t.date_maj && t.date_maj < yearBefore(today);
  return {
    reference: t.reference,
    missing,
    resultsMissing,
    undated,
    outdated,
    updated: t.date_maj,
    ok: !missing.length && !resultsMissing && !undated && !outdated,
  };
}
