import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/service-map/service-map.js';
import type { ServiceMap } from '../../src/service-map/service-map.component.js';
import { $, $$, active, choose, count, items, press, root } from './helpers.js';

/**
 * "Seulement les lieux visibles sur la carte": the list follows the map's view.
 * A network around Nancy: two places in Nancy, at the centre of the fitted
 * view, one about 50 km north, one south, one 70 km west and one east, and a
 * service known only by its postcode (placed at the Vosges' centre).
 */
const lieu = (id: string, nom: string, latitude: number, longitude: number, type: string) => ({
  id,
  nom,
  latitude,
  longitude,
  type,
  commune: nom,
});
const FEED = {
  version: '1.0',
  organisation: { nom: 'Réseau' },
  lieux: [
    lieu('nancy-gare', 'Nancy gare', 48.6899, 6.1745, 'Accueil de jour'),
    lieu('nancy-stan', 'Nancy Stanislas', 48.6936, 6.1833, 'Accueil de jour'),
    lieu('nord', 'Accueil Nord', 49.13, 6.18, 'Internat'),
    lieu('sud', 'Accueil Sud', 48.25, 6.18, 'Internat'),
    lieu('ouest', 'Accueil Ouest', 48.69, 5.18, 'Accueil de jour'),
    lieu('est', 'Accueil Est', 48.69, 7.18, 'Internat'),
    { id: 'vosges', nom: 'Service des Vosges', code_postal: '88000', commune: 'Épinal', type: 'Service à domicile' },
  ],
};
const ALL = FEED.lieux.map((l) => l.nom);
const NANCY = ['Nancy gare', 'Nancy Stanislas'];

const box = (el: ServiceMap) => $<HTMLInputElement>(el, 'input#zone');
const label = (el: ServiceMap) => $(el, 'label.check').textContent!.trim();
const zone = (n: number) => `${n}\u00a0${n < 2 ? 'lieu' : 'lieux'} dans la zone affichée`;
/** Waits until the list (and the count) follows the view, once it settled. */
const listed = (el: ServiceMap, names: string[], what: string) =>
  waitUntil(() => JSON.stringify(items(el)) === JSON.stringify(names), `${what}: ${items(el).join(', ')}`, {
    timeout: 3000,
  });

const START = location.pathname + location.search;
const params = () => new URLSearchParams(location.search);

