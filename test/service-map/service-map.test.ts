import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/service-map/service-map.js';
import type { ServiceMap } from '../../src/service-map/service-map.component.js';
import { fromDataInclusion } from '../../src/service-map/data-inclusion.js';
import { $, $$, active, choose, count, items, root, type } from './helpers.js';

const load = async (name: string) => (await (await fetch(`/fixtures/feeds/${name}`)).json()) as Record<string, unknown>;
/** Tuesday 16 April 2024, 11:00 in Paris. */
const TUESDAY_11H = new Date('2024-04-16T09:00:00Z');

const text = (el: ServiceMap) => root(el).textContent!.replace(/\s+/g, ' ');
const marker = (el: ServiceMap, id: string) => $<SVGGElement>(el, `[part~="marker"][data-id="${id}"]`);
const clusterOf = (el: ServiceMap, name: string) =>
  $$(el, '[part~="cluster"]').find((c) => c.getAttribute('aria-label')!.includes(name))!;

/** The test page's address: every test leaves it as it found it (the map keeps its view there). */
const START = location.pathname + location.search;

/** The map's transform: translate(x y) scale(k). */
function transform(el: ServiceMap) {
  const t = $(el, '[part~="map-svg"] > g').getAttribute('transform')!;
  const [, x, y, k] = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.e]+)\)/.exec(t)!.map(Number);
  return { x: x!, y: y!, k: k! };
}

