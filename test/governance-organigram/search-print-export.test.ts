import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  CHAUMIERE,
  GCSMS,
  LARGE,
  card,
  focusedName,
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

describe('<governance-organigram> search', () => {
  it('by name or role: matches highlighted, their branches opened, their number announced', async () => {
    const el = await organigram(CHAUMIERE, 1200, { 'open-levels': '1' });
    const input = root(el).querySelector('input[type="search"]') as HTMLInputElement;
    expect(input.labels![0].textContent).to.contain('Rechercher une instance, un poste ou une personne');
    const status = part(el, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.trim()).to.equal('');

    input.focus();
    await sendKeys({ type: 'tresorier' });
    await settle(el);
    expect(status.textContent!.trim()).to.equal('1 résultat');
    expect(shownNames(el)).to.include('Conseil d’administration'); // opened down to the match
    const match = card(item(el, 'Conseil d’administration'));
    expect(match.getAttribute('part')).to.equal('node node-match');
    expect(parts(el, 'match').map((m) => m.textContent)).to.deep.equal(['Trésorier']);
    await expect(el).to.be.accessible();

    input.value = '';
    input.focus();
    await sendKeys({ type: 'comm' });
    await settle(el);
    expect(status.textContent!.trim()).to.equal('2 résultats'); // Commissions ad hoc, Comités et commissions
    expect(parts(el, 'match').map((m) => m.textContent)).to.deep.equal(['Comm', 'comm']);
    expect(shownNames(el)).to.include.members(['Commissions ad hoc', 'Comités et commissions']);

    // Enter goes to the first match.
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focusedName(el)).to.equal('Commissions ad hoc');

    el.search('zzz');
    await settle(el);
    expect(status.textContent!.trim()).to.equal('Aucun résultat');
    expect(parts(el, 'match')).to.have.length(0);
    await expect(el).to.be.accessible();

    el.search('');
    await settle(el);
    expect(status.textContent!.trim()).to.equal('');
    expect(root(el).querySelectorAll('[data-match]')).to.have.length(0);
  });

  it('ignores accents and case, and finds acronyms', async () => {
    const el = await organigram(GCSMS, 1200, { 'open-levels': '1' });
    expect(el.search('copil')).to.equal(1);
    expect(el.search('EQUIPES')).to.equal(1);
    await settle(el);
    expect(shownNames(el)).to.include('Équipes du SIAO');
    expect(parts(el, 'match')[0].textContent).to.equal('Équipes');
  });

  it('can be hidden with no-search, and the download button with no-download', async () => {
    const el = await organigram(CHAUMIERE, 1200, {
      'no-search': '',
      'no-download': '',
    });
    expect(root(el).querySelector('input')).to.equal(null);
    expect(part(el, 'download')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<governance-organigram> print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints every node, collapsed branches included, within the page width', async () => {
    const el = await organigram(CHAUMIERE, 700);
    part(el, 'collapse-all')!.click();
    await settle(el);
    expect(shownNames(el)).to.have.length(2);
    await emulateMedia({ media: 'print' });
    await settle(el);
    const host = el.getBoundingClientRect();
    for (const i of items(el)) {
      expect(i.checkVisibility(), nameOf(i)).to.be.true;
      const r = card(i).getBoundingClientRect();
      expect(r.width, nameOf(i)).to.be.greaterThan(0);
      expect(r.left, nameOf(i)).to.be.at.least(host.left - 1);
      expect(r.right, nameOf(i)).to.be.at.most(host.right + 1);
    }
    expect(getComputedStyle(part(el, 'toolbar')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    await settle(el);
    expect(shownNames(el)).to.have.length(2); // the screen keeps its collapsed branches
  });

  it('prints a wide chart zoomed to the page, or as an indented tree when it would be too small', async () => {
    const el = await organigram(GCSMS, 1200);
    expect(layoutOf(el)).to.equal('chart');
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect(layoutOf(el)).to.equal('chart');
    const zoom = Number(part(el, 'chart')!.style.getPropertyValue('--_zoom'));
    expect(zoom).to.be.within(0.6, 1);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(part(el, 'chart')!.style.getPropertyValue('--_zoom')).to.equal('');

    const large = await organigram(LARGE, 1200, {
      layout: 'chart',
      'open-levels': '2',
    });
    window.dispatchEvent(new Event('beforeprint'));
    await settle(large);
    expect(layoutOf(large)).to.equal('tree');
    await emulateMedia({ media: 'print' });
    await settle(large);
    expect(items(large).every((i) => i.checkVisibility())).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    await settle(large);
    expect(layoutOf(large)).to.equal('chart');
    expect(shownNames(large).length).to.be.below(500);
  });
});

describe('<governance-organigram> SVG export', () => {
  it('is a standalone, well-formed SVG file with every node’s name, collapsed ones included', async () => {
    const el = await organigram(CHAUMIERE);
    part(el, 'collapse-all')!.click();
    await settle(el);
    const svg = await el.toSvg();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.localName).to.equal('svg');
    expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    const titles = [...doc.querySelectorAll('g > title')].map((t) => t.textContent);
    for (const i of items(el)) expect(titles).to.include(nameOf(i));
    const lines = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const i of items(el)) expect(lines).to.contain(nameOf(i).split(' ')[0]);
    expect(lines).to.contain('Délégation');
    expect(doc.querySelector('image, foreignObject, script')).to.equal(null);
  });

  it('the "Télécharger (SVG)" button downloads it', async () => {
    const el = await organigram(GCSMS);
    const button = part(el, 'download')!;
    expect(button.textContent!.trim()).to.equal('Télécharger (SVG)');
    const created: Blob[] = [];
    const clicked: HTMLAnchorElement[] = [];
    const { createObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      created.push(b as Blob);
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      button.click();
      await waitUntil(() => clicked.length, 'downloaded');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(created[0].type).to.equal('image/svg+xml');
    expect(clicked[0].download).to.equal('la-gouvernance-du-groupement.svg');
    const doc = new DOMParser().parseFromString(await created[0].text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.textContent).to.contain('Pilotage : Direction de la');
  });

  it('exports 500 nodes', async () => {
    const el = await organigram(LARGE, 1200, { 'open-levels': '1' });
    const doc = new DOMParser().parseFromString(await el.toSvg(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('g > title')).to.have.length(500);
  });
});
