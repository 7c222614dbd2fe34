/**
 * `<formation-catalogue>`: 1000 generated trainings (1 to 4 sessions each),
 * rendered by the element (Lit `repeat` + `content-visibility: auto`) and,
 * in the same run, by a naive implementation that builds one HTML string
 * into innerHTML. Each run is a fresh page; the implementations alternate.
 *
 * Goals (ratios of medians, element / naive): first render (script and
 * layout) ≤ 0.5, a filter change ≤ 0.3.
 *
 * BENCH_RUNS (default 12) runs per implementation, the first one discarded
 * as a warm-up; BENCH_CYCLES (default 5) filter changes per run.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, goal, launchChromium, median, printTable, ratio, ROOT, serveStatic } from './lib.mjs';

const OUT = 'bench/results/formation-catalogue';
const RUNS = Number(process.env.BENCH_RUNS) || 12;
const CYCLES = Number(process.env.BENCH_CYCLES) || 5;
const IMPLS = ['naive', 'lit', 'lit-data'];

mkdirSync(join(ROOT, OUT), { recursive: true });
copyFileSync(join(ROOT, 'bench/formation-catalogue/index.html'), join(ROOT, OUT, 'index.html'));
await bundle('bench/formation-catalogue/page.ts', `${OUT}/page.js`);

const server = await serveStatic(OUT);
const browser = await launchChromium();
const results = Object.fromEntries(IMPLS.map((k) => [k, []]));
try {
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order so neither implementation always runs on a warmer (or busier) machine.
    const order = i % 2 ? [...IMPLS].reverse() : IMPLS;
    for (const impl of order) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (e) => console.error(`[${impl}] ${e.message}`));
      await page.goto(`${server.url}index.html`);
      await page.waitForFunction(() => globalThis.bench !== undefined);
      const r = await page.evaluate(([name, cycles]) => globalThis.bench.run(name, cycles), [impl, CYCLES]);
      if (i > 0) results[impl].push(r); // the first run warms up the browser
      await page.close();
    }
    process.stdout.write(`\r  run ${i + 1}/${RUNS}`);
  }
  process.stdout.write('\n');
} finally {
  await browser.close();
  await server.close();
}

const med = (impl, pick) => median(results[impl].flatMap(pick));
const first = { naive: med('naive', (r) => [r.first]), lit: med('lit', (r) => [r.first]), data: med('lit-data', (r) => [r.first]) };
const narrow = { naive: med('naive', (r) => r.narrow), lit: med('lit', (r) => r.narrow) };
const widen = { naive: med('naive', (r) => r.widen), lit: med('lit', (r) => r.widen) };
const validate = med('lit', (r) => [r.validate]);
const shown = results.lit[0]?.shown;
const narrowed = results.lit[0]?.narrowed;
if (shown !== results.naive[0]?.shown || narrowed !== results.naive[0]?.narrowed) {
  console.error(`The implementations disagree: ${shown}/${narrowed} cards (element) vs ${results.naive[0]?.shown}/${results.naive[0]?.narrowed} (naive).`);
  process.exit(1);
}

const rows = [
  { step: `first render (${shown} trainings)`, 'naive ms': first.naive, 'element ms': first.lit, ratio: ratio(first.lit, first.naive), goal: goal(ratio(first.lit, first.naive), 0.5) },
  { step: `filter change (${shown} → ${narrowed})`, 'naive ms': narrow.naive, 'element ms': narrow.lit, ratio: ratio(narrow.lit, narrow.naive), goal: goal(ratio(narrow.lit, narrow.naive), 0.3) },
  { step: `clear the filter (${narrowed} → ${shown})`, 'naive ms': widen.naive, 'element ms': widen.lit, ratio: ratio(widen.lit, widen.naive), goal: '(no goal)' },
  { step: 'first render, `data` property (validation included)', 'naive ms': first.naive, 'element ms': first.data, ratio: ratio(first.data, first.naive), goal: '(no goal)' },
  { step: 'validation of the 1000 trainings alone', 'naive ms': '', 'element ms': validate, ratio: '', goal: '(once per feed)' },
];
printTable(`<formation-catalogue>: medians of ${RUNS - 1} runs × ${CYCLES} filter changes (ratio = element / naive; lower is better)`, rows);
writeFileSync(join(ROOT, 'bench/results/formation-catalogue.json'), JSON.stringify({ runs: RUNS - 1, cycles: CYCLES, rows, results }, null, 2));

const missed = ratio(first.lit, first.naive) > 0.5 || ratio(narrow.lit, narrow.naive) > 0.3;
if (missed && process.env.BENCH_STRICT) process.exit(1);
