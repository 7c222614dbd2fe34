/** Links from feed text: only http, https, mailto and tel are followed. */
import { html, nothing, type TemplateResult } from 'lit';
import { SAFE_SCHEMES } from '../feed/schema/common.js';

/** The URL if its scheme may be followed, else undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return (SAFE_SCHEMES as readonly string[]).includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` link for a phone number as people write it ("04 91 03 39 91" → "tel:+33491033991"). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('0') && digits.length === 10 ? `+33${digits.slice(1)}` : digits}`;
}

/**
 * A link when the address may be followed; otherwise the text alone (an
 * unsafe address is never put in an href).
 */
export function renderLink(url: string | undefined, text: unknown, part = 'link'): TemplateResult | typeof nothing {
  const href = safeHref(url);
  if (!href) return text === undefined || text === '' ? nothing : html`<span>${text}</span>`;
  return html`<a part=${part} href=${href}>${text}</a>`;
}
