import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatDateRange,
  formatDays,
  formatMonthYear,
  formatSessionList,
  formatTime,
  monthKey,
  parseIsoDate,
  todayIso,
} from '../../src/format/index.js';

// Dates are written with ordinary spaces (U+0020), as in the training
// catalogues; times use no-break spaces (U+00A0) around "h" / "am" / "pm".

describe('parseIsoDate', () => {
  it('parses a calendar date', () => {
    expect(parseIsoDate('2024-04-03')).to.deep.equal({ y: 2024, m: 4, d: 3 });
  });
  it('accepts leap days of leap years only', () => {
    expect(parseIsoDate('2024-02-29')).to.deep.equal({ y: 2024, m: 2, d: 29 });
    expect(parseIsoDate('2000-02-29')).to.deep.equal({ y: 2000, m: 2, d: 29 });
    expect(parseIsoDate('2023-02-29')).to.equal(undefined);
    expect(parseIsoDate('1900-02-29')).to.equal(undefined);
  });
  it('rejects days that do not exist and loose formats', () => {
    for (const s of [
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-4-3',
      '03/04/2024',
      '2024-04-03T09:30',
      ' 2024-04-03',
      '',
      'bientôt',
    ]) {
      expect(parseIsoDate(s), s).to.equal(undefined);
    }
    expect(parseIsoDate('2024-12-31')).to.deep.equal({ y: 2024, m: 12, d: 31 });
    expect(parseIsoDate('2024-09-30')).to.deep.equal({ y: 2024, m: 9, d: 30 });
  });
});

describe('formatDate', () => {
  it('writes a date in French and English', () => {
    expect(formatDate('2024-04-03', 'fr')).to.equal('3 avril 2024');
    expect(formatDate('2024-04-03', 'en')).to.equal('3 April 2024');
  });
  it('writes "1er" for the first of the month in French only', () => {
    expect(formatDate('2024-04-01', 'fr')).to.equal('1er avril 2024');
    expect(formatDate('2024-04-01', 'en')).to.equal('1 April 2024');
  });
  it('adds the weekday', () => {
    expect(formatDate('2024-04-03', 'fr', { weekday: true })).to.equal('mercredi 3 avril 2024');
    expect(formatDate('2024-04-03', 'en', { weekday: true })).to.equal('Wednesday 3 April 2024');
    expect(formatDate('2024-04-03', 'fr', { weekday: true, short: true, year: false })).to.equal('mer. 3 avril');
  });
  it('omits the year and shortens the month on demand', () => {
    expect(formatDate('2024-09-12', 'fr', { year: false })).to.equal('12 septembre');
    expect(formatDate('2024-09-12', 'fr', { short: true })).to.equal('12 sept. 2024');
    expect(formatDate('2024-09-12', 'en', { short: true, year: false })).to.equal('12 Sep');
  });
  it('formats the leap day and the last day of the year', () => {
    expect(formatDate('2024-02-29', 'fr', { weekday: true })).to.equal('jeudi 29 février 2024');
    expect(formatDate('2024-02-29', 'en')).to.equal('29 February 2024');
    expect(formatDate('2024-12-31', 'fr')).to.equal('31 décembre 2024');
  });
  it('never shifts the day, whatever the hour of a date-time', () => {
    expect(formatDate('2024-04-03T00:00', 'fr')).to.equal('3 avril 2024');
    expect(formatDate('2024-04-03T23:59', 'en')).to.equal('3 April 2024');
    expect(formatDate('2024-01-01', 'fr', { weekday: true })).to.equal('lundi 1er janvier 2024');
  });
  it('returns invalid input unchanged', () => {
    expect(formatDate('2023-02-29', 'fr')).to.equal('2023-02-29');
    expect(formatDate('fin août', 'fr')).to.equal('fin août');
    expect(formatDate('', 'en')).to.equal('');
  });
});

