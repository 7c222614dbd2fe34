import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/service-map/service-map.js';
import type { ServiceMap } from '../../src/service-map/service-map.component.js';
import { matchOption, readMapUrl, slug, writeMapUrl } from '../../src/service-map/url-state.js';

const load = async (name: string) => (await (await fetch(`/fixtures/feeds/${name}`)).json()) as Record<string, unknown>;
const TUESDAY_11H = new Date('2024-04-16T09:00:00Z');
const START = location.pathname + location.search;

function resetUrl() {
  history.replaceState(null, '', START);
}

/**
 * Entries the element adds to the history. (Not `history.length`: Chromium
 * stops it at 50, which a test page may reach, and an entry added there
 * would then not show.)
 */
let pushes = 0;
const realPushState = history.pushState;
before(() => {
  history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
    pushes++;
    return realPushState.apply(this, args);
  };
});
after(() => {
  history.pushState = realPushState;
});
/** Puts parameters in the address, as a link or a reload would. */
function visit(search: string) {
  const p = new URLSearchParams(START.split('?')[1] ?? '');
  for (const [k, v] of new URLSearchParams(search)) p.append(k, v);
  history.replaceState(null, '', `${location.pathname}?${p}`);
}
/** The address's parameters, without the test runner's own. */
const params = () => {
  const p = new URLSearchParams(location.search);
  p.delete('wtr-session-id');
  return p;
};
const search = () => {
  const s = params().toString();
  return s ? `?${s}` : '';
};

const root = (el: ServiceMap) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: ServiceMap, sel: string) => root(el).querySelector<T>(sel);
const $$ = (el: ServiceMap, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];
const items = (el: ServiceMap) => $$(el, '[part~="item-button"]').map((b) => b.textContent!.trim());
const count = (el: ServiceMap) => $(el, '[part~="count"]')!.textContent!.replace(/[ \t\n\r]+/g, ' ').trim();
const openIds = (el: ServiceMap) => $$(el, '[data-details]').map((d) => d.getAttribute('data-details'));
const active = (el: ServiceMap) => (root(el).activeElement as HTMLElement | null) ?? null;

