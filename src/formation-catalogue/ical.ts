/**
 * iCalendar (RFC 5545) for one session of a training, built in the browser.
 *
 * - Lines end with CRLF and are folded at 75 octets (UTF-8), never inside a
 *   character; continuation lines start with one space.
 * - TEXT values escape `\`, `;`, `,` and newlines.
 * - A session with times gives one timed event per day in Europe/Paris (a
 *   VTIMEZONE is included); without times, all-day events (`VALUE=DATE`,
 *   DTEND the day after), consecutive days merged. Non-consecutive days
 *   ("3 et 4 avril ; 12 sept.") are separate VEVENTs, each with its own UID.
 */
import type { Session, Training } from '../feed/schema/formations.js';
import { sessionDays } from './sessions.js';

export interface IcsOptions {
  /** DTSTAMP; now by default. */
  now?: Date;
  /** Domain part of the UIDs (the site's host name by default). */
  domain?: string;
  /** LOCATION text; the session's place by default. */
  location?: string;
  /** Extra DESCRIPTION lines (reference, registration link…). */
  description?: string;
  /** ORGANIZER (written only when an e-mail address is known). */
  organizer?: { name?: string; email?: string };
  /** URL property (the registration link or the training's page). */
  url?: string;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line at 75 octets (RFC 5545 §3.1), without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > limit) {
      out.push(current);
      current = ' ';
      size = 1;
      limit = 75;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

const compact = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d! + 1));
  return t.toISOString().slice(0, 10);
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Europe/Paris since 1996 (EU rules): last Sunday of March and of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Days grouped into runs of consecutive days. */
function runs(days: string[]): string[][] {
  const out: string[][] = [];
  for (const d of days) {
    const last = out.at(-1);
    if (last && nextDay(last.at(-1)!) === d) last.push(d);
    else out.push([d]);
  }
  return out;
}

/** A safe UID piece: letters, digits and `-_.` only. */
const uidPart = (s: string) => s.replace(/[^A-Za-z0-9_.-]/g, '_');

/** The session's place as one line ("Maison des associations, 12 rue …, 75011 Paris"). */
export function sessionLocation(s: Session): string | undefined {
  const l = s.lieu;
  if (!l) return undefined;
  const city = [l.code_postal, l.commune].filter(Boolean).join(' ');
  return [l.nom, l.adresse, l.complement_adresse, city].filter(Boolean).join(', ') || undefined;
}

/** The .ics text of one session (a VCALENDAR with one VEVENT per day or per run of days). */
export function sessionIcs(training: Training, session: Session, opts: IcsOptions = {}): string {
  const days = [...new Set(sessionDays(session))];
  const timed = !!session.heure_debut;
  const stamp = utcStamp(opts.now ?? new Date());
  const domain = uidPart(opts.domain || (typeof location !== 'undefined' ? location.hostname : '') || 'asso-widgets');
  const sessionKey = uidPart(session.id ?? days[0]!);
  const location_ = opts.location ?? sessionLocation(session);
  const status = session.statut === 'annulee' ? 'CANCELLED' : 'CONFIRMED';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//asso-widgets//formation-catalogue//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(timed ? VTIMEZONE : []),
  ];
  const groups = timed ? days.map((d) => [d]) : runs(days);
  for (const group of groups) {
    const first = group[0]!;
    const last = group.at(-1)!;
    lines.push('BEGIN:VEVENT', `UID:${uidPart(training.reference)}-${sessionKey}-${compact(first)}@${domain}`, `DTSTAMP:${stamp}`);
    if (timed) {
      const start = session.heure_debut!.replace(':', '').slice(0, 4);
      const end = (session.heure_fin ?? session.heure_debut!).replace(':', '').slice(0, 4);
      lines.push(`DTSTART;TZID=Europe/Paris:${compact(first)}T${start}00`, `DTEND;TZID=Europe/Paris:${compact(first)}T${end}00`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${compact(first)}`, `DTEND;VALUE=DATE:${compact(nextDay(last))}`);
    }
    lines.push(`SUMMARY:${escapeText(training.intitule)}`);
    if (location_) lines.push(`LOCATION:${escapeText(location_)}`);
    if (opts.description) lines.push(`DESCRIPTION:${escapeText(opts.description)}`);
    if (opts.url) lines.push(`URL:${opts.url.replace(/[\r\n]/g, '')}`);
    if (opts.organizer?.email)
      lines.push(
        `ORGANIZER${opts.organizer.name ? `;CN="${opts.organizer.name.replace(/["\r\n]/g, '')}"` : ''}:mailto:${opts.organizer.email}`,
      );
    lines.push(`STATUS:${status}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "formation-9209-2027-04-01.ics". */
export function icsFileName(training: Training, session: Session): string {
  return `formation-${uidPart(training.reference)}-${sessionDays(session)[0]}.ics`;
}

/** Hands the .ics to the browser as a download (a Blob, no request). */
export function downloadIcs(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
