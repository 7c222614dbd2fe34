import type { Lang } from '../i18n/lang.js';
import { plural } from './numbers.js';

const ok = (x: number | undefined): x is number => typeof x === 'number' && x > 0 && isFinite(x);

/** Minutes as words: fr/en "30\u00a0minutes", "1\u00a0minute". */
const minutes = (m: number, lang: Lang) => plural(m, lang, 'minute', 'minutes');

function hours(h: number, lang: Lang): string {
  const fr = lang === 'fr';
  const total = Math.round(h * 60);
  const m = total % 60;
  const whole = (total - m) / 60;
  if (!m) return plural(whole, lang, fr ? 'heure' : 'hour', fr ? 'heures' : 'hours');
  if (!whole) return minutes(m, lang);
  return fr
    ? whole + '\u00a0h\u00a0' + String(m).padStart(2, '0')
    : plural(Math.round(h * 100) / 100, lang, 'hour', 'hours');
}

/**
 * A training's duration, in days and/or hours; both give "2 jours (14 heures)".
 * Numbers and their words are joined by a no-break space (U+00A0).
 *
 * - days: "1 jour", "2 jours", "1,5 jour" (French singular below 2),
 *   0.5 → "une demi-journée"; en "1 day", "2 days", "1.5 days", 0.5 → "half a day".
 * - whole hours: "7 heures", "1 heure"; en "7 hours", "1 hour".
 * - fractional hours, rounded to the minute: fr "3 h 30", "1 h 05";
 *   en "3.5 hours", "1.08 hours" (two decimals at most);
 *   under one hour, both: "30 minutes".
 * - missing, zero, negative or non-finite parts are left out; nothing gives "".
 */
export function formatDuration(d: { jours?: number; heures?: number }, lang: Lang): string {
  const fr = lang === 'fr';
  const j = d.jours;
  const days = !ok(j)
    ? ''
    : j === 0.5
      ? fr
        ? 'une demi-journée'
        : 'half a day'
      : plural(j, lang, fr ? 'jour' : 'day', fr ? 'jours' : 'days');
  const h = ok(d.heures) ? hours(d.heures, lang) : '';
  return days && h ? `${days} (${h})` : days || h;
}
