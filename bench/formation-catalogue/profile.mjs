/**
 * Where a filter change's time goes (not part of `npm run bench`): renders
 * the benchmark's 1000 trainings with the element, then profiles N filter
 * changes (1000 → 116 and back) with the DevTools CPU profiler and prints
 * self time by function, plus the element's own phases (console.time).
 *
 *   node bench/formation-catalogue/profile.mjs [cycles=10] [narrow|widen|first]
 */
import { mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, launchChromium, ROOT, serveStatic } from '../lib.mjs';

const OUT = 'bench/results/formation-catalogue-profile';
const CYCLES = Number(process.argv[2]) || 10;
const WHICH = ['widen', 'first'].includes(process.argv[3]) ? process.argv[3] : 'narrow';
mkdirSync(join(ROOT, OUT), { recursive: true });
copyFileSync(join(ROOT, 'bench/formation-catalogue/index.html'), join(ROOT, OUT, 'index.html'));
await bundle('bench/formation-catalogue/page.ts', `${OUT}/page.js`, { minify: false, keepNames: true });
const server = await serveStatic(OUT);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}index.html`);
  await page.waitForFunction(() => globalThis.bench !== undefined);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profiles = [];
  if (WHICH === 'first') await cdp.send('Profiler.start');
  const first = await page.evaluate(() => globalThis.bench.prepare());
  if (WHICH === 'first') profiles.push((await cdp.send('Profiler.stop')).profile);
  console.log(`first render ${first.toFixed(1)} ms`);
  const logs = [];
  const narrow = [];
  const widen = [];
  page.on('console', (m) => logs.push(m.text()));
  for (let i = 0; i < CYCLES; i++) {
    if (WHICH === 'narrow') await cdp.send('Profiler.start');
    narrow.push(await page.evaluate(() => globalThis.bench.step(globalThis.bench.narrowTheme)));
    if (WHICH === 'narrow') profiles.push((await cdp.send('Profiler.stop')).profile);
    if (WHICH === 'widen') await cdp.send('Profiler.start');
    widen.push(await page.evaluate(() => globalThis.bench.step('')));
    if (WHICH === 'widen') profiles.push((await cdp.send('Profiler.stop')).profile);
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log('narrow ms', narrow.map((x) => x.toFixed(1)).join(' '), ' median', med(narrow).toFixed(1));
  console.log('widen ms ', widen.map((x) => x.toFixed(1)).join(' '), ' median', med(widen).toFixed(1));
  const phases = new Map();
  for (const l of logs) {
    const m = /^(.*): ([\d.]+) ms$/.exec(l);
    if (m) phases.set(m[1], [...(phases.get(m[1]) ?? []), Number(m[2])]);
  }
  for (const [k, v] of phases) console.log(`${k}: narrow median ${med(v.filter((_, i) => i % 2 === 0)).toFixed(1)} ms, widen median ${med(v.filter((_, i) => i % 2 === 1)).toFixed(1)} ms`);
  console.log(`profiled: ${WHICH}`);
  const self = new Map();
  const dt = new Map();
  for (const profile of profiles) {
    dt.clear();
    for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + profile.timeDeltas[i] / 1000);
    for (const n of profile.nodes) {
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0));
    }
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`total sampled ${total.toFixed(0)} ms`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(8), k);
} finally {
  await browser.close();
  await server.close();
}
