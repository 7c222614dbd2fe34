import type { Lang } from '../i18n/lang.js';

/*
 * Calendar dates of the feed ("AAAA-MM-JJ", or "AAAA-MM-JJTHH:MM" in Paris
 * local time) never go through a time zone: they are built with UTC fields
 * and formatted with `timeZone: 'UTC'`. Month and weekday names come from
 * Intl; the sentences ("du 3 au 5 et le 10 avril 2024") are built here,
 * because Intl has no "1er", no list of days and no French "du … au …".
 *
 * Every function returns its input unchanged (or joined by ", " for a
 * list) when a date is not valid, rather than throwing.
 */

export interface DateOpts {
  /** Write the year (default true). */
  year?: boolean;
  /** Abbreviated month names: "sept.", "déc." (but "avril") / "Sep", "Dec". */
  short?: boolean;
}

interface Day {
  y: number;
  m: number;
  d: number;
  /** Days since 1970-01-01, to compare and find consecutive days. */
  n: number;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function dtf(lang: Lang | string, o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = lang + JSON.stringify(o);
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...o })));
  return f;
}

/** A Date at 00:00 UTC of that calendar day (years 0–99 included). */
function utc(y: number, m: number, d: number): Date {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t;
}

const RE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2})?)?$/;

function parse(s: string, time: boolean): Day | undefined {
  const r = RE.exec(s);
  if (!r || (!time && r[4])) return undefined;
  const y = +r[1]!;
  const m = +r[2]!;
  const d = +r[3]!;
  const len = m === 2 ? (y % 4 || (!(y % 100) && y % 400) ? 28 : 29) : 30 + ((m + (m >> 3)) & 1);
  if (m < 1 || m > 12 || d < 1 || d > len) return undefined;
  return { y, m, d, n: utc(y, m, d).getTime() / 864e5 };
}

/** Strict "AAAA-MM-JJ" whose day exists (2024-02-29 yes, 2023-02-29 no). */
export function parseIsoDate(s: string): { y: number; m: number; d: number } | undefined {
  const p = parse(s, false);
  return p && { y: p.y, m: p.m, d: p.d };
}

function monthName(lang: Lang, m: number, short?: boolean): string {
  // French "avr." is written in full, as in the training catalogues.
  if (short && lang === 'fr' && m === 4) return 'avril';
  return dtf(lang, { month: short ? 'short' : 'long' }).format(utc(2000, m, 1));
}

function dayNum(lang: Lang, d: number): string {
  return lang === 'fr' && d === 1 ? '1er' : String(d);
}

/** Accepts "AAAA-MM-JJ" or "AAAA-MM-JJTHH:MM" (its time is not written). */
export function formatDate(iso: string, lang: Lang, opts: DateOpts & { weekday?: boolean } = {}): string {
  const p = parse(iso, true);
  if (!p) return iso;
  const wd = opts.weekday
    ? dtf(lang, { weekday: opts.short ? 'short' : 'long' }).format(utc(p.y, p.m, p.d)) + ' '
    : '';
  return wd + render([[p]], lang, opts);
}

/**
 * Items are single days ([d]) or ranges ([start, end]). The month is written
 * after the last day of each month, the year after the last day of each
 * year: "3, 4 et 10 avril 2024", "du 30 mars au 2 avril 2024",
 * "du 3 au 5 et le 10 avril 2024"; en "3–5 and 10 April 2024".
 */
function render(items: Day[][], lang: Lang, opts: DateOpts): string {
  const fr = lang === 'fr';
  const hasRange = items.some((i) => i.length > 1);
  const toks = items.flat();
  let k = 0;
  const label = (rangeStart?: Day): string => {
    const t = toks[k]!;
    const nx = toks[++k];
    const newYear = !nx || nx.y !== t.y;
    const newMonth = newYear || nx.m !== t.m || (rangeStart && (rangeStart.m !== t.m || rangeStart.y !== t.y));
    return (
      dayNum(lang, t.d) +
      (newMonth ? ' ' + monthName(lang, t.m, opts.short) : '') +
      (newYear && opts.year !== false ? ' ' + t.y : '')
    );
  };
  const parts = items.map(([a, b]) => {
    if (!b) return (fr && hasRange ? 'le ' : '') + label();
    const from = label();
    // The end of a range spanning months always carries its month.
    const to = label(a);
    return fr ? `du ${from} au ${to}` : from + (from.includes(' ') ? ' – ' : '–') + to;
  });
  const last = parts.pop()!;
  return parts.length ? parts.join(', ') + (fr ? ' et ' : ' and ') + last : last;
}

