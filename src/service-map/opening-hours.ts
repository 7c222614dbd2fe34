/**
 * A subset of the OpenStreetMap `opening_hours` syntax (the format of
 * data·inclusion `horaires_accueil`), evaluated in Europe/Paris time whatever
 * the visitor's time zone.
 *
 * Supported: rules separated by ";" (a later rule replaces the earlier ones on
 * the days it matches) or by "," before a day selector (an additional rule,
 * added to the earlier ones); day selectors `Mo`…`Su`, ranges `Mo-Fr` (also
 * wrapping, `Sa-Mo`), lists `Mo,We,Fr`, `PH` (French public holidays,
 * computed, Easter-based ones included); no day selector = every day; time
 * spans `08:30-12:30,13:30-17:00`, spans past midnight `22:00-02:00` and
 * `24:00`; `off` / `closed`; `open`; `24/7`.
 * Anything else (months, week numbers, `SH`, comments…) makes the parser
 * give up: the raw text is then shown as it is, with no open/closed status
 * (better no status than a wrong one).
 */

/** A rule: the days it applies to and the time spans (minutes from midnight; an end past 1440 runs into the next day). */
export interface OpeningRule {
  /** Weekdays, 0 = Monday … 6 = Sunday. Empty with `ph` false: every day. */
  days: number[];
  /** Applies on public holidays. */
  ph: boolean;
  /** Empty when the rule says `off`. */
  spans: Array<[number, number]>;
  /** Added to the rules before it rather than replacing them ("," separator). */
  additive: boolean;
}

export interface OpeningHours {
  raw: string;
  rules: OpeningRule[];
}

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const DAY_RE = '(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)';
const TIME = /^(\d{1,2}):(\d{2})$/;

function minutes(s: string): number | undefined {
  const m = TIME.exec(s);
  if (!m) return undefined;
  const h = +m[1]!;
  const min = +m[2]!;
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return undefined;
  return h * 60 + min;
}

function parseDays(sel: string, rule: OpeningRule): boolean {
  for (const part of sel.split(',')) {
    if (part === 'PH') {
      rule.ph = true;
      continue;
    }
    const [a, b] = part.split('-');
    const from = DAYS.indexOf(a!);
    const to = b === undefined ? from : DAYS.indexOf(b);
    if (from < 0 || to < 0 || part.split('-').length > 2) return false;
    for (let d = from; ; d = (d + 1) % 7) {
      if (!rule.days.includes(d)) rule.days.push(d);
      if (d === to) break;
    }
  }
  return true;
}

function parseRule(text: string, additive: boolean): OpeningRule | undefined {
  const rule: OpeningRule = { days: [], ph: false, spans: [], additive };
  let rest = text.trim();
  if (rest === '24/7') {
    rule.spans.push([0, 1440]);
    return rule;
  }
  const sel = new RegExp(`^(${DAY_RE}(?:-${DAY_RE})?(?:,${DAY_RE}(?:-${DAY_RE})?)*)(?:\\s+|$)`).exec(rest);
  if (sel) {
    if (!parseDays(sel[1]!, rule)) return undefined;
    rest = rest.slice(sel[0].length).trim();
  }
  let state = 'open';
  const st = /\s*\b(off|closed|open)$/.exec(rest);
  if (st) {
    state = st[1]!;
    rest = rest.slice(0, st.index).trim();
  }
  if (state !== 'open') return rest ? undefined : rule;
  if (!rest) {
    // "Mo-Fr" alone or "Mo-Fr open": open all day.
    if (!sel && !st) return undefined;
    rule.spans.push([0, 1440]);
    return rule;
  }
  for (const span of rest.split(/\s*,\s*/)) {
    const [a, b, extra] = span.split('-');
    const start = minutes(a ?? '');
    let end = minutes(b ?? '');
    if (start === undefined || end === undefined || extra !== undefined || start === 1440) return undefined;
    if (end <= start) end += 1440;
    rule.spans.push([start, end]);
  }
  return rule;
}

/** Parses opening hours; undefined when the text uses syntax outside the supported subset. */
export function parseOpeningHours(raw: string | undefined): OpeningHours | undefined {
  if (!raw || !raw.trim()) return undefined;
  const rules: OpeningRule[] = [];
  for (const part of raw.split(';')) {
    if (!part.trim()) continue;
    // "Mo-Fr 09:00-12:00, Sa 10:00-12:00": "," before a day selector starts an additional rule.
    const pieces = part.split(new RegExp(`(?<=\\d|off|closed|open)\\s*,\\s*(?=${DAY_RE}\\b)`));
    for (let i = 0; i < pieces.length; i++) {
      const rule = parseRule(pieces[i]!, i > 0);
      if (!rule) return undefined;
      rules.push(rule);
    }
  }
  return rules.length ? { raw, rules } : undefined;
}

