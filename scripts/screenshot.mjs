#!/usr/bin/env node
/* global document */
// Screenshots of a page in headless Chromium, to look at what a visitor sees:
//   node scripts/screenshot.mjs <url> <out.png> [width=1280] [--full] [--dark] [--print]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const [url, out, width = '1280'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [--full] [--dark] [--print]');
  process.exit(2);
}
const flags = new Set(process.argv.filter((a) => a.startsWith('--')));
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: flags.has('--dark') ? 'dark' : 'light' });
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  if (flags.has('--print')) await page.emulateMedia({ media: 'print' });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(800);
  await page.screenshot({ path: out, fullPage: flags.has('--full') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  console.log(`${out}: ${width} px wide${overflow > 0 ? `, HORIZONTAL OVERFLOW ${overflow} px` : ''}`);
} finally {
  await browser.close();
}
