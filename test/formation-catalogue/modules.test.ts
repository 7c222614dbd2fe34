import { expect } from '@open-wc/testing';
import type { IntraPrice, Session, Training } from '../../src/feed/schema/index.js';
import { auditTraining, INDICATOR_1_ITEMS, yearBefore } from '../../src/formation-catalogue/audit.js';
import {
  applyFilters,
  DEFAULT_FILTERS,
  filterOptions,
  indexTrainings,
  narrows,
  normalize,
  REMOTE,
  type Filters,
} from '../../src/formation-catalogue/filters.js';
import { escapeText, foldLine, icsFileName, sessionIcs, sessionLocation } from '../../src/formation-catalogue/ical.js';
import { catalogueJsonLd, courseJsonLd } from '../../src/formation-catalogue/jsonld.js';
import { intraQuote, quoteRequestHref } from '../../src/formation-catalogue/quote.js';
import { fromPrice, hasFewSeats, isFull, isOpen, pastSessions, upcomingSessions } from '../../src/formation-catalogue/sessions.js';
import { readUrlState, writeUrlState } from '../../src/formation-catalogue/url-state.js';
import { FEED, feedOf, TODAY } from './helpers.js';

const SEED_INTRA: IntraPrice = { montant_base: 2000, participants_inclus: 2, supplement_par_participant: 50 };

async function trainings(): Promise<Training[]> {
  return (await feedOf(FEED)).formations;
}
const byRef = (list: Training[], ref: string) => list.find((t) => t.reference === ref)!;

// ---- A small iCalendar reader, to check what calendar applications will read ----

interface IcsLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Unfolds (CRLF + space) and splits content lines (RFC 5545 §3.1). */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l, i, all) => l !== '' || i < all.length - 1);
}

function parseLine(line: string): IcsLine {
  const colon = line.indexOf(':');
  const [name, ...rawParams] = line.slice(0, colon).split(';');
  const params = Object.fromEntries(
    rawParams.map((p) => {
      const [k, v] = p.split('=') as [string, string];
      return [k, v.replace(/^"(.*)"$/, '$1')];
    }),
  );
  return { name: name!, params, value: line.slice(colon + 1) };
}

/** TEXT values back to text (§3.3.11). */
function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function events(text: string): IcsLine[][] {
  const out: IcsLine[][] = [];
  let current: IcsLine[] | undefined;
  for (const line of unfold(text).map(parseLine)) {
    if (line.name === 'BEGIN' && line.value === 'VEVENT') current = [];
    else if (line.name === 'END' && line.value === 'VEVENT') {
      out.push(current!);
      current = undefined;
    } else current?.push(line);
  }
  return out;
}

const prop = (ev: IcsLine[], name: string) => ev.find((l) => l.name === name);

