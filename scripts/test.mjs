#!/usr/bin/env node
// The test command: finds Chromium (CHROME_PATH, /usr/bin/chromium, …),
// installs Debian's chromium when it is missing and we are root with apt-get,
// then runs @web/test-runner with coverage. Extra arguments go to wtr.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';

let chrome = findChromium();
if (!chrome) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium is missing: installing Debian\'s chromium (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    if (install && install.status === 0) chrome = findChromium();
  }
  if (!chrome) {
    console.error('Chromium is needed to run the tests: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.');
    process.exit(1);
  }
}
process.env.CHROME_PATH = chrome;
const args = process.argv.slice(2);
const watch = args.includes('--watch');
const wtrArgs = watch || process.env.NO_COVERAGE ? args : ['--coverage', ...args];
const summaryFile = join(mkdtempSync(join(tmpdir(), 'asso-wtr-')), 'summary.txt');
const result = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...wtrArgs], {
  stdio: 'inherit',
  env: { ...process.env, ASSO_SUMMARY_FILE: summaryFile },
});
// The plain last line CI reads; a run that never reported counts as a failure.
const summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '0 passed, 1 failed';
if (!watch) console.log(`\n${summary}`);
process.exit(result.status ?? 1);