describe('French short month names', () => {
  it('uses the catalogue abbreviations, "avril" in full', () => {
    const got = Array.from({ length: 12 }, (_, i) =>
      formatDate(`2024-${String(i + 1).padStart(2, '0')}-12`, 'fr', { short: true, year: false }),
    );
    expect(got).to.deep.equal([
      '12 janv.',
      '12 févr.',
      '12 mars',
      '12 avril',
      '12 mai',
      '12 juin',
      '12 juil.',
      '12 août',
      '12 sept.',
      '12 oct.',
      '12 nov.',
      '12 déc.',
    ]);
  });
  it('uses three-letter English abbreviations', () => {
    const got = Array.from({ length: 12 }, (_, i) =>
      formatDate(`2024-${String(i + 1).padStart(2, '0')}-12`, 'en', { short: true, year: false }),
    );
    expect(got).to.deep.equal(
      ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((m) => '12 ' + m),
    );
  });
});

describe('formatDateRange', () => {
  it('within one month', () => {
    expect(formatDateRange('2024-09-12', '2024-09-15', 'fr')).to.equal('du 12 au 15 septembre 2024');
    expect(formatDateRange('2024-09-12', '2024-09-15', 'en')).to.equal('12–15 September 2024');
  });
  it('across months', () => {
    expect(formatDateRange('2024-03-30', '2024-04-02', 'fr')).to.equal('du 30 mars au 2 avril 2024');
    expect(formatDateRange('2024-03-30', '2024-04-02', 'en')).to.equal('30 March – 2 April 2024');
  });
  it('across years', () => {
    expect(formatDateRange('2024-12-19', '2025-01-02', 'fr')).to.equal('du 19 décembre 2024 au 2 janvier 2025');
    expect(formatDateRange('2024-12-19', '2025-01-02', 'en')).to.equal('19 December 2024 – 2 January 2025');
  });
  it('across years without the year', () => {
    expect(formatDateRange('2024-12-19', '2025-01-02', 'fr', { year: false })).to.equal('du 19 décembre au 2 janvier');
    expect(formatDateRange('2024-12-19', '2025-01-02', 'en', { year: false, short: true })).to.equal('19 Dec – 2 Jan');
  });
  it('writes "1er" at either end', () => {
    expect(formatDateRange('2024-04-01', '2024-04-03', 'fr')).to.equal('du 1er au 3 avril 2024');
    expect(formatDateRange('2024-03-28', '2024-04-01', 'fr')).to.equal('du 28 mars au 1er avril 2024');
    expect(formatDateRange('2024-04-01', '2024-04-03', 'en')).to.equal('1–3 April 2024');
  });
  it('over the leap day', () => {
    expect(formatDateRange('2024-02-28', '2024-03-01', 'fr')).to.equal('du 28 février au 1er mars 2024');
  });
  it('gives formatDate for one day or no end', () => {
    expect(formatDateRange('2024-04-03', '2024-04-03', 'fr')).to.equal('3 avril 2024');
    expect(formatDateRange('2024-04-03', undefined, 'fr')).to.equal('3 avril 2024');
    expect(formatDateRange('2024-04-03', undefined, 'en', { year: false })).to.equal('3 April');
    expect(formatDateRange('2024-04-03', '', 'en')).to.equal('3 April 2024');
  });
  it('puts swapped bounds in order', () => {
    expect(formatDateRange('2024-09-15', '2024-09-12', 'fr')).to.equal('du 12 au 15 septembre 2024');
  });
  it('returns an invalid start unchanged and ignores an invalid end', () => {
    expect(formatDateRange('2024-02-30', '2024-03-02', 'fr')).to.equal('2024-02-30');
    expect(formatDateRange('2024-03-02', 'plus tard', 'fr')).to.equal('2 mars 2024');
  });
});

