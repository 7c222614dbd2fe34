import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { route, type Rect } from '../../src/governance-organigram/tie-lines.js';
import {
  CHAUMIERE,
  GCSMS,
  HOSTILE,
  card,
  item,
  layoutOf,
  organigram,
  part,
  root,
  settle,
} from './helpers.js';


const svgOf = (el: HTMLElement) => root(el).querySelector<SVGSVGElement>('svg.tie-lines');
const lines = (el: HTMLElement) => [...(svgOf(el)?.querySelectorAll<SVGGElement>('g[data-kind]') ?? [])];
const kinds = (el: HTMLElement) => lines(el).map((g) => g.dataset.kind).sort();

/** First point of path data ("M x y…"). */
const first = (d: string) => d.match(/^M(-?[\d.]+) (-?[\d.]+)/)!.slice(1).map(Number) as [number, number];

/** A card's rectangle in the SVG's units (as the element measures it). */
function rectIn(el: HTMLElement, c: Element): Rect {
  const svg = svgOf(el)!;
  const o = svg.getBoundingClientRect();
  const scale = o.width / svg.width.baseVal.value || 1;
  const r = c.getBoundingClientRect();
  return {
    l: (r.left - o.left) / scale,
    t: (r.top - o.top) / scale,
    r: (r.right - o.left) / scale,
    b: (r.bottom - o.top) / scale,
  };
}

/** Distance from a point to a rectangle's outline. */
function off([x, y]: [number, number], r: Rect): number {
  const inside = r.l <= x && x <= r.r && r.t <= y && y <= r.b;
  const dx = Math.max(r.l - x, 0, x - r.r);
  const dy = Math.max(r.t - y, 0, y - r.b);
  return inside ? Math.min(x - r.l, r.r - x, y - r.t, r.b - y) : Math.hypot(dx, dy);
}

/** The line of a kind starts on its first card and its arrowhead points at the second. */
function expectLine(el: HTMLElement, kind: string, from: string, to: string) {
  const g = lines(el).find((l) => l.dataset.kind === kind)!;
  expect(g, kind).to.exist;
  const [path, head] = g.querySelectorAll('path');
  expect(off(first(path.getAttribute('d')!), rectIn(el, card(item(el, from)))), `${kind} starts at ${from}`).to.be.below(2);
  expect(off(first(head.getAttribute('d')!), rectIn(el, card(item(el, to)))), `${kind} ends at ${to}`).to.be.below(2);
}

/** The legend's sample for a kind of line (by its label). */
const sample = (el: HTMLElement, label: string) =>
  [...part(el, 'legend')!.querySelectorAll('li')].find((li) => li.textContent!.trim() === label)!.querySelector('path')!;

