import type { Lang } from '../i18n/lang.js';

const cache = new Map<string, Intl.NumberFormat>();

/** Cached `Intl.NumberFormat` (formatters are costly to build). */
function nf(lang: Lang, o: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const k = lang + JSON.stringify(o);
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new Intl.NumberFormat(lang, o)));
  return f;
}

/**
 * A price, as Intl writes it, without ",00" for whole amounts.
 * fr: "900\u00a0€", "2\u202f000,50\u00a0€"; en: "€900", "€2,000.50".
 * `currency` is an ISO 4217 code ("EUR" by default); an unknown code is
 * written after the number instead of throwing.
 */
export function formatPrice(amount: number, lang: Lang, opts: { currency?: string } = {}): string {
  const currency = opts.currency || 'EUR';
  try {
    return nf(lang, {
      style: 'currency',
      currency,
      trailingZeroDisplay: 'stripIfInteger',
    } as Intl.NumberFormatOptions).format(amount);
  } catch {
    return formatNumber(amount, lang, { maximumFractionDigits: 2 }) + '\u00a0' + currency;
  }
}

/** fr "2\u202f500", "1,5"; en "2,500", "1.5". */
export function formatNumber(n: number, lang: Lang, opts: { maximumFractionDigits?: number } = {}): string {
  return nf(lang, opts.maximumFractionDigits == null ? {} : { maximumFractionDigits: opts.maximumFractionDigits }).format(n);
}

/**
 * `value` is already a percentage (92 means 92 %), at most one decimal:
 * fr "92\u00a0%", "92,5\u00a0%"; en "92%", "92.5%" (the space is Intl's).
 */
export function formatPercent(value: number, lang: Lang): string {
  return nf(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/**
 * The number and the right word, joined by a no-break space (U+00A0).
 * French: below 2 is singular ("0\u00a0formation", "1,5\u00a0jour",
 * "2\u00a0formations"); English: only 1 is singular.
 */
export function plural(n: number, lang: Lang, one: string, other: string): string {
  const single = lang === 'fr' ? Math.abs(n) < 2 : n === 1;
  return formatNumber(n, lang) + '\u00a0' + (single ? one : other);
}
