import { expect } from '@open-wc/testing';
import {
  addDays,
  easter,
  frenchHolidays,
  isHoliday,
  isOpenAt,
  openStatus,
  parisTime,
  parseOpeningHours,
  spansOn,
} from '../../src/service-map/opening-hours.js';
import { hoursLines, statusDetail, weekdayNames } from '../../src/service-map/hours-text.js';

const SPEC = 'Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00; PH off';
/** An instant given as Paris local time (2024 dates: CET in winter, CEST from 31 March to 27 October). */
const paris = (local: string) => {
  const d = new Date(local + 'Z');
  const offset = d >= new Date('2024-03-31T01:00Z') && d < new Date('2024-10-27T01:00Z') ? 2 : 1;
  return new Date(d.getTime() - offset * 3600e3);
};

describe('opening hours: parser', () => {
  it('reads the issue example into three rules', () => {
    const oh = parseOpeningHours(SPEC)!;
    expect(oh.rules).to.have.length(3);
    expect(oh.rules[0]).to.deep.include({
      days: [0, 1, 2, 3, 4],
      ph: false,
      spans: [
        [510, 750],
        [810, 1020],
      ],
    });
    expect(oh.rules[1]).to.deep.include({ days: [5], spans: [[540, 720]] });
    expect(oh.rules[2]).to.deep.include({ days: [], ph: true, spans: [] });
  });

  it('reads lists, wrapping ranges, 24/7, 24:00, "closed", "open" and rules without days', () => {
    expect(parseOpeningHours('Mo,We,Fr 10:00-12:00')!.rules[0]!.days).to.deep.equal([0, 2, 4]);
    expect(parseOpeningHours('Sa-Mo 10:00-12:00')!.rules[0]!.days).to.deep.equal([5, 6, 0]);
    expect(parseOpeningHours('24/7')!.rules[0]!.spans).to.deep.equal([[0, 1440]]);
    expect(parseOpeningHours('Mo-Su 00:00-24:00')!.rules[0]!.spans).to.deep.equal([[0, 1440]]);
    expect(parseOpeningHours('Su closed')!.rules[0]!.spans).to.deep.equal([]);
    expect(parseOpeningHours('Mo-Fr open')!.rules[0]!.spans).to.deep.equal([[0, 1440]]);
    expect(parseOpeningHours('Mo-Fr')!.rules[0]!.spans).to.deep.equal([[0, 1440]]);
    expect(parseOpeningHours('08:00-18:00')!.rules[0]).to.deep.include({ days: [], ph: false });
    expect(parseOpeningHours('Mo-Fr,PH 10:00-12:00')!.rules[0]).to.deep.include({ days: [0, 1, 2, 3, 4], ph: true });
    expect(parseOpeningHours('off')!.rules[0]!.spans).to.deep.equal([]);
  });

  it('reads a span past midnight as running into the next day', () => {
    expect(parseOpeningHours('Fr-Sa 22:00-02:00')!.rules[0]!.spans).to.deep.equal([[1320, 1560]]);
  });

  it('reads "," before a day selector as an additional rule', () => {
    const oh = parseOpeningHours('Mo-Fr 09:00-12:00, Sa 10:00-11:00')!;
    expect(oh.rules.map((r) => r.additive)).to.deep.equal([false, true]);
  });

  it('gives up on syntax outside the subset (no status rather than a wrong one)', () => {
    for (const s of [
      'Jan-Mar Mo 10:00-12:00',
      'Mo[1] 10:00-12:00',
      'SH off',
      'Mo 10:00+',
      'Mo 25:00-26:00',
      'Mo 10:00-12:00-13:00',
      'Xx 10:00-12:00',
      '<img src=x onerror=alert(1)>',
      'Mo 10:00-12:00 "sur rendez-vous"',
      'Mo-Fr-Sa 10:00-11:00',
      'Mo 24:00-02:00',
      'Mo 10:61-11:00',
      'Mo-Fr off 10:00',
    ]) {
      expect(parseOpeningHours(s), s).to.equal(undefined);
    }
    expect(parseOpeningHours('')).to.equal(undefined);
    expect(parseOpeningHours(undefined)).to.equal(undefined);
    expect(parseOpeningHours(' ; ')).to.equal(undefined);
    expect(isOpenAt('Jan-Mar Mo 10:00-12:00', new Date())).to.equal(undefined);
  });
});

