/**
 * The Qualiopi audit mode's rendering (the `audit` attribute), loaded on
 * demand: webmasters need it, visitors never do. The check itself is
 * `auditTraining` (audit.ts), exported publicly for other tools.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Training } from '../feed/schema/formations.js';
import { formatDate } from '../format/index.js';
import { AUDIT } from '../i18n/formation-catalogue-audit.js';
import type { Lang } from '../i18n/lang.js';
import { heading } from '../render/heading.js';
import { auditTraining, type TrainingAudit } from './audit.js';

const colon = (lang: Lang) => (lang === 'fr' ? '\u00a0: ' : ': ');

function auditCount(a: TrainingAudit): number {
  return a.missing.length + (a.resultsMissing ? 1 : 0) + (a.undated || a.outdated ? 1 : 0);
}

function auditWords(a: TrainingAudit, lang: Lang): string {
  const t = AUDIT[lang];
  const words = a.missing.map((k) => t.auditItems[k]!);
  if (a.resultsMissing) words.push(t.auditWords.results);
  if (a.undated) words.push(t.auditWords.undated);
  if (a.outdated) words.push(t.auditWords.outdated);
  return words.join(', ');
}

/** "Audit Qualiopi : 3 formations sur 12 à compléter ou mettre à jour." above the list. */
export function auditSummary(trainings: readonly Training[], today: string, lang: Lang): TemplateResult {
  const failing = trainings.filter((tr) => !auditTraining(tr, today).ok).length;
  return html`<p part="audit" class="audit-summary">${AUDIT[lang].auditSummary(failing, trainings.length)}</p>`;
}

/** A card's line: "2 points à corriger : prérequis, résultats", nothing when the training is complete. */
export function auditLine(tr: Training, today: string, lang: Lang): TemplateResult | typeof nothing {
  const a = auditTraining(tr, today);
  return a.ok
    ? nothing
    : html`<p part="audit" class="audit-line">${AUDIT[lang].auditShort(auditCount(a))}${colon(lang)}${auditWords(a, lang)}</p>`;
}

/** The audit section of a training's page, headed one level below the training's title. */
export function trainingAudit(tr: Training, today: string, lang: Lang, level: number): TemplateResult {
  const t = AUDIT[lang];
  const a = auditTraining(tr, today);
  const items: TemplateResult[] = [];
  if (a.missing.length) items.push(html`<li>${t.auditMissing} ${a.missing.map((k) => t.auditItems[k]).join(', ')}.</li>`);
  if (a.resultsMissing) items.push(html`<li>${t.auditResults}</li>`);
  if (a.undated) items.push(html`<li>${t.auditUndated}</li>`);
  if (a.outdated) items.push(html`<li>${t.auditOutdated(formatDate(a.updated!, lang))}</li>`);
  return html`<section part="audit" class="audit" aria-labelledby="fc-audit">
    ${heading(level, { part: 'section-title', id: 'fc-audit' }, t.auditTitle)}
    ${items.length ? html`<ul>${items}</ul>` : html`<p>${t.auditOk}</p>`}
  </section>`;
}
