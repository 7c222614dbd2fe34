#!/usr/bin/env node
/**
 * <governance-organigram> vs d3-org-chart: the first render of the same
 * 500-node governance (bench/governance-organigram/large-feed.mjs), in the
 * same run, each sample in a fresh page, the two alternating.
 *
 * First render: from the moment the data is handed over until the second
 * frame after it (drawn and on screen). d3-org-chart gets its fastest
 * settings: every branch open (like ours) and no transition. Ours draws the
 * top-down chart (`layout="chart"`, every branch open); the `auto` layout,
 * which falls back to the indented tree when the chart does not fit, is
 * measured too, for information.
 *
 * Goal (issue 5): ours ≤ 0.5 × d3-org-chart, ratio of medians.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bundle, goal, launchChromium, median, printTable, ratio, sampleFreshPages, serveStatic } from './lib.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const OUT = 'bench/results/governance-organigram';
const GOAL = 0.5;

mkdirSync(OUT, { recursive: true });
const page = readFileSync('bench/governance-organigram/page.html', 'utf8');
for (const name of ['organigram', 'd3-org-chart']) {
  await bundle(`bench/governance-organigram/${name}.ts`, `${OUT}/${name}.js`);
  writeFileSync(`${OUT}/${name}.html`, page.replace('./SCRIPT', `./${name}.js`));
}

const server = await serveStatic(OUT);
const browser = await launchChromium();
const variants = [
  {
    key: 'd3',
    label: 'd3-org-chart (all open, no transition)',
    path: 'd3-org-chart.html',
  },
  {
    key: 'chart',
    label: '<governance-organigram layout="chart">',
    path: 'organigram.html?layout=chart',
  },
  {
    key: 'auto',
    label: '<governance-organigram> (auto: indented tree here)',
    path: 'organigram.html?layout=auto',
  },
];
let times, last, outside;
try {
  ({ times, last, outside } = await sampleFreshPages(browser, server.url, variants, SAMPLES));
} finally {
  await browser.close();
  await server.close();
}
const drawn = Object.fromEntries(Object.entries(last).map(([k, r]) => [k, r.nodes]));

const base = median(times.d3);
printTable(
  `First render of a 500-node governance, median of ${SAMPLES} fresh pages (ratios of medians; ms for orientation only)`,
  variants.map((v) => ({
    renderer: v.label,
    'nodes drawn': drawn[v.key],
    'median ms': median(times[v.key]),
    'vs d3-org-chart': ratio(median(times[v.key]), base),
    goal: v.key === 'chart' ? goal(ratio(median(times[v.key]), base), GOAL) : '',
  })),
);

for (const v of variants) {
  if (drawn[v.key] !== 500) {
    console.error(`${v.label} drew ${drawn[v.key]} nodes instead of 500: the comparison is not fair.`);
    process.exit(1);
  }
}
if (outside.length) {
  console.error(`Requests left the bench server: ${[...new Set(outside)].slice(0, 5).join(', ')}`);
  process.exit(1);
}
if (process.env.BENCH_STRICT && ratio(median(times.chart), base) > GOAL) process.exit(1);