describe('formatDays', () => {
  it('two consecutive days', () => {
    expect(formatDays(['2024-04-03', '2024-04-04'], 'fr')).to.equal('3 et 4 avril 2024');
    expect(formatDays(['2024-04-03', '2024-04-04'], 'en')).to.equal('3 and 4 April 2024');
  });
  it('one day', () => {
    expect(formatDays(['2024-04-01'], 'fr')).to.equal('1er avril 2024');
    expect(formatDays(['2024-04-01'], 'en')).to.equal('1 April 2024');
  });
  it('three or more consecutive days make a range', () => {
    const days = ['2024-09-12', '2024-09-13', '2024-09-14', '2024-09-15'];
    expect(formatDays(days, 'fr')).to.equal('du 12 au 15 septembre 2024');
    expect(formatDays(days, 'en')).to.equal('12–15 September 2024');
    expect(formatDays(['2024-04-01', '2024-04-02', '2024-04-03'], 'fr')).to.equal('du 1er au 3 avril 2024');
  });
  it('non-consecutive days', () => {
    const days = ['2024-04-03', '2024-04-04', '2024-04-10'];
    expect(formatDays(days, 'fr')).to.equal('3, 4 et 10 avril 2024');
    expect(formatDays(days, 'en')).to.equal('3, 4 and 10 April 2024');
  });
  it('across months', () => {
    expect(formatDays(['2024-04-30', '2024-05-02'], 'fr')).to.equal('30 avril et 2 mai 2024');
    expect(formatDays(['2024-04-30', '2024-05-02'], 'en')).to.equal('30 April and 2 May 2024');
  });
  it('across years', () => {
    expect(formatDays(['2024-12-30', '2025-01-02'], 'fr')).to.equal('30 décembre 2024 et 2 janvier 2025');
    expect(formatDays(['2024-12-30', '2025-01-02'], 'en')).to.equal('30 December 2024 and 2 January 2025');
  });
  it('a run and a single day', () => {
    const days = ['2024-04-03', '2024-04-04', '2024-04-05', '2024-04-10'];
    expect(formatDays(days, 'fr')).to.equal('du 3 au 5 et le 10 avril 2024');
    expect(formatDays(days, 'en')).to.equal('3–5 and 10 April 2024');
  });
  it('a single day then a run', () => {
    const days = ['2024-04-01', '2024-04-08', '2024-04-09', '2024-04-10'];
    expect(formatDays(days, 'fr')).to.equal('le 1er et du 8 au 10 avril 2024');
    expect(formatDays(days, 'en')).to.equal('1 and 8–10 April 2024');
  });
  it('a run across months keeps its end month', () => {
    const days = ['2024-03-30', '2024-03-31', '2024-04-01', '2024-04-10'];
    expect(formatDays(days, 'fr')).to.equal('du 30 mars au 1er avril et le 10 avril 2024');
    expect(formatDays(days, 'en')).to.equal('30 March – 1 April and 10 April 2024');
  });
  it('runs consecutive over the leap day', () => {
    expect(formatDays(['2024-02-28', '2024-02-29', '2024-03-01'], 'fr')).to.equal('du 28 février au 1er mars 2024');
    expect(formatDays(['2023-02-28', '2023-03-01', '2023-03-02'], 'en')).to.equal('28 February – 2 March 2023');
    expect(formatDays(['2024-02-28', '2024-03-01'], 'fr')).to.equal('28 février et 1er mars 2024');
  });
  it('sorts and deduplicates', () => {
    const days = ['2024-04-10', '2024-04-04', '2024-04-03', '2024-04-04', '2024-04-10'];
    expect(formatDays(days, 'fr')).to.equal('3, 4 et 10 avril 2024');
    expect(formatDays(['2024-04-05', '2024-04-03', '2024-04-04', '2024-04-03'], 'en')).to.equal('3–5 April 2024');
    expect(formatDays(['2024-04-03T14:00', '2024-04-03T09:00'], 'fr')).to.equal('3 avril 2024');
  });
  it('short months without year', () => {
    expect(formatDays(['2024-09-12', '2024-09-13'], 'fr', { year: false, short: true })).to.equal('12 et 13 sept.');
    expect(formatDays(['2024-12-30', '2025-01-02'], 'fr', { year: false, short: true })).to.equal(
      '30 déc. et 2 janv.',
    );
  });
  it('empty or invalid input', () => {
    expect(formatDays([], 'fr')).to.equal('');
    expect(formatDays(['2024-04-03', 'fin août'], 'fr')).to.equal('2024-04-03, fin août');
    expect(formatDays(['2023-02-29'], 'en')).to.equal('2023-02-29');
  });
});