describe('formation-catalogue modules', () => {
  describe('quote (on-site price model)', () => {
    it('the seed model: 1 → 2 000 €, 2 → 2 000 €, 3 → 2 050 €, 10 → 2 400 €', () => {
      const total = (n: number) => {
        const q = intraQuote(SEED_INTRA, n);
        return q.ok ? q.total : undefined;
      };
      expect(total(1)).to.equal(2000);
      expect(total(2)).to.equal(2000);
      expect(total(3)).to.equal(2050);
      expect(total(10)).to.equal(2400);
      expect(intraQuote(SEED_INTRA, 3)).to.deep.equal({ ok: true, participants: 3, total: 2050, base: 2000, extra: 50 });
    });
    it('refuses what is not a whole number of at least one participant', () => {
      for (const n of [0, -1, 2.5, NaN, Infinity]) expect(intraQuote(SEED_INTRA, n)).to.deep.equal({ ok: false, reason: 'invalid' });
    });
    it('stops at the model’s maximum', () => {
      const m = { ...SEED_INTRA, participants_max: 12 };
      expect(intraQuote(m, 12).ok).to.be.true;
      expect(intraQuote(m, 13)).to.deep.equal({ ok: false, reason: 'too-many', max: 12 });
    });
    it('no supplement: the base price whatever the group; cents are rounded', () => {
      expect(intraQuote({ montant_base: 1500, participants_inclus: 1 }, 8)).to.include({ total: 1500 });
      expect(intraQuote({ montant_base: 0.1, participants_inclus: 1, supplement_par_participant: 0.2 }, 2)).to.include({ total: 0.3 });
    });
    it('the quote request: a prefilled mailto, or the form’s address with query parameters', async () => {
      const t = byRef(await trainings(), '9209');
      const req = { training: t, participants: 3, estimate: '2\u202f050\u00a0€', subject: 'Devis – réf. 9209 & co', body: 'Ligne 1\nLigne 2' };
      const mail = quoteRequestHref({ courriel: 'devis@example.org' }, req)!;
      expect(mail.startsWith('mailto:devis@example.org?subject=')).to.be.true;
      const params = new URLSearchParams(mail.slice(mail.indexOf('?') + 1));
      expect(params.get('subject')).to.equal('Devis – réf. 9209 & co');
      expect(params.get('body')).to.equal('Ligne 1\r\nLigne 2');
      expect(mail).not.to.contain('+'); // spaces as %20: mail clients do not read "+" as a space
      const form = new URL(quoteRequestHref({ url: 'https://example.org/devis?source=site' }, req)!);
      expect(form.searchParams.get('source')).to.equal('site');
      expect(form.searchParams.get('reference')).to.equal('9209');
      expect(form.searchParams.get('formation')).to.equal('Management dans le secteur social');
      expect(form.searchParams.get('participants')).to.equal('3');
      expect(form.searchParams.get('estimation')).to.equal('2\u202f050\u00a0€');
      const bare = new URL(quoteRequestHref({ url: 'https://example.org/devis' }, { ...req, participants: undefined, estimate: undefined })!);
      expect(bare.searchParams.has('participants')).to.be.false;
      expect(quoteRequestHref({ url: 'pas une adresse' }, req)).to.be.undefined;
      expect(quoteRequestHref(undefined, req)).to.be.undefined;
      expect(quoteRequestHref({}, req)).to.be.undefined;
    });
  });

  describe('iCalendar (RFC 5545)', () => {
    const training = { reference: '9209', intitule: 'Management dans le secteur social' } as Training;
    const now = new Date(Date.UTC(2026, 10, 23, 8, 30, 0));

    it('all-day sessions: consecutive days make one event, the others their own; CRLF; VALUE=DATE', () => {
      const s: Session = { id: '2024-04', dates: ['2024-04-04', '2024-04-03', '2024-04-10'], lieu: { commune: 'Paris' } };
      const text = sessionIcs(training, s, { now, domain: 'example.org' });
      expect(text.endsWith('\r\n')).to.be.true;
      expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      const lines = unfold(text);
      expect(lines[0]).to.equal('BEGIN:VCALENDAR');
      expect(lines).to.include('VERSION:2.0');
      expect(lines.some((l) => l.startsWith('PRODID:'))).to.be.true;
      expect(lines).not.to.include('BEGIN:VTIMEZONE');
      const evs = events(text);
      expect(evs).to.have.length(2);
      expect(prop(evs[0]!, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20240403' });
      expect(prop(evs[0]!, 'DTEND')!.value).to.equal('20240405'); // exclusive end: the 3rd and the 4th
      expect(prop(evs[1]!, 'DTSTART')!.value).to.equal('20240410');
      expect(prop(evs[1]!, 'DTEND')!.value).to.equal('20240411');
      expect(prop(evs[0]!, 'UID')!.value).to.equal('9209-2024-04-20240403@example.org');
      expect(prop(evs[1]!, 'UID')!.value).to.equal('9209-2024-04-20240410@example.org');
      expect(prop(evs[0]!, 'DTSTAMP')!.value).to.equal('20261123T083000Z');
      expect(unescape(prop(evs[0]!, 'SUMMARY')!.value)).to.equal('Management dans le secteur social');
      expect(unescape(prop(evs[0]!, 'LOCATION')!.value)).to.equal('Paris');
      expect(prop(evs[0]!, 'STATUS')!.value).to.equal('CONFIRMED');
    });

    it('timed sessions: one event per day in Europe/Paris with its VTIMEZONE', () => {
      const s: Session = { dates: ['2027-03-31', '2027-04-01'], heure_debut: '09:30', heure_fin: '17:00' };
      const text = sessionIcs(training, s, { now, domain: 'example.org' });
      const lines = unfold(text);
      expect(lines).to.include('BEGIN:VTIMEZONE');
      expect(lines).to.include('TZID:Europe/Paris');
      expect(lines).to.include('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
      const evs = events(text);
      expect(evs).to.have.length(2);
      expect(prop(evs[0]!, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { TZID: 'Europe/Paris' }, value: '20270331T093000' });
      expect(prop(evs[0]!, 'DTEND')!.value).to.equal('20270331T170000');
      expect(prop(evs[1]!, 'DTSTART')!.value).to.equal('20270401T093000');
      expect(prop(evs[1]!, 'UID')!.value).to.equal('9209-2027-03-31-20270401@example.org');
      const noEnd = events(sessionIcs(training, { dates: ['2027-01-05'], heure_debut: '14:00' }, { now }))[0]!;
      expect(prop(noEnd, 'DTEND')!.value).to.equal('20270105T140000');
    });

    it('escapes , ; \\ and newlines in TEXT, and parses back to the same text', () => {
      expect(escapeText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
      const hostile = { reference: '666', intitule: 'Titre, avec ; et \\ et\nretour <img src=x onerror=alert(1)>' } as Training;
      const text = sessionIcs(hostile, { dates: ['2027-04-08'], lieu: { nom: 'Salle 1, 2e étage', commune: 'Lyon' }, statut: 'annulee' }, {
        now,
        description: 'Réf. 666\nInscription : https://example.org/?a=1;b=2',
        url: 'https://example.org/inscription',
        organizer: { name: 'Passerelles "PF"', email: 'contact@example.org' },
      });
      const ev = events(text)[0]!;
      expect(unescape(prop(ev, 'SUMMARY')!.value)).to.equal(hostile.intitule);
      expect(unescape(prop(ev, 'LOCATION')!.value)).to.equal('Salle 1, 2e étage, Lyon');
      expect(unescape(prop(ev, 'DESCRIPTION')!.value)).to.equal('Réf. 666\nInscription : https://example.org/?a=1;b=2');
      expect(prop(ev, 'URL')!.value).to.equal('https://example.org/inscription');
      expect(prop(ev, 'ORGANIZER')).to.deep.equal({ name: 'ORGANIZER', params: { CN: 'Passerelles PF' }, value: 'mailto:contact@example.org' });
      expect(prop(ev, 'STATUS')!.value).to.equal('CANCELLED');
      // No property line may start inside the SUMMARY: the newline is escaped.
      expect(unfold(text).filter((l) => l.startsWith('retour'))).to.be.empty;
    });

    it('folds lines at 75 octets without splitting a UTF-8 character', () => {
      const long = 'Été '.repeat(60);
      const folded = foldLine(`SUMMARY:${long}`);
      const enc = new TextEncoder();
      for (const l of folded.split('\r\n')) expect(enc.encode(l).length).to.be.at.most(75);
      expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).to.be.true;
      expect(folded.replace(/\r\n /g, '')).to.equal(`SUMMARY:${long}`);
      expect(foldLine('SHORT:ok')).to.equal('SHORT:ok');
      const text = sessionIcs({ reference: 'x', intitule: long } as Training, { dates: ['2027-01-01'] }, { now });
      for (const l of text.split('\r\n')) expect(enc.encode(l).length).to.be.at.most(75);
      expect(unescape(prop(events(text)[0]!, 'SUMMARY')!.value)).to.equal(long);
    });

    it('UID parts are made safe; the file name; the place as one line', () => {
      const t = { reference: 'A.b_c-1', intitule: 'X' } as Training;
      const ev = events(sessionIcs(t, { id: 'sess ion/1', dates: ['2027-01-01'] }, { now, domain: 'ex ample.org' }))[0]!;
      expect(prop(ev, 'UID')!.value).to.equal('A.b_c-1-sess_ion_1-20270101@ex_ample.org');
      expect(icsFileName(t, { dates: ['2027-02-01', '2027-01-31'] })).to.equal('formation-A.b_c-1-2027-01-31.ics');
      expect(sessionLocation({ dates: [] })).to.be.undefined;
      expect(sessionLocation({ dates: [], lieu: {} })).to.be.undefined;
      expect(sessionLocation({ dates: [], lieu: { nom: 'Salle', adresse: '1 rue X', code_postal: '75011', commune: 'Paris' } })).to.equal(
        'Salle, 1 rue X, 75011 Paris',
      );
      // Without a domain, the page's host name.
      const own = events(sessionIcs(t, { dates: ['2027-01-01'] }, { now }))[0]!;
      expect(prop(own, 'UID')!.value.endsWith(`@${location.hostname.replace(/[^A-Za-z0-9_.-]/g, '_')}`)).to.be.true;
    });

    it('every session of the fixture gives a valid calendar', async () => {
      for (const t of await trainings())
        for (const s of t.sessions ?? []) {
          const text = sessionIcs(t, s, { now });
          const evs = events(text);
          expect(evs.length, t.reference).to.be.greaterThan(0);
          for (const ev of evs) for (const k of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) expect(prop(ev, k), k).to.exist;
        }
    });
  });

  describe('sessions', () => {
    it('upcoming and past, by their first day; full, open, few seats; from price', async () => {
      const list = await trainings();
      const seed = byRef(list, '9209');
      expect(pastSessions(seed, TODAY).map((s) => s.id)).to.deep.equal(['2024-04', '2024-09', '2024-12']);
      expect(upcomingSessions(seed, TODAY).map((s) => s.id)).to.deep.equal(['2027-04', '2027-09', '2027-12']);
      expect(upcomingSessions(seed, '2024-04-03').map((s) => s.id)[0]).to.equal('2024-04');
      expect(upcomingSessions(seed, '2024-04-04').map((s) => s.id)[0]).to.equal('2024-09');
      expect(isFull({ dates: [], statut: 'complete' })).to.be.true;
      expect(isFull({ dates: [], places_restantes: 0 })).to.be.true;
      expect(isOpen({ dates: [], statut: 'reportee' })).to.be.false;
      expect(isOpen({ dates: [], statut: 'annulee' })).to.be.false;
      expect(hasFewSeats({ dates: [], places_restantes: 3 })).to.be.true;
      expect(hasFewSeats({ dates: [], places_restantes: 4 })).to.be.false;
      expect(hasFewSeats({ dates: [], places_restantes: 0 })).to.be.false;
      const t5310 = byRef(list, '5310');
      expect(fromPrice(t5310, upcomingSessions(t5310, TODAY))).to.deep.equal({ amount: 790, from: true });
      expect(fromPrice(seed, [])).to.deep.equal({ amount: 900, from: false });
      expect(fromPrice(byRef(list, '1108'), [])).to.be.undefined;
    });
  });

  describe('filters and search', () => {
    const run = async (patch: Partial<Filters>) =>
      applyFilters(indexTrainings(await trainings(), TODAY), { ...DEFAULT_FILTERS, ...patch }).map((e) => e.training.reference);

    it('normalises accents, case, ligatures and apostrophes', () => {
      expect(normalize('  Équipe  ÉQUIPES ')).to.equal('equipe equipes');
      expect(normalize('Œuvre d’art')).to.equal("oeuvre d'art");
      expect(normalize('Cæcum')).to.equal('caecum');
    });

    it('search ignores accents and case, in title, summary and objectives; every word must match', async () => {
      const equipe = await run({ q: 'equipe' });
      expect(equipe).to.include.members(['9209', '7412', '5310', '9215']);
      expect(await run({ q: 'ÉQUIPE' })).to.deep.equal(equipe);
      expect(await run({ q: 'Equipé' })).to.deep.equal(equipe);
      expect(await run({ q: 'reapproprier' })).to.deep.equal(['9209']); // an objective of the seed
      expect(await run({ q: 'maltraitance ordinaire' })).to.deep.equal(['7412']);
      expect(await run({ q: 'maltraitance zzz' })).to.deep.equal([]);
      expect(await run({ q: '9209' })).to.deep.equal(['9209']);
      expect(await run({ q: '   ' })).to.have.length(14);
    });

    it('theme, format, place (remote too), month and upcoming only', async () => {
      expect(await run({ theme: 'Management', sort: 'titre' })).to.deep.equal(['9215', '9209']);
      expect((await run({ format: '2' })).sort()).to.deep.equal(['4410', '8120', '9230']);
      expect((await run({ format: '1' })).sort()).to.deep.equal(['2205', '3702']);
      expect((await run({ lieu: 'Bordeaux' })).sort()).to.deep.equal(['6105', '6120', '9215']);
      expect((await run({ lieu: REMOTE })).sort()).to.deep.equal(['4410', '8120', '9230']);
      expect((await run({ mois: '2026-12' })).sort()).to.deep.equal(['4410', '8120']); // 2205's December session is cancelled
      expect((await run({ mois: '2027-06' })).sort()).to.deep.equal(['3301', '6105']); // 5310's June session is postponed
      expect((await run({ mois: '2024-04' })).sort()).to.deep.equal([]); // past sessions are not offered
      const upcoming = await run({ upcoming: true });
      expect(upcoming).to.have.length(13);
      expect(upcoming).not.to.include('1108');
      expect(await run({ theme: 'Inconnu' })).to.deep.equal([]);
    });

    it('sorts by next session (none last), title or price (none last)', async () => {
      const byDate = await run({ sort: 'date' });
      expect(byDate.slice(0, 4)).to.deep.equal(['8120', '4410', '3702', '7412']); // 2205's December session is cancelled
      expect(byDate.at(-1)).to.equal('1108');
      const byTitle = await run({ sort: 'titre' });
      expect(byTitle.slice(0, 3)).to.deep.equal(['6105', '4402', '7412']); // Accompagner, Accueillir, Bientraitance
      const byPrice = await run({ sort: 'prix' });
      expect(byPrice[0]).to.equal('4410');
      expect(byPrice.at(-1)).to.equal('1108');
    });

    it('offers only values some training has, remote last', async () => {
      const o = filterOptions(indexTrainings(await trainings(), TODAY));
      expect(o.themes).to.include.members(['Management', 'Gérontologie', 'Protection de l’enfance']);
      expect(o.themes[0]).to.equal('Accompagnement social');
      expect(o.formats).to.deep.equal([0, 1, 2]);
      expect(o.places).to.deep.equal(['Bordeaux', 'Lille', 'Lyon', 'Nancy', 'Paris', 'Toulouse', REMOTE]);
      expect(o.months[0]).to.equal('2026-12');
      expect(o.months).not.to.include('2024-04');
    });

    it('narrows: the sort alone does not count', () => {
      expect(narrows(DEFAULT_FILTERS)).to.be.false;
      expect(narrows({ ...DEFAULT_FILTERS, sort: 'prix' })).to.be.false;
      expect(narrows({ ...DEFAULT_FILTERS, q: ' ' })).to.be.false;
      expect(narrows({ ...DEFAULT_FILTERS, upcoming: true })).to.be.true;
      expect(narrows({ ...DEFAULT_FILTERS, theme: 'A' }, { ...DEFAULT_FILTERS, theme: 'A' })).to.be.false;
    });
  });

  describe('URL state', () => {
    it('reads and writes the view, keeping other parameters', () => {
      const search = writeUrlState('?page_id=12', {
        filters: { ...DEFAULT_FILTERS, q: ' équipe ', theme: 'Management', lieu: 'Paris', mois: '2027-04', format: '0', upcoming: true, sort: 'prix' },
        formation: '9209',
      });
      const p = new URLSearchParams(search);
      expect(p.get('page_id')).to.equal('12');
      expect(p.get('recherche')).to.equal('équipe');
      expect(p.get('theme')).to.equal('Management');
      expect(p.get('modalite')).to.equal('0');
      expect(p.get('lieu')).to.equal('Paris');
      expect(p.get('mois')).to.equal('2027-04');
      expect(p.get('a_venir')).to.equal('1');
      expect(p.get('tri')).to.equal('prix');
      expect(p.get('formation')).to.equal('9209');
      const back = readUrlState(search);
      expect(back.formation).to.equal('9209');
      expect(back.filters).to.deep.equal({ q: 'équipe', theme: 'Management', lieu: 'Paris', mois: '2027-04', format: '0', upcoming: true, sort: 'prix' });
    });
    it('leaves defaults out; records a preset filter the visitor cleared', () => {
      expect(writeUrlState('', { filters: DEFAULT_FILTERS })).to.equal('');
      expect(writeUrlState('?formation=1&theme=x', { filters: DEFAULT_FILTERS })).to.equal('');
      const preset = { ...DEFAULT_FILTERS, theme: 'Management', upcoming: true };
      expect(writeUrlState('', { filters: preset }, preset)).to.equal('');
      const cleared = writeUrlState('', { filters: { ...preset, theme: '', upcoming: false } }, preset);
      expect(cleared).to.equal('?theme=&a_venir=0');
      expect(readUrlState(cleared, preset).filters).to.include({ theme: '', upcoming: false });
      expect(readUrlState('', preset).filters).to.include({ theme: 'Management', upcoming: true });
    });
    it('a prefix namespaces the parameters; unknown sorts are ignored; long values are cut', () => {
      const s = writeUrlState('?theme=autre', { filters: { ...DEFAULT_FILTERS, theme: 'Qualité' }, formation: '9230' }, DEFAULT_FILTERS, 'cat2-');
      const p = new URLSearchParams(s);
      expect(p.get('theme')).to.equal('autre');
      expect(p.get('cat2-theme')).to.equal('Qualité');
      expect(p.get('cat2-formation')).to.equal('9230');
      expect(readUrlState(s, DEFAULT_FILTERS, 'cat2-').filters.theme).to.equal('Qualité');
      expect(readUrlState('?tri=hasard').filters.sort).to.equal('date');
      expect(readUrlState('?a_venir=oui').filters.upcoming).to.be.true;
      expect(readUrlState('?a_venir=non').filters.upcoming).to.be.false;
      expect(readUrlState(`?recherche=${'x'.repeat(500)}`).filters.q).to.have.length(200);
      expect(readUrlState('?formation=').formation).to.be.undefined;
    });
  });

  describe('auditTraining (Qualiopi indicators 1 and 2)', () => {
    it('the seed as published misses access terms and delays, accessibility, the disability referent, results and a date', async () => {
      const a = auditTraining(byRef(await trainings(), '9209'), TODAY);
      expect(a.missing).to.deep.equal(['modalites_acces', 'delai_acces', 'referent_handicap', 'accessibilite']);
      expect(a.resultsMissing).to.be.true;
      expect(a.undated).to.be.true;
      expect(a.outdated).to.be.false;
      expect(a.ok).to.be.false;
    });
    it('a complete, recent training is ok; one older than twelve months is flagged', async () => {
      const list = await trainings();
      expect(auditTraining(byRef(list, '7412'), TODAY)).to.deep.equal({
        reference: '7412',
        missing: [],
        resultsMissing: false,
        undated: false,
        outdated: false,
        updated: '2026-10-05',
        ok: true,
      });
      const old = auditTraining(byRef(list, '4402'), TODAY);
      expect(old.outdated).to.be.true;
      expect(old.ok).to.be.false;
      expect(auditTraining(byRef(list, '4402'), '2026-06-15').outdated).to.be.false;
      expect(auditTraining(byRef(list, '4402'), '2026-06-16').outdated).to.be.true;
      expect(auditTraining(byRef(list, '9215'), TODAY).resultsMissing).to.be.true;
      expect(auditTraining(byRef(list, '4410'), TODAY).missing).to.deep.equal(['modalites_acces']);
    });
    it('an empty training misses every indicator-1 item; certification items when certifying', () => {
      const a = auditTraining({ reference: 'x', intitule: 'X', objectifs: ['  '], prerequis: ' ' }, TODAY);
      expect(a.missing).to.deep.equal([...INDICATOR_1_ITEMS]);
      const c = auditTraining({ reference: 'x', intitule: 'X', certification: { intitule: 'CQP' } }, TODAY);
      expect(c.missing.slice(-3)).to.deep.equal(['code_certification', 'certificateur', 'date_enregistrement']);
      const priced = auditTraining({ reference: 'x', intitule: 'X', sessions: [{ dates: ['2027-01-01'], prix: 10 }] }, TODAY);
      expect(priced.missing).not.to.include('tarifs');
      const referent = auditTraining({ reference: 'x', intitule: 'X', contacts: { referent_handicap: { nom: 'Mme X' } } }, TODAY);
      expect(referent.missing).not.to.include('referent_handicap');
      expect(yearBefore('2024-02-29')).to.equal('2023-02-29');
    });
  });

  describe('JSON-LD', () => {
    it('a Course with a CourseInstance per upcoming session and Offers in EUR', async () => {
      const feed = await feedOf(FEED);
      const seed = courseJsonLd(byRef(feed.formations, '9209'), feed.organisation, TODAY) as any;
      expect(seed['@type']).to.equal('Course');
      expect(seed.courseCode).to.equal('9209');
      expect(seed.provider).to.deep.equal({ '@type': 'Organization', name: 'Passerelles Formation', url: 'https://passerelles-formation.example.org/' });
      expect(seed.offers).to.include({ '@type': 'Offer', price: 900, priceCurrency: 'EUR', category: 'Paid', valueAddedTaxIncluded: true });
      expect(seed.timeRequired).to.equal('P2D');
      expect(seed.hasCourseInstance).to.have.length(3);
      const first = seed.hasCourseInstance[0];
      expect(first).to.include({ '@type': 'CourseInstance', courseMode: 'onsite', startDate: '2027-04-08', endDate: '2027-04-09' });
      expect(first.location['@type']).to.equal('Place');
      expect(first.location.address).to.include({ addressLocality: 'Paris', postalCode: '75011' });
      expect(first.offers).to.include({ price: 900, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' });
      const remote = courseJsonLd(byRef(feed.formations, '8120'), feed.organisation, TODAY) as any;
      expect(remote.hasCourseInstance[0]).to.include({ courseMode: 'online', startDate: '2026-12-01T09:30', endDate: '2026-12-10T12:30' });
      expect(remote.hasCourseInstance[0].location['@type']).to.equal('VirtualLocation');
      expect(remote.timeRequired).to.equal('PT12H');
      const ht = courseJsonLd(byRef(feed.formations, '9230'), feed.organisation, TODAY) as any;
      expect(ht.offers.valueAddedTaxIncluded).to.be.false;
      const statuses = (courseJsonLd(byRef(feed.formations, '5310'), undefined, TODAY) as any).hasCourseInstance.map((i: any) => i.eventStatus);
      expect(statuses).to.include('https://schema.org/EventPostponed');
      const full = (courseJsonLd(byRef(feed.formations, '6105'), undefined, TODAY) as any).hasCourseInstance[0];
      expect(full.offers.availability).to.equal('https://schema.org/SoldOut');
      const cancelled = (courseJsonLd(byRef(feed.formations, '2205'), undefined, TODAY) as any).hasCourseInstance;
      expect(cancelled.map((i: any) => i.eventStatus)).to.include('https://schema.org/EventCancelled');
      expect((courseJsonLd(byRef(feed.formations, '3702'), undefined, TODAY) as any).educationalCredentialAwarded).to.equal(
        'CQP Surveillant(e) de nuit qualifié(e)',
      );
    });
    it('an ItemList of every training; "€" never stands for the currency', async () => {
      const feed = await feedOf(FEED);
      const list = catalogueJsonLd(feed.formations, feed.organisation, TODAY) as any;
      expect(list['@type']).to.equal('ItemList');
      expect(list.numberOfItems).to.equal(14);
      expect(list.itemListElement[0]).to.include({ '@type': 'ListItem', position: 1 });
      expect(JSON.stringify(list)).not.to.contain('"priceCurrency":"€"');
      expect(JSON.stringify(list)).not.to.contain('2024-04-03'); // past sessions are not offered
      const bare = catalogueJsonLd([{ reference: 'x', intitule: 'X', sessions: [{ dates: ['2027-01-01'] }] }], undefined, TODAY) as any;
      expect(bare.name).to.equal('Formations');
      expect(bare.itemListElement[0].item.hasCourseInstance[0].offers).to.be.undefined;
      expect(bare.itemListElement[0].item.description).to.equal('X');
    });
  });
});