describe('opening hours: open or closed in Europe/Paris', () => {
  it('is open on weekday mornings and afternoons, closed at lunch and in the evening', () => {
    expect(isOpenAt(SPEC, paris('2024-04-16T08:29'))).to.equal(false); // Tuesday
    expect(isOpenAt(SPEC, paris('2024-04-16T08:30'))).to.equal(true);
    expect(isOpenAt(SPEC, paris('2024-04-16T12:29'))).to.equal(true);
    expect(isOpenAt(SPEC, paris('2024-04-16T12:30'))).to.equal(false);
    expect(isOpenAt(SPEC, paris('2024-04-16T13:30'))).to.equal(true);
    expect(isOpenAt(SPEC, paris('2024-04-16T17:00'))).to.equal(false);
  });

  it('follows the days: Saturday morning only, closed on Sunday', () => {
    expect(isOpenAt(SPEC, paris('2024-04-20T10:00'))).to.equal(true); // Saturday
    expect(isOpenAt(SPEC, paris('2024-04-20T14:00'))).to.equal(false);
    expect(isOpenAt(SPEC, paris('2024-04-21T10:00'))).to.equal(false); // Sunday
  });

  it('uses Paris time whatever the instant: 07:00 UTC is 09:00 in summer, 08:00 in winter', () => {
    expect(isOpenAt(SPEC, new Date('2024-07-02T07:00:00Z'))).to.equal(true); // 09:00 CEST
    expect(isOpenAt(SPEC, new Date('2024-01-09T07:00:00Z'))).to.equal(false); // 08:00 CET
    expect(parisTime(new Date('2024-12-31T23:30:00Z'))).to.deep.include({ y: 2025, m: 1, d: 1, min: 30, wd: 2 });
  });

  it('PH off: closed on public holidays, Easter-based ones included', () => {
    expect(isOpenAt(SPEC, paris('2024-04-01T10:00'))).to.equal(false); // Easter Monday
    expect(isOpenAt(SPEC, paris('2024-05-01T10:00'))).to.equal(false); // 1 May (Wednesday)
    expect(isOpenAt(SPEC, paris('2024-05-09T10:00'))).to.equal(false); // Ascension
    expect(isOpenAt(SPEC, paris('2024-05-20T10:00'))).to.equal(false); // Whit Monday
    expect(isOpenAt(SPEC, paris('2024-07-15T10:00'))).to.equal(true); // the day after 14 July
    expect(isOpenAt(SPEC, paris('2024-11-11T10:00'))).to.equal(false); // Armistice
    expect(isOpenAt(SPEC, paris('2024-12-25T10:00'))).to.equal(false);
  });

  it('a later rule wins: "PH off; Mo-Fr …" stays open on a holiday Monday', () => {
    expect(isOpenAt('PH off; Mo-Fr 09:00-12:00', paris('2024-04-01T10:00'))).to.equal(true);
    expect(isOpenAt('Mo-Fr 09:00-17:00; We off', paris('2024-04-17T10:00'))).to.equal(false);
    expect(isOpenAt('Mo-Fr 09:00-12:00, Mo 14:00-16:00', paris('2024-04-15T15:00'))).to.equal(true);
    expect(isOpenAt('Mo-Fr 09:00-12:00, Mo 14:00-16:00', paris('2024-04-15T10:00'))).to.equal(true);
  });

  it('open across midnight: Friday night is still open at 01:00 on Saturday', () => {
    const spec = 'Fr 22:00-02:00';
    expect(isOpenAt(spec, paris('2024-04-19T23:00'))).to.equal(true);
    expect(isOpenAt(spec, paris('2024-04-20T01:00'))).to.equal(true);
    expect(isOpenAt(spec, paris('2024-04-20T02:00'))).to.equal(false);
    expect(isOpenAt(spec, paris('2024-04-19T21:59'))).to.equal(false);
    expect(isOpenAt('Mo-Su 18:00-24:00', paris('2024-04-19T23:59'))).to.equal(true);
    expect(isOpenAt('Mo-Su 18:00-24:00', paris('2024-04-20T00:00'))).to.equal(false);
  });

  it('says when it closes and when it opens next', () => {
    const tue = paris('2024-04-16T11:00');
    const st = openStatus(SPEC, tue)!;
    expect(st).to.deep.equal({ open: true, closesIn: 90 });
    expect(statusDetail(st, parisTime(tue), 'fr')).to.equal('ferme à 12\u00a0h\u00a030');
    const lunch = paris('2024-04-16T12:45');
    expect(statusDetail(openStatus(SPEC, lunch)!, parisTime(lunch), 'fr')).to.equal('ouvre à 13\u00a0h\u00a030');
    const fridayEvening = paris('2024-04-19T18:00');
    expect(statusDetail(openStatus(SPEC, fridayEvening)!, parisTime(fridayEvening), 'fr')).to.equal(
      'ouvre demain à 9\u00a0h',
    );
    const saturday = paris('2024-04-20T13:00');
    expect(statusDetail(openStatus(SPEC, saturday)!, parisTime(saturday), 'fr')).to.equal(
      'ouvre lundi à 8\u00a0h\u00a030',
    );
    expect(statusDetail(openStatus(SPEC, saturday)!, parisTime(saturday), 'en')).to.equal(
      'opens on Monday at 8:30\u00a0am',
    );
    // Easter weekend: Saturday afternoon → Tuesday (Monday is Easter Monday).
    const easterSat = paris('2024-03-30T13:00');
    expect(statusDetail(openStatus(SPEC, easterSat)!, parisTime(easterSat), 'fr')).to.equal(
      'ouvre mardi à 8\u00a0h\u00a030',
    );
  });

  it('open all the time has no closing time; never open has no opening time', () => {
    const now = paris('2024-04-16T11:00');
    expect(openStatus('24/7', now)).to.deep.equal({ open: true, closesIn: undefined });
    expect(statusDetail(openStatus('24/7', now)!, parisTime(now), 'fr')).to.equal('');
    expect(openStatus('off', now)).to.deep.equal({ open: false, opensIn: undefined });
    expect(statusDetail(openStatus('off', now)!, parisTime(now), 'fr')).to.equal('');
    expect(openStatus(undefined, now)).to.equal(undefined);
    expect(openStatus(parseOpeningHours(SPEC), now)!.open).to.equal(true);
  });
});