async function mount(name: string | Record<string, unknown>, attrs: { tiles?: string; level?: number } = {}) {
  // Each map as on a fresh page: the one before may have left its view in the address.
  history.replaceState(null, '', START);
  const data = typeof name === 'string' ? await load(name) : name;
  const el = await fixture<ServiceMap>(
    html`<service-map
      .data=${data}
      .now=${TUESDAY_11H}
      tiles=${attrs.tiles ?? ''}
      heading-level=${attrs.level ?? 2}
    ></service-map>`,
  );
  await waitUntil(() => root(el).querySelector('[part~="map-svg"]'), 'the map is drawn', { timeout: 5000 });
  // The map takes its size from a ResizeObserver, after the first layout.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}


describe('<service-map>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await aTimeout(10); // let a pending history traversal land
    history.replaceState(null, '', START);
  });

  describe('states', () => {
    it('loading, then loaded from src; accessible in both', async () => {
      const el = await fixture<ServiceMap>(html`<service-map src="/fixtures/feeds/chaumiere.json"></service-map>`);
      expect(text(el)).to.contain('Chargement');
      await expect(el).to.be.accessible();
      await waitUntil(() => root(el).querySelector('[part~="list"]'), 'loaded');
      expect(count(el)).to.contain('6\u00a0lieux trouvés');
      await waitUntil(() => root(el).querySelector('[part~="map-svg"]'), 'map');
      await expect(el).to.be.accessible();
    });

    it('shows the list, the map, the credits and a heading at the chosen level', async () => {
      const el = await mount('chaumiere.json', { level: 3 });
      expect($(el, 'h3[part~="heading"]').textContent).to.equal('Nos lieux d’accueil et services');
      expect($$(el, 'h4 [part~="item-button"]')).to.have.length(6);
      expect(items(el)).to.deep.equal([
        'Internat rural de Vilcey-sur-Trey',
        'Internat urbain de Toul',
        'Lieu de vie et d’accueil de Mont-l’Étroit',
        'Service éducatif de placement à domicile (SEPAD)',
        'Service de suivi des jeunes majeurs',
        'Maison de la rencontre',
      ]);
      expect($(el, '[part~="attribution"]').textContent).to.contain('IGN – Admin Express COG 2018, INSEE');
      expect($$(el, '[part~="marker"]').length + $$(el, '[part~="cluster"]').length).to.be.greaterThan(1);
      // Places without coordinates are placed by their INSEE code, and say so.
      const sepad = $$(el, '[part~="item"]')[3]!;
      expect(sepad.textContent).to.contain('position approximative');
      expect($(el, '.legend').textContent).to.contain('position approximative');
      // The département served is shaded.
      expect($(el, '[part~="area"]') != null).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('empty feed: says so, accessibly', async () => {
      const el = await fixture<ServiceMap>(html`<service-map .data=${await load('map-empty.json')}></service-map>`);
      expect(text(el)).to.contain('Aucun lieu n’est encore publié.');
      await expect(el).to.be.accessible();
    });

    it('error: a feed that cannot be loaded shows a message and a retry button', async () => {
      const el = await fixture<ServiceMap>(html`<service-map src="/fixtures/feeds/does-not-exist.json"></service-map>`);
      await oneEvent(el, 'asso-error');
      await el.updateComplete;
      expect($(el, '[part~="error"]').textContent).to.contain('introuvable');
      expect($(el, '[part~="retry-button"]') != null).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('English follows the nearest lang', async () => {
      const data = await load('chaumiere.json');
      const wrap = await fixture(html`<div lang="en"><service-map .data=${data}></service-map></div>`);
      const el = wrap.querySelector('service-map')!;
      await el.updateComplete;
      expect(count(el)).to.contain('6 places found');
      expect($(el, 'label[for="q"]').textContent).to.equal('Town or postcode');
    });

    it('keeps the JSON-LD in the light DOM', async () => {
      const el = await mount('chaumiere.json');
      // Written at idle time, once the first render is on screen.
      await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');
      const script = el.querySelector('script[type="application/ld+json"]')!;
      const ld = JSON.parse(script.textContent!);
      expect(ld['@graph'][0].subOrganization).to.have.length(6);
      expect(ld['@graph'][1]['@type']).to.equal('Service');
    });
  });

  describe('search and filters', () => {
    it('searches by commune ignoring accents and case, or by postcode; announces the count', async () => {
      const el = await mount('chaumiere.json');
      setTimeout(() => type(el, 'MONT L ETROIT'));
      const ev = await oneEvent(el, 'asso-map-filter');
      expect(ev.detail).to.deep.equal({
        filters: { q: 'MONT L ETROIT', kind: '', audience: '', theme: '', visibleOnly: false, nearMe: false },
        count: 1,
      });
      expect(items(el)).to.deep.equal(['Lieu de vie et d’accueil de Mont-l’Étroit']);
      expect($(el, '[part~="count"]').getAttribute('role')).to.equal('status');
      expect(count(el)).to.equal('1\u00a0lieu trouvé');
      await type(el, 'vilcey-sur-trey');
      expect(items(el)).to.deep.equal(['Internat rural de Vilcey-sur-Trey']);
      await type(el, '54700');
      expect(items(el)).to.deep.equal(['Internat rural de Vilcey-sur-Trey']);
      await type(el, '542');
      expect(items(el)).to.have.length(4);
      await type(el, '54');
      expect(items(el)).to.have.length(6);
      await expect(el).to.be.accessible();
    });

    it('no result: says so and offers to clear the filters', async () => {
      const el = await mount('chaumiere.json');
      await type(el, 'Marseille');
      expect(items(el)).to.deep.equal([]);
      expect(count(el)).to.contain('Aucun lieu ne correspond à votre recherche.');
      await expect(el).to.be.accessible();
      $(el, '[part~="reset"]').click();
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
      expect(active(el) === $(el, 'input[type="search"]')).to.equal(true);
    });

    it('filters by kind, audience and theme', async () => {
      const el = await mount('chaumiere.json');
      await choose(el, 'kind', 'Internat');
      expect(items(el)).to.deep.equal(['Internat rural de Vilcey-sur-Trey', 'Internat urbain de Toul']);
      await choose(el, 'kind', '');
      const audience = $<HTMLSelectElement>(el, 'select#audience');
      expect([...audience.options].map((o) => o.textContent)).to.include('Familles');
      await choose(el, 'audience', 'familles');
      expect(items(el)).to.deep.equal(['Service éducatif de placement à domicile (SEPAD)', 'Maison de la rencontre']);
      await choose(el, 'audience', '');
      await choose(el, 'theme', 'Numérique');
      expect(items(el)).to.deep.equal(['Internat rural de Vilcey-sur-Trey', 'Internat urbain de Toul']);
      await expect(el).to.be.accessible();
    });

    it('themes of the home-care network: filter by management approach', async () => {
      const el = await mount('imano.json');
      expect(items(el)).to.have.length(14);
      await choose(el, 'theme', 'Approche Buurtzorg');
      expect(items(el)).to.have.length(3);
      expect(count(el)).to.contain('3\u00a0lieux trouvés');
    });
  });

  describe('list and map in sync', () => {
    it('keyboard path: from the list into a place’s details and back', async () => {
      const el = await mount('chaumiere.json');
      const button = $$(el, '[part~="item-button"]')[1]!;
      button.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const ev = await oneEvent(el, 'asso-map-select');
      expect(ev.detail.id).to.equal('internat-toul');
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const details = $(el, '[part~="details"]');
      expect(details.id).to.equal(button.getAttribute('aria-controls'));
      // (Focusing the list already asked for the details' file; when it is the first place opened on the page it may still be coming.)
      await waitUntil(() => !details.hasAttribute('aria-busy'), 'details loaded');
      expect(details.textContent).to.contain('54200 Toul');
      const tel = details.querySelector('a[href^="tel:"]')!;
      expect(tel.getAttribute('href')).to.equal('tel:+33353730002');
      expect(details.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal(
        'mailto:internat-toul@example.org',
      );
      expect(details.textContent).to.contain('Ouvert maintenant');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      expect(active(el) === tel).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(active(el) === button).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '[part~="details"]') === null).to.equal(true);
    });

    it('the Close button and a second press close the details', async () => {
      const el = await mount('chaumiere.json');
      const button = $$(el, '[part~="item-button"]')[0]!;
      button.click();
      await el.updateComplete;
      [...$(el, '.detail-actions').querySelectorAll('button')].pop()!.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(active(el) === button).to.equal(true);
      button.click();
      await el.updateComplete;
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('activating a marker opens the same details, focused; Escape returns to the marker', async () => {
      const el = await mount('chaumiere.json');
      const m = marker(el, 'internat-vilcey');
      m.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      const details = $(el, '[part~="details"]');
      expect(details.dataset.details).to.equal('internat-vilcey');
      expect(active(el) === details).to.equal(true);
      expect(marker(el, 'internat-vilcey').hasAttribute('data-selected')).to.equal(true);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(active(el) === (marker(el, 'internat-vilcey') as unknown as HTMLElement)).to.equal(true);
    });

    it('hovering or focusing a place highlights its marker, and the other way round', async () => {
      const el = await mount('chaumiere.json');
      const item = $$(el, '[part~="item"]')[0]!;
      item.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await el.updateComplete;
      expect(marker(el, 'internat-vilcey').hasAttribute('data-hot')).to.equal(true);
      $(el, '[part~="list"]').dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(marker(el, 'internat-vilcey').hasAttribute('data-hot')).to.equal(false);
      $$(el, '[part~="item-button"]')[2]!.focus();
      await el.updateComplete;
      expect(marker(el, 'lieu-de-vie-mont-l-etroit').hasAttribute('data-hot')).to.equal(true);
      marker(el, 'internat-vilcey').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await el.updateComplete;
      expect(item.hasAttribute('data-hot')).to.equal(true);
      // A place inside a group highlights the group.
      $$(el, '[part~="item"]')[3]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await el.updateComplete;
      expect(clusterOf(el, 'SEPAD').hasAttribute('data-hot')).to.equal(true);
    });

    it('groups close markers with their count; activating a group zooms in, then spreads out places at the same spot', async () => {
      const el = await mount('chaumiere.json');
      // The six places at this size: Toul and the three services placed at the centre of the département are close.
      const cluster = clusterOf(el, 'SEPAD');
      const n = Number(cluster.textContent!.trim());
      expect(n).to.be.within(3, 4);
      expect(cluster.getAttribute('aria-label')).to.contain(`${n}\u00a0lieux proches : `);
      cluster.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      // The three services placed at the home’s position in Toul cannot be separated by zooming: they spread out.
      for (let i = 0; i < 8 && !marker(el, 'sepad'); i++) {
        clusterOf(el, 'SEPAD').dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await el.updateComplete;
      }
      expect(marker(el, 'internat-toul') != null).to.equal(true);
      expect(marker(el, 'sepad') != null).to.equal(true);
      expect(marker(el, 'sepad').hasAttribute('data-approx')).to.equal(true);
      expect(marker(el, 'sepad').getAttribute('aria-label')).to.contain('position approximative');
      marker(el, 'sepad').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expect($(el, '[part~="details"]').dataset.details).to.equal('sepad');
      expect($(el, '[part~="details"]').textContent).to.contain('Position approximative');
      await expect(el).to.be.accessible();
    });

    it('a group of separate places zooms in when activated', async () => {
      const el = await mount('imano.json');
      const group = clusterOf(el, 'Domicile Solidaire Bordeaux');
      const k0 = transform(el).k;
      group.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expect(transform(el).k).to.be.greaterThan(k0);
    });

    it('"Voir sur la carte" zooms until the place has its own marker and focuses it', async () => {
      const el = await mount('chaumiere.json');
      $$(el, '[part~="item-button"]')[4]!.click();
      await el.updateComplete;
      $(el, '.detail-actions button').click();
      // A place at the same spot as others: its group is spread out, and its own marker gets the focus.
      await waitUntil(() => active(el)?.getAttribute('data-id') === 'jeunes-majeurs', 'focus on the marker');
      $$(el, '[part~="item-button"]')[0]!.click();
      await el.updateComplete;
      $(el, '.detail-actions button').click();
      await waitUntil(() => active(el)?.getAttribute('data-id') === 'internat-vilcey', 'focus on the marker');
    });

    it('shows 50 places at first, then more on demand, the focus on the first new one', async () => {
      const lieux = Array.from({ length: 120 }, (_, i) => ({
        id: `l${i}`,
        nom: `Lieu ${i + 1}`,
        latitude: 45 + (i % 10) / 3,
        longitude: (i % 12) / 2,
      }));
      const el = await fixture<ServiceMap>(
        html`<service-map .data=${{ version: '1.0', organisation: { nom: 'O' }, lieux }}></service-map>`,
      );
      // The first frame has the first 16 places (more than the list shows before it scrolls), without "Afficher plus"…
      expect(items(el)).to.have.length(16);
      expect(root(el).querySelector('[part~="more"]')).to.equal(null);
      // …and the rest of the first 50 comes at the next idle moment.
      await waitUntil(() => items(el).length === 50, 'the first page complete');
      await waitUntil(() => root(el).querySelector('[part~="map-svg"] .markers > *'), 'the map is drawn');
      await el.updateComplete;
      expect(count(el)).to.contain('120\u00a0lieux trouvés');
      const more = $(el, '[part~="more"]');
      expect(more.textContent!.trim()).to.equal('Afficher 50\u00a0lieux de plus (70 restants)');
      more.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(items(el)).to.have.length(100);
      expect(active(el)?.textContent!.trim()).to.equal('Lieu 51');
      // Opening a place further down the list (from its marker) shows it.
      const far = marker(el, 'l119') ?? null;
      if (far) {
        far.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await el.updateComplete;
        expect(items(el)).to.have.length(120);
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('zoom and pan', () => {
    it('by keyboard on the focused map: + and −, arrows, 0 to recentre', async () => {
      const el = await mount('chaumiere.json');
      const map = $(el, '[part~="map"]');
      expect(map.getAttribute('role')).to.equal('application');
      expect(map.getAttribute('aria-describedby')).to.equal('map-hint');
      map.focus();
      const t0 = transform(el);
      await sendKeys({ press: '+' });
      await el.updateComplete;
      expect(transform(el).k).to.be.closeTo(t0.k * 1.5, 1e-6);
      await sendKeys({ press: '-' });
      await el.updateComplete;
      expect(transform(el).k).to.be.closeTo(t0.k, 1e-6);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(transform(el).x).to.be.closeTo(t0.x + 80, 0.2);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(transform(el).y).to.be.closeTo(t0.y + 80, 0.2);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(transform(el).x).to.be.closeTo(t0.x, 0.2);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(transform(el).x).to.be.closeTo(t0.x + 240, 0.2);
      await sendKeys({ press: '0' });
      await el.updateComplete;
      expect(transform(el)).to.deep.equal(t0);
      await sendKeys({ press: 'a' });
      expect(active(el) === map).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('with the buttons, down to the limits', async () => {
      const el = await mount('chaumiere.json');
      const [zin, zout, recentre] = $$<HTMLButtonElement>(el, '[part~="zoom-button"]');
      const k0 = transform(el).k;
      zin!.click();
      await el.updateComplete;
      expect(transform(el).k).to.be.greaterThan(k0);
      for (let i = 0; i < 30; i++) {
        zout!.click();
        await el.updateComplete;
      }
      expect(zout!.disabled).to.equal(true);
      for (let i = 0; i < 40; i++) {
        zin!.click();
        await el.updateComplete;
      }
      expect(zin!.disabled).to.equal(true);
      recentre!.click();
      await el.updateComplete;
      expect(transform(el).k).to.equal(k0);
    });

    it('with the wheel, a drag and a pinch', async () => {
      const el = await mount('chaumiere.json');
      const map = $(el, '[part~="map"]');
      const r = map.getBoundingClientRect();
      const t0 = transform(el);
      map.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -100,
          clientX: r.left + 100,
          clientY: r.top + 100,
          bubbles: true,
          cancelable: true,
        }),
      );
      await el.updateComplete;
      expect(transform(el).k).to.be.greaterThan(t0.k);
      const t1 = transform(el);
      const opts = (id: number, x: number, y: number) => ({
        pointerId: id,
        clientX: r.left + x,
        clientY: r.top + y,
        bubbles: true,
        pointerType: 'touch',
      });
      map.dispatchEvent(new PointerEvent('pointerdown', opts(1, 100, 100)));
      map.dispatchEvent(new PointerEvent('pointermove', opts(1, 102, 101)));
      map.dispatchEvent(new PointerEvent('pointermove', opts(1, 140, 130)));
      map.dispatchEvent(new PointerEvent('pointerup', opts(1, 140, 130)));
      await el.updateComplete;
      expect(transform(el).x).to.be.closeTo(t1.x + 40, 0.5);
      expect(transform(el).y).to.be.closeTo(t1.y + 30, 0.5);
      const t2 = transform(el);
      map.dispatchEvent(new PointerEvent('pointerdown', opts(1, 100, 100)));
      map.dispatchEvent(new PointerEvent('pointerdown', opts(2, 200, 100)));
      map.dispatchEvent(new PointerEvent('pointermove', opts(2, 300, 100)));
      map.dispatchEvent(new PointerEvent('pointerup', opts(2, 300, 100)));
      map.dispatchEvent(new PointerEvent('pointercancel', opts(1, 100, 100)));
      await el.updateComplete;
      expect(transform(el).k).to.be.greaterThan(t2.k * 1.5);
    });

    it('a click right after a drag does not select', async () => {
      const el = await mount('chaumiere.json');
      const map = $(el, '[part~="map"]');
      const r = map.getBoundingClientRect();
      const opts = (x: number) => ({
        pointerId: 3,
        clientX: r.left + x,
        clientY: r.top + 50,
        bubbles: true,
        pointerType: 'mouse',
        button: 0,
      });
      map.dispatchEvent(new PointerEvent('pointerdown', opts(50)));
      map.dispatchEvent(new PointerEvent('pointermove', opts(90)));
      map.dispatchEvent(new PointerEvent('pointerup', opts(90)));
      marker(el, 'internat-vilcey').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expect($(el, '[part~="details"]') === null).to.equal(true);
    });
  });

  describe('opening hours in the details', () => {
    const openToul = async (now: Date) => {
      const el = await mount('chaumiere.json');
      el.now = now;
      $$(el, '[part~="item-button"]')[1]!.click();
      await el.updateComplete;
      // The details' file is loaded when the first place is opened.
      await waitUntil(() => root(el).querySelector('[part~="open-status"]'), 'details loaded');
      return $(el, '[part~="open-status"]');
    };

    it('open on a weekday morning, with the closing time', async () => {
      const status = await openToul(TUESDAY_11H);
      expect(status.textContent!.replace(/[ \t\n\r]+/g, ' ').trim()).to.equal(
        'Ouvert maintenant · ferme à 12\u00a0h\u00a030',
      );
      expect(status.hasAttribute('data-open')).to.equal(true);
    });

    it('closed on Sunday, opening on Monday; closed on Easter Monday (PH off)', async () => {
      const sunday = await openToul(new Date('2024-04-21T09:00:00Z'));
      expect(sunday.textContent!.replace(/[ \t\n\r]+/g, ' ').trim()).to.equal(
        'Fermé · ouvre demain à 8\u00a0h\u00a030',
      );
      const saturday = await openToul(new Date('2024-04-20T13:00:00Z'));
      expect(saturday.textContent!.replace(/[ \t\n\r]+/g, ' ').trim()).to.equal(
        'Fermé · ouvre lundi à 8\u00a0h\u00a030',
      );
      const easterMonday = await openToul(new Date('2024-04-01T08:00:00Z'));
      expect(easterMonday.textContent).to.contain('Fermé');
      expect(easterMonday.textContent).to.contain('ouvre demain à 8\u00a0h\u00a030');
    });

    it('lists the hours in words, and shows unreadable hours as text without a status', async () => {
      const el = await mount('chaumiere.json');
      $$(el, '[part~="item-button"]')[1]!.click();
      await el.updateComplete;
      const hours = [...$(el, '.hours').querySelectorAll('li')].map((l) =>
        l.textContent!.replace(/[ \t\n\r]+/g, ' ').trim(),
      );
      expect(hours).to.deep.equal([
        'Lundi – vendredi : 8\u00a0h\u00a030 – 12\u00a0h\u00a030, 13\u00a0h\u00a030 – 17\u00a0h',
        'Samedi : 9\u00a0h – 12\u00a0h',
        'Jours fériés : fermé',
      ]);
      const odd = await mount({
        version: '1.0',
        organisation: { nom: 'O' },
        lieux: [{ id: 'a', nom: 'A', latitude: 48.7, longitude: 6.2, horaires_accueil: 'Jan-Jun Mo 10:00-12:00' }],
      });
      $(odd, '[part~="item-button"]').click();
      await odd.updateComplete;
      expect($(odd, '[part~="details"]').textContent).to.contain('Jan-Jun Mo 10:00-12:00');
      expect($(odd, '[part~="open-status"]')).to.equal(null);
    });
  });

  describe('Autour de moi', () => {
    const proto = Geolocation.prototype;
    const original = proto.getCurrentPosition;
    let calls = 0;
    afterEach(() => {
      proto.getCurrentPosition = original;
    });
    const stub = (answer: (ok: PositionCallback, err: PositionErrorCallback) => void) => {
      calls = 0;
      proto.getCurrentPosition = function (ok: PositionCallback, err?: PositionErrorCallback | null) {
        calls++;
        setTimeout(() => answer(ok, err!));
      };
    };

    it('asks for the position only when pressed, then sorts by distance with kilometres', async () => {
      stub((ok) => ok({ coords: { latitude: 48.4989, longitude: 5.7856 } } as GeolocationPosition));
      const el = await mount('chaumiere.json');
      expect(calls).to.equal(0);
      const button = $(el, '[part~="near-me"]');
      button.click();
      await el.updateComplete;
      expect(calls).to.equal(1);
      expect(count(el)).to.contain('Recherche de votre position');
      const ev = await oneEvent(el, 'asso-map-filter');
      expect(ev.detail.filters.nearMe).to.equal(true);
      await el.updateComplete;
      expect(items(el)[0]).to.equal('Lieu de vie et d’accueil de Mont-l’Étroit');
      expect(items(el)[5]).to.equal('Internat rural de Vilcey-sur-Trey');
      const distances = $$(el, '[part~="distance"]').map((d) => d.textContent);
      expect(distances[0]).to.equal('à 0\u00a0km');
      expect(distances[1]).to.match(/^à \d+\u00a0km$/);
      expect(distances.some((d) => d!.startsWith('à environ'))).to.equal(true);
      expect(count(el)).to.contain('Lieux triés du plus proche au plus éloigné');
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect($(el, '[part~="origin"]') != null).to.equal(true);
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      expect(items(el)[0]).to.equal('Internat rural de Vilcey-sur-Trey');
      expect($$(el, '[part~="distance"]')).to.have.length(0);
    });

    it('refusal: a message that suggests the search, and the focus goes to the search field', async () => {
      stub((_ok, err) => err({ code: 1, message: 'denied' } as GeolocationPositionError));
      const el = await mount('chaumiere.json');
      $(el, '[part~="near-me"]').click();
      await waitUntil(() => root(el).querySelector('[data-geo="denied"]'), 'refusal shown');
      await el.updateComplete;
      expect(count(el)).to.contain('Vous n’avez pas autorisé l’accès à votre position');
      expect(active(el) === $(el, 'input[type="search"]')).to.equal(true);
      expect(items(el)).to.have.length(6);
      await expect(el).to.be.accessible();
    });

    it('position unavailable, or no geolocation at all', async () => {
      stub((_ok, err) => err({ code: 2, message: 'unavailable' } as GeolocationPositionError));
      const el = await mount('chaumiere.json');
      $(el, '[part~="near-me"]').click();
      await waitUntil(() => root(el).querySelector('[data-geo="unavailable"]'), 'unavailable shown');
      Object.defineProperty(navigator, 'geolocation', { value: undefined, configurable: true });
      try {
        $(el, '[part~="near-me"]').click();
        await el.updateComplete;
        expect(root(el).querySelector('[data-geo="unsupported"]') != null).to.equal(true);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).geolocation;
      }
      expect(navigator.geolocation).to.exist;
    });
  });

  describe('detailed tiles, only after consent', () => {
    const thirdParty = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /openstreetmap|geopf|leaflet|test-tiles/.test(n));

    it('makes no request to the tile host and loads no Leaflet before the visitor agrees', async () => {
      performance.clearResourceTimings();
      const seen: string[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.name)));
      observer.observe({ type: 'resource' });
      const el = await mount('chaumiere.json', { tiles: 'osm' });
      const placeholder = $(el, '[part~="tiles-placeholder"]');
      expect(placeholder.textContent).to.contain('tile.openstreetmap.org');
      expect(placeholder.textContent).to.contain('adresse IP');
      expect($(el, '[part~="tiles-button"]').textContent).to.equal('Afficher le fond de carte détaillé');
      await expect(el).to.be.accessible();
      await aTimeout(300);
      observer.disconnect();
      expect(seen.filter((n) => /openstreetmap|leaflet/.test(n))).to.deep.equal([]);
      expect(thirdParty()).to.deep.equal([]);
      expect(root(el).querySelector('.leaflet-container') === null).to.equal(true);
      // The IGN preset names its host too.
      el.tiles = 'ign-plan';
      await el.updateComplete;
      expect($(el, '[part~="tiles-placeholder"]').textContent).to.contain('data.geopf.fr');
    });

    /** Presses the consent button (a local tile template: no third party) and waits for Leaflet's markers. */
    async function detailed(el: ServiceMap) {
      $(el, '[part~="tiles-button"]').click();
      await waitUntil(() => root(el).querySelector('.leaflet-container .leaflet-marker-icon'), 'Leaflet drawn', {
        timeout: 8000,
      });
      await el.updateComplete;
    }
    const tileMarker = (el: ServiceMap, id: string) => root(el).querySelector<HTMLElement>(`.tile-marker[data-id="${id}"]`);
    const tileGroups = (el: ServiceMap) => $$(el, '.tile-cluster');
    /** How many places the markers and groups of the detailed map stand for. */
    const tileCount = (el: ServiceMap) =>
      $$(el, '.tile-marker').length + tileGroups(el).reduce((n, g) => n + Number(g.textContent), 0);

    it('after the press: Leaflet (its CSS in the shadow root), the tiles and their attribution; back to the SVG map', async () => {
      performance.clearResourceTimings();
      const el = await mount('chaumiere.json', { tiles: '/test-tiles/{z}/{x}/{y}.png' });
      expect(thirdParty()).to.deep.equal([]);
      await detailed(el);
      await waitUntil(() => thirdParty().some((n) => n.includes('/test-tiles/')), 'tiles requested', { timeout: 8000 });
      expect(thirdParty().some((n) => n.includes('leaflet'))).to.equal(true);
      expect(root(el).adoptedStyleSheets.length).to.be.greaterThan(1);
      expect(
        document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('leaflet'))),
      ).to.equal(false);
      expect($(el, '.leaflet-control-attribution').textContent).to.contain('localhost');
      // The approximate positions come from the feed's own places in the same commune, not from the outlines:
      // the legend stays, the outlines' credit goes.
      expect($(el, '[part~="attribution"]').textContent).to.contain('position approximative (dans la commune)');
      expect($(el, '[part~="attribution"]').textContent).to.not.contain('IGN');
      // Every place is there, alone or in a group; the three services placed in Toul share the home's spot there.
      expect(tileCount(el)).to.equal(6);
      const group = tileGroups(el).find((g) => g.getAttribute('aria-label')!.includes('SEPAD'))!;
      expect(group.getAttribute('role')).to.equal('button');
      expect(group.getAttribute('aria-label')).to.match(/^\d\u00a0lieux proches : /);
      await expect(el).to.be.accessible();
      // Activating a group whose places cannot be separated by zooming spreads them out.
      group.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await waitUntil(() => tileMarker(el, 'maison-rencontre'), 'group spread out', { timeout: 5000 });
      expect(tileCount(el)).to.equal(6);
      // A marker of the detailed map selects its place, opens the same details, and is highlighted.
      const icon = tileMarker(el, 'maison-rencontre')!;
      expect(icon.getAttribute('aria-label')).to.contain('Maison de la rencontre (position approximative)');
      icon.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expect($(el, '[part~="details"]').dataset.details).to.equal('maison-rencontre');
      expect(active(el)).to.equal($(el, '[part~="details"]'));
      expect(tileMarker(el, 'maison-rencontre')!.classList.contains('selected')).to.equal(true);
      expect(tileMarker(el, 'maison-rencontre')!.getAttribute('aria-label')).to.contain('sélectionné');
      await expect(el).to.be.accessible();
      $(el, '[part~="tiles-back"]').click();
      await el.updateComplete;
      await waitUntil(() => root(el).querySelector('[part~="map-svg"]'), 'SVG map back');
      expect(root(el).querySelector('.leaflet-container') === null).to.equal(true);
      expect(active(el) === $(el, '[part~="tiles-button"]')).to.equal(true);
    });

    it('under the detailed map, the outlines are not credited when no position comes from them', async () => {
      const feed = (await load('chaumiere.json')) as { lieux: { latitude?: number }[] };
      const placed = { ...feed, lieux: feed.lieux.filter((p) => p.latitude !== undefined), services: [] };
      const el = await mount(placed, { tiles: '/test-tiles/{z}/{x}/{y}.png' });
      expect($(el, '[part~="attribution"]').textContent).to.contain('IGN');
      await detailed(el);
      expect(root(el).querySelector('[part~="attribution"]') === null).to.equal(true);
      expect($(el, '.leaflet-control-attribution').textContent).to.contain('localhost');
    });

    it('detailed map in sync with the list: hover and focus highlight the marker; a marker highlights its place', async () => {
      // The three services known only by their postcode go to the département's centre, apart from the home in Toul.
      const feed = (await load('chaumiere.json')) as { lieux: { latitude?: number; commune?: string; code_insee?: string }[] };
      for (const p of feed.lieux.filter((p) => p.latitude === undefined)) {
        delete p.commune;
        delete p.code_insee;
      }
      const el = await mount(feed, { tiles: '/test-tiles/{z}/{x}/{y}.png' });
      await detailed(el);
      const toul = tileMarker(el, 'internat-toul')!;
      expect(toul.classList.contains('hot')).to.equal(false);
      const item = $$(el, '[part~="item"]')[1]!;
      item.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await el.updateComplete;
      expect(toul.classList.contains('hot')).to.equal(true);
      // Not by colour alone: the marker grows and gets a ring.
      expect(toul.querySelector<HTMLElement>('.dot')!.offsetWidth).to.be.greaterThan(20);
      expect(getComputedStyle(toul.querySelector('.dot')!).boxShadow).to.not.equal('none');
      $(el, '[part~="list"]').dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(toul.classList.contains('hot')).to.equal(false);
      expect(toul.querySelector<HTMLElement>('.dot')!.offsetWidth).to.be.lessThan(20);
      $$(el, '[part~="item-button"]')[0]!.focus();
      await el.updateComplete;
      expect(tileMarker(el, 'internat-vilcey')!.classList.contains('hot')).to.equal(true);
      // A place inside a group highlights its group.
      $$(el, '[part~="item"]')[4]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await el.updateComplete;
      const group = tileGroups(el).find((g) => g.getAttribute('aria-label')!.includes('SEPAD'))!;
      expect(group.classList.contains('hot')).to.equal(true);
      // Selecting from the list highlights the marker too.
      $$(el, '[part~="item-button"]')[2]!.click();
      await el.updateComplete;
      expect(tileMarker(el, 'lieu-de-vie-mont-l-etroit')!.classList.contains('selected')).to.equal(true);
      // Hovering or focusing a marker highlights its place in the list.
      tileMarker(el, 'internat-toul')!.focus();
      await el.updateComplete;
      expect(item.hasAttribute('data-hot')).to.equal(true);
      $$(el, '[part~="item-button"]')[5]!.focus();
      await el.updateComplete;
      expect(item.hasAttribute('data-hot')).to.equal(false);
      tileMarker(el, 'internat-vilcey')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      await el.updateComplete;
      expect($$(el, '[part~="item"]')[0]!.hasAttribute('data-hot')).to.equal(true);
      // Enter on a focused marker opens its details.
      tileMarker(el, 'internat-toul')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part~="details"]').dataset.details).to.equal('internat-toul');
      await expect(el).to.be.accessible();
    });

    /** Three places a few hundred metres apart in Nancy, one in Metz, one in Épinal. */
    const NANCY = [
      { id: 'n1', nom: 'Nancy gare', latitude: 48.6899, longitude: 6.1745, type: 'Accueil de jour', commune: 'Nancy' },
      { id: 'n2', nom: 'Nancy Stanislas', latitude: 48.6936, longitude: 6.1833, type: 'Accueil de jour', commune: 'Nancy' },
      { id: 'n3', nom: 'Nancy Charles III', latitude: 48.6874, longitude: 6.1842, type: 'Internat', commune: 'Nancy' },
      { id: 'm', nom: 'Metz', latitude: 49.1193, longitude: 6.1757, type: 'Internat', commune: 'Metz' },
      { id: 'e', nom: 'Épinal', latitude: 48.1724, longitude: 6.4496, type: 'Internat', commune: 'Épinal' },
    ];

    it('detailed map: close places in one group with their count, separated by zooming in (keyboard); filters update the markers', async () => {
      const lieux = NANCY;
      const el = await mount(
        { version: '1.0', organisation: { nom: 'O' }, lieux },
        { tiles: '/test-tiles/{z}/{x}/{y}.png' },
      );
      await detailed(el);
      expect(tileGroups(el)).to.have.length(1);
      const group = tileGroups(el)[0]!;
      expect(group.textContent!.trim()).to.equal('3');
      expect(group.getAttribute('aria-label')).to.equal('3 lieux proches : Nancy gare, Nancy Stanislas, Nancy Charles III');
      expect(group.tabIndex).to.equal(0);
      expect($$(el, '.tile-marker').map((m) => m.dataset.id)).to.have.members(['m', 'e']);
      await expect(el).to.be.accessible();
      // Enter on the group zooms in until its places separate; the focus stays on the map, on one of them.
      group.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => tileGroups(el).length === 0 && tileMarker(el, 'n1') && tileMarker(el, 'n2'), 'separated', {
        timeout: 5000,
      });
      expect(tileMarker(el, 'n3') != null).to.equal(true);
      await waitUntil(() => active(el)?.dataset.id === 'n1', 'focus on a place of the group');
      await expect(el).to.be.accessible();
      // Zooming out groups them again.
      // (Leaflet ignores a zoom asked for during its zoom animation: one press at a time.)
      for (let i = 0; i < 8 && tileGroups(el).length !== 1; i++) {
        expect(active(el)?.dataset.id).to.equal('n1');
        await sendKeys({ press: '-' });
        await aTimeout(400);
      }
      expect(tileGroups(el)).to.have.length(1);
      // The focused place joined a group: the focus is on its group.
      expect(active(el)).to.equal(tileGroups(el)[0]);
      // A filter redraws the markers of the detailed map.
      await choose(el, 'kind', 'Internat');
      await waitUntil(() => tileCount(el) === 3, 'filtered markers', { timeout: 5000 });
      expect(tileMarker(el, 'n1')).to.equal(null);
      await type(el, 'Metz');
      await waitUntil(() => tileCount(el) === 1 && tileMarker(el, 'm'), 'searched markers', { timeout: 5000 });
      await expect(el).to.be.accessible();
    });

    it('detailed map: arrows and + on a focused marker move and zoom the map; a place opened in the list is brought into view', async () => {
      const el = await mount(
        { version: '1.0', organisation: { nom: 'O' }, lieux: NANCY },
        { tiles: '/test-tiles/{z}/{x}/{y}.png' },
      );
      await detailed(el);
      tileGroups(el)[0]!.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => active(el)?.dataset.id === 'n1', 'zoomed in, focus on a place', { timeout: 5000 });
      await aTimeout(400);
      const pane = $(el, '.leaflet-map-pane');
      const moved = pane.style.transform;
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => pane.style.transform !== moved, 'panned', { timeout: 5000 });
      await aTimeout(400);
      expect(active(el)?.dataset.id).to.equal('n1');
      const zoom = () =>
        Math.max(...$$<HTMLImageElement>(el, '.leaflet-tile').map((t) => Number(/test-tiles\/(\d+)\//.exec(t.src)?.[1] ?? 0)));
      const z0 = zoom();
      await sendKeys({ press: '+' });
      await waitUntil(() => zoom() > z0, 'zoomed in', { timeout: 5000 });
      // Épinal is out of view: opening it from the list brings its marker into view.
      expect(tileMarker(el, 'e')).to.equal(null);
      $$(el, '[part~="item-button"]').find((b) => b.textContent!.includes('Épinal'))!.click();
      await waitUntil(() => tileMarker(el, 'e'), 'Épinal in view', { timeout: 5000 });
      expect(tileMarker(el, 'e')!.classList.contains('selected')).to.equal(true);
    });

    it('ignores an unusable template', async () => {
      const el = await mount('chaumiere.json', { tiles: 'javascript:alert(1)/{z}/{x}/{y}' });
      expect(root(el).querySelector('[part~="tiles-placeholder"]') === null).to.equal(true);
    });
  });

  describe('places without coordinates, overseas', () => {
    it('places by INSEE code or postcode with "position approximative"; lists the others and says so; insets overseas', async () => {
      const el = await mount('map-no-coordinates.json');
      const byName = (n: string) => $$(el, '[part~="item"]').find((i) => i.textContent!.includes(n))!;
      expect(byName('Lieu connu par son code INSEE').textContent).to.contain('position approximative');
      expect(byName('Lieu connu par son code postal').textContent).to.contain('position approximative');
      expect(byName('Lieu sans position').textContent).to.contain('Pas de position sur la carte');
      expect(byName('Saint-Pierre-et-Miquelon').textContent).to.contain('Pas de position sur la carte');
      expect($(el, '[part~="unplaced"]').textContent).to.contain('2\u00a0lieux n’ont pas de position connue');
      const insets = $$(el, '[part~="inset"]').map((i) => i.textContent!.trim());
      expect(insets.some((t) => t.startsWith('Guyane'))).to.equal(true);
      expect(insets.some((t) => t.startsWith('La Réunion'))).to.equal(true);
      expect(marker(el, 'la-reunion') != null).to.equal(true);
      marker(el, 'la-reunion').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expect($(el, '[part~="details"]').dataset.details).to.equal('la-reunion');
      await expect(el).to.be.accessible();
    });

    it('a place without coordinates in a commune where the feed places others goes there, said to be approximate', async () => {
      const el = await mount('chaumiere.json');
      const byId = (id: string) => $(el, `[data-toggle="${id}"]`).closest<HTMLElement>('[part~="item"]')!;
      // The three services in Toul (INSEE 54528) take the home's position in Toul, not the département's centre.
      for (const id of ['sepad', 'jeunes-majeurs', 'maison-rencontre'])
        expect(byId(id).textContent).to.contain('position approximative');
      expect(byId('internat-toul').textContent).to.not.contain('position approximative');
      expect($(el, '.legend').textContent!.trim()).to.equal('position approximative (dans la commune)');
      // Where the feed places nobody in the commune, the département's centre, and the legend names both.
      const feed = (await load('chaumiere.json')) as { lieux: { id: string; code_insee?: string; commune?: string; code_postal?: string }[] };
      const moved = feed.lieux.find((p) => p.id === 'maison-rencontre')!;
      Object.assign(moved, { code_insee: '54395', commune: 'Nancy', code_postal: '54000' });
      const el2 = await mount(feed);
      const item = $(el2, '[data-toggle="maison-rencontre"]').closest<HTMLElement>('[part~="item"]')!;
      expect(item.textContent).to.contain('position approximative');
      expect($(el2, '.legend').textContent!.trim()).to.equal('position approximative (dans la commune ou au centre du département)');
      $(el2, '[data-toggle="maison-rencontre"]').click();
      await el2.updateComplete;
      await waitUntil(() => $(el2, '[part~="details"]')?.textContent?.includes('Position approximative'), 'details');
      expect($(el2, '[part~="details"]').textContent).to.contain('Position approximative (au centre du département)');
      $(el2, '[data-toggle="sepad"]').click();
      await el2.updateComplete;
      await waitUntil(() => $(el2, '[part~="details"]')?.dataset.details === 'sepad', 'details of the SEPAD');
      expect($(el2, '[part~="details"]').textContent).to.contain('Position approximative (dans sa commune)');
      await expect(el2).to.be.accessible();
    });

    it('a network all overseas is drawn in its own zone', async () => {
      const el = await mount({
        version: '1.0',
        organisation: { nom: 'O' },
        lieux: [
          { id: 'a', nom: 'Saint-Denis', latitude: -20.8823, longitude: 55.4504 },
          { id: 'b', nom: 'Saint-Pierre', latitude: -21.3393, longitude: 55.4781 },
        ],
      });
      expect($$(el, '[part~="inset"]')).to.have.length(0);
      expect(marker(el, 'a') != null).to.equal(true);
      expect(marker(el, 'b') != null).to.equal(true);
    });

    it('services without a place are listed, and the area they serve is shaded', async () => {
      const el = await mount('gcsms.json');
      expect($(el, '.orphans').textContent).to.contain('Observation sociale partagée');
      expect($(el, '.orphans').textContent).to.contain('Bouches-du-Rhône (13)');
      expect($(el, '[part~="area"]') != null).to.equal(true);
      $(el, '[part~="item-button"]').click();
      await el.updateComplete;
      const details = $(el, '[part~="details"]');
      expect(details.textContent).to.contain('Veille sociale et mise à l’abri');
      expect(details.textContent).to.contain('Gratuit');
      expect(details.textContent).to.contain('Personnes en situation d’urgence');
      await expect(el).to.be.accessible();
    });

    it('shows a data·inclusion import', async () => {
      const di = await load('map-data-inclusion.json');
      const el = await mount({
        version: '1.0',
        organisation: { nom: 'Import' },
        ...fromDataInclusion(di.structures, di.services),
      });
      expect(items(el)).to.deep.equal([
        'Centre social La Passerelle',
        'Épicerie solidaire',
        'Atelier numérique itinérant',
      ]);
      $(el, '[part~="item-button"]').click();
      await el.updateComplete;
      const details = $(el, '[part~="details"]');
      expect(details.querySelector('a[href^="https://acceslibre"]')!.textContent).to.equal(
        'Informations d’accessibilité',
      );
      expect(details.textContent).to.contain('00000000000018');
      expect(details.textContent).to.contain('Habitants du Toulois');
      expect(details.querySelector('a[href="https://passerelle.example.org/rdv"]') != null).to.equal(true);
    });
  });

  describe('hostile feed', () => {
    it('shows every field as text and runs nothing', async () => {
      const alerts: unknown[] = [];
      const originalAlert = window.alert;
      window.alert = (m) => alerts.push(m);
      try {
        const el = await mount('map-hostile.json');
        for (const b of $$(el, '[part~="item-button"]')) {
          b.click();
          await el.updateComplete;
        }
        // Both details, one after the other: open each and check.
        $$(el, '[part~="item-button"]')[0]!.click();
        await el.updateComplete;
        const all = text(el);
        expect(all).to.contain('<img src=x onerror=alert(1)> Lieu');
        expect(all).to.contain('<img src=x onerror=alert(1)> Service');
        expect(all).to.contain('<img src=x onerror=alert(1)> Orphelin');
        expect(root(el).querySelectorAll('img')).to.have.length(0);
        expect($$(el, 'a').filter((a) => /^javascript:/i.test(a.getAttribute('href') ?? ''))).to.deep.equal([]);
        expect($(el, '[part~="details"]').textContent).to.contain('540000000');
        $$(el, '[part~="item-button"]')[1]!.click();
        await el.updateComplete;
        // A valid https address with markup in it: followed, percent-encoded, shown as text.
        const link = $(el, '[part~="details"]').querySelector('a[href^="https://example.org/"]')!;
        expect(link.getAttribute('href')).to.equal('https://example.org/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E');
        expect(link.textContent).to.equal('example.org/"><img src=x onerror=alert(1)>');
        expect(el.querySelector('img') === null).to.equal(true);
        await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');
        expect(el.querySelector('script[type="application/ld+json"]')!.textContent).not.to.contain('<img');
        await aTimeout(50);
        expect(alerts).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        window.alert = originalAlert;
      }
    });
  });

  describe('layout and print', () => {
    it('list beside the map on a wide container, below it on a narrow one', async () => {
      await setViewport({ width: 1280, height: 900 });
      const el = await mount('chaumiere.json');
      let map = $(el, '[part~="map-area"]').getBoundingClientRect();
      let list = $(el, '[part~="list-area"]').getBoundingClientRect();
      expect(list.left).to.be.greaterThan(map.right - 1);
      await setViewport({ width: 320, height: 700 });
      await aTimeout(100);
      map = $(el, '[part~="map-area"]').getBoundingClientRect();
      list = $(el, '[part~="list-area"]').getBoundingClientRect();
      expect(list.top).to.be.greaterThan(map.bottom - 1);
      expect(root(el).querySelector('[part~="base"]')!.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    it('prints the map and the list with every place’s details, without the controls', async () => {
      const el = await mount('chaumiere.json');
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect($$(el, '[part~="details"]')).to.have.length(6);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '[part~="filters"]')).display).to.equal('none');
      expect(getComputedStyle($(el, '.map-tools')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~="map"]')).display).not.to.equal('none');
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect($$(el, '[part~="details"]')).to.have.length(0);
    });
  });
});
