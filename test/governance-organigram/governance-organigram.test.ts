import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AssoErrorDetail } from '../../src/feed/events.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { buildTree, chartWidth } from '../../src/governance-organigram/tree.js';
import type { GovernanceOrganigram } from '../../src/governance-organigram/governance-organigram.js';
import {
  CHAUMIERE,
  card,
  CYCLE,
  EMPTY,
  GCSMS,
  HOSTILE,
  LARGE,
  feedOf,
  focused,
  item,
  items,
  layoutOf,
  nameOf,
  organigram,
  part,
  parts,
  root,
  settle,
  shownNames,
} from './helpers.js';
import { idle } from '../base/idle.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Text as laid out (blocks separated), for the details. */
const shownText = (el: Element | null | undefined) =>
  ((el as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();

describe('<governance-organigram>', () => {
  it('shows La Chaumière as nested lists: a tree with two roots, levels, positions and names', async () => {
    const el = await organigram(CHAUMIERE);
    const tree = root(el).querySelector('[role="tree"]')!;
    expect(tree.getAttribute('aria-labelledby')).to.equal('title');
    expect(text(part(el, 'title'))).to.equal('Organigramme de l’association et de la Maison d’enfants');
    expect(part(el, 'title')!.localName).to.equal('h2');
    const all = items(el);
    expect(all).to.have.length(15);
    const roots = all.filter((i) => i.getAttribute('aria-level') === '1');
    expect(roots.map(nameOf)).to.deep.equal(['Les Amis de la Chaumière', 'Maison d’enfants La Chaumière']);
    expect(roots.map((r) => [r.getAttribute('aria-posinset'), r.getAttribute('aria-setsize')])).to.deep.equal([
      ['1', '2'],
      ['2', '2'],
    ]);
    const director = item(el, 'Directeur de la Maison d’enfants');
    expect(director.getAttribute('aria-level')).to.equal('2');
    expect(director.getAttribute('aria-expanded')).to.equal('true');
    const psy = item(el, 'Psychologue');
    expect(psy.hasAttribute('aria-expanded')).to.be.false;
    expect([
      psy.getAttribute('aria-posinset'),
      psy.getAttribute('aria-setsize'),
      psy.getAttribute('aria-level'),
    ]).to.deep.equal(['1', '3', '3']);
    // Its accessible name is its own name, not its whole branch; its kind, people and ties describe it.
    expect(director.textContent).to.equal('Directeur de la Maison d’enfants');
    const ids = (i: Element) => i.getAttribute('aria-describedby')!.split(' ');
    expect(text(root(el).getElementById(ids(item(el, 'Conseil d’administration'))[0]))).to.equal(
      'Conseil d’administration',
    );
    expect(text(root(el).getElementById(ids(director)[0]))).to.contain('Délégation de : Conseil d’administration');
    // Composition and people on the cards.
    expect(text(card(item(el, 'Conseil d’administration')))).to.contain('16 membres');
    expect(text(card(item(el, 'Conseil d’administration')))).to.contain('Présidente : Hélène Marchal');
    expect(text(card(item(el, 'Assemblée générale')))).to.contain('150 membres');
    // Roving tabindex: one stop in the tree.
    expect(all.filter((i) => i.tabIndex === 0).map(nameOf)).to.deep.equal(['Les Amis de la Chaumière']);
    expect(text(part(el, 'updated'))).to.equal('Mis à jour le 1er mars 2024');
    await expect(el).to.be.accessible();
  });

  it('is drawn as a chart on a wide container and as an indented tree on a narrow one (the container, not the window)', async () => {
    const el = await organigram(CHAUMIERE, 1200);
    expect(layoutOf(el)).to.equal('chart');
    const ca = item(el, 'Conseil d’administration').closest('.card')!.getBoundingClientRect();
    const commission = item(el, 'Commissions ad hoc').closest('.card')!.getBoundingClientRect();
    expect(Math.abs(ca.left + ca.width / 2 - (commission.left + commission.width / 2))).to.be.below(2); // centred below
    const director = item(el, 'Directeur de la Maison d’enfants').closest('.card')!.getBoundingClientRect();
    const psy = item(el, 'Psychologue').closest('.card')!.getBoundingClientRect();
    expect(psy.left).to.be.greaterThan(director.left + director.width / 2); // beside, not below
    await expect(el).to.be.accessible();

    el.parentElement!.style.width = '300px';
    await aTimeout(50);
    await settle(el);
    expect(layoutOf(el)).to.equal('tree');
    const narrowCa = item(el, 'Conseil d’administration').closest('.card')!.getBoundingClientRect();
    const narrowCommission = item(el, 'Commissions ad hoc').closest('.card')!.getBoundingClientRect();
    expect(narrowCommission.left).to.be.greaterThan(narrowCa.left); // indented
    expect(el.scrollWidth).to.be.at.most(300);
    await expect(el).to.be.accessible();

    el.parentElement!.style.width = '1200px';
    await aTimeout(50);
    await settle(el);
    expect(layoutOf(el)).to.equal('chart');
  });

  it('estimates the chart’s width before drawing it (within a few pixels of the drawn chart)', async () => {
    for (const url of [CHAUMIERE, GCSMS, LARGE]) {
      const el = await organigram(url, 1200, { layout: 'chart' });
      const roots = [...root(el).querySelectorAll<HTMLElement>('[role="tree"] > li')];
      const drawn = roots.at(-1)!.getBoundingClientRect().right - roots[0].getBoundingClientRect().left;
      const tree = buildTree((await feedOf(url)).gouvernance);
      const estimate = chartWidth(tree, 13 * 16, 16, 24);
      expect(Math.abs(estimate - drawn), url).to.be.below(Math.max(16, drawn * 0.02));
    }
  });

  it('reads the card width and gap the page sets; checks the drawn chart when a theme widens the cards', async () => {
    const themed = await organigram(GCSMS, 1000);
    expect(layoutOf(themed)).to.equal('chart');
    const wide = await organigram(GCSMS, 1000, {
      style: '--asso-organigram-node-width: 16em; --asso-organigram-gap: 40px',
    });
    expect(layoutOf(wide)).to.equal('tree');
    const px = await organigram(GCSMS, 1000, { style: '--asso-organigram-node-width: 150px' });
    expect(layoutOf(px)).to.equal('chart');
    // A theme that widens the cards through ::part: the estimate is wrong, the drawn chart is checked.
    const sheet = document.createElement('style');
    sheet.textContent = '.wide-cards governance-organigram::part(node) { width: 30rem; }';
    document.head.append(sheet);
    try {
      const el = await organigram(GCSMS, 1000);
      el.parentElement!.classList.add('wide-cards');
      el.layout = 'chart';
      await settle(el);
      el.layout = 'auto';
      await settle(el);
      expect(layoutOf(el)).to.equal('tree');
    } finally {
      sheet.remove();
    }
  });

  it('falls back to the indented tree when the chart does not fit, and follows layout="chart" / "tree"', async () => {
    const el = await organigram(LARGE, 900);
    expect(items(el)).to.have.length(500);
    expect(layoutOf(el)).to.equal('tree');
    el.layout = 'chart';
    await settle(el);
    expect(layoutOf(el)).to.equal('chart');
    expect(part(el, 'chart')!.scrollWidth).to.be.greaterThan(900);
    el.layout = 'tree';
    await settle(el);
    expect(layoutOf(el)).to.equal('tree');
  });

  it('several roots and a steering body named in words: the GCSMS', async () => {
    const el = await organigram(GCSMS, 1200, { 'open-levels': '2' });
    expect(shownNames(el)).to.deep.equal([
      'Groupement de coopération sociale et médico-sociale du SIAO (GCSMS)',
      'Assemblée générale',
      'Commissions internes',
      'Comité de pilotage (COPIL)',
      'Service intégré d’accueil et d’orientation (SIAO)',
    ]);
    expect(item(el, 'Assemblée générale').getAttribute('aria-expanded')).to.equal('false');
    expect(text(card(item(el, 'Comité de pilotage (COPIL)')))).to.contain(
      'Pilotage : Direction de la Cohésion Sociale',
    );
    const legend = text(part(el, 'legend'));
    expect(legend).to.contain('Rattachement hiérarchique');
    expect(legend).to.contain('Pilotage');
    expect(legend).to.contain('Délégation');
    expect(legend).to.contain('Représentation');
    // Ties are drawn differently: a dashed swatch next to the words.
    const tie = parts(el, 'tie')[0];
    expect(tie.querySelector('svg path')!.getAttribute('stroke-dasharray')).to.be.a('string');
    expect(tie.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('expand all and collapse all', async () => {
    const el = await organigram(CHAUMIERE);
    part(el, 'collapse-all')!.click();
    await settle(el);
    expect(shownNames(el)).to.deep.equal(['Les Amis de la Chaumière', 'Maison d’enfants La Chaumière']);
    expect(items(el).filter((i) => i.getAttribute('aria-expanded') === 'false')).to.have.length(6);
    await expect(el).to.be.accessible();
    part(el, 'expand-all')!.click();
    await settle(el);
    expect(shownNames(el)).to.have.length(15);
    // The toggle on a card, with the pointer.
    const ca = item(el, 'Conseil d’administration');
    (card(ca).querySelector('.twisty') as HTMLElement).click();
    await settle(el);
    expect(ca.getAttribute('aria-expanded')).to.equal('false');
    expect(shownNames(el)).not.to.include('Commissions ad hoc');
    expect(focused(el)).to.equal(ca);
    (card(ca).querySelector('.twisty') as HTMLElement).click();
    await settle(el);
    expect(shownNames(el)).to.include('Commissions ad hoc');
  });

  it('open-levels closes deeper branches at first, and changes with the attribute', async () => {
    const el = await organigram(CHAUMIERE, 1200, { 'open-levels': '1' });
    expect(shownNames(el)).to.deep.equal(['Les Amis de la Chaumière', 'Maison d’enfants La Chaumière']);
    el.openLevels = 3;
    await settle(el);
    expect(shownNames(el)).to.include('Cadres');
    expect(shownNames(el)).not.to.include('Commissions ad hoc');
  });

  it('shows the details of a node in a dialog: mission, composition, meetings, people, ties with the delegation document, contact', async () => {
    const el = await organigram(CHAUMIERE);
    const ca = item(el, 'Conseil d’administration');
    setTimeout(() => ca.click());
    const { detail } = await oneEvent(el, 'asso-select');
    expect(detail).to.deep.equal({ id: 'ca', nom: 'Conseil d’administration' });
    await settle(el);
    const dialog = part(el, 'details') as HTMLDialogElement;
    expect(dialog.open).to.be.true;
    const t = shownText(dialog);
    // Its styles come with its code, loaded on demand, beside the element's own.
    expect(getComputedStyle(dialog.querySelector('dt')!).fontWeight).to.equal('700');
    expect(getComputedStyle(dialog).borderRadius).not.to.equal('0px');
    expect(getComputedStyle(card(ca)).borderTopStyle).to.equal('solid');
    expect(part(el, 'details-title')!.localName).to.equal('h3');
    expect(text(part(el, 'details-title'))).to.equal('Conseil d’administration');
    expect(t).to.contain('Mission Organe de gouvernance');
    expect(t).to.contain('16 membres');
    expect(t).to.contain('Des bénévoles de compétences diverses : administration soin droit finance');
    expect(t).to.contain('Réunions Se réunit tous les deux mois');
    expect(t).to.contain('Présidente : Hélène Marchal depuis le 12 juin 2021');
    expect(t).to.contain('Délègue à : Directeur de la Maison d’enfants (responsabilités et pouvoirs)');
    expect(t).to.contain('En appui à : Directeur de la Maison d’enfants (si nécessaire et selon leurs compétences)');
    expect(t).to.contain('Rattachement Assemblée générale');
    const doc = [...dialog.querySelectorAll('a')].find(
      (a) => a.textContent === 'Délégations de responsabilités et de pouvoirs',
    )!;
    expect(doc.getAttribute('href')).to.equal('https://amis-chaumiere.example.org/documents/delegations.pdf');
    const mail = [...dialog.querySelectorAll('a')].find((a) => a.textContent === 'presidence@example.org')!;
    expect(mail.getAttribute('href')).to.equal('mailto:presidence@example.org');
    await expect(el).to.be.accessible();

    // Escape closes it and gives the focus back to the node.
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(dialog.open).to.be.false;
    expect(focused(el)).to.equal(ca);
  });

  it('states a staff post, a steering body and a phone contact in words in the details', async () => {
    const el = await organigram(GCSMS);
    item(el, 'Comité de pilotage (COPIL)').click();
    await settle(el);
    const dialog = part(el, 'details')!;
    expect(shownText(dialog)).to.contain('Pilotage : Direction de la Cohésion Sociale (au sein du COPIL)');
    part(el, 'close-button')!.click();
    await settle(el);
    expect((dialog as HTMLDialogElement).open).to.be.false;

    item(el, 'Groupement de coopération sociale et médico-sociale du SIAO (GCSMS)').click();
    await settle(el);
    const phone = [...dialog.querySelectorAll('a')].find((a) => a.textContent === '04 91 03 39 91')!;
    expect(phone.getAttribute('href')).to.equal('tel:+33491033991');
    expect(text(dialog)).to.contain('Document unique de délégation');
    expect(text(dialog)).to.contain('Représente auprès de : Pouvoirs publics');
    part(el, 'close-button')!.click();
    await settle(el);

    const el2 = await organigram(CHAUMIERE);
    item(el2, 'Psychologue').click();
    await settle(el2);
    expect(shownText(part(el2, 'details'))).to.contain('Poste d’appui auprès de Directeur de la Maison d’enfants');
  });

  it('photos are lazy, with a text alternative, and only in the details', async () => {
    const feed = await feedOf(CHAUMIERE);
    const photo = `${location.origin}/fixtures/none.jpg`;
    feed.gouvernance.noeuds[2].personnes[0].photo = photo;
    feed.gouvernance.noeuds[2].personnes[1].photo = photo;
    feed.gouvernance.noeuds[2].personnes[1].photo_alt = 'Bernard Colin en réunion';
    const el = document.createElement('governance-organigram');
    el.data = feed;
    await fixture(html`<div style="width:1000px"></div>`).then((w) => w.append(el));
    await settle(el);
    expect(root(el).querySelector('img')).to.equal(null);
    item(el, 'Conseil d’administration').click();
    await settle(el);
    const imgs = [...root(el).querySelectorAll('img')];
    expect(imgs.map((i) => [i.alt, i.loading])).to.deep.equal([
      ['Photo de Hélène Marchal', 'lazy'],
      ['Bernard Colin en réunion', 'lazy'],
    ]);
  });

  it('an empty governance shows a short message; no section at all too', async () => {
    const el = await organigram(EMPTY);
    expect(text(part(el, 'empty'))).to.equal('L’organigramme n’est pas encore publié.');
    await expect(el).to.be.accessible();
    const none = await organigram('/fixtures/feeds/minimal.json');
    expect(part(none, 'empty')).to.exist;
    await idle();
    expect(none.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('loading, then error with retry, accessible in each state', async () => {
    clearFeedCache();
    const el = await fixture<GovernanceOrganigram>(
      html`<governance-organigram src="/fixtures/feeds/does-not-exist.json"></governance-organigram>`,
    );
    expect(part(el, 'loading')).to.exist;
    await expect(el).to.be.accessible();
    await waitUntil(() => part(el, 'error'), 'error shown', { timeout: 5000 });
    expect(text(part(el, 'error'))).to.contain('introuvable');
    expect(part(el, 'retry-button')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('loads from src and keeps its JSON-LD in the page: Organization, member → OrganizationRole → Person, parentOrganization', async () => {
    const el = await fixture<GovernanceOrganigram>(
      html`<governance-organigram src=${CHAUMIERE}></governance-organigram>`,
    );
    await waitUntil(() => items(el).length > 0, 'loaded', { timeout: 5000 });
    await idle();
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const ld = JSON.parse(script.textContent!);
    expect(ld['@context']).to.equal('https://schema.org');
    const graph = ld['@graph'];
    const ca = graph.find((x: any) => x.name === 'Conseil d’administration');
    expect(ca['@type']).to.equal('Organization');
    expect(ca.parentOrganization['@id']).to.match(/#gouvernance-ag$/);
    expect(ca.member[1]).to.deep.include({
      '@type': 'OrganizationRole',
      roleName: 'Trésorier',
      member: { '@type': 'Person', name: 'Bernard Colin' },
    });
  });

  it('speaks English when the page does', async () => {
    const data = await feedOf(GCSMS);
    const w = await fixture(
      html`<div lang="en" style="width:1200px">
        <governance-organigram .data=${data}></governance-organigram>
      </div>`,
    );
    const el = w.querySelector('governance-organigram')!;
    await settle(el);
    expect(text(part(el, 'expand-all'))).to.equal('Expand all');
    expect(text(part(el, 'download'))).to.equal('Download (SVG)');
    expect(text(card(item(el, 'Comité de pilotage (COPIL)')))).to.contain(
      'Steered by: Direction de la Cohésion Sociale',
    );
    expect(text(part(el, 'updated'))).to.contain('Updated on');
    await expect(el).to.be.accessible();
  });

  it('a loop, a self-parent, an unknown parent: no hang, nodes shown as roots, problems in the console and an asso-error event', async () => {
    const data = await feedOf(CYCLE);
    const w = await fixture(html`<div style="width:1200px"></div>`);
    const el = document.createElement('governance-organigram');
    const errors: AssoErrorDetail[] = [];
    el.addEventListener('asso-error', (e) => errors.push(e.detail));
    el.data = data;
    w.append(el);
    await settle(el);
    const structural = errors.find((e) => e.problems.some((p) => p.expected === 'cycle'))!;
    expect(structural).to.include({
      kind: 'invalid',
      partial: true,
      source: 'data',
    });
    expect(structural.message).to.contain(
      'gouvernance.noeuds[2].parent\u00a0: parent qui ne crée pas de boucle attendu',
    );
    expect(el.structureProblems.length).to.equal(9);
    expect(shownNames(el)).to.deep.equal([
      'Conseil d’administration',
      'Bureau',
      'Commission A',
      'Commission B',
      'Commission C',
      'Comité de soi-même',
      'Service orphelin',
    ]);
    expect(items(el).filter((i) => i.getAttribute('aria-level') === '1')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('hostile text in every field is shown as text; javascript: links are never followed', async () => {
    const el = await organigram(HOSTILE);
    const r = root(el);
    expect(r.querySelector('img')).to.equal(null);
    expect(text(part(el, 'title'))).to.equal('<img src=x onerror=alert(1)>');
    expect(text(r.querySelector('[role="tree"]'))).to.contain('<img src=x onerror=alert(1)>');
    for (const node of items(el)) {
      node.click();
      await settle(el);
      expect(r.querySelector('img'), nameOf(node)).to.equal(null);
      for (const a of r.querySelectorAll('a')) expect(a.getAttribute('href')).not.to.match(/^javascript:/i);
      await expect(el).to.be.accessible();
      part(el, 'close-button')!.click();
      await settle(el);
    }
    expect(r.querySelector('[part="details"]')!.textContent).not.to.contain('javascript');
    // The search highlights hostile text as text too.
    el.search('onerror');
    await settle(el);
    expect(parts(el, 'match').length).to.be.greaterThan(3);
    expect(r.querySelector('img')).to.equal(null);
    const svg = await el.toSvg();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('img, foreignObject, script')).to.equal(null);
    expect(doc.documentElement.textContent).to.contain('<img src=x onerror=alert(1)>');
    await idle();
    const ld = el.querySelector('script[type="application/ld+json"]')!.textContent!;
    expect(ld).not.to.contain('<img');
  });

  it('survives the lead’s hostile feed and stray children from WordPress', async () => {
    const data = await feedOf('/fixtures/feeds/hostile.json');
    const w = await fixture(
      html`<div style="width:1200px">
        <governance-organigram .data=${data}
          ><p></p>
          <br
        /></governance-organigram>
      </div>`,
    );
    const el = w.querySelector('governance-organigram')!;
    await settle(el);
    expect(items(el).length).to.equal(2);
    expect(root(el).querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