describe('opening hours: French public holidays', () => {
  it('computes Easter', () => {
    expect(easter(2024)).to.deep.equal({ y: 2024, m: 3, d: 31 });
    expect(easter(2025)).to.deep.equal({ y: 2025, m: 4, d: 20 });
    expect(easter(2019)).to.deep.equal({ y: 2019, m: 4, d: 21 });
    expect(easter(2038)).to.deep.equal({ y: 2038, m: 4, d: 25 });
  });

  it('lists the 11 national holidays, with Easter Monday, Ascension and Whit Monday', () => {
    const h = frenchHolidays(2025);
    expect(h.size).to.equal(11);
    for (const d of ['01-01', '04-21', '05-01', '05-08', '05-29', '06-09', '07-14', '08-15', '11-01', '11-11', '12-25'])
      expect(h.has(d), d).to.equal(true);
  });

  it('adds Good Friday and 26 December in Alsace-Moselle, and the abolition of slavery overseas', () => {
    expect(frenchHolidays(2024, '57').has('03-29')).to.equal(true);
    expect(frenchHolidays(2024, '67').has('12-26')).to.equal(true);
    expect(frenchHolidays(2024, '54').has('03-29')).to.equal(false);
    expect(frenchHolidays(2024, '974').has('12-20')).to.equal(true);
    expect(isHoliday({ y: 2024, m: 5, d: 27 }, '971')).to.equal(true);
    expect(isOpenAt(SPEC, paris('2024-03-29T10:00'), '57')).to.equal(false);
    expect(isOpenAt(SPEC, paris('2024-03-29T10:00'), '54')).to.equal(true);
  });

  it('spansOn and addDays walk the calendar', () => {
    expect(addDays({ y: 2024, m: 2, d: 28 }, 2)).to.deep.equal({ y: 2024, m: 3, d: 1, wd: 4 });
    expect(spansOn(parseOpeningHours(SPEC)!, addDays({ y: 2024, m: 4, d: 1 }, 0))).to.deep.equal([]);
  });
});

describe('opening hours in words', () => {
  it('groups days and formats times the French way', () => {
    expect(hoursLines(parseOpeningHours(SPEC)!, 'fr')).to.deep.equal([
      { days: 'Lundi – vendredi', times: '8\u00a0h\u00a030 – 12\u00a0h\u00a030, 13\u00a0h\u00a030 – 17\u00a0h' },
      { days: 'Samedi', times: '9\u00a0h – 12\u00a0h' },
      { days: 'Jours fériés', times: 'fermé' },
    ]);
    expect(
      hoursLines(parseOpeningHours('Mo,We 10:00-12:00; 24/7; Fr 22:00-02:00; Sa-Mo 09:00-24:00')!, 'en'),
    ).to.deep.equal([
      { days: 'Monday, Wednesday', times: '10\u00a0am – 12\u00a0pm' },
      { days: 'Every day', times: '24/7' },
      { days: 'Friday', times: '10\u00a0pm – 2\u00a0am' },
      { days: 'Monday, Saturday, Sunday', times: '9\u00a0am – midnight' },
    ]);
    expect(weekdayNames('fr')[0]).to.equal('lundi');
  });
});
