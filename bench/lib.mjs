/**
 * Shared helpers of the benchmarks (`npm run bench` runs every `bench/*.bench.mjs`).
 *
 * Benchmarks compare implementations measured in the same run, on the same
 * machine, as ratios of medians — never absolute milliseconds, which depend
 * on the machine and on whatever else it is doing.
 *
 * - `launchChromium()` → a playwright-core Browser on Debian's Chromium
 *   (`CHROME_PATH`, else `/usr/bin/chromium`, else what scripts/find-chromium.mjs
 *   finds), headless, with the flags that keep it off the network.
 * - `bundle(entry, outfile, options?)` → builds a bench page's script with
 *   esbuild (ES module, minified, production Lit, the repo's tsconfig for the
 *   legacy decorators); resolves to the output path.
 * - `serveStatic(dir)` → `{ url, close }`: a tiny static server on 127.0.0.1
 *   (a free port) for `dir`; `url` ends with "/".
 * - `median(xs)` → the median of numbers (the mean of the two middle ones for an even count).
 * - `ratio(a, b)` → a / b rounded to two decimals.
 * - `printTable(title, rows)` → prints rows (objects with the same keys) as an aligned text table.
 * - `goal(value, max)` → "✓" when value ≤ max, else "✗ (goal ≤ max)".
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export { CHROMIUM_ARGS };

async function chromiumPath() {
  const found = findChromium();
  if (found) return found;
  throw new Error('Chromium was not found: install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.');
}

/** A headless Chromium driven by playwright-core. Close it with `browser.close()`. */
export async function launchChromium(options = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS, ...options });
}

/** Bundles a bench page script (TypeScript or JavaScript) into one minified ES module. */
export async function bundle(entry, outfile, options = {}) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [resolve(ROOT, entry)],
    outfile: resolve(ROOT, outfile),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    ...options,
  });
  return resolve(ROOT, outfile);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `dir` on 127.0.0.1 (GET only, no directory listing outside `dir`). */
export function serveStatic(dir) {
  const base = resolve(ROOT, dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ok({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function ratio(a, b) {
  return Math.round((a / b) * 100) / 100;
}

export function goal(value, max) {
  return value <= max ? '✓' : `✗ (goal ≤ ${max})`;
}

/** Prints rows as an aligned table under a title. */
export function printTable(title, rows) {
  console.log(`\n${title}`);
  if (!rows.length) {
    console.log('  (no rows)');
    return;
  }
  const keys = Object.keys(rows[0]);
  const cell = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v ?? ''));
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => cell(r[k]).length)));
  const line = (vals) => '  ' + vals.map((v, i) => v.padEnd(widths[i])).join('  ');
  console.log(line(keys));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(keys.map((k) => cell(r[k]))));
}

/**
 * Loads each variant (`{ key, label, path }`) in a fresh page of `browser`
 * from `serverUrl`, `samples` times, after one warm-up each (compilation
 * caches), alternating the order; each page exposes `globalThis.runBench()`
 * resolving to `{ ms, … }`. Returns `{ times: { key: ms[] }, last: { key:
 * result }, outside: [urls requested off the server] }`; a page error throws.
 */
export async function sampleFreshPages(browser, serverUrl, variants, samples) {
  const times = Object.fromEntries(variants.map((v) => [v.key, []]));
  const last = {};
  const outside = [];
  const sample = async (v) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('request', (r) => {
      if (!r.url().startsWith(serverUrl)) outside.push(r.url());
    });
    await p.goto(serverUrl + v.path, { waitUntil: 'load' });
    await p.waitForFunction(() => typeof globalThis.runBench === 'function');
    const r = await p.evaluate(() => globalThis.runBench());
    await context.close();
    if (errors.length) throw new Error(`${v.label}: ${errors.join('; ')}`);
    times[v.key].push(r.ms);
    last[v.key] = r;
  };
  for (const v of variants) await sample(v);
  for (const k of Object.keys(times)) times[k] = [];
  for (let i = 0; i < samples; i++) {
    for (const v of i % 2 ? [...variants].reverse() : variants) await sample(v);
  }
  return { times, last, outside };
}