async function drawn(el: ServiceMap) {
  await waitUntil(() => root(el).querySelector('[part~="map-svg"]'), 'the map is drawn', { timeout: 5000 });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

async function mount(attrs: { tiles?: string; on?: boolean; lang?: string } = {}) {
  const el = await fixture<ServiceMap>(
    html`<service-map
      .data=${FEED}
      tiles=${attrs.tiles ?? ''}
      ?visible-only=${attrs.on}
      lang=${attrs.lang ?? 'fr'}
    ></service-map>`,
  );
  return drawn(el);
}

async function check(el: ServiceMap, on = true) {
  const input = box(el);
  if (input.checked !== on) input.click();
  await el.updateComplete;
}

describe('<service-map> only the places shown on the map', () => {
  beforeEach(() => history.replaceState(null, '', START));
  afterEach(async () => {
    await aTimeout(10);
    history.replaceState(null, '', START);
  });

  it('off by default; on, the list and the count keep to the view: zoom with the keyboard, pan, recentre', async () => {
    const el = await mount();
    expect(label(el)).to.equal('Seulement les lieux visibles sur la carte');
    expect(box(el).checked).to.equal(false);
    expect(items(el)).to.deep.equal(ALL);
    setTimeout(() => box(el).click());
    const ev = await oneEvent(el, 'asso-map-filter');
    expect(ev.detail.filters.visibleOnly).to.equal(true);
    await el.updateComplete;
    // The fitted view shows every place, the approximate one at its département's centre.
    expect(items(el)).to.deep.equal(ALL);
    expect(count(el)).to.equal(zone(7));
    expect(params().get('zone')).to.equal('1');
    await expect(el).to.be.accessible();
    // Zooming in on the centre: only Nancy is left, once the view has settled (not at every step).
    $(el, '[part~="map"]').focus();
    await press(el, '+', 2);
    expect(count(el)).to.equal(zone(7));
    await listed(el, NANCY, 'zoomed in on Nancy');
    expect(count(el)).to.equal(zone(2));
    expect($(el, '[part~="count"]').getAttribute('role')).to.equal('status');
    // Every place listed has its marker, or its group, inside the map.
    const map = $(el, '[part~="map"]').getBoundingClientRect();
    for (const m of $$(el, '[part~="marker"], [part~="cluster"]')) {
      const r = m.getBoundingClientRect();
      const x = (r.left + r.right) / 2;
      const inside = x >= map.left && x <= map.right;
      const names = m.getAttribute('aria-label')!;
      if (inside) expect(NANCY.some((n) => names.includes(n))).to.equal(true);
    }
    await expect(el).to.be.accessible();
    // Panning east: the list changes, Nancy goes, the east place comes.
    for (let i = 0; i < 10 && !items(el).includes('Accueil Est'); i++) {
      await press(el, 'Shift+ArrowRight');
      await aTimeout(350);
    }
    expect(items(el)).to.include('Accueil Est');
    expect(items(el)).not.to.include('Nancy gare');
    expect(count(el)).to.equal(zone(items(el).length));
    // 0 frames every place again.
    await press(el, '0');
    await listed(el, ALL, 'recentred');
    expect(count(el)).to.equal(zone(7));
    // Turning it off restores the list, the usual count, and the address.
    await check(el, false);
    await press(el, '+', 3);
    await aTimeout(350);
    expect(items(el)).to.deep.equal(ALL);
    expect(count(el)).to.equal('7\u00a0lieux trouvés');
    expect(params().get('zone')).to.equal(null);
  });

  it('follows the buttons, the wheel, a drag and "Voir sur la carte"', async () => {
    const el = await mount({ on: true });
    expect(box(el).checked).to.equal(true);
    const [zin, zout, recentre] = $$<HTMLButtonElement>(el, '[part~="zoom-button"]');
    zin!.click();
    zin!.click();
    await listed(el, NANCY, 'zoomed in with the button');
    zout!.click();
    zout!.click();
    await listed(el, ALL, 'zoomed out with the button');
    // The wheel, on the east place's marker.
    const map = $(el, '[part~="map"]');
    const est = $(el, '[part~="marker"][data-id="est"]').getBoundingClientRect();
    for (let i = 0; i < 4; i++) {
      map.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -100,
          clientX: (est.left + est.right) / 2,
          clientY: (est.top + est.bottom) / 2,
          bubbles: true,
          cancelable: true,
        }),
      );
    }
    await listed(el, ['Accueil Est'], 'wheel on the east place');
    expect(count(el)).to.equal(zone(1));
    // A drag that takes it out of view, westwards.
    const r = map.getBoundingClientRect();
    const opts = (x: number) => ({ pointerId: 1, clientX: r.left + x, clientY: r.top + 50, bubbles: true, pointerType: 'touch' });
    map.dispatchEvent(new PointerEvent('pointerdown', opts(r.width - 10)));
    for (let x = r.width - 20; x > 0; x -= 40) map.dispatchEvent(new PointerEvent('pointermove', opts(x)));
    map.dispatchEvent(new PointerEvent('pointerup', opts(5)));
    await el.updateComplete;
    await waitUntil(() => !items(el).includes('Accueil Est'), 'dragged away', { timeout: 3000 });
    recentre!.click();
    await listed(el, ALL, 'recentred');
    // Opening a place and showing it on the map zooms in: the list keeps to the places around it.
    $$(el, '[part~="item-button"]')[0]!.click();
    await el.updateComplete;
    $(el, '.detail-actions button').click();
    await waitUntil(() => active(el)?.getAttribute('data-id') === 'nancy-gare', 'focus on the marker');
    await listed(el, NANCY, 'shown on the map');
    expect($(el, '[data-details="nancy-gare"]') != null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('empty view: says so, and a button shows the whole list again (the option off)', async () => {
    const el = await mount({ on: true });
    $(el, '[part~="map"]').focus();
    await press(el, 'Shift+ArrowUp', 12);
    await listed(el, [], 'far north');
    expect(count(el)).to.equal('Aucun lieu dans la zone affichée.');
    const button = $<HTMLButtonElement>(el, '[part~="whole-list"]');
    expect(button.textContent!.trim()).to.equal('Afficher toute la liste');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(box(el).checked).to.equal(false);
    expect(items(el)).to.deep.equal(ALL);
    expect(count(el)).to.equal('7\u00a0lieux trouvés');
    expect(active(el)).to.equal($$(el, '[part~="item-button"]')[0]);
    expect(root(el).querySelector('[part~="whole-list"]')).to.equal(null);
  });

  it('combines with the filters, the search and "Autour de moi"; the count is right at once', async () => {
    const proto = Geolocation.prototype;
    const original = proto.getCurrentPosition;
    try {
      const el = await mount({ on: true });
      $(el, '[part~="map"]').focus();
      await press(el, '+', 2);
      await listed(el, NANCY, 'zoomed in');
      // A filter frames its places again: the list and the count follow in the same update.
      await choose(el, 'kind', 'Internat');
      expect(items(el)).to.deep.equal(['Accueil Nord', 'Accueil Sud', 'Accueil Est']);
      expect(count(el)).to.equal(zone(3));
      await expect(el).to.be.accessible();
      $(el, '[part~="map"]').focus();
      await press(el, '+', 3);
      await waitUntil(() => items(el).length < 3, 'zoomed in on the internats');
      expect(items(el).every((n) => ['Accueil Nord', 'Accueil Sud', 'Accueil Est'].includes(n))).to.equal(true);
      const input = $<HTMLInputElement>(el, 'input[type="search"]');
      input.value = 'est';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Accueil Est']);
      expect(count(el)).to.equal(zone(1));
      // The search matches nothing: the usual message, not the view's.
      input.value = 'Marseille';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(count(el)).to.contain('Aucun lieu ne correspond à votre recherche.');
      expect(root(el).querySelector('[part~="whole-list"]')).to.equal(null);
      // Reset clears the filters and keeps the option.
      $(el, '[part~="reset"]').click();
      await el.updateComplete;
      expect(box(el).checked).to.equal(true);
      expect(items(el)).to.deep.equal(ALL);
      // Near me (the east place): sorted by distance, still kept to the view.
      proto.getCurrentPosition = function (ok: PositionCallback) {
        setTimeout(() => ok({ coords: { latitude: 48.69, longitude: 7.18 } } as GeolocationPosition));
      };
      $(el, '[part~="near-me"]').click();
      await oneEvent(el, 'asso-map-filter');
      await el.updateComplete;
      expect(items(el)[0]).to.equal('Accueil Est');
      expect(items(el)).to.have.length(7);
      expect(count(el)).to.contain(zone(7));
      $(el, '[part~="map"]').focus();
      await press(el, '+', 2);
      await listed(el, ['Nancy Stanislas', 'Nancy gare'], 'near me, zoomed in');
      expect($$(el, '[part~="distance"]')).to.have.length(2);
      await expect(el).to.be.accessible();
    } finally {
      proto.getCurrentPosition = original;
    }
  });

  it('the list ⇄ marker sync keeps working on the places kept', async () => {
    const el = await mount({ on: true });
    $(el, '[part~="zoom-button"]').click();
    $(el, '[part~="zoom-button"]').click();
    await listed(el, NANCY, 'zoomed in');
    // Hovering a place highlights its group; activating the group zooms in on it: the list keeps its two places.
    const item = $$(el, '[part~="item"]')[1]!;
    item.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await el.updateComplete;
    const group = $(el, '[part~="cluster"]');
    expect(group.getAttribute('aria-label')).to.contain('Nancy Stanislas');
    expect(group.hasAttribute('data-hot')).to.equal(true);
    group.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    await aTimeout(350);
    expect(items(el)).to.deep.equal(NANCY);
    expect($(el, '[part~="marker"][data-id="nancy-stan"]').hasAttribute('data-hot')).to.equal(true);
    const marker = $<SVGGElement>(el, '[part~="marker"][data-id="nancy-gare"]');
    marker.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect($(el, '[part~="details"]').dataset.details).to.equal('nancy-gare');
    expect(active(el)).to.equal($(el, '[part~="details"]'));
  });

  it('prints the whole filtered list, and comes back to the view after', async () => {
    const el = await mount({ on: true });
    $(el, '[part~="map"]').focus();
    await press(el, '+', 2);
    await listed(el, NANCY, 'zoomed in');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(items(el)).to.deep.equal(ALL);
    expect(count(el)).to.equal('7\u00a0lieux trouvés');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part~="filters"]')).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(items(el)).to.deep.equal(NANCY);
  });

  it('in English', async () => {
    const el = await mount({ on: true, lang: 'en' });
    expect(label(el)).to.equal('Only places shown on the map');
    expect(count(el)).to.equal('7 places in the area shown');
    $(el, '[part~="map"]').focus();
    await press(el, 'Shift+ArrowUp', 12);
    await listed(el, [], 'far north');
    expect(count(el)).to.equal('No place in the area shown.');
    expect($(el, '[part~="whole-list"]').textContent!.trim()).to.equal('Show the whole list');
    await press(el, '0');
    await listed(el, ALL, 'recentred');
    $(el, '[part~="map"]').focus();
    await press(el, '+', 2);
    await listed(el, NANCY, 'zoomed in');
    expect(count(el)).to.equal('2 places in the area shown');
  });

  describe('on the detailed map, once the visitor agreed', () => {
    const tileGroup = (el: ServiceMap) => root(el).querySelector<HTMLElement>('.tile-cluster');

    it('follows its zoom and pan; back to the simple map, its own view', async () => {
      const el = await mount({ tiles: '/test-tiles/{z}/{x}/{y}.png', on: true });
      $(el, '[part~="tiles-button"]').click();
      await waitUntil(() => root(el).querySelector('.leaflet-container .leaflet-marker-icon'), 'Leaflet drawn', {
        timeout: 8000,
      });
      await el.updateComplete;
      await listed(el, ALL, 'the detailed map frames every place');
      expect(count(el)).to.equal(zone(7));
      await expect(el).to.be.accessible();
      // Opening the Nancy group zooms in on it (keyboard).
      tileGroup(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await listed(el, NANCY, 'zoomed in on Nancy');
      expect(count(el)).to.equal(zone(2));
      await expect(el).to.be.accessible();
      // Zooming out with the keyboard on a focused marker brings the others back.
      await waitUntil(() => active(el)?.dataset.id, 'focus on a marker');
      for (let i = 0; i < 8 && items(el).length < 7; i++) {
        await sendKeys({ press: '-' });
        await aTimeout(450);
      }
      await listed(el, ALL, 'zoomed out');
      // In again on Nancy, then panning east with the arrows: Nancy leaves the list.
      tileGroup(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await listed(el, NANCY, 'zoomed in again');
      for (let i = 0; i < 8 && items(el).includes('Nancy gare'); i++) {
        await press(el, 'Shift+ArrowRight');
        await aTimeout(450);
      }
      expect(items(el)).not.to.include('Nancy gare');
      expect(count(el)).to.equal(zone(items(el).length));
      // Back to the simple map: its own (fitted) view.
      $(el, '[part~="tiles-back"]').click();
      await el.updateComplete;
      await waitUntil(() => root(el).querySelector('[part~="map-svg"]'), 'SVG map back');
      await listed(el, ALL, 'simple map');
    });
  });
});
