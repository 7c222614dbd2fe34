/**
 * The on-site (intra) price model and the quote request.
 *
 * Model: `montant_base` for 1 to `participants_inclus` participants, then
 * `supplement_par_participant` per extra participant. With the seed's
 * "2000 € pour 1 à 2 participants puis + 50 € par participant supplémentaire":
 * 1 → 2000, 2 → 2000, 3 → 2050, 10 → 2400. Travel costs are quoted apart.
 */
import type { IntraPrice, Training } from '../feed/schema/formations.js';

export type QuoteResult =
  | { ok: true; participants: number; total: number; base: number; extra: number }
  | { ok: false; reason: 'invalid' | 'too-many'; max?: number };

/** The estimate for a number of participants, or why there is none (not a whole number ≥ 1, above the model's maximum). */
export function intraQuote(model: IntraPrice, participants: number): QuoteResult {
  if (!Number.isInteger(participants) || participants < 1) return { ok: false, reason: 'invalid' };
  if (model.participants_max !== undefined && participants > model.participants_max)
    return { ok: false, reason: 'too-many', max: model.participants_max };
  const extraPeople = Math.max(0, participants - model.participants_inclus);
  const extra = extraPeople * (model.supplement_par_participant ?? 0);
  // Cents, so 0.1 + 0.2 never shows as 0.30000000000000004.
  const total = Math.round((model.montant_base + extra) * 100) / 100;
  return { ok: true, participants, total, base: model.montant_base, extra };
}

export interface QuoteRequest {
  training: Training;
  participants?: number;
  /** The estimate already written for the visitor ("2 050 €"). */
  estimate?: string;
  /** Subject and body lines, in the interface language. */
  subject: string;
  body: string;
}

/**
 * Where "Demander un devis" goes: a `mailto:` with the subject and body
 * prefilled, or the quote form's address with `formation`, `reference`,
 * `participants` and `estimation` added to its query string. Undefined when
 * the feed gives no quote channel.
 */
export function quoteRequestHref(
  channel: { courriel?: string; url?: string } | undefined,
  req: QuoteRequest,
): string | undefined {
  if (channel?.courriel) {
    const q = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
    return `mailto:${encodeURIComponent(channel.courriel).replace(/%40/g, '@')}?subject=${q(req.subject)}&body=${q(req.body)}`;
  }
  if (channel?.url) {
    let url: URL;
    try {
      url = new URL(channel.url);
    } catch {
      return undefined;
    }
    url.searchParams.set('formation', req.training.intitule);
    url.searchParams.set('reference', req.training.reference);
    if (req.participants !== undefined) url.searchParams.set('participants', String(req.participants));
    if (req.estimate) url.searchParams.set('estimation', req.estimate);
    return url.href;
  }
  return undefined;
}