async function settle(el: ServiceMap) {
  await waitUntil(() => $(el, '[part~="map-svg"]'), 'the map is drawn', { timeout: 5000 });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

async function mount(feed = 'chaumiere.json') {
  const data = await load(feed);
  const el = await fixture<ServiceMap>(html`<service-map .data=${data} .now=${TUESDAY_11H}></service-map>`);
  return settle(el);
}

/** A map with attributes set in markup, as a WordPress shortcode writes them. */
async function mountWith(markup: string, feed = 'chaumiere.json') {
  const data = await load(feed);
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = markup;
  const maps = [...wrap.querySelectorAll<ServiceMap>('service-map')];
  for (const m of maps) {
    m.now = TUESDAY_11H;
    m.data = data;
  }
  for (const m of maps) await settle(m);
  return maps;
}

async function choose(el: ServiceMap, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<service-map> view in the address', () => {
  beforeEach(resetUrl);
  afterEach(async () => {
    await aTimeout(10); // let a pending history traversal land before the next test
    resetUrl();
  });

  describe('url-state helpers', () => {
    it('reads and writes the map’s own parameters, slugs for kinds, audiences and themes, keeping the others', () => {
      const none = { q: '', kind: '', audience: '', theme: '', place: '' };
      expect(slug('Protection de l’enfance')).to.equal('protection-de-l-enfance');
      expect(matchOption('protection-de-l-enfance', ['Hébergement', 'Protection de l’enfance'])).to.equal(
        'Protection de l’enfance',
      );
      expect(matchOption('Hébergement', ['Hébergement'])).to.equal('Hébergement');
      expect(matchOption('piscine', ['Hébergement'])).to.equal(undefined);
      expect(readMapUrl('?type=internat&lieu=x&page_id=3', none)).to.deep.equal({ ...none, kind: 'internat', place: 'x' });
      expect(readMapUrl('c2-type=a&type=b', none, 'c2-').kind).to.equal('a');
      const view = { q: ' Toul ', kind: 'Internat', audience: '', theme: 'Protection de l’enfance', place: 'internat-toul' };
      expect(writeMapUrl('?page_id=3&type=old', view, none)).to.equal(
        '?page_id=3&lieu=internat-toul&commune=Toul&type=internat&theme=protection-de-l-enfance',
      );
      // A value equal to the default (the attributes) is left out; one that differs, even empty, is written.
      expect(writeMapUrl('', { ...none, kind: 'Internat' }, { ...none, kind: 'internat' })).to.equal('');
      expect(writeMapUrl('', none, { ...none, place: 'sepad' })).to.equal('?lieu=');
      expect(writeMapUrl('', { ...none, place: 'a' }, none, 'c2-')).to.equal('?c2-lieu=a');
      // Only the places in the map's view: zone=1, or zone=0 against a visible-only default.
      expect(readMapUrl('?zone=1', none).visibleOnly).to.equal(true);
      expect(readMapUrl('?zone=oui', none).visibleOnly).to.equal(true);
      expect(readMapUrl('?zone=0', { ...none, visibleOnly: true }).visibleOnly).to.equal(false);
      expect(readMapUrl('?c2-zone=1', none, 'c2-').visibleOnly).to.equal(true);
      expect(readMapUrl('', none).visibleOnly).to.equal(undefined);
      expect(writeMapUrl('', { ...none, visibleOnly: true }, none)).to.equal('?zone=1');
      expect(writeMapUrl('', { ...none, visibleOnly: false }, none)).to.equal('');
      expect(writeMapUrl('', none, { ...none, visibleOnly: true })).to.equal('?zone=0');
      expect(writeMapUrl('', { ...none, visibleOnly: true }, { ...none, visibleOnly: true }, 'c2-')).to.equal('');
    });
  });

  it('a link with parameters opens the filtered map and the place, its details shown and the count announced', async () => {
    visit('?type=internat&lieu=internat-toul&page_id=12');
    const el = await mount();
    expect(items(el)).to.deep.equal(['Internat rural de Vilcey-sur-Trey', 'Internat urbain de Toul']);
    expect(count(el)).to.equal('2\u00a0lieux trouvés');
    expect($(el, '[part~="count"]')!.getAttribute('role')).to.equal('status');
    expect($<HTMLSelectElement>(el, 'select#kind')!.value).to.equal('Internat');
    expect(openIds(el)).to.deep.equal(['internat-toul']);
    expect($(el, '[data-toggle="internat-toul"]')!.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => $(el, '[part~="open-status"]'), 'the details are shown');
    expect($(el, '[data-details="internat-toul"]')!.textContent).to.contain('Toul');
    // Its marker is the selected one; the page's own parameter is kept as it was.
    expect($(el, '[part~="marker"][data-id="internat-toul"]')?.getAttribute('aria-label') ?? '').to.contain('sélectionné');
    expect(params().get('page_id')).to.equal('12');
    await expect(el).to.be.accessible();
  });

  it('search, audience and theme from the address; themes by slug or as written', async () => {
    visit('?public=familles&theme=soutien-a-la-parentalite&commune=toul');
    const el = await mount();
    expect(items(el)).to.deep.equal(['Service éducatif de placement à domicile (SEPAD)', 'Maison de la rencontre']);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('toul');
    expect($<HTMLSelectElement>(el, 'select#theme')!.value).to.equal('Soutien à la parentalité');
    el.remove(); // a page with one map (two would share the address: see below)
    resetUrl();
    visit(`?theme=${encodeURIComponent('Numérique')}`);
    const el2 = await mount();
    expect(items(el2)).to.have.length(2);
  });

  it('typing replaces the address without a history entry per keystroke; a filter adds one, Back restores it', async () => {
    const el = await mount();
    const before = pushes;
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'Toul' });
    await el.updateComplete;
    expect(params().get('commune')).to.equal('Toul');
    expect(pushes).to.equal(before);
    await choose(el, 'kind', 'Internat');
    expect(params().get('type')).to.equal('internat');
    expect(pushes).to.equal(before + 1);
    expect(items(el)).to.deep.equal(['Internat urbain de Toul']);
    setTimeout(() => history.back());
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(params().get('type')).to.equal(null);
    expect($<HTMLSelectElement>(el, 'select#kind')!.value).to.equal('');
    expect(items(el)).to.have.length(4);
    // "Effacer les filtres" adds an entry with none.
    $(el, '[part~="reset"]')!.click();
    await el.updateComplete;
    expect(search()).to.equal('');
  });

  it('opening a place adds one history entry, and Back closes it (the focus back on its name)', async () => {
    const el = await mount();
    const before = pushes;
    $(el, '[data-toggle="sepad"]')!.click();
    await el.updateComplete;
    expect(params().get('lieu')).to.equal('sepad');
    expect(pushes).to.equal(before + 1);
    // Opening another place from there replaces the entry: Back still leads to the map without a place.
    $(el, '[data-toggle="jeunes-majeurs"]')!.click();
    await el.updateComplete;
    expect(params().get('lieu')).to.equal('jeunes-majeurs');
    expect(pushes).to.equal(before + 1);
    $<HTMLElement>(el, '[data-details="jeunes-majeurs"]')!.focus();
    setTimeout(() => history.back());
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([]);
    expect(params().get('lieu')).to.equal(null);
    expect(active(el)?.getAttribute('data-toggle')).to.equal('jeunes-majeurs');
    // Forward opens it again.
    setTimeout(() => history.forward());
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['jeunes-majeurs']);
    await expect(el).to.be.accessible();
  });

  it('closing the details goes back in history when their opening added the entry, else replaces it', async () => {
    const el = await mount();
    const before = pushes;
    $(el, '[data-toggle="sepad"]')!.click();
    await el.updateComplete;
    setTimeout(() => $(el, '[data-toggle="sepad"]')!.click());
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(search()).to.equal('');
    expect(openIds(el)).to.deep.equal([]);
    // A marker opens the same way; Escape in the details closes them.
    (el as unknown as { selectFromMap(id: string): void }).selectFromMap('internat-toul');
    await el.updateComplete;
    expect(params().get('lieu')).to.equal('internat-toul');
    // After a filter change the entry is no longer the opening's own: closing replaces it.
    await choose(el, 'audience', 'Enfants et adolescents confiés à l’Aide sociale à l’enfance');
    const length = pushes;
    $<HTMLElement>(el, '[data-details="internat-toul"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([]);
    expect(params().get('lieu')).to.equal(null);
    expect(params().get('public')).to.equal('enfants-et-adolescents-confies-a-l-aide-sociale-a-l-enfance');
    expect(pushes).to.equal(length);
    expect(pushes).to.be.greaterThan(before);
  });

  it('attributes preset the view (as a shortcode writes them), accessibly, and leave the address alone', async () => {
    const [el] = await mountWith('<service-map kind="internat" audience="enfants-et-adolescents-confies-a-l-aide-sociale-a-l-enfance" place="internat-vilcey"></service-map>');
    expect(items(el!)).to.deep.equal(['Internat rural de Vilcey-sur-Trey', 'Internat urbain de Toul']);
    expect(openIds(el!)).to.deep.equal(['internat-vilcey']);
    expect(search()).to.equal('');
    await waitUntil(() => $(el!, '[part~="open-status"]'), 'the details are shown');
    await expect(el!).to.be.accessible();
    // Closing the preset place is written down (lieu= empty), so a reload keeps it closed.
    $(el!, '[data-toggle="internat-vilcey"]')!.click();
    await el!.updateComplete;
    expect(search()).to.equal('?lieu=');
    // The search and theme attributes too.
    const [el2] = await mountWith('<service-map search="54700" theme="Hébergement"></service-map>');
    expect(items(el2!)).to.deep.equal(['Internat rural de Vilcey-sur-Trey']);
  });

  it('the address wins over the attributes', async () => {
    visit('?type=lieu-de-vie-et-d-accueil');
    const [el] = await mountWith('<service-map kind="internat" place="internat-toul"></service-map>');
    expect(items(el!)).to.deep.equal(['Lieu de vie et d’accueil de Mont-l’Étroit']);
    // The preset place is not let through by the address's filter: it stays closed.
    expect(openIds(el!)).to.deep.equal([]);
    // Changing an attribute later reads the view again.
    resetUrl();
    el!.setAttribute('kind', 'Lieu de rencontre parents-enfants');
    await el!.updateComplete;
    expect(items(el!)).to.deep.equal(['Maison de la rencontre']);
  });

  it('ignores unknown values in the address and in the attributes', async () => {
    visit('?type=piscine&public=martiens&theme=&lieu=nulle-part');
    const el = await mount();
    expect(items(el)).to.have.length(6);
    expect(openIds(el)).to.deep.equal([]);
    expect($<HTMLSelectElement>(el, 'select#kind')!.value).to.equal('');
    await expect(el).to.be.accessible();
    resetUrl();
    const [el2] = await mountWith('<service-map kind="piscine" theme="Hébergement" place="nulle-part"></service-map>');
    expect(items(el2!)).to.have.length(3);
    expect(openIds(el2!)).to.deep.equal([]);
  });

  it('two maps without url-prefix: the first keeps its view in the address, the second to itself, and the webmaster is told', async () => {
    visit('?type=internat');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const [a, b] = await mountWith('<service-map></service-map><service-map></service-map>');
      expect(items(a!)).to.have.length(2); // the address's filter
      expect(items(b!)).to.have.length(6); // not the other map's
      const before = search();
      await choose(b!, 'kind', 'Internat');
      expect(items(b!)).to.have.length(2);
      expect(search()).to.equal(before); // the second map writes nothing
      await choose(a!, 'kind', '');
      expect(params().get('type')).to.equal(null); // the first still does
      expect(items(b!)).to.have.length(2);
      expect(warnings.filter((w) => w.includes('url-prefix'))).to.have.length(1);
      expect(warnings.find((w) => w.includes('url-prefix'))).to.contain('<service-map>').and.contain('url-prefix="b-"');
      // When the first map leaves the page, the other takes the address over.
      a!.remove();
      await choose(b!, 'kind', '');
      await choose(b!, 'kind', 'Internat');
      expect(params().get('type')).to.equal('internat');
    } finally {
      console.warn = warn;
    }
  });

  it('two maps on one page: url-prefix keeps their parameters apart; no-url-state keeps one out of the address', async () => {
    visit('?type=internat&carte2-public=familles');
    const [a, b, c] = await mountWith(
      '<service-map></service-map><service-map url-prefix="carte2-"></service-map><service-map no-url-state kind="internat"></service-map>',
    );
    expect(items(a!)).to.have.length(2);
    expect(items(b!)).to.deep.equal(['Service éducatif de placement à domicile (SEPAD)', 'Maison de la rencontre']);
    expect(items(c!)).to.have.length(2);
    $(b!, '[data-toggle="sepad"]')!.click();
    await b!.updateComplete;
    expect(params().get('carte2-lieu')).to.equal('sepad');
    expect(params().get('lieu')).to.equal(null);
    expect(params().get('type')).to.equal('internat');
    // The map without URL state neither writes nor follows the address.
    const before = search();
    const length = pushes;
    $(c!, '[data-toggle="internat-toul"]')!.click();
    await c!.updateComplete;
    await choose(c!, 'kind', '');
    expect(search()).to.equal(before);
    expect(pushes).to.equal(length);
    setTimeout(() => history.back());
    await oneEvent(window, 'popstate');
    await b!.updateComplete;
    await c!.updateComplete;
    expect(openIds(b!)).to.deep.equal([]);
    expect(openIds(c!)).to.deep.equal(['internat-toul']);
    expect(items(a!)).to.have.length(2);
  });

  describe('only the places shown on the map', () => {
    const box = (el: ServiceMap) => $<HTMLInputElement>(el, 'input#zone')!;
    const inZone = (el: ServiceMap) => count(el).endsWith('dans la zone affichée');

    it('?zone=1 turns it on; checking and unchecking adds history entries that Back follows', async () => {
      visit('?zone=1&type=internat');
      const el = await mount();
      expect(box(el).checked).to.equal(true);
      expect(count(el)).to.equal('2\u00a0lieux dans la zone affichée');
      await expect(el).to.be.accessible();
      const length = pushes;
      box(el).click();
      await el.updateComplete;
      expect(pushes).to.equal(length + 1);
      expect(params().get('zone')).to.equal(null);
      expect(params().get('type')).to.equal('internat');
      expect(count(el)).to.equal('2\u00a0lieux trouvés');
      setTimeout(() => history.back());
      await oneEvent(window, 'popstate');
      await el.updateComplete;
      expect(box(el).checked).to.equal(true);
      expect(inZone(el)).to.equal(true);
    });

    it('the visible-only attribute presets it and leaves the address alone; unchecking writes zone=0', async () => {
      const [el] = await mountWith('<service-map visible-only></service-map>');
      expect(box(el!).checked).to.equal(true);
      expect(count(el!)).to.equal('6\u00a0lieux dans la zone affichée');
      expect(search()).to.equal('');
      await expect(el!).to.be.accessible();
      box(el!).click();
      await el!.updateComplete;
      expect(search()).to.equal('?zone=0');
      expect(items(el!)).to.have.length(6);
      // The address wins over the attribute.
      el!.remove();
      visit('?zone=0');
      const [el2] = await mountWith('<service-map visible-only></service-map>');
      expect(box(el2!).checked).to.equal(false);
    });

    it('url-prefix and no-url-state, as for the other filters', async () => {
      visit('?carte2-zone=1');
      const [a, b, c] = await mountWith(
        '<service-map></service-map><service-map url-prefix="carte2-"></service-map><service-map no-url-state visible-only></service-map>',
      );
      expect(box(a!).checked).to.equal(false);
      expect(box(b!).checked).to.equal(true);
      expect(box(c!).checked).to.equal(true);
      box(a!).click();
      await a!.updateComplete;
      expect(params().get('zone')).to.equal('1');
      expect(params().get('carte2-zone')).to.equal('1');
      const before = search();
      box(c!).click();
      await c!.updateComplete;
      expect(search()).to.equal(before);
    });
  });

  it('a feed loaded later (src) gets the view of the address', async () => {
    visit('?lieu=maison-rencontre');
    const el = await fixture<ServiceMap>(html`<service-map src="/fixtures/feeds/chaumiere.json"></service-map>`);
    await waitUntil(() => $(el, '[data-details]'), 'the place is open');
    expect(openIds(el)).to.deep.equal(['maison-rencontre']);
    expect(count(el)).to.equal('6\u00a0lieux trouvés');
  });
});