/**
 * "du 12 au 15 septembre 2024" / "12–15 September 2024"; no end, or the
 * same day, gives formatDate(start). Swapped bounds are put in order.
 */
export function formatDateRange(start: string, end: string | undefined, lang: Lang, opts: DateOpts = {}): string {
  const a = parse(start, true);
  const b = end ? parse(end, true) : undefined;
  if (!a || !b || a.n === b.n) return formatDate(start, lang, opts);
  return render([a.n < b.n ? [a, b] : [b, a]], lang, opts);
}

/**
 * The days of one session, sorted and deduplicated: "3 et 4 avril 2024",
 * "3, 4 et 10 avril 2024", "30 avril et 2 mai 2024"; three or more
 * consecutive days make a range: "du 3 au 5 et le 10 avril 2024".
 * If any day is not a valid date, the days are returned joined by ", ".
 */
export function formatDays(days: string[], lang: Lang, opts: DateOpts = {}): string {
  const ps = days.map((s) => parse(s, true));
  if (ps.some((p) => !p)) return days.join(', ');
  const sorted = (ps as Day[]).sort((a, b) => a.n - b.n).filter((p, i, all) => !i || p.n !== all[i - 1]!.n);
  const items: Day[][] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.n === sorted[j]!.n + 1) j++;
    if (j - i >= 2) items.push([sorted[i]!, sorted[j]!]);
    else for (let x = i; x <= j; x++) items.push([sorted[x]!]);
    i = j + 1;
  }
  return items.length ? render(items, lang, opts) : '';
}

/**
 * Several sessions, each as formatDays, in the order given, joined by
 * " ; " (fr) or "; " (en): "3 et 4 avril ; 12 et 13 sept. ; 19 et 20 déc.".
 * Empty sessions are skipped.
 */
export function formatSessionList(sessions: string[][], lang: Lang, opts: DateOpts = {}): string {
  return sessions
    .map((s) => formatDays(s, lang, opts))
    .filter(Boolean)
    .join(lang === 'fr' ? ' ; ' : '; ');
}

/**
 * "HH:MM" (or the time of "AAAA-MM-JJTHH:MM"), with a no-break space
 * (U+00A0) around the unit: fr "9\u00a0h\u00a030", "14\u00a0h";
 * en "9:30\u00a0am", "2\u00a0pm", "12\u00a0pm" (noon).
 */
export function formatTime(hhmm: string, lang: Lang): string {
  const r = /^(?:\d{4}-\d{2}-\d{2}T)?(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(hhmm);
  const h = r ? +r[1]! : 24;
  const min = r ? r[2]! : '';
  if (h > 23 || +min > 59) return hhmm;
  if (lang === 'fr') return h + '\u00a0h' + (+min ? '\u00a0' + min : '');
  return (h % 12 || 12) + (+min ? ':' + min : '') + (h < 12 ? '\u00a0am' : '\u00a0pm');
}

/** "2024-04" or "2024-04-03" → "avril 2024" / "April 2024". */
export function formatMonthYear(isoOrYm: string, lang: Lang): string {
  const p = parse(/^\d{4}-\d{2}$/.test(isoOrYm) ? isoOrYm + '-01' : isoOrYm, true);
  return p ? monthName(lang, p.m) + ' ' + p.y : isoOrYm;
}

/** "2024-04-03" (or "2024-04") → "2024-04"; "" when not a valid date. */
export function monthKey(iso: string): string {
  const p = parse(/^\d{4}-\d{2}$/.test(iso) ? iso + '-01' : iso, true);
  return p ? iso.slice(0, 7) : '';
}

/**
 * Today's calendar date as "AAAA-MM-JJ" in `timeZone` (Europe/Paris by
 * default, where the feed's dates are), whatever the visitor's zone.
 */
export function todayIso(now: Date = new Date(), timeZone = 'Europe/Paris'): string {
  const v: Record<string, string> = {};
  for (const p of dtf('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now))
    v[p.type] = p.value;
  return `${v.year!.padStart(4, '0')}-${v.month}-${v.day}`;
}