describe('<governance-organigram> secondary ties drawn as lines', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('draws each tie between its two cards, in the style of its legend sample, hidden from assistive technologies', async () => {
    const el = await organigram(CHAUMIERE, 1200);
    expect(layoutOf(el)).to.equal('chart');
    const svg = svgOf(el)!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(svg).pointerEvents).to.equal('none');
    expect(getComputedStyle(svg).position).to.equal('absolute');
    expect(kinds(el)).to.deep.equal(['appui', 'delegation', 'pilotage']);
    expectLine(el, 'delegation', 'Conseil d’administration', 'Directeur de la Maison d’enfants');
    expectLine(el, 'appui', 'Conseil d’administration', 'Directeur de la Maison d’enfants');
    expectLine(el, 'pilotage', 'Les Amis de la Chaumière', 'Maison d’enfants La Chaumière');

    // Same dash pattern, colour and width as the legend's sample; distinct patterns; hierarchy solid.
    const labels: Record<string, string> = { delegation: 'Délégation', appui: 'Appui', pilotage: 'Pilotage' };
    const dashes = new Set<string>();
    for (const g of lines(el)) {
      const path = g.querySelector('path')!;
      const legend = sample(el, labels[g.dataset.kind!]);
      expect(path.getAttribute('stroke-dasharray')).to.equal(legend.getAttribute('stroke-dasharray'));
      expect(getComputedStyle(path).stroke).to.equal(getComputedStyle(legend).stroke);
      expect(getComputedStyle(path).strokeWidth).to.equal(getComputedStyle(legend).strokeWidth);
      dashes.add(path.getAttribute('stroke-dasharray')!);
    }
    expect(dashes.size).to.equal(3);
    expect(sample(el, 'Rattachement hiérarchique').hasAttribute('stroke-dasharray')).to.be.false;

    // The two ties between the same cards run side by side, not on top of each other.
    const [d1, d2] = lines(el)
      .filter((g) => g.dataset.kind !== 'pilotage')
      .map((g) => g.querySelector('path')!.getAttribute('d'));
    expect(d1).not.to.equal(d2);
    // No feed text in the drawing; the words stay on the cards and in the details.
    expect(svg.textContent).to.equal('');
    expect(card(item(el, 'Conseil d’administration')).textContent).to.match(/Délègue à\s:\sDirecteur de la Maison d’enfants/);
    await expect(el).to.be.accessible();
  });

  it('is redrawn when a branch closes or opens (a tie into a closed branch is not drawn), and when the width changes', async () => {
    const el = await organigram(CHAUMIERE, 1200);
    const maison = item(el, 'Maison d’enfants La Chaumière');
    (card(maison).querySelector('.twisty') as HTMLElement).click();
    await settle(el);
    expect(kinds(el)).to.deep.equal(['pilotage']); // the director is in the closed branch
    await expect(el).to.be.accessible();

    part(el, 'collapse-all')!.click();
    await settle(el);
    expect(kinds(el)).to.deep.equal(['pilotage']);
    expectLine(el, 'pilotage', 'Les Amis de la Chaumière', 'Maison d’enfants La Chaumière');

    part(el, 'expand-all')!.click();
    await settle(el);
    expect(kinds(el)).to.deep.equal(['appui', 'delegation', 'pilotage']);
    expectLine(el, 'delegation', 'Conseil d’administration', 'Directeur de la Maison d’enfants');

    // Search opens branches: the lines follow.
    el.collapseAll();
    await settle(el);
    el.search('psycho');
    await settle(el);
    expect(kinds(el)).to.include('pilotage');
    expectLine(el, 'pilotage', 'Les Amis de la Chaumière', 'Maison d’enfants La Chaumière');
    el.search('');
    el.expandAll();
    await settle(el);

    // A wider container moves the cards (centred): the lines follow.
    const before = first(lines(el)[0].querySelector('path')!.getAttribute('d')!);
    el.parentElement!.style.width = '1500px';
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(first(lines(el)[0].querySelector('path')!.getAttribute('d')!)).not.to.deep.equal(before);
    expectLine(el, 'delegation', 'Conseil d’administration', 'Directeur de la Maison d’enfants');
    expectLine(el, 'pilotage', 'Les Amis de la Chaumière', 'Maison d’enfants La Chaumière');
  });

  it('draws no line for a tie to a body outside the chart, and none in the indented tree (badges there)', async () => {
    const gcsms = await organigram(GCSMS, 1200, { 'open-levels': '2' });
    // Steering by the Direction de la Cohésion Sociale and representation have one end outside:
    // words only. The delegation goes into the SIAO's closed branch: not drawn until it opens.
    expect(kinds(gcsms)).to.deep.equal(['pilotage']);
    expectLine(gcsms, 'pilotage', 'Comité de pilotage (COPIL)', 'Service intégré d’accueil et d’orientation (SIAO)');
    gcsms.expandAll();
    await settle(gcsms);
    expect(kinds(gcsms)).to.deep.equal(['delegation', 'pilotage']);
    expectLine(
      gcsms,
      'delegation',
      'Groupement de coopération sociale et médico-sociale du SIAO (GCSMS)',
      'Coordination du SIAO',
    );
    // It goes around the cards between (the COPIL's, the SIAO's), not through them.
    const path = lines(gcsms)
      .find((g) => g.dataset.kind === 'delegation')!
      .querySelector('path')!;
    const inside = (name: string) => {
      const r = rectIn(gcsms, card(item(gcsms, name)));
      return Array.from({ length: 41 }, (_, i) => path.getPointAtLength((path.getTotalLength() * i) / 40)).some(
        (p) => r.l + 2 < p.x && p.x < r.r - 2 && r.t + 2 < p.y && p.y < r.b - 2,
      );
    };
    expect(inside('Comité de pilotage (COPIL)')).to.be.false;
    expect(inside('Service intégré d’accueil et d’orientation (SIAO)')).to.be.false;

    const narrow = await organigram(CHAUMIERE, 400);
    expect(layoutOf(narrow)).to.equal('tree');
    expect(svgOf(narrow)).to.equal(null);
    expect(root(narrow).querySelectorAll('[part="tie"] svg path[stroke-dasharray]').length).to.be.greaterThan(0);
    await expect(narrow).to.be.accessible();

    const tree = await organigram(CHAUMIERE, 1200, { layout: 'tree' });
    expect(svgOf(tree)).to.equal(null);
  });

  it('prints the lines too, closed branches included', async () => {
    const el = await organigram(GCSMS, 1200, { 'open-levels': '2' });
    await emulateMedia({ media: 'print' });
    await settle(el);
    expect(kinds(el)).to.deep.equal(['delegation', 'pilotage']);
    expectLine(
      el,
      'delegation',
      'Groupement de coopération sociale et médico-sociale du SIAO (GCSMS)',
      'Coordination du SIAO',
    );
    await expect(el).to.be.accessible();
    await emulateMedia({ media: 'screen' });
    await settle(el);
    expect(kinds(el)).to.deep.equal(['pilotage']);

    // An indented tree on screen is printed as a chart, with its lines.
    const narrow = await organigram(CHAUMIERE, 400);
    expect(svgOf(narrow)).to.equal(null);
    await emulateMedia({ media: 'print' });
    await settle(narrow);
    expect(layoutOf(narrow)).to.equal('chart');
    expect(kinds(narrow)).to.deep.equal(['appui', 'delegation', 'pilotage']);
    expectLine(narrow, 'pilotage', 'Les Amis de la Chaumière', 'Maison d’enfants La Chaumière');
    await emulateMedia({ media: 'screen' });
    await settle(narrow);
    expect(svgOf(narrow)).to.equal(null);
  });

  it('leaves hostile text as text: the lines carry none', async () => {
    const el = await organigram(HOSTILE, 1200, { layout: 'chart' });
    expect(kinds(el)).to.deep.equal(['delegation']); // the two others have an end outside the chart
    expect(svgOf(el)!.textContent).to.equal('');
    expect(root(el).querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('organigram tie routing', () => {
  const box = (l: number, t: number, w = 100, h = 60): Rect => ({ l, t, r: l + w, b: t + h });
  const end = (d: string) => d.match(/(-?[\d.]+) (-?[\d.]+)$/)!.slice(1).map(Number);

  it('goes from the bottom of the upper card to the top of the lower one', () => {
    const r = route(box(0, 0), box(200, 200));
    expect(first(r.d)).to.deep.equal([86, 60]);
    expect(end(r.d)).to.deep.equal([214, 200]);
    expect(first(r.head)).to.deep.equal([214, 200]);
    const up = route(box(200, 200), box(0, 0));
    expect(first(up.d)[1]).to.equal(200);
    expect(end(up.d)[1]).to.equal(60);
  });

  it('goes straight between cards side by side, over the cards between, or around them', () => {
    const a = box(0, 0);
    const b = box(300, 0);
    expect(route(a, b).d).to.equal('M100 22H300');
    expect(route(b, a).d).to.equal('M300 22H100');
    // A card between: an arch over it.
    const between = box(150, 0);
    const arch = route(a, b, 0, () => [a, b, between]);
    expect(arch.d).to.match(/^M86 0C86 -28 314 -28 314 0$/);
    // Side by side but with little height in common: a curve between the facing sides.
    const low = route(box(0, 0, 100, 200), box(300, 190, 100, 60));
    expect(first(low.d)).to.deep.equal([100, 100]);
    // A card in the way of the curve down: around the outside.
    const top = box(0, 0);
    const bottom = box(200, 300);
    const wall = box(100, 100, 200, 100);
    const around = route(top, bottom, 0, () => [top, bottom, wall]);
    expect(around.d).to.contain('V');
    expect(first(around.d)).to.deep.equal([100, 22]);
    expect(first(around.head)).to.deep.equal([300, 322]);
  });

  it('runs parallel ties side by side', () => {
    const a = box(0, 0);
    const b = box(300, 0);
    expect(route(a, b, -5).d).to.equal('M100 17H300');
    expect(route(a, b, 5).d).to.equal('M100 27H300');
  });
});
