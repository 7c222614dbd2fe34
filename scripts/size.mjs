#!/usr/bin/env node
// Size budgets (gzip): each element's define entry bundled alone with Lit and
// everything it imports statically; lazy chunks (map outlines, Leaflet) are
// budgeted on their own. Exits 1 when a budget is exceeded: budgets fail the build.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleEntry } from './bundle.mjs';

const root = resolve(import.meta.dirname, '..');
const KB = 1024;

/** Budgets in kB gzip, from the issues. */
export const BUDGETS = [
  { name: '<values-charter>', entry: 'src/values-charter/values-charter.ts', kb: 12 },
  { name: '<formation-catalogue>', entry: 'src/formation-catalogue/formation-catalogue.ts', kb: 18 },
  { name: '<service-map>', entry: 'src/service-map/service-map.ts', kb: 15, chunks: [{ match: /outline|geo|contour/i, name: 'map outlines chunk', kb: 30 }] },
  { name: '<governance-organigram>', entry: 'src/governance-organigram/governance-organigram.ts', kb: 15 },
];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const fmt = (n) => `${(n / KB).toFixed(1)} kB`;

let failed = 0;
const rows = [];
const work = mkdtempSync(join(tmpdir(), 'asso-size-'));
try {
  for (const budget of BUDGETS) {
    const entry = join(root, budget.entry);
    if (!existsSync(entry)) {
      rows.push([budget.name, '—', `${budget.kb} kB`, 'not built yet']);
      continue;
    }
    const outDir = join(work, budget.name.replace(/\W/g, ''));
    const files = await bundleEntry({ entry, outDir, fileName: 'entry' });
    const main = gz(readFileSync(join(outDir, 'entry.js')));
    const ok = main <= budget.kb * KB;
    if (!ok) failed++;
    rows.push([budget.name, fmt(main), `${budget.kb} kB`, ok ? 'ok' : 'OVER BUDGET']);
    for (const chunk of files.filter((f) => f.type === 'chunk' && !f.isEntry)) {
      const size = gz(readFileSync(join(outDir, chunk.fileName)));
      const rule = budget.chunks?.find((c) => c.match.test(chunk.fileName));
      const chunkOk = !rule || size <= rule.kb * KB;
      if (!chunkOk) failed++;
      rows.push([`  lazy ${rule ? rule.name : chunk.fileName}`, fmt(size), rule ? `${rule.kb} kB` : '—', chunkOk ? 'ok' : 'OVER BUDGET']);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 8));
console.log('Size budgets (minified + gzip, with Lit):');
for (const r of rows) console.log('  ' + r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
if (failed) {
  console.error(`${failed} size budget(s) exceeded.`);
  process.exit(1);
}