describe('formatSessionList', () => {
  const sessions = [
    ['2024-04-03', '2024-04-04'],
    ['2024-09-12', '2024-09-13'],
    ['2024-12-19', '2024-12-20'],
  ];
  it('writes the seed catalogue text exactly', () => {
    expect(formatSessionList(sessions, 'fr', { year: false, short: true })).to.equal(
      '3 et 4 avril ; 12 et 13 sept. ; 19 et 20 déc.',
    );
  });
  it('in English', () => {
    expect(formatSessionList(sessions, 'en', { year: false, short: true })).to.equal(
      '3 and 4 Apr; 12 and 13 Sep; 19 and 20 Dec',
    );
  });
  it('with years and long months by default', () => {
    expect(formatSessionList(sessions.slice(0, 2), 'fr')).to.equal('3 et 4 avril 2024 ; 12 et 13 septembre 2024');
    expect(formatSessionList(sessions.slice(0, 2), 'en')).to.equal('3 and 4 April 2024; 12 and 13 September 2024');
  });
  it('keeps the order given and skips empty sessions', () => {
    expect(formatSessionList([['2024-12-19'], [], ['2024-04-03']], 'fr', { year: false })).to.equal(
      '19 décembre ; 3 avril',
    );
    expect(formatSessionList([], 'fr')).to.equal('');
  });
});

describe('formatTime', () => {
  it('French hours', () => {
    expect(formatTime('09:30', 'fr')).to.equal('9\u00a0h\u00a030');
    expect(formatTime('14:00', 'fr')).to.equal('14\u00a0h');
    expect(formatTime('00:00', 'fr')).to.equal('0\u00a0h');
    expect(formatTime('08:05', 'fr')).to.equal('8\u00a0h\u00a005');
  });
  it('English hours', () => {
    expect(formatTime('09:30', 'en')).to.equal('9:30\u00a0am');
    expect(formatTime('14:00', 'en')).to.equal('2\u00a0pm');
    expect(formatTime('12:00', 'en')).to.equal('12\u00a0pm');
    expect(formatTime('00:15', 'en')).to.equal('12:15\u00a0am');
    expect(formatTime('23:59', 'en')).to.equal('11:59\u00a0pm');
  });
  it('takes the time of a date-time, and seconds', () => {
    expect(formatTime('2024-04-03T09:30', 'fr')).to.equal('9\u00a0h\u00a030');
    expect(formatTime('9:30:00', 'en')).to.equal('9:30\u00a0am');
  });
  it('returns invalid input unchanged', () => {
    for (const s of ['24:00', '12:60', '9h30', '', 'matin']) expect(formatTime(s, 'fr'), s).to.equal(s);
  });
});

describe('formatMonthYear and monthKey', () => {
  it('writes a month for filters', () => {
    expect(formatMonthYear('2024-04', 'fr')).to.equal('avril 2024');
    expect(formatMonthYear('2024-04-03', 'fr')).to.equal('avril 2024');
    expect(formatMonthYear('2024-04', 'en')).to.equal('April 2024');
    expect(formatMonthYear('2025-01-31', 'en')).to.equal('January 2025');
    expect(formatMonthYear('2024-13', 'fr')).to.equal('2024-13');
  });
  it('gives the month key', () => {
    expect(monthKey('2024-04-03')).to.equal('2024-04');
    expect(monthKey('2024-04-03T09:30')).to.equal('2024-04');
    expect(monthKey('2024-04')).to.equal('2024-04');
    expect(monthKey('2024-02-30')).to.equal('');
    expect(monthKey('avril')).to.equal('');
  });
});

describe('todayIso', () => {
  it('gives the Paris date by default, whatever the visitor zone', () => {
    // 22:30 UTC on 2 April is 00:30 on 3 April in Paris (summer time).
    expect(todayIso(new Date('2024-04-02T22:30:00Z'))).to.equal('2024-04-03');
    // 23:30 UTC on 31 December is 00:30 on 1 January in Paris (winter time).
    expect(todayIso(new Date('2024-12-31T23:30:00Z'))).to.equal('2025-01-01');
    expect(todayIso(new Date('2024-04-02T21:30:00Z'))).to.equal('2024-04-02');
  });
  it('takes another zone', () => {
    expect(todayIso(new Date('2024-04-02T22:30:00Z'), 'UTC')).to.equal('2024-04-02');
    expect(todayIso(new Date('2024-04-03T03:00:00Z'), 'America/Cayenne')).to.equal('2024-04-03');
    expect(todayIso(new Date('2024-04-03T02:00:00Z'), 'America/Cayenne')).to.equal('2024-04-02');
  });
  it('defaults to now', () => {
    expect(todayIso()).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });
});
