#!/usr/bin/env node
/**
 * <service-map> vs Leaflet + leaflet.markercluster: the first render of the
 * same 1000 places (bench/service-map/places.mjs), without tiles, in the same
 * run, each sample in a fresh page, the two alternating.
 *
 * First render: from the moment the data is handed over until the second
 * frame after the markers exist. Ours includes everything a visitor gets: the
 * outlines of France (decoded and projected on first use), the grouped
 * markers, the filters and the list of 1000 places. Leaflet gets its fastest
 * settings: no animation, `addLayers` in one go, DivIcons (no images).
 *
 * Goal (issue 4): ours ≤ 0.5 × Leaflet + markercluster, ratio of medians.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bundle, goal, launchChromium, median, printTable, ratio, sampleFreshPages, serveStatic } from './lib.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const OUT = 'bench/results/service-map';
const GOAL = 0.5;
const PLACES = 1000;

mkdirSync(OUT, { recursive: true });
const page = readFileSync('bench/service-map/page.html', 'utf8');
for (const name of ['service-map', 'leaflet']) {
  await bundle(`bench/service-map/${name}.ts`, `${OUT}/${name}.js`);
  writeFileSync(`${OUT}/${name}.html`, page.replace('./SCRIPT', `./${name}.js`));
}
copyFileSync('node_modules/leaflet/dist/leaflet.css', `${OUT}/leaflet.css`);
copyFileSync('node_modules/leaflet.markercluster/dist/MarkerCluster.css', `${OUT}/MarkerCluster.css`);

const server = await serveStatic(OUT);
const browser = await launchChromium();
const variants = [
  { key: 'leaflet', label: 'Leaflet + markercluster (no tiles)', path: 'leaflet.html' },
  { key: 'ours', label: '<service-map> (SVG map + list)', path: 'service-map.html' },
];
let times, last, outside;
try {
  ({ times, last, outside } = await sampleFreshPages(browser, server.url, variants, SAMPLES));
} finally {
  await browser.close();
  await server.close();
}
const drawn = Object.fromEntries(Object.entries(last).map(([k, r]) => [k, r.places]));

const base = median(times.leaflet);
printTable(
  `First render of ${PLACES} places, median of ${SAMPLES} fresh pages (ratios of medians; ms for orientation only)`,
  variants.map((v) => ({
    renderer: v.label,
    'places drawn': drawn[v.key],
    'median ms': median(times[v.key]),
    'vs Leaflet': ratio(median(times[v.key]), base),
    goal: v.key === 'ours' ? goal(ratio(median(times[v.key]), base), GOAL) : '',
  })),
);

let unfair = false;
for (const v of variants) {
  // Markers outside the view are not drawn by either renderer; both fit the view to every place.
  if (drawn[v.key] !== PLACES) {
    console.error(`${v.label} accounts for ${drawn[v.key]} places instead of ${PLACES}: the comparison is not fair.`);
    unfair = true;
  }
}
if (outside.length) {
  console.error(`Requests left the bench server: ${[...new Set(outside)].slice(0, 5).join(', ')}`);
  unfair = true;
}
if (unfair) process.exit(1);
if (process.env.BENCH_STRICT && ratio(median(times.ours), base) > GOAL) process.exit(1);
