import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { define } from '../../src/define.js';
import { FormationCatalogue } from '../../src/formation-catalogue/formation-catalogue.js';
import { todayIso } from '../../src/format/index.js';
import {
  $,
  catalogue,
  choose,
  count,
  EMPTY,
  ERROR,
  FEED,
  feedOf,
  INVALID,
  NBSP,
  NNBSP,
  openTraining,
  part,
  parts,
  query,
  root,
  section,
  settled,
  TBA,
  textOf,
  titles,
  TODAY,
} from './helpers.js';
import { idle } from '../base/idle.js';

const START = location.href;

/** The address bar as the test runner left it: every test starts and ends there. */
function resetUrl() {
  history.replaceState(null, '', START);
}

/** The catalogue writes its JSON-LD when the browser is idle (after the list is shown): `idle()` waits for it. */

async function jsonLd(el: Element): Promise<any> {
  await idle();
  const script = el.querySelector('script[type="application/ld+json"]');
  return script ? JSON.parse(script.textContent!) : undefined;
}

async function popstate(): Promise<void> {
  await oneEvent(window, 'popstate');
}

describe('<formation-catalogue>', () => {
  // A few same-document entries first, so a stray history.back() can never leave the test page.
  before(() => {
    for (let i = 0; i < 3; i++) history.pushState(null, '', START);
  });
  beforeEach(resetUrl);
  afterEach(async () => {
    await aTimeout(10); // let a pending history traversal land before the next test
    resetUrl();
  });

  it('is registered; registering it again does not throw; it can live under another name', async () => {
    expect(customElements.get('formation-catalogue')).to.equal(FormationCatalogue);
    define('formation-catalogue', FormationCatalogue);
    define('mon-catalogue', FormationCatalogue);
    const el = await fixture<FormationCatalogue>(html`<mon-catalogue today=${TODAY} .data=${await feedOf(FEED)}></mon-catalogue>`);
    await settled(el);
    expect(titles(el)).to.have.length(14);
  });

  describe('states', () => {
    it('loading: says so politely, accessible', async () => {
      const realFetch = window.fetch;
      window.fetch = () => new Promise<Response>(() => {});
      try {
        const el = await fixture<FormationCatalogue>(html`<formation-catalogue src="/fixtures/feeds/never.json"></formation-catalogue>`);
        expect(textOf(part(el, 'loading'))).to.equal('Chargement…');
        await expect(el).to.be.accessible();
        el.remove();
      } finally {
        window.fetch = realFetch;
      }
    });

    it('list, loaded from src: every training, the count in a polite live region, accessible', async () => {
      const el = await fixture<FormationCatalogue>(html`<formation-catalogue src=${FEED} today=${TODAY}></formation-catalogue>`);
      await settled(el);
      expect(titles(el)).to.have.length(14);
      const status = part(el, 'count')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(textOf(status)).to.equal(`14${NBSP}formations trouvées`);
      // The next session first: the remote one of December 2026.
      expect(titles(el)[0]).to.equal('Écrits professionnels en travail social');
      await expect(el).to.be.accessible();
    });

    it('empty feed: says so, no JSON-LD, accessible', async () => {
      const el = await catalogue({}, await feedOf(EMPTY));
      expect(textOf(part(el, 'empty'))).to.equal('Aucune formation n’est publiée pour le moment.');
      await idle();
      expect(el.querySelector('script[type="application/ld+json"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('error: a 404 gives a sentence a visitor understands and a retry button, accessible', async () => {
      const el = await fixture<FormationCatalogue>(html`<formation-catalogue src="/fixtures/feeds/nope.json"></formation-catalogue>`);
      await settled(el);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(textOf(part(el, 'error'))).to.contain('Le contenu demandé est introuvable.');
      expect(part(el, 'retry-button')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('error: a feed of another version is refused whole', async () => {
      const el = document.createElement('formation-catalogue');
      el.src = ERROR;
      setTimeout(() => document.body.append(el));
      const ev = await oneEvent(el, 'asso-error');
      expect(ev.detail.partial).to.be.false;
      await settled(el);
      expect(textOf(part(el, 'error'))).to.contain('Ce contenu contient une erreur');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('invalid items are left out, the valid ones shown, the webmaster told the paths', async () => {
      const el = document.createElement('formation-catalogue');
      el.setAttribute('today', TODAY);
      el.src = INVALID;
      setTimeout(() => document.body.append(el));
      const ev = await oneEvent(el, 'asso-error');
      expect(ev.detail.partial).to.be.true;
      expect(ev.detail.problems.map((p: { path: string }) => p.path)).to.include.members(['formations[1].intitule', 'formations[0].sessions[0].dates[0]']);
      await settled(el);
      expect(titles(el)).to.deep.equal(['Formation valide', 'Deuxième formation valide']);
      await expect(el).to.be.accessible();
      el.remove();
    });
  });

  describe('the list', () => {
    it('a card: title link, reference, duration, format, themes, summary, next session in French, from price, badges', async () => {
      const el = await catalogue();
      const card = $(el, 'a[data-ref="9209"]')!.closest('[part~="card"]')!;
      const text = textOf(card);
      expect(text).to.contain('Management dans le secteur social');
      expect(text).to.contain('Réf. 9209');
      expect(text).to.contain(`2${NBSP}jours`);
      expect(text).to.contain('Présentiel');
      expect(text).to.contain('Management, Accompagnement social');
      expect(text).to.contain('Être cadre dans le secteur social et médico-social est une situation spécifique.');
      expect(text).to.contain(`Prochaine session${NBSP}: 8 et 9 avril 2027, Paris + 2 autres sessions`);
      expect(textOf(card.querySelector('[part~="price"]'))).to.equal(`900${NBSP}€ net par stagiaire`);
      const badge = (ref: string) =>
        [...$(el, `a[data-ref="${ref}"]`)!.closest('[part~="card"]')!.querySelectorAll('[part~="badge"]')].map((b) => textOf(b));
      expect(badge('8120')).to.deep.equal(['Nouveau', `Plus que 3${NBSP}places`]);
      expect(badge('4410')).to.deep.equal(['Plus qu’une place']);
      expect(badge('3702')).to.deep.equal(['Certifiante']);
      expect(badge('1108')).to.deep.equal(['Dates à venir']);
      expect(badge('9209')).to.deep.equal([]);
      // 6105: the February session is full, the May one open: not "Complet".
      expect(badge('6105')).to.deep.equal([]);
      const from = textOf($(el, 'a[data-ref="5310"]')!.closest('[part~="card"]')!.querySelector('[part~="price"]'));
      expect(from).to.equal(`à partir de 790${NBSP}€ net par stagiaire`);
      const intra = textOf($(el, 'a[data-ref="1108"]')!.closest('[part~="card"]')!.querySelector('[part~="price"]'));
      expect(intra).to.equal(`En intra${NBSP}: à partir de 2${NNBSP}100${NBSP}€ net`);
      const ht = textOf($(el, 'a[data-ref="9230"]')!.closest('[part~="card"]')!.querySelector('[part~="price"]'));
      expect(ht).to.equal(`750${NBSP}€ HT par stagiaire`);
      // A cancelled session is not "the next one"; a remote session says so.
      expect(textOf($(el, 'a[data-ref="2205"]')!.closest('[part~="card"]'))).to.contain('22, 23 mars, 6 et 13 avril 2027, Lyon (mixte)');
      expect(textOf($(el, 'a[data-ref="8120"]')!.closest('[part~="card"]'))).to.contain('1er, 3, 8 et 10 décembre 2026, À distance');
    });

    it('"Complet" when every upcoming session is full', async () => {
      const feed = await feedOf(FEED);
      const t = feed.formations.find((x) => x.reference === '6105')!;
      t.sessions = t.sessions!.slice(0, 1);
      const el = await catalogue({}, feed);
      const badges = [...$(el, 'a[data-ref="6105"]')!.closest('[part~="card"]')!.querySelectorAll('[part~="badge"]')].map(textOf);
      expect(badges).to.deep.equal(['Complet']);
    });

    it('filters: theme, format, place, month, upcoming only, each announced; the count follows', async () => {
      const el = await catalogue();
      await choose(el, '#fc-theme', 'Management');
      expect(count(el)).to.equal(`2${NBSP}formations trouvées`);
      expect(query().get('theme')).to.equal('Management');
      await expect(el).to.be.accessible();
      await choose(el, '#fc-theme', '');
      await choose(el, '#fc-format', '2');
      expect(titles(el)).to.have.length(3);
      await choose(el, '#fc-format', '');
      await choose(el, '#fc-lieu', 'Bordeaux');
      expect(count(el)).to.equal(`3${NBSP}formations trouvées`);
      // The card shows the session at that place.
      expect(textOf($(el, 'a[data-ref="9215"]')!.closest('[part~="card"]'))).to.contain('du 15 au 17 novembre 2027, Bordeaux');
      await choose(el, '#fc-lieu', '');
      await choose(el, '#fc-mois', '2026-12');
      expect(count(el)).to.equal(`2${NBSP}formations trouvées`);
      await choose(el, '#fc-mois', '');
      await choose(el, '#fc-upcoming', true);
      expect(count(el)).to.equal(`13${NBSP}formations trouvées`);
      expect(query().get('a_venir')).to.equal('1');
      const monthOptions = [...$(el, '#fc-mois')!.querySelectorAll('option')].map((o) => textOf(o));
      expect(monthOptions.slice(0, 3)).to.deep.equal(['Tous les mois', 'décembre 2026', 'janvier 2027']);
      const places = [...$(el, '#fc-lieu')!.querySelectorAll('option')].map((o) => textOf(o));
      expect(places.at(-1)).to.equal('À distance');
      await expect(el).to.be.accessible();
    });

    it('search ignores accents and case ("equipe" finds "équipe"), across title, summary and objectives', async () => {
      const el = await catalogue();
      await choose(el, '#fc-q', 'EQUIPE');
      expect(titles(el)).to.include.members([
        'Management dans le secteur social',
        'Bientraitance et prévention de la maltraitance en établissement',
      ]);
      expect(query().get('recherche')).to.equal('EQUIPE');
      await choose(el, '#fc-q', 'secret professionnel');
      expect(count(el)).to.equal('1 formation trouvée');
    });

    it('sort by title or price', async () => {
      const el = await catalogue();
      await choose(el, '#fc-sort', 'titre');
      expect(titles(el)[0]).to.equal('Accompagner la fin de vie en EHPAD');
      await choose(el, '#fc-sort', 'prix');
      expect(titles(el)[0]).to.equal('Secret professionnel et partage d’informations');
      expect(query().get('tri')).to.equal('prix');
      // The sort alone offers nothing to clear.
      expect(part(el, 'clear-button')).to.be.null;
    });

    it('empty result: says so, offers to clear the filters, which brings everything back', async () => {
      const el = await catalogue();
      await choose(el, '#fc-q', 'zzzz introuvable');
      expect(count(el)).to.equal('Aucune formation trouvée');
      expect(textOf(part(el, 'no-results'))).to.contain('Aucune formation ne correspond à ces critères.');
      await expect(el).to.be.accessible();
      const clear = part(el, 'no-results')!.querySelector<HTMLButtonElement>('[part~="clear-button"]')!;
      expect(textOf(clear)).to.equal('Effacer les filtres');
      clear.click();
      await el.updateComplete;
      expect(count(el)).to.equal(`14${NBSP}formations trouvées`);
      expect(root(el).activeElement?.id).to.equal('fc-q');
      expect(query().has('recherche')).to.be.false;
    });

    it('a filter value from the address bar that no training has still shows in its select', async () => {
      history.replaceState(null, '', '?theme=Inconnu');
      const el = await catalogue();
      expect($<HTMLSelectElement>(el, '#fc-theme')!.value).to.equal('Inconnu');
      expect(count(el)).to.equal('Aucune formation trouvée');
    });

    it('fires asso-catalogue-filter with the filters and the count; not for changes it makes itself', async () => {
      const el = await catalogue();
      const events: CustomEvent[] = [];
      el.addEventListener('asso-catalogue-filter', (e) => events.push(e));
      history.pushState(null, '', '?theme=Qualité');
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
      await el.updateComplete;
      expect(count(el)).to.equal('1 formation trouvée');
      expect(events).to.have.length(0);
      await choose(el, '#fc-theme', 'Handicap');
      expect(events).to.have.length(1);
      expect(events[0]!.detail.filters.theme).to.equal('Handicap');
      expect(events[0]!.detail.count).to.equal(3);
    });

    it('attributes preset the view: a theme page, upcoming only, a sort', async () => {
      const el = await catalogue({ theme: 'Management', 'upcoming-only': true, sort: 'titre' });
      expect(titles(el)).to.deep.equal(['Conduire le changement dans un établissement social ou médico-social', 'Management dans le secteur social']);
      expect($<HTMLSelectElement>(el, '#fc-theme')!.value).to.equal('Management');
      expect($<HTMLInputElement>(el, '#fc-upcoming')!.checked).to.be.true;
      expect(location.href).to.equal(START); // presets are not written in the address bar
      await choose(el, '#fc-theme', '');
      expect(query().get('theme')).to.equal('');
      expect(titles(el)).to.have.length(13);
      part(el, 'clear-button')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
      el.theme = 'Qualité';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Se préparer à l’évaluation de la qualité des ESSMS']);
    });

    it('heading-level sets the level of the trainings’ headings and of the sections below', async () => {
      const el = await catalogue({ 'heading-level': '3' });
      expect(part(el, 'card-title')!.localName).to.equal('h3');
      await openTraining(el, '9209');
      expect(part(el, 'title')!.localName).to.equal('h3');
      expect(part(el, 'section-title')!.localName).to.equal('h4');
      expect($(el, '[part~="programme-title"]')!.localName).to.equal('h5');
    });

    it('renders 1000 trainings (content-visibility keeps it cheap)', async () => {
      const feed = await feedOf(FEED);
      const seed = feed.formations[0]!;
      feed.formations = Array.from({ length: 1000 }, (_, i) => ({ ...seed, reference: `G${i}`, intitule: `Formation ${i}` }));
      const el = await catalogue({}, feed);
      expect(titles(el)).to.have.length(1000);
      expect(getComputedStyle(part(el, 'card')!).contentVisibility).to.equal('auto');
      await choose(el, '#fc-q', 'Formation 999');
      expect(titles(el)).to.deep.equal(['Formation 999']);
    });
  });

  describe('one training', () => {
    it('every Qualiopi indicator-1 item in its own labelled section; the seed’s exact strings', async () => {
      const el = await catalogue();
      await openTraining(el, '9209');
      expect(query().get('formation')).to.equal('9209');
      expect(textOf(part(el, 'title'))).to.equal('Management dans le secteur social');
      expect(root(el).activeElement).to.equal(part(el, 'title'));
      const labels = [...root(el).querySelectorAll('section[aria-labelledby]')].map((s) =>
        textOf(root(el).getElementById(s.getAttribute('aria-labelledby')!)),
      );
      expect(labels).to.deep.equal([
        'Présentation',
        'Objectifs',
        'Programme',
        'Public',
        'Prérequis',
        'Durée',
        'Sessions et inscription',
        'Tarifs',
        'Méthodes pédagogiques',
        'Modalités d’évaluation',
        'Sanction de la formation',
        'Contacts',
        'Documents',
      ]);
      expect(textOf(section(el, 'prerequis'))).to.equal('Prérequis Aucun');
      const duree = [...section(el, 'duree')!.querySelectorAll('p')].map(textOf);
      expect(duree[0]).to.equal(`2${NBSP}jours`);
      expect(duree[1]).to.contain('Option 1 journée complémentaire à J + 1 mois');
      expect(section(el, 'objectifs')!.querySelectorAll('li')).to.have.length(4);
      const tarifs = textOf(section(el, 'tarifs'));
      expect(tarifs).to.contain(`900${NBSP}€ net à payer par stagiaire pour les 2 jours`);
      expect(tarifs).to.contain(`2${NNBSP}000${NBSP}€ pour 1 à 2${NBSP}participants, puis + 50${NBSP}€ par participant supplémentaire`);
      expect(tarifs).to.contain('+ forfait pour les frais de déplacement');
      expect(textOf(part(el, 'tax'))).to.equal('TVA non applicable – art. 261-4-4° du CGI');
      // Upcoming sessions; the 2024 ones are hidden until asked for.
      const sessions = parts(el, 'session');
      expect(sessions.map((s) => textOf(s.querySelector('.when')))).to.deep.equal([
        '8 et 9 avril 2027',
        '16 et 17 septembre 2027',
        '16 et 17 décembre 2027',
      ]);
      expect(textOf(sessions[0])).to.contain(`Inscriptions ouvertes · 5${NBSP}places restantes sur 14`);
      expect(textOf(sessions[0])).to.contain('Passerelles Formation, 42 rue des Tanneurs, 75011 Paris');
      expect(textOf(section(el, 'sessions'))).not.to.contain('2024');
      const toggle = $<HTMLButtonElement>(el, '.past-toggle button')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(textOf(toggle)).to.equal('Afficher les sessions passées (3)');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(textOf($(el, '.past'))).to.contain(`2024${NBSP}: 3 et 4 avril ; 12 et 13 sept. ; 19 et 20 déc.`);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect($(el, '.past')).to.be.null;
      const docs = section(el, 'documents')!.querySelector('a')!;
      expect(docs.getAttribute('href')).to.equal('https://passerelles-formation.example.org/programmes/9209.pdf');
      expect(textOf(docs)).to.equal('PDF Formation');
    });

    it('registration links per session, with the session in their accessible name', async () => {
      const el = await catalogue();
      await openTraining(el, '7412');
      const links = parts(el, 'register-link') as HTMLAnchorElement[];
      expect(links).to.have.length(2);
      expect(links[0]!.href).to.equal('https://passerelles-formation.example.org/inscription?formation=7412&session=2027-01');
      expect(textOf(links[0])).to.equal('S’inscrire, session 14 et 15 janvier 2027');
      expect(textOf(parts(el, 'session')[0]!.querySelector('.when'))).to.equal(`14 et 15 janvier 2027 de 9${NBSP}h à 17${NBSP}h`);
      expect(textOf(parts(el, 'session')[0])).to.contain(`2${NBSP}places restantes sur 12`);
    });

    it('statuses: full, cancelled, postponed; a session’s own price; remote sessions', async () => {
      const el = await catalogue();
      await openTraining(el, '6105');
      const full = parts(el, 'session')[0]!;
      expect(textOf(full.querySelector('[part~="status"]'))).to.equal('Complet');
      expect(full.querySelector('[part~="register-link"]')).to.be.null;
      expect(textOf(full.querySelector('.when'))).to.equal('4, 5 février et 4 mars 2027');
      history.back();
      await popstate();
      await openTraining(el, '5310');
      const [, lille, postponed] = parts(el, 'session');
      expect(textOf(lille!.querySelector('.own-price'))).to.equal(`Prix de cette session${NBSP}: 790${NBSP}€`);
      expect(textOf(postponed!.querySelector('[part~="status"]'))).to.equal('Reportée');
      expect(textOf(postponed)).to.contain('Reportée à l’automne 2027');
      expect(postponed!.querySelector('[part~="register-link"]')).to.be.null;
      history.back();
      await popstate();
      await openTraining(el, '2205');
      const cancelled = parts(el, 'session').find((s) => s.dataset.status === 'annulee')!;
      expect(textOf(cancelled.querySelector('[part~="status"]'))).to.equal('Annulée');
      expect(cancelled.querySelector('[part~="calendar-button"]')).to.be.null;
      history.back();
      await popstate();
      await openTraining(el, '8120');
      expect(textOf(parts(el, 'session')[0]!.querySelector('.where'))).to.equal('À distance');
      expect(textOf(parts(el, 'session')[0]!.querySelector('.when'))).to.contain(`de 9${NBSP}h${NBSP}30 à 12${NBSP}h${NBSP}30`);
    });

    it('certification, result figures with their period, contacts with the disability referent, HT regime', async () => {
      const el = await catalogue();
      await openTraining(el, '3702');
      const cert = section(el, 'certification')!;
      expect(textOf(cert)).to.contain('CQP Surveillant(e) de nuit qualifié(e)');
      const facts = [...cert.querySelectorAll('dl > div')].map((d) => `${textOf(d.querySelector('dt'))} = ${textOf(d.querySelector('dd'))}`);
      expect(facts[0]).to.equal(`Code RNCP${NBSP}: = RNCP38012`);
      expect(facts[2]).to.equal(`Date d’enregistrement${NBSP}: = 27 septembre 2023`);
      const figures = parts(el, 'figure').map(textOf);
      expect(figures[0]).to.equal(`91${NBSP}% Taux de satisfaction des stagiaires (2025, 27${NBSP}répondants)`);
      expect(figures[1]).to.contain(`85${NBSP}% Taux de réussite à la certification (2024-2025`);
      const contacts = textOf(section(el, 'contacts'));
      expect(contacts).to.contain('Référent handicap Claire Dumont, Référente handicap');
      const tel = section(el, 'contacts')!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(tel.getAttribute('href')).to.equal('tel:+33184600000');
      expect(textOf(part(el, 'updated'))).to.equal('Informations mises à jour le 10 juillet 2026');
      expect(textOf(section(el, 'tarifs'))).to.contain(`Financements possibles${NBSP}: CPF, OPCO, France Travail`);
      history.back();
      await popstate();
      await openTraining(el, '9230');
      expect(textOf(part(el, 'tax'))).to.equal(`Prix hors taxes, TVA à 20${NBSP}% en sus`);
    });

    it('dates to be announced: the feed’s message, else a sensible default; accessible', async () => {
      const el = await catalogue({}, await feedOf(TBA));
      expect(titles(el)).to.have.length(2);
      const badges = parts(el, 'badge').map(textOf);
      expect(badges).to.deep.equal(['Dates à venir', 'Dates à venir']);
      await openTraining(el, '9209');
      expect(textOf(part(el, 'dates-tba'))).to.equal('Les dates pour l’année prochaine seront communiquées fin août');
      expect(parts(el, 'session')).to.have.length(0);
      $<HTMLButtonElement>(el, '.past-toggle button')!.click();
      await el.updateComplete;
      expect(textOf($(el, '.past'))).to.contain('3 et 4 avril ; 12 et 13 sept. ; 19 et 20 déc.');
      await expect(el).to.be.accessible();
      history.back();
      await popstate();
      await openTraining(el, '4410');
      expect(textOf(part(el, 'dates-tba'))).to.equal(
        'Les prochaines dates seront publiées prochainement. Contactez-nous pour être informé·e.',
      );
    });

    it('the 2024 sessions were upcoming in 2024: "today" decides', async () => {
      const el = await catalogue({ today: '2024-03-01' }, await feedOf(TBA));
      await openTraining(el, '9209');
      expect(parts(el, 'session').map((s) => textOf(s.querySelector('.when')))).to.deep.equal([
        '3 et 4 avril 2024',
        '12 et 13 septembre 2024',
        '19 et 20 décembre 2024',
      ]);
      expect(part(el, 'dates-tba')).to.be.null;
    });

    it('an unknown reference in the address bar: a message and the way back', async () => {
      history.replaceState(null, '', '?formation=0000');
      const el = await catalogue();
      expect(textOf(part(el, 'title'))).to.equal('Cette formation n’est pas (ou plus) au catalogue.');
      expect(part(el, 'back-link')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('reference attribute: one training alone, without list nor back link; its Course JSON-LD', async () => {
      const el = await catalogue({ reference: '9209' });
      expect(textOf(part(el, 'title'))).to.equal('Management dans le secteur social');
      expect(part(el, 'back-link')).to.be.null;
      expect(part(el, 'filters')).to.be.null;
      expect((await jsonLd(el))['@type']).to.equal('Course');
      expect(location.href).to.equal(START);
      await expect(el).to.be.accessible();
      el.reference = '0000';
      await el.updateComplete;
      expect(textOf(part(el, 'title'))).to.equal('Cette formation n’est pas (ou plus) au catalogue.');
      expect(await jsonLd(el)).to.be.undefined;
    });

    it('asso-catalogue-open when the visitor opens a training; a modified click is left to the browser', async () => {
      const el = await catalogue();
      const link = $<HTMLAnchorElement>(el, 'a[data-ref="7412"]')!;
      expect(new URL(link.href).searchParams.get('formation')).to.equal('7412');
      const ctrl = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true });
      link.addEventListener('click', (e) => e.preventDefault(), { once: true }); // keep the test page
      link.dispatchEvent(ctrl);
      await el.updateComplete;
      expect(part(el, 'detail')).to.be.null;
      setTimeout(() => link.click());
      const ev = await oneEvent(el, 'asso-catalogue-open');
      expect(ev.detail.reference).to.equal('7412');
      expect(ev.detail.training.intitule).to.equal('Bientraitance et prévention de la maltraitance en établissement');
    });

    it('"Imprimer le programme" prints', async () => {
      const el = await catalogue({ reference: '9209' });
      const realPrint = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        $<HTMLButtonElement>(el, '.print')!.click();
      } finally {
        window.print = realPrint;
      }
      expect(printed).to.equal(1);
    });
  });

  describe('quote estimator', () => {
    async function estimate(el: FormationCatalogue, n: string): Promise<string> {
      await choose(el, '#fc-quote-n', n);
      return textOf(part(el, 'quote-output'));
    }

    it('the seed model: 1, 2, 3 and 10 participants; travel costs noted; announced politely', async () => {
      const el = await catalogue({ reference: '9209' });
      const input = $<HTMLInputElement>(el, '#fc-quote-n')!;
      expect(input.type).to.equal('number');
      expect(textOf(root(el).querySelector('label[for="fc-quote-n"]'))).to.equal('Nombre de participants');
      const output = part(el, 'quote-output')!;
      expect(output.getAttribute('aria-live')).to.equal('polite');
      // Starts at the group size the base price covers.
      expect(input.value).to.equal('2');
      const euros = (s: string) => s.replace(/ /g, NNBSP);
      expect(await estimate(el, '1')).to.equal(`Estimation${NBSP}: ${euros('2 000')}${NBSP}€ pour 1${NBSP}participant, hors frais de déplacement`);
      expect(await estimate(el, '2')).to.equal(`Estimation${NBSP}: ${euros('2 000')}${NBSP}€ pour 2${NBSP}participants, hors frais de déplacement`);
      expect(await estimate(el, '3')).to.equal(`Estimation${NBSP}: ${euros('2 050')}${NBSP}€ pour 3${NBSP}participants, hors frais de déplacement`);
      expect(await estimate(el, '10')).to.equal(`Estimation${NBSP}: ${euros('2 400')}${NBSP}€ pour 10${NBSP}participants, hors frais de déplacement`);
      await expect(el).to.be.accessible();
    });

    it('"Demander un devis": a mailto prefilled with the training, its reference, the group and the estimate', async () => {
      const el = await catalogue({ reference: '9209' });
      await choose(el, '#fc-quote-n', '3');
      const link = part(el, 'quote-link') as HTMLAnchorElement;
      expect(textOf(link)).to.equal('Demander un devis');
      const href = link.getAttribute('href')!;
      expect(href.startsWith('mailto:devis@example.org?')).to.be.true;
      const p = new URLSearchParams(href.slice(href.indexOf('?') + 1));
      expect(p.get('subject')).to.equal('Demande de devis – Management dans le secteur social (réf. 9209)');
      const body = p.get('body')!;
      expect(body).to.contain('« Management dans le secteur social » (réf. 9209)');
      expect(body).to.contain(`Nombre de participants${NBSP}: 3`);
      expect(body).to.contain(`2${NNBSP}050${NBSP}€`);
    });

    it('wrong numbers say what is expected; above the maximum, ask for a quote; a form URL as the channel', async () => {
      const feed = await feedOf(FEED);
      const t = feed.formations.find((x) => x.reference === '7412')!;
      t.contacts!.devis = { url: 'https://example.org/devis' };
      const el = await catalogue({ reference: '7412' }, feed);
      expect(await estimate(el, '0')).to.equal('Indiquez un nombre entier de participants, à partir de 1.');
      expect(await estimate(el, '')).to.equal('Indiquez un nombre entier de participants, à partir de 1.');
      expect(new URL((part(el, 'quote-link') as HTMLAnchorElement).href).searchParams.has('participants')).to.be.false;
      expect(await estimate(el, '2.5')).to.equal('Indiquez un nombre entier de participants, à partir de 1.');
      expect(await estimate(el, '16')).to.equal(`Au-delà de 15${NBSP}participants, demandez un devis.`);
      expect(await estimate(el, '8')).to.contain(`2${NNBSP}020${NBSP}€ pour 8${NBSP}participants`);
      const url = new URL((part(el, 'quote-link') as HTMLAnchorElement).href);
      expect(url.origin + url.pathname).to.equal('https://example.org/devis');
      expect(url.searchParams.get('participants')).to.equal('8');
      expect(url.searchParams.get('reference')).to.equal('7412');
      expect($<HTMLInputElement>(el, '#fc-quote-n')!.max).to.equal('15');
    });

    it('without a quote channel, the general contact; without any, no link', async () => {
      const feed = await feedOf(FEED);
      const t = feed.formations.find((x) => x.reference === '9209')!;
      delete t.contacts!.devis;
      let el = await catalogue({ reference: '9209' }, feed);
      expect((part(el, 'quote-link') as HTMLAnchorElement).getAttribute('href')).to.match(/^mailto:formations@example\.org\?/);
      el.remove();
      delete t.contacts;
      delete (feed.organisation as { courriel?: string }).courriel;
      el = await catalogue({ reference: '9209' }, feed);
      expect(part(el, 'quote-link')).to.be.null;
      expect(part(el, 'quote')).to.exist;
    });
  });

  describe('"Ajouter à mon agenda"', () => {
    it('downloads an .ics file made in the browser, one VEVENT per day, parsed back', async () => {
      const el = await catalogue({ reference: '7412' });
      const realCreate = URL.createObjectURL;
      const blobs: Blob[] = [];
      let downloadName = '';
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blobs.push(b as Blob);
        return realCreate.call(URL, b);
      };
      const onClick = (e: Event) => {
        const a = e.target as HTMLAnchorElement;
        if (a.download) {
          downloadName = a.download;
          e.preventDefault();
        }
      };
      document.addEventListener('click', onClick, true);
      try {
        const button = parts(el, 'calendar-button')[0] as HTMLButtonElement;
        expect(textOf(button)).to.equal('Ajouter à mon agenda, session 14 et 15 janvier 2027');
        button.click();
      } finally {
        URL.createObjectURL = realCreate;
        document.removeEventListener('click', onClick, true);
      }
      expect(blobs).to.have.length(1);
      expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
      expect(downloadName).to.equal('formation-7412-2027-01-14.ics');
      const text = await blobs[0]!.text();
      expect(text).to.match(/^BEGIN:VCALENDAR\r\n/);
      const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
      expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(2);
      expect(lines).to.include('DTSTART;TZID=Europe/Paris:20270114T090000');
      expect(lines).to.include('DTEND;TZID=Europe/Paris:20270115T170000');
      expect(lines).to.include('SUMMARY:Bientraitance et prévention de la maltraitance en établissement');
      expect(lines).to.include('LOCATION:Maison de la vie associative\\, 8 place des Canuts\\, 69004 Lyon');
      expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).to.contain('Référence 7412 – Passerelles Formation');
      expect(lines).to.include('URL:https://passerelles-formation.example.org/inscription?formation=7412&session=2027-01');
      expect(lines).to.include('ORGANIZER;CN="Passerelles Formation":mailto:formations@example.org');
    });
  });

  describe('URL state', () => {
    it('reload restores the filters and the opened training (a new element on the same address)', async () => {
      let el = await catalogue();
      await choose(el, '#fc-theme', 'Gérontologie');
      await choose(el, '#fc-lieu', 'Bordeaux');
      expect(titles(el)).to.deep.equal(['Accompagner la fin de vie en EHPAD']);
      const listUrl = location.href;
      el.remove();
      el = await catalogue();
      expect(titles(el)).to.deep.equal(['Accompagner la fin de vie en EHPAD']);
      expect($<HTMLSelectElement>(el, '#fc-theme')!.value).to.equal('Gérontologie');
      expect($<HTMLSelectElement>(el, '#fc-lieu')!.value).to.equal('Bordeaux');
      await openTraining(el, '6105');
      expect(query().get('formation')).to.equal('6105');
      expect(query().get('theme')).to.equal('Gérontologie');
      el.remove();
      el = await catalogue();
      expect(textOf(part(el, 'title'))).to.equal('Accompagner la fin de vie en EHPAD');
      // Reloaded on a training: the back link goes to the list with the same filters (the previous entry).
      expect(part(el, 'back-link')!.getAttribute('href')).to.equal(new URL(listUrl).search);
      part(el, 'back-link')!.click();
      await popstate();
      await el.updateComplete;
      expect(part(el, 'detail')).to.be.null;
      expect(location.href).to.equal(listUrl);
      expect(titles(el)).to.deep.equal(['Accompagner la fin de vie en EHPAD']);
      expect(root(el).activeElement).to.equal($(el, 'a[data-ref="6105"]'));
    });

    it('landed on a training with no list entry before it: the back link shows the list', async () => {
      history.replaceState(null, '', '?formation=9209&theme=Management');
      const el = await catalogue();
      part(el, 'back-link')!.click();
      await el.updateComplete;
      expect(part(el, 'detail')).to.be.null;
      expect(query().get('theme')).to.equal('Management');
      expect(query().has('formation')).to.be.false;
      expect(titles(el)).to.have.length(2);
      expect(root(el).activeElement).to.equal($(el, 'a[data-ref="9209"]'));
      history.back();
      await popstate();
      await el.updateComplete;
      expect(textOf(part(el, 'title'))).to.equal('Management dans le secteur social');
    });

    it('keeps the address bar’s other parameters (WordPress’s page_id)', async () => {
      history.replaceState(null, '', '?page_id=42');
      const el = await catalogue();
      await choose(el, '#fc-format', '1');
      expect(query().get('page_id')).to.equal('42');
      expect(query().get('modalite')).to.equal('1');
    });

    it('back and forward: filters and the opened training follow the history', async () => {
      const el = await catalogue();
      await choose(el, '#fc-theme', 'Management');
      await choose(el, '#fc-sort', 'titre');
      await openTraining(el, '9215');
      expect(part(el, 'detail')).to.exist;
      history.back();
      await popstate();
      await el.updateComplete;
      expect(part(el, 'detail')).to.be.null;
      expect(titles(el)).to.deep.equal(['Conduire le changement dans un établissement social ou médico-social', 'Management dans le secteur social']);
      expect(root(el).activeElement).to.equal($(el, 'a[data-ref="9215"]'));
      history.back();
      await popstate();
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#fc-sort')!.value).to.equal('date');
      expect($<HTMLSelectElement>(el, '#fc-theme')!.value).to.equal('Management');
      history.forward();
      await popstate();
      history.forward();
      await popstate();
      await el.updateComplete;
      expect(textOf(part(el, 'title'))).to.equal('Conduire le changement dans un établissement social ou médico-social');
      expect(root(el).activeElement).to.equal(part(el, 'title'));
    });

    it('back to the list restores the scroll position', async () => {
      await setViewport({ width: 800, height: 600 });
      try {
        const el = await catalogue();
        const link = $<HTMLAnchorElement>(el, 'a[data-ref="6120"]')!;
        link.scrollIntoView({ block: 'center' });
        await aTimeout(50);
        const y = window.scrollY;
        expect(y).to.be.greaterThan(300);
        link.click();
        await el.updateComplete;
        await aTimeout(50);
        expect(el.getBoundingClientRect().top).to.be.at.least(-1);
        part(el, 'back-link')!.click(); // the list is the previous entry: goes back
        await popstate();
        await el.updateComplete;
        await aTimeout(50);
        expect(Math.abs(window.scrollY - y)).to.be.lessThan(5);
        expect(root(el).activeElement).to.equal(link);
        window.scrollTo(0, 0);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('no-url-state: nothing in the address bar, the back link still works and restores the scroll', async () => {
      const el = await catalogue({ 'no-url-state': true });
      await choose(el, '#fc-theme', 'Handicap');
      await openTraining(el, '6120');
      expect(location.href).to.equal(START);
      part(el, 'back-link')!.click();
      await el.updateComplete;
      expect(part(el, 'detail')).to.be.null;
      expect(titles(el)).to.have.length(3);
      expect(location.href).to.equal(START);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
    });

    it('two catalogues without url-prefix: only the first keeps its view in the address; the webmaster is told', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      try {
        const first = await catalogue();
        const second = await catalogue({ theme: 'Management' });
        await choose(second, '#fc-theme', 'Qualité');
        expect(titles(second)).to.have.length(1);
        expect(location.href).to.equal(START); // the second writes nothing
        await openTraining(second, '9230');
        expect(location.href).to.equal(START);
        part(second, 'back-link')!.click();
        await second.updateComplete;
        expect(titles(second)).to.have.length(1);
        await choose(first, '#fc-theme', 'Handicap');
        expect(query().get('theme')).to.equal('Handicap'); // the first does
        expect(titles(second)).to.have.length(1); // and the second does not follow it
        const told = warnings.filter((w) => w.includes('url-prefix'));
        expect(told).to.have.length(1);
        expect(told[0]).to.contain('<formation-catalogue>');
      } finally {
        console.warn = warn;
      }
    });

    it('url-prefix namespaces the parameters', async () => {
      const el = await catalogue({ 'url-prefix': 'cat-' });
      await choose(el, '#fc-theme', 'Qualité');
      expect(query().get('cat-theme')).to.equal('Qualité');
      expect(query().has('theme')).to.be.false;
      await openTraining(el, '9230');
      expect(query().get('cat-formation')).to.equal('9230');
    });
  });

  describe('keyboard', () => {
    it('from the search box through the filters to a training, and back', async () => {
      const el = await catalogue();
      const search = $<HTMLInputElement>(el, '#fc-q')!;
      search.focus();
      await sendKeys({ type: 'equipe' });
      await el.updateComplete;
      expect(count(el)).to.match(/^\d+\u00a0formations trouvées$/);
      const found = titles(el).length;
      const order = ['fc-theme', 'fc-format', 'fc-lieu', 'fc-mois', 'fc-sort', 'fc-upcoming'];
      for (const id of order) {
        await sendKeys({ press: 'Tab' });
        expect(root(el).activeElement?.id).to.equal(id);
      }
      await sendKeys({ press: 'Space' }); // upcoming only
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#fc-upcoming')!.checked).to.be.true;
      expect(titles(el).length).to.equal(found);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(part(el, 'clear-button'));
      await sendKeys({ press: 'Tab' });
      const first = root(el).activeElement as HTMLAnchorElement;
      expect(first.dataset.ref).to.equal($<HTMLAnchorElement>(el, 'a[data-ref]')!.dataset.ref);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(part(el, 'detail')).to.exist;
      expect(root(el).activeElement).to.equal(part(el, 'title'));
      await expect(el).to.be.accessible();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(root(el).activeElement).to.equal(part(el, 'back-link'));
      const back = popstate(); // may arrive before sendKeys returns
      await sendKeys({ press: 'Enter' });
      await back;
      await el.updateComplete;
      expect(part(el, 'detail')).to.be.null;
      expect(root(el).activeElement).to.equal(first);
      expect(search.value).to.equal('equipe');
      expect($<HTMLInputElement>(el, '#fc-upcoming')!.checked).to.be.true;
    });

    it('a select changes with the arrow keys', async () => {
      const el = await catalogue();
      $<HTMLSelectElement>(el, '#fc-theme')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => query().get('theme') === 'Accompagnement social', 'the theme did not change');
      await el.updateComplete;
      expect(count(el)).to.equal(`3${NBSP}formations trouvées`);
    });
  });

  describe('audit mode', () => {
    it('shows, per training, the missing indicator-1 items, the missing results and outdated information; accessible', async () => {
      const el = await catalogue({ audit: true });
      expect(textOf($(el, '.audit-summary'))).to.equal(`Audit Qualiopi${NBSP}: 4${NBSP}formations sur 14 à compléter ou mettre à jour.`);
      const line = (ref: string) => textOf($(el, `a[data-ref="${ref}"]`)!.closest('[part~="card"]')!.querySelector('[part~="audit"]'));
      expect(line('9209')).to.equal(
        `6${NBSP}points à corriger${NBSP}: modalités d’accès, délai d’accès, référent handicap, accessibilité aux personnes handicapées, résultats, date de mise à jour`,
      );
      expect(line('4402')).to.equal(`1${NBSP}point à corriger${NBSP}: informations de plus de douze mois`);
      expect(line('9215')).to.equal(`1${NBSP}point à corriger${NBSP}: résultats`);
      expect($(el, 'a[data-ref="7412"]')!.closest('[part~="card"]')!.querySelector('[part~="audit"]')).to.be.null;
      await expect(el).to.be.accessible();
      await openTraining(el, '9209');
      const audit = textOf($(el, '.detail [part~="audit"]'));
      expect(audit).to.contain(`Éléments manquants (indicateur 1)${NBSP}: modalités d’accès, délai d’accès, référent handicap, accessibilité aux personnes handicapées.`);
      expect(audit).to.contain('Aucun résultat publié (indicateur 2).');
      expect(audit).to.contain('Informations non datées');
      await expect(el).to.be.accessible();
      history.back();
      await popstate();
      await openTraining(el, '4402');
      expect(textOf($(el, '.detail [part~="audit"]'))).to.contain('il y a plus de douze mois (le 15 juin 2025)');
      history.back();
      await popstate();
      await openTraining(el, '7412');
      expect(textOf($(el, '.detail [part~="audit"]'))).to.contain('Rien à signaler');
    });

    it('off by default', async () => {
      const el = await catalogue();
      expect(part(el, 'audit')).to.be.null;
    });

    it('a complete catalogue says so', async () => {
      const feed = await feedOf(FEED);
      feed.formations = feed.formations.filter((t) => t.reference === '7412');
      const el = await catalogue({ audit: true }, feed);
      expect(textOf($(el, '.audit-summary'))).to.equal(`Audit Qualiopi${NBSP}: les 1${NBSP}formations sont complètes et à jour.`);
    });
  });

  describe('search engines', () => {
    it('an ItemList of Course in the light DOM; one Course when a training is open', async () => {
      const el = await catalogue();
      const ld = await jsonLd(el);
      expect(ld['@context']).to.equal('https://schema.org');
      expect(ld['@type']).to.equal('ItemList');
      expect(ld.itemListElement).to.have.length(14);
      const seed = ld.itemListElement.find((i: any) => i.item.courseCode === '9209').item;
      expect(seed.hasCourseInstance.map((i: any) => i.startDate)).to.deep.equal(['2027-04-08', '2027-09-16', '2027-12-16']);
      expect(seed.hasCourseInstance[0].offers.priceCurrency).to.equal('EUR');
      const script = el.querySelector('script[type="application/ld+json"]');
      expect(script).to.not.equal(null);
      await choose(el, '#fc-theme', 'Qualité');
      await idle();
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(script);
      expect((await jsonLd(el)).itemListElement).to.have.length(14); // filters do not change what search engines read
      await openTraining(el, '9230');
      expect((await jsonLd(el))['@type']).to.equal('Course');
      expect((await jsonLd(el)).courseCode).to.equal('9230');
    });
  });

  describe('no-jsonld', () => {
    it('puts no JSON-LD into the page, and removes it when set later', async () => {
      const el = await catalogue({ 'no-jsonld': true });
      await idle();
      expect(el.querySelector('script[type="application/ld+json"]')).to.be.null;
      el.removeAttribute('no-jsonld');
      el.requestUpdate();
      await el.updateComplete;
      expect((await jsonLd(el))['@type']).to.equal('ItemList');
      el.setAttribute('no-jsonld', '');
      el.requestUpdate();
      await el.updateComplete;
      expect(el.querySelector('script[type="application/ld+json"]')).to.be.null;
      await idle();
      expect(el.querySelector('script[type="application/ld+json"]'), 'nor written later').to.be.null;
      el.remove();
      expect(el.querySelector('script[type="application/ld+json"]')).to.be.null;
    });
  });

  describe('language and today', () => {
    it('English follows the nearest lang', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const el = document.createElement('formation-catalogue');
      el.setAttribute('today', TODAY);
      el.data = await feedOf(FEED);
      wrapper.append(el);
      await settled(el);
      expect(count(el)).to.equal(`14${NBSP}trainings found`);
      expect(textOf($(el, 'label[for="fc-q"]'))).to.equal('Search');
      await openTraining(el, '9209');
      expect(textOf(parts(el, 'session')[0]!.querySelector('.when'))).to.equal('8 and 9 April 2027');
      expect(textOf(part(el, 'tax'))).to.equal('VAT exempt – art. 261-4-4° of the French tax code (CGI)');
      await choose(el, '#fc-quote-n', '3');
      expect(textOf(part(el, 'quote-output'))).to.equal(`Estimate: €2,050 for 3${NBSP}participants, travel costs not included`);
      await expect(el).to.be.accessible();
    });

    it('without a valid today attribute, the real date in Paris', async () => {
      const el = await catalogue({ today: 'demain' });
      expect(el.todayValue).to.equal(todayIso());
      el.removeAttribute('today');
      await el.updateComplete;
      expect(el.todayValue).to.equal(todayIso());
      el.today = '2030-01-01';
      await el.updateComplete;
      expect(part(el, 'badge')).to.exist;
      expect(parts(el, 'badge').filter((b) => textOf(b) === 'Dates à venir')).to.have.length(14);
    });
  });

  describe('layout', () => {
    it('reflows at 320 px: one column, nothing wider than the screen', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await catalogue();
        const cards = parts(el, 'card');
        expect(cards[0]!.getBoundingClientRect().left).to.equal(cards[1]!.getBoundingClientRect().left);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        await openTraining(el, '9209');
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('tolerates the stray <p> and <br> WordPress adds', async () => {
      const el = await fixture<FormationCatalogue>(
        html`<formation-catalogue today=${TODAY} src=${FEED}><br /><p></p></formation-catalogue>`,
      );
      await settled(el);
      expect(titles(el)).to.have.length(14);
    });
  });
});
