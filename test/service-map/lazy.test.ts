/**
 * What the first view of <service-map> does not load: the details of places
 * (opening hours), the JSON-LD builder, the tile presets. Alone in its file:
 * each test file runs in a fresh page, so nothing is cached yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/service-map/service-map.js';
import type { ServiceMap } from '../../src/service-map/service-map.component.js';

const requested = (name: string) =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes(`/src/service-map/${name}`));

const root = (el: ServiceMap) => el.shadowRoot!;
/** The test page's address (the map keeps its view there): restored after each test. */
const START = location.pathname + location.search;

describe('<service-map> loads on demand', () => {
  afterEach(() => history.replaceState(null, '', START));

  it('the details chunk when a place is opened (or the list hovered), the JSON-LD builder at idle time', async () => {
    const data = await (await fetch('/fixtures/feeds/chaumiere.json')).json();
    const el = await fixture<ServiceMap>(html`<service-map .data=${data}></service-map>`);
    await waitUntil(() => root(el).querySelector('[part~="map-svg"]'), 'the map is drawn', { timeout: 5000 });
    // First view: the list and the map, without the opening-hours parser or the details.
    expect(requested('details.ts')).to.deep.equal([]);
    // (The JSON-LD builder, loaded at idle time, checks hours with the parser: it may be there already, with it.)
    if (!requested('jsonld.ts').length) expect(requested('opening-hours.ts')).to.deep.equal([]);
    expect(requested('hours-text.ts')).to.deep.equal([]);
    expect(requested('tiles.ts')).to.deep.equal([]);
    expect(root(el).querySelector('[part~="tiles-placeholder"]')).to.equal(null);
    // Opening a place: its details say they are loading (busy), then show the hours with "Ouvert" or "Fermé".
    root(el).querySelector<HTMLElement>('[data-toggle="internat-toul"]')!.click();
    await el.updateComplete;
    const details = root(el).querySelector<HTMLElement>('[part~="details"]')!;
    expect(details.getAttribute('aria-busy')).to.equal('true');
    expect(details.textContent).to.contain('Chargement des détails');
    await expect(el).to.be.accessible();
    await waitUntil(() => root(el).querySelector('[part~="open-status"]'), 'details loaded', { timeout: 5000 });
    expect(root(el).querySelector('[part~="details"]')!.hasAttribute('aria-busy')).to.equal(false);
    expect(requested('details.ts')).to.have.length(1);
    // The JSON-LD is written at idle time, by its own chunk.
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'JSON-LD written', { timeout: 5000 });
    expect(requested('jsonld.ts')).to.have.length(1);
    // A second map on the page gets the details at once.
    history.replaceState(null, '', START); // (without the first one's place in the address)
    const other = await fixture<ServiceMap>(html`<service-map .data=${data}></service-map>`);
    root(other).querySelector<HTMLElement>('[data-toggle="internat-toul"]')!.click();
    await other.updateComplete;
    expect(root(other).querySelector('[part~="open-status"]')).to.not.equal(null);
  });

  it('the tile presets only when the `tiles` attribute is set', async () => {
    const data = await (await fetch('/fixtures/feeds/chaumiere.json')).json();
    const el = await fixture<ServiceMap>(html`<service-map .data=${data} tiles="osm"></service-map>`);
    await waitUntil(() => root(el).querySelector('[part~="tiles-placeholder"]'), 'placeholder', { timeout: 5000 });
    expect(root(el).querySelector('[part~="tiles-placeholder"]')!.textContent).to.contain('tile.openstreetmap.org');
    expect(requested('tiles.ts')).to.have.length(1);
    expect(requested('tiles-map.ts')).to.deep.equal([]);
  });
});
