/**
 * The benchmark page: `window.bench.run(impl, cycles)` renders the 1000
 * generated trainings with one implementation, then changes a filter
 * `cycles` times, and returns the times (ms) of each step, each one up to a
 * forced style and layout ("script and layout").
 *
 * - `lit`: `<formation-catalogue>` inside an `<asso-feed>` that has already
 *   loaded and validated the feed (validation happens once per page, for
 *   every widget; it is measured apart as `validate`);
 * - `lit-data`: `<formation-catalogue>` with the `data` property, validation
 *   included in its first render;
 * - `naive`: the same list as one HTML string into innerHTML (naive.ts).
 */
import * as v from 'valibot';
import type { AssoFeed } from '../../src/asso-feed/asso-feed.component.js';
import '../../src/asso-feed/asso-feed.js';
import { training } from '../../src/feed/schema/formations.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { FormationCatalogue } from '../../src/formation-catalogue/formation-catalogue.js';
import '../../src/formation-catalogue/formation-catalogue.js';
import { generateFeed, THEMES } from './data.js';
import { NaiveCatalogue } from './naive.js';

const TODAY = '2026-11-23';
const NARROW_THEME = THEMES[3]!;

function layout(el: Element) {
  el.getBoundingClientRect();
  return document.documentElement.offsetHeight;
}

const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

interface Result {
  first: number;
  narrow: number[];
  widen: number[];
  validate?: number;
  shown: number;
  narrowed: number;
}

async function runLit(cycles: number, viaData: boolean): Promise<Result> {
  const feed = generateFeed();
  let validate: number | undefined;
  let parent: HTMLElement = document.body;
  if (!viaData) {
    const t = performance.now();
    validateFeed(structuredClone(feed), { formations: v.array(training) });
    validate = performance.now() - t;
    const provider = document.createElement('asso-feed') as AssoFeed;
    provider.data = feed;
    document.body.append(provider);
    await provider.updateComplete;
    await frame();
    parent = provider;
  }
  const t0 = performance.now();
  const el = document.createElement('formation-catalogue') as FormationCatalogue;
  el.setAttribute('today', TODAY);
  el.setAttribute('no-url-state', '');
  if (viaData) el.data = feed;
  parent.append(el);
  await el.updateComplete;
  layout(el);
  const first = performance.now() - t0;
  const shown = el.shadowRoot!.querySelectorAll('[part~="card"]').length;
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#fc-theme')!;
  const narrow: number[] = [];
  const widen: number[] = [];
  let narrowed = 0;
  for (let i = 0; i < cycles; i++) {
    await frame();
    let t = performance.now();
    select.value = NARROW_THEME;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    layout(el);
    narrow.push(performance.now() - t);
    narrowed = el.shadowRoot!.querySelectorAll('[part~="card"]').length;
    await frame();
    t = performance.now();
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    layout(el);
    widen.push(performance.now() - t);
  }
  return { first, narrow, widen, validate, shown, narrowed };
}

async function runNaive(cycles: number): Promise<Result> {
  const feed = generateFeed();
  const host = document.createElement('div');
  host.style.display = 'block';
  host.style.containerType = 'inline-size';
  document.body.append(host);
  const t0 = performance.now();
  const naive = new NaiveCatalogue(host);
  naive.render(feed, TODAY);
  layout(host);
  const first = performance.now() - t0;
  const shown = naive.root.querySelectorAll('[part~="card"]').length;
  const narrow: number[] = [];
  const widen: number[] = [];
  let narrowed = 0;
  for (let i = 0; i < cycles; i++) {
    await frame();
    let t = performance.now();
    naive.setFilters({ theme: NARROW_THEME });
    layout(host);
    narrow.push(performance.now() - t);
    narrowed = naive.root.querySelectorAll('[part~="card"]').length;
    await frame();
    t = performance.now();
    naive.setFilters({ theme: '' });
    layout(host);
    widen.push(performance.now() - t);
  }
  return { first, narrow, widen, shown, narrowed };
}

/** For profile.mjs: the element rendered inside <asso-feed>, then `cycle(n)` filter changes. */
let prepared: FormationCatalogue | undefined;
async function prepare(): Promise<number> {
  const provider = document.createElement('asso-feed') as AssoFeed;
  provider.data = generateFeed();
  document.body.append(provider);
  await provider.updateComplete;
  await frame();
  const t0 = performance.now();
  const el = document.createElement('formation-catalogue') as FormationCatalogue;
  el.setAttribute('today', TODAY);
  el.setAttribute('no-url-state', '');
  provider.append(el);
  await el.updateComplete;
  layout(el);
  prepared = el;
  return performance.now() - t0;
}

/** One filter change (the theme select set to `value`), timed up to a forced layout. */
async function step(value: string): Promise<number> {
  const el = prepared!;
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#fc-theme')!;
  await frame();
  const t = performance.now();
  select.value = value;
  console.time('event+script');
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  console.timeEnd('event+script');
  console.time('style+layout');
  layout(el);
  console.timeEnd('style+layout');
  return performance.now() - t;
}

declare global {
  interface Window {
    bench: {
      run(impl: 'lit' | 'lit-data' | 'naive', cycles: number): Promise<Result>;
      prepare(): Promise<number>;
      step(value: string): Promise<number>;
      narrowTheme: string;
    };
  }
}

window.bench = {
  run: (impl, cycles) => (impl === 'naive' ? runNaive(cycles) : runLit(cycles, impl === 'lit-data')),
  prepare,
  step,
  narrowTheme: NARROW_THEME,
};
