#!/usr/bin/env node
// Size budgets (gzip): each element's define entry bundled alone with Lit and
// everything it imports statically; lazy chunks (map outlines, Leaflet) are
// budgeted on their own.
//
// Two numbers per entry: `target`, the goal, and `gate`, the size CI
// enforces today (exceeding it fails the build, so nothing grows unnoticed).
// Where the gate is above the target, the gap is reported on every build and
// in the README, and the issue stays open until the target is met.
// `node scripts/size.mjs --modules` also shows where each element's bytes
// come from (Lit, valibot, the feed foundation, the element's own code).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleEntry } from './bundle.mjs';

const root = resolve(import.meta.dirname, '..');
const KB = 1024;

/**
 * Budgets in kB gzip. `target`: the issue's. `gate`: today's size rounded up,
 * enforced so nothing grows unnoticed. Lit (5.8 kB) and the shared feed
 * foundation with valibot (about 7.5 kB) already exceed 12 kB before any
 * element code: the targets need a design decision (README, "Size budgets").
 */
export const BUDGETS = [
  // Not a budget: what every element costs before its own code (see scripts/size/floor.ts).
  { name: 'floor: Lit + shared foundation', entry: 'scripts/size/floor.ts', info: true },
  { name: '<values-charter>', entry: 'src/values-charter/values-charter.ts', target: 12, gate: 21 },
  // 29.5 until session 3, which added the address kept by one catalogue per prefix (+0.3 kB) and
  // minified the templates (−0.2).
  { name: '<formation-catalogue>', entry: 'src/formation-catalogue/formation-catalogue.ts', target: 18, gate: 30 },
  {
    name: '<service-map>',
    entry: 'src/service-map/service-map.ts',
    target: 15,
    // 32 until session 3, which added the list that follows the map's view
    // and commune-level positions (+0.8 kB) and minified the templates (−0.6).
    gate: 32.5,
    // Loaded at idle time on every visit (the JSON-LD builder): off the first
    // render's path, but every visitor downloads it, so it counts.
    idle: /^chunks\/jsonld-/,
    chunks: [{ match: /outline|geo|contour/i, name: 'map outlines chunk', target: 30, gate: 30 }],
  },
  { name: '<governance-organigram>', entry: 'src/governance-organigram/governance-organigram.ts', target: 15, gate: 27 },
];

function verdict(size, { target, gate, info }) {
  if (info) return 'no element code: the least any element weighs';
  if (size > gate * KB) return 'OVER THE GATE';
  if (size > target * KB) return `over the ${target} kB target`;
  return 'ok';
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const fmt = (n) => `${(n / KB).toFixed(1)} kB`;

// `--modules`: where each element's bytes come from (see `shares`).
const MODULES = process.argv.includes('--modules');
const breakdown = [];

/**
 * The share of each package or source folder in what a visitor downloads:
 * minified bytes per group, and the gzip size split in the same proportions
 * (gzip sizes do not add up module by module: an estimate, to see where the
 * bytes go, not a budget).
 */
function shares(chunkList, gzTotal) {
  const groups = new Map();
  for (const chunk of chunkList)
    for (const [id, m] of Object.entries(chunk.modules ?? {})) {
      const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
      const rel = id.startsWith(root) ? id.slice(root.length + 1) : id;
      const key = nm ? nm[1] : /^src\/(i18n|feed\/schema)\//.test(rel) ? rel.replace(/\.ts$/, '') : rel.split('/').slice(0, 2).join('/');
      groups.set(key, (groups.get(key) ?? 0) + (m.renderedLength ?? 0));
    }
  const min = [...groups.values()].reduce((a, b) => a + b, 0);
  return [...groups].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, n, (gzTotal * n) / min]);
}

let failed = 0;
const rows = [];
const work = mkdtempSync(join(tmpdir(), 'asso-size-'));
try {
  for (const budget of BUDGETS) {
    const entry = join(root, budget.entry);
    if (!existsSync(entry)) {
      rows.push([budget.name, '—', `${budget.target ?? '—'} kB`, `${budget.gate ?? '—'} kB`, 'not built yet']);
      continue;
    }
    const outDir = join(work, budget.name.replace(/\W/g, ''));
    const files = await bundleEntry({ entry, outDir, fileName: 'entry' });
    const chunks = new Map(files.filter((f) => f.type === 'chunk').map((f) => [f.fileName, f]));
    // What the visitor always downloads: the entry and every chunk it imports
    // statically, transitively. The rest is loaded on demand.
    const always = new Set();
    const walk = (name) => {
      if (always.has(name) || !chunks.has(name)) return;
      always.add(name);
      for (const dep of chunks.get(name).imports ?? []) walk(dep);
    };
    walk('entry.js');
    const idle = budget.idle ? [...chunks.keys()].filter((name) => budget.idle.test(name)) : [];
    for (const name of idle) walk(name);
    const sizeOf = (name) => gz(readFileSync(join(outDir, name)));
    const main = [...always].reduce((sum, name) => sum + sizeOf(name), 0);
    const v = verdict(main, budget);
    if (v === 'OVER THE GATE') failed++;
    const extra = always.size - 1 - idle.length;
    const parts = [extra > 0 ? `+${extra} static chunk${extra > 1 ? 's' : ''}` : '', idle.length ? `+${idle.length} at idle` : ''].filter(Boolean);
    const label = parts.length ? `${budget.name} (${parts.join(', ')})` : budget.name;
    rows.push([label, fmt(main), budget.info ? '—' : `${budget.target} kB`, budget.info ? '—' : `${budget.gate} kB`, v]);
    if (MODULES) breakdown.push([budget.name, main, [...always].map((name) => chunks.get(name))]);
    for (const chunk of [...chunks.values()].filter((c) => !always.has(c.fileName))) {
      const size = sizeOf(chunk.fileName);
      const rule = budget.chunks?.find((c) => c.match.test(chunk.fileName));
      const v = rule ? verdict(size, rule) : 'lazy, loaded on demand';
      if (v === 'OVER THE GATE') failed++;
      rows.push([`  ${rule ? rule.name : chunk.fileName.replace(/-[\w-]{8}\.js$/, '')}`, fmt(size), rule ? `${rule.target} kB` : '—', rule ? `${rule.gate} kB` : '—', v]);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

rows.unshift(['entry', 'size', 'target', 'gate', '']);
const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 6));
console.log('Size budgets (minified + gzip, with Lit):');
for (const r of rows) console.log('  ' + r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
for (const [name, total, chunkList] of breakdown) {
  console.log(`\n${name}: ${fmt(total)} gzip, by origin (minified bytes; gzip estimated pro rata)`);
  for (const [k, n, g] of shares(chunkList, total)) if (g >= 0.05 * KB) console.log(`  ${fmt(g).padStart(8)}  ${String(n).padStart(6)} B  ${k}`);
}
if (failed) {
  console.error(`${failed} size gate(s) exceeded: the build fails.`);
  process.exit(1);
}
