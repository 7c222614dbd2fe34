/** Opening hours in words, for the details of a place ("Lundi – vendredi : 8 h 30 – 12 h 30, 13 h 30 – 17 h"). */
import { formatTime } from '../format/index.js';
import { locale, type Lang } from '../i18n/lang.js';
import { SERVICE_MAP } from '../i18n/service-map.js';
import type { OpeningHours, OpenStatus } from './opening-hours.js';

const dayNames = new Map<Lang, string[]>();

/** Weekday names, Monday first ("lundi" … "dimanche"). */
export function weekdayNames(lang: Lang): string[] {
  let names = dayNames.get(lang);
  if (!names) {
    const f = new Intl.DateTimeFormat(locale(lang), { weekday: 'long', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    names = [0, 1, 2, 3, 4, 5, 6].map((i) => f.format(new Date(Date.UTC(2024, 0, 1 + i))));
    dayNames.set(lang, names);
  }
  return names;
}

const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A time of day in the interface language ("8 h 30", "8:30 am"). */
export function timeText(minutes: number, lang: Lang): string {
  if (minutes === 1440) return lang === 'fr' ? '24\u00a0h' : 'midnight';
  return formatTime(hhmm(minutes), lang);
}

function daysText(days: number[], ph: boolean, lang: Lang): string {
  const t = SERVICE_MAP[lang];
  const names = weekdayNames(lang);
  const sorted = [...days].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(
      j - i >= 2
        ? `${names[sorted[i]!]} – ${names[sorted[j]!]}`
        : sorted
            .slice(i, j + 1)
            .map((d) => names[d])
            .join(', '),
    );
    i = j + 1;
  }
  if (ph) parts.push(t.holidays);
  const text = parts.length ? parts.join(', ') : t.everyDay;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One line per rule: the days, and the hours or "fermé". */
export function hoursLines(oh: OpeningHours, lang: Lang): Array<{ days: string; times: string }> {
  const t = SERVICE_MAP[lang];
  return oh.rules.map((r) => ({
    days: daysText(r.days, r.ph, lang),
    times: !r.spans.length
      ? t.closed
      : r.spans
          .map(([a, b]) =>
            a === 0 && b === 1440 ? t.allDay : `${timeText(a, lang)} – ${timeText(b % 1440 || (b ? 1440 : 0), lang)}`,
          )
          .join(', '),
  }));
}

/** "ferme à 12 h 30", "ouvre demain à 8 h 30", "ouvre lundi à 8 h 30" (status at `now` in Europe/Paris). */
export function statusDetail(status: OpenStatus, now: { min: number; wd: number }, lang: Lang): string {
  const t = SERVICE_MAP[lang];
  if (status.open)
    return status.closesIn === undefined ? '' : t.closesAt(timeText((now.min + status.closesIn) % 1440, lang));
  if (status.opensIn === undefined) return '';
  const at = now.min + status.opensIn;
  const days = Math.floor(at / 1440);
  const day = days === 0 ? t.today : days === 1 ? t.tomorrow : t.dayPrefix(weekdayNames(lang)[(now.wd + days) % 7]!);
  return t.opensAt(timeText(at % 1440, lang), day);
}
