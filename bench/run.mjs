#!/usr/bin/env node
/**
 * `npm run bench`: runs every `bench/*.bench.mjs`, one after the other (each
 * in its own Node process, so one cannot slow the next), and lets each print
 * its tables. `npm run bench -- catalogue` runs only the files whose name
 * contains "catalogue". Exits 1 when a benchmark crashes; a missed goal is
 * printed, and fails the run only with BENCH_STRICT=1 (the benchmarks print
 * ratios measured on a machine that may be busy).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  .sort();

if (!files.length) {
  console.log('No benchmark matches.');
  process.exit(0);
}

let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(here, f)], { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed++;
    console.log(`${f}: failed (exit ${r.status ?? r.signal}) after ${seconds} s`);
  } else {
    console.log(`${f}: done in ${seconds} s`);
  }
}
process.exit(failed ? 1 : 0);
