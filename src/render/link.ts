/** Links from feed text: only http, https, mailto and tel are followed. */
import { html, nothing, type TemplateResult } from 'lit';
import { SAFE_SCHEMES } from '../feed/schema/common.js';

/** The URL if its scheme may be followed, else undefined. */
export function safeHref(url: string | undefined | null): string | undefined {
  if (!url || typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.trim(), document.baseURI);
    return (SAFE_SCHEMES as readonly string[]).includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `tel:` link for a phone number as people write it: "04 91 03 39 91" →
 * "tel:+33491033991", "+33 (0)4 91 03 39 91" → "tel:+33491033991",
 * "0033 4 91 03 39 91" → "tel:+33491033991".
 */
export function telHref(phone: string): string {
  let digits = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (digits.startsWith('0') && digits.length === 10) digits = `+33${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** What a link shows when the feed gives no text: the address without `mailto:` / `tel:`. */
function fallbackText(url: string): string {
  return url.replace(/^(mailto|tel):/i, '');
}

/**
 * A link when the address may be followed; otherwise the text alone, as
 * plain text (an unsafe address is never put in an href). Without text, the
 * address itself is shown.
 */
export function renderLink(url: string | undefined, text?: unknown, part = 'link'): TemplateResult | typeof nothing {
  const empty = text === undefined || text === null || text === '';
  const href = safeHref(url);
  if (!href) {
    if (!empty) return html`<span>${text}</span>`;
    return url ? html`<span>${url}</span>` : nothing;
  }
  return html`<a part=${part} href=${href}>${empty ? fallbackText(url!.trim()) : text}</a>`;
}