// ---------------------------------------------------------------- time in Paris

/** A calendar day in Europe/Paris: year, month 1–12, day, weekday (0 = Monday). */
export interface LocalDay {
  y: number;
  m: number;
  d: number;
  wd: number;
}

let parisFormat: Intl.DateTimeFormat | undefined;

/** The date, weekday and minute of the day in Europe/Paris at `date`. */
export function parisTime(date: Date): LocalDay & { min: number } {
  parisFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const p: Record<string, number> = {};
  for (const part of parisFormat.formatToParts(date)) p[part.type] = +part.value;
  const day = addDays({ y: p.year!, m: p.month!, d: p.day! }, 0);
  return { ...day, min: (p.hour! % 24) * 60 + p.minute! };
}

/** The day `n` days after `day` (n may be negative), with its weekday. */
export function addDays(day: { y: number; m: number; d: number }, n: number): LocalDay {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), wd: (t.getUTCDay() + 6) % 7 };
}

// ---------------------------------------------------------------- public holidays

/** Easter Sunday (Gregorian calendar; anonymous algorithm). */
export function easter(y: number): { y: number; m: number; d: number } {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

const pad = (n: number) => String(n).padStart(2, '0');
const key = (x: { m: number; d: number }) => `${pad(x.m)}-${pad(x.d)}`;

/** Abolition of slavery, a public holiday in each overseas département. */
const OVERSEAS: Record<string, string> = {
  '971': '05-27',
  '972': '05-22',
  '973': '06-10',
  '974': '12-20',
  '976': '04-27',
};

/**
 * French public holidays of a year as "MM-DD": the 11 national ones (Easter
 * Monday, Ascension and Whit Monday computed from Easter); with a département
 * code, Good Friday and 26 December in Alsace-Moselle (57, 67, 68) and the
 * abolition of slavery day overseas.
 */
export function frenchHolidays(y: number, departement?: string): Set<string> {
  const e = easter(y);
  const days = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];
  for (const n of [1, 39, 50]) days.push(key(addDays(e, n)));
  if (departement === '57' || departement === '67' || departement === '68') days.push(key(addDays(e, -2)), '12-26');
  if (departement && OVERSEAS[departement]) days.push(OVERSEAS[departement]);
  return new Set(days);
}

export function isHoliday(day: { y: number; m: number; d: number }, departement?: string): boolean {
  return frenchHolidays(day.y, departement).has(key(day));
}

// ---------------------------------------------------------------- evaluation

/** The time spans of one day (minutes; an end past 1440 runs into the next day), after every rule. */
export function spansOn(oh: OpeningHours, day: LocalDay, departement?: string): Array<[number, number]> {
  const holiday = isHoliday(day, departement);
  let spans: Array<[number, number]> = [];
  for (const r of oh.rules) {
    const matches = (r.ph && holiday) || r.days.includes(day.wd) || (!r.ph && !r.days.length);
    if (!matches) continue;
    spans = r.additive ? [...spans, ...r.spans] : [...r.spans];
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

export interface OpenStatus {
  open: boolean;
  /** When open: minutes from now until it closes (undefined: does not close within a week). */
  closesIn?: number;
  /** When closed: minutes from now until it opens (undefined: not within a week). */
  opensIn?: number;
}

/**
 * Open or closed at `date` (Europe/Paris), and when that changes; undefined
 * when the hours cannot be read. `departement` adds its local public holidays.
 */
export function openStatus(
  hours: OpeningHours | string | undefined,
  date: Date,
  departement?: string,
): OpenStatus | undefined {
  const oh = typeof hours === 'string' ? parseOpeningHours(hours) : hours;
  if (!oh) return undefined;
  const now = parisTime(date);
  // Every span of the day before to 7 days after, on one time line (minutes from today's midnight).
  const line: Array<[number, number]> = [];
  for (let n = -1; n <= 7; n++) {
    for (const [a, b] of spansOn(oh, addDays(now, n), departement)) line.push([a + n * 1440, b + n * 1440]);
  }
  line.sort((a, b) => a[0] - b[0]);
  // Merge spans that touch or overlap, so "closes" is the real end.
  const merged: Array<[number, number]> = [];
  for (const s of line) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  const t = now.min;
  const current = merged.find(([a, b]) => a <= t && t < b);
  if (current) return { open: true, closesIn: current[1] >= 8 * 1440 ? undefined : current[1] - t };
  const next = merged.find(([a]) => a > t);
  return { open: false, opensIn: next ? next[0] - t : undefined };
}

/** True when open at `date` in Europe/Paris; undefined when the hours cannot be read. */
export function isOpenAt(
  hours: OpeningHours | string | undefined,
  date: Date,
  departement?: string,
): boolean | undefined {
  return openStatus(hours, date, departement)?.open;
}
