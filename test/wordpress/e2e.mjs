#!/usr/bin/env node
/* global document, window, customElements, HTMLElement */
// End-to-end test of the WordPress plugin against a real WordPress (Debian's
// package), started by test/wordpress/setup.sh; run by .ci/wordpress.sh.
// Not a web-test-runner file: it drives WordPress like people do, in
// Debian's Chromium (playwright-core):
//   - the administrator installs the zip (Plugins → Add New → Upload) and
//     activates it, uploads a .json feed to the media library, sets it as
//     the default feed in Settings → asso-widgets;
//   - a contributor writes a post with the shortcodes (published by the
//     administrator), an author may not upload .json, neither may reach the
//     settings;
//   - the administrator makes pages with the Shortcode block and the dynamic
//     blocks, raw tags in Custom HTML blocks, raw tags in classic content
//     (mangled by wpautop), [asso_feed], and a page without any element;
//   - a visitor loads each page: the elements upgrade and show the feed's
//     content (text inside their shadow roots), the script is there once (and
//     not at all on the page without an element), nothing reaches another
//     host, hostile attributes stay inert;
//   - the block editor lists the blocks (in French) and previews one live;
//   - deleting the plugin removes its settings.
// Prints one line per check and, last, "N passed, N failed[, N skipped]".
//
// Environment (from setup.sh): WP_E2E_URL, WP_E2E_ADMIN_PASS, WP_E2E_USER_PASS,
// WP_E2E_CONTENT, WP_E2E_LOG, WP_E2E_CONFIG or WP_E2E_ABSPATH.
// Options: WP_E2E_ZIP (default wordpress/build/asso-widgets.zip),
// WP_E2E_SCREENSHOTS=<folder> to save the screenshots used by docs/wordpress.md.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { elementAttributes } from './element-attributes.mjs';

const root = resolve(import.meta.dirname, '../..');
const BASE = process.env.WP_E2E_URL;
const ADMIN_PASS = process.env.WP_E2E_ADMIN_PASS;
const USER_PASS = process.env.WP_E2E_USER_PASS;
const CONTENT = process.env.WP_E2E_CONTENT;
const ZIP = resolve(root, process.env.WP_E2E_ZIP ?? 'wordpress/build/asso-widgets.zip');
const STAGED = join(dirname(ZIP), 'asso-widgets');
const SHOTS = process.env.WP_E2E_SCREENSHOTS ? resolve(root, process.env.WP_E2E_SCREENSHOTS) : undefined;
const WAIT = 20000;
const started = Date.now();

if (!BASE || !ADMIN_PASS || !USER_PASS || !CONTENT) {
  console.error('e2e.mjs runs inside .ci/wordpress.sh (or after `source test/wordpress/setup.sh; wp_env_start`).');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// ----- the checks' bookkeeping

const counts = { passed: 0, failed: 0, skipped: 0 };
async function check(name, fn) {
  try {
    await fn();
    counts.passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    counts.failed++;
    console.log(
      `not ok - ${name}\n    ${String(e?.message ?? e)
        .split('\n')
        .join('\n    ')}`,
    );
  }
}
function skip(name, why) {
  counts.skipped++;
  console.log(`skip - ${name} (${why})`);
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
const norm = (s) =>
  String(s ?? '')
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim();

/** Runs the test site's PHP helper (site.php) and parses its JSON answer. */
function site(...args) {
  const out = execFileSync('php', [join(import.meta.dirname, 'site.php'), ...args], { encoding: 'utf8', env: process.env });
  return JSON.parse(out.trim().split('\n').pop());
}

// ----- what to test: the elements that exist in src/ and in the built bundle

const FEED_NAMES = ['chaumiere', 'gcsms', 'formations', 'hostile'];
const feeds = Object.fromEntries(FEED_NAMES.map((n) => [n, JSON.parse(readFileSync(join(root, `fixtures/feeds/${n}.json`), 'utf8'))]));
const ELEMENTS = [
  {
    tag: 'values-charter',
    shortcode: 'values_charter',
    text: (f) => f.valeurs?.valeurs?.[0]?.titre,
  },
  {
    tag: 'formation-catalogue',
    shortcode: 'formation_catalogue',
    text: (f) => f.formations?.[0]?.intitule,
  },
  {
    tag: 'service-map',
    shortcode: 'service_map',
    text: (f) => f.lieux?.[0]?.nom ?? f.services?.[0]?.nom,
  },
  {
    tag: 'governance-organigram',
    shortcode: 'governance_organigram',
    text: (f) => f.gouvernance?.noeuds?.[0]?.nom,
  },
];
const bundleFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map((f) => join(dir, String(f)))
        .filter((f) => f.endsWith('.js') && statSync(f).isFile())
    : [];
const bundleText = [join(STAGED, 'assets/asso-widgets.js'), ...bundleFiles(join(STAGED, 'assets/asso-widgets'))]
  .filter((f) => existsSync(f))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const landed = [];
for (const el of ELEMENTS) {
  const inSrc = existsSync(join(root, `src/${el.tag}/${el.tag}.ts`));
  const inBundle = new RegExp(`["'\`]${el.tag}["'\`]`).test(bundleText);
  const feedName = ['chaumiere', 'gcsms', 'formations'].find((n) => el.text(feeds[n]));
  if (!inSrc || !inBundle) {
    skip(
      `<${el.tag}> in WordPress`,
      !inSrc ? `src/${el.tag}/${el.tag}.ts does not exist yet` : 'not in the bundle (rebuild: npm run build && npm run build:wordpress)',
    );
  } else if (!feedName) {
    skip(`<${el.tag}> in WordPress`, 'no fixture feed (chaumiere, gcsms, formations) has its section yet');
  } else {
    landed.push({ ...el, feed: feedName, expected: el.text(feeds[feedName]) });
  }
}
const charter = landed.find((e) => e.tag === 'values-charter');

// The feeds, served by the site itself (same origin).
const feedDir = join(CONTENT, 'uploads/asso-widgets-e2e');
mkdirSync(feedDir, { recursive: true });
for (const name of FEED_NAMES) copyFileSync(join(root, `fixtures/feeds/${name}.json`), join(feedDir, `${name}.json`));
const FEED = (name) => `/wp-content/uploads/asso-widgets-e2e/${name}.json`;

// ----- static checks: the zip and the mirror of the elements' attributes

await check('the zip holds the plugin, the one-file bundle and the French translation', () => {
  assert(existsSync(ZIP), `${ZIP} is missing: run npm run build:wordpress`);
  for (const f of [
    'asso-widgets.php',
    'uninstall.php',
    'readme.txt',
    'assets/asso-widgets.js',
    'assets/editor.js',
    'languages/asso-widgets-fr_FR.mo',
  ]) {
    assert(existsSync(join(STAGED, f)), `wordpress/build/asso-widgets/${f} is missing`);
  }
  const dist = join(root, 'dist/asso-widgets.js');
  if (existsSync(dist) && statSync(dist).size > 0 && !process.env.WP_E2E_ZIP && !process.env.WP_E2E_DIST) {
    assert(
      readFileSync(dist).equals(readFileSync(join(STAGED, 'assets/asso-widgets.js'))),
      'assets/asso-widgets.js differs from dist/asso-widgets.js: run npm run build:wordpress again',
    );
  }
});

const base = elementAttributes(join(root, 'src/base/asso-element.ts'));
const phpDefsFromSource = () => {
  // The PHP definitions, read by PHP itself from the plugin's source.
  const code = `define('ABSPATH', '/'); function __($s){return $s;} function apply_filters($h,$v){return $v;} require '${join(root, 'wordpress/asso-widgets/includes/elements.php')}'; echo json_encode(asso_widgets_elements());`;
  return JSON.parse(execFileSync('php', ['-r', code], { encoding: 'utf8' }));
};
const defs = phpDefsFromSource();
for (const el of ELEMENTS.filter((e) => existsSync(join(root, `src/${e.tag}/${e.tag}.component.ts`)))) {
  await check(`[${el.shortcode}] and its block mirror <${el.tag}>'s attributes`, () => {
    const ts = {
      ...base,
      ...elementAttributes(join(root, `src/${el.tag}/${el.tag}.component.ts`)),
    };
    const php = defs[el.tag]?.attributes;
    assert(php, `no definition for ${el.tag} in wordpress/asso-widgets/includes/elements.php`);
    const problems = [];
    for (const [name, a] of Object.entries(ts)) {
      const d = php[name];
      if (!d) {
        problems.push(`${name} (${a.type}) is missing from includes/elements.php`);
        continue;
      }
      const phpKind = d.type === 'url' || d.type === 'lang' ? 'string' : d.type;
      if (phpKind !== a.type) problems.push(`${name}: ${d.type} in PHP, ${a.type} in the element`);
      if (a.type === 'enum' && JSON.stringify([...a.values].sort()) !== JSON.stringify([...d.values].sort())) {
        problems.push(`${name}: values ${d.values.join('|')} in PHP, ${a.values.join('|')} in the element`);
      }
    }
    for (const name of Object.keys(php))
      if (!ts[name] && name !== 'lang') problems.push(`${name} is in includes/elements.php but not an attribute of <${el.tag}>`);
    const blockFile = join(root, `wordpress/asso-widgets/blocks/${el.tag}/block.json`);
    const block = JSON.parse(readFileSync(blockFile, 'utf8')).attributes;
    const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const blockType = { bool: 'boolean', int: 'integer' };
    for (const [name, d] of Object.entries(php)) {
      const camel = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      if (!block[camel]) problems.push(`block.json: attribute ${camel} is missing`);
      else if (block[camel].type !== (blockType[d.type] ?? 'string'))
        problems.push(`block.json: ${camel} should be ${blockType[d.type] ?? 'string'}`);
      else if (d.type === 'enum' && JSON.stringify(block[camel].enum) !== JSON.stringify(d.values))
        problems.push(`block.json: ${camel} enum differs`);
    }
    for (const camel of Object.keys(block)) if (!php[kebab(camel)]) problems.push(`block.json: ${camel} is not a shortcode attribute`);
    assert(!problems.length, problems.join('\n'));
  });
}

// ----- the browser

const executablePath = findChromium();
if (!executablePath) {
  console.error('Chromium is missing (apt-get install chromium, or set CHROME_PATH).');
  console.log(`${counts.passed} passed, ${counts.failed + 1} failed`);
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [...CHROMIUM_ARGS, '--lang=fr-FR'],
});

/** Requests to any other host than the test site: aborted and remembered. */
const external = [];
async function newContext(options = {}) {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 1100, height: 900 },
    ...options,
  });
  await context.addInitScript(installShadowText);
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === new URL(BASE).origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  return context;
}

async function login(user, pass) {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', pass);
  await Promise.all([page.waitForURL(/wp-admin/, { timeout: WAIT }), page.click('#wp-submit')]);
  const nonce = async () => (await (await context.request.get(`${BASE}/wp-admin/admin-ajax.php?action=rest-nonce`)).text()).trim();
  return { context, page, nonce: await nonce() };
}

/** A REST call as the logged-in user (what the block editor does when it saves). */
async function rest(who, method, route, body, headers = {}) {
  const res = await who.context.request.fetch(`${BASE}/?rest_route=${encodeURIComponent(route)}`, {
    method,
    headers: {
      'X-WP-Nonce': who.nonce,
      ...(body && !Buffer.isBuffer(body) ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    data: body && !Buffer.isBuffer(body) ? JSON.stringify(body) : body,
  });
  let json;
  try {
    json = await res.json();
  } catch {
    json = undefined;
  }
  return { status: res.status(), json };
}

/** Text inside an element's shadow root (and any shadow root within it); installed in every page. */
function installShadowText() {
  window.assoShadowText = (el) => {
    let out = '';
    const walk = (n) => {
      if (n.nodeType === 3) out += `${n.data} `;
      if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return;
      if (n.shadowRoot) walk(n.shadowRoot);
      for (const c of n.childNodes) walk(c);
    };
    if (el.shadowRoot) walk(el.shadowRoot);
    return out.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  };
}

/** Waits until the n-th <tag> of the page (or of a frame) has upgraded and shows `text`. */
async function expectShows(target, tag, text, index = 0) {
  try {
    await target.waitForFunction(
      ([tag, text, index]) => {
        const el = document.querySelectorAll(tag)[index];
        if (!el || !customElements.get(tag) || !(el instanceof HTMLElement) || !el.shadowRoot) return false;
        return window.assoShadowText(el).includes(text) && el.getBoundingClientRect().height > 0;
      },
      [tag, norm(text), index],
      { timeout: WAIT },
    );
  } catch {
    const state = await target.evaluate(
      ([tag, index]) => {
        const el = document.querySelectorAll(tag)[index];
        return el
          ? {
              defined: !!customElements.get(tag),
              shadow: !!el.shadowRoot,
              text: window.assoShadowText(el).slice(0, 300),
              html: el.outerHTML.slice(0, 300),
            }
          : null;
      },
      [tag, index],
    );
    throw new Error(
      `<${tag}> #${index + 1} does not show "${norm(text)}": ${state ? JSON.stringify(state) : 'no such element on the page'}`,
    );
  }
}

/** A visitor's look at a page: its HTML, the module scripts, errors, dialogs, requests. */
/** Visits a page, runs the checks on it, asserts nothing went wrong there, and always closes it. */
async function withVisit(url, checks) {
  const v = await visit(url);
  try {
    await checks(v);
    clean(v);
  } finally {
    await v.context.close();
  }
}

async function visit(url) {
  const context = await newContext();
  const page = await context.newPage();
  const errors = [];
  const dialogs = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('request', (r) => requests.push(r.url()));
  const before = external.length;
  const res = await page.goto(url, { waitUntil: 'load' });
  const html = await res.text();
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('script[src*="asso-widgets.js"]')].map((s) => ({ type: s.type, src: s.src })),
  );
  return {
    context,
    page,
    html,
    scripts,
    errors,
    dialogs,
    requests,
    externals: () => external.slice(before),
  };
}
const scriptOnce = (v) => {
  assert(v.scripts.length === 1, `expected one asso-widgets.js script, found ${v.scripts.length}: ${JSON.stringify(v.scripts)}`);
  assert(v.scripts[0].type === 'module', `the script is not a module: ${JSON.stringify(v.scripts[0])}`);
};
const clean = (v) => {
  assert(!v.externals().length, `requests to other hosts: ${v.externals().join(', ')}`);
  const ours = v.errors.filter((e) => !/favicon/.test(e));
  assert(!ours.length, `errors in the page: ${ours.join(' | ')}`);
  assert(!v.dialogs.length, `dialogs opened: ${v.dialogs.join(' | ')}`);
  // The loader (with WordPress's ?ver=) and the parts loaded on demand all import the main file by one name.
  // (A page reloaded requests it again, by the same address: a module is loaded once per address.)
  const mains = new Set(v.requests.filter((u) => /\/asso-widgets\/main-[\w-]+\.js/.test(u)));
  assert(mains.size <= 1, `the main file was loaded under ${mains.size} addresses: ${[...mains].join(', ')}`);
};

let admin;
let contributor;
let author;
let uploadedUrl;
const pages = {};

try {
  // ----- the administrator installs the zip like a webmaster

  await check('the administrator logs in', async () => {
    admin = await login('admin', ADMIN_PASS);
    assert(admin.nonce && admin.nonce !== '0', 'no REST nonce for the administrator');
  });

  await check('Plugins → Add New → Upload installs the zip', async () => {
    const page = admin.page;
    await page.goto(`${BASE}/wp-admin/plugin-install.php?tab=upload`);
    await page.setInputFiles('#pluginzip', ZIP);
    await Promise.all([
      page.waitForLoadState('load'),
      page.waitForURL(/update\.php/, { timeout: WAIT }),
      page.click('#install-plugin-submit'),
    ]);
    const activate = page.locator('a[href*="action=activate"][href*="asso-widgets"]');
    await activate.waitFor({ timeout: WAIT }).catch(async () => {
      throw new Error(`no "Activer" link after the upload: ${norm(await page.locator('.wrap').innerText()).slice(0, 400)}`);
    });
    await Promise.all([page.waitForURL(/plugins\.php/, { timeout: WAIT }), activate.first().click()]);
  });

  await check('the plugin is active, with a Settings link', async () => {
    const row = admin.page.locator('tr[data-plugin="asso-widgets/asso-widgets.php"]');
    assert((await row.getAttribute('class'))?.includes('active'), 'the plugin row is not active');
    assert(await row.locator('a[href*="page=asso-widgets"]').count(), 'no Réglages link on the plugin row');
  });

  // ----- feeds in the media library (administrators only)

  await check('an administrator uploads a .json feed to the media library', async () => {
    const r = await rest(admin, 'POST', '/wp/v2/media', readFileSync(join(root, 'fixtures/feeds/gcsms.json')), {
      'Content-Type': 'application/json',
      'Content-Disposition': 'attachment; filename="flux-gcsms.json"',
    });
    assert(r.status === 201, `HTTP ${r.status}: ${JSON.stringify(r.json).slice(0, 300)}`);
    assert(r.json.mime_type === 'application/json', `mime type ${r.json.mime_type}`);
    uploadedUrl = r.json.source_url;
    const served = await admin.context.request.get(uploadedUrl);
    assert(served.ok() && (await served.json()).organisation, 'the uploaded feed is not served back');
  });

  await check('a .json file that is not JSON is refused, saying so', async () => {
    const r = await rest(admin, 'POST', '/wp/v2/media', Buffer.from('{ "version": "1.0", '), {
      'Content-Type': 'application/json',
      'Content-Disposition': 'attachment; filename="casse.json"',
    });
    assert(r.status >= 400, `accepted (HTTP ${r.status})`);
    assert(/JSON/.test(r.json?.message ?? ''), `message: ${r.json?.message}`);
  });

  await check('an author may not upload .json files', async () => {
    author = await login('auteur', USER_PASS);
    const r = await rest(author, 'POST', '/wp/v2/media', readFileSync(join(root, 'fixtures/feeds/gcsms.json')), {
      'Content-Type': 'application/json',
      'Content-Disposition': 'attachment; filename="flux-auteur.json"',
    });
    assert(r.status >= 400, `an author uploaded a .json file (HTTP ${r.status})`);
  });

  await check('without any feed, visitors see nothing and editors see a hint', async () => {
    const r = await rest(admin, 'POST', '/wp/v2/pages', {
      title: 'Pas encore de flux',
      content: '[values_charter]',
      status: 'publish',
    });
    assert(r.status === 201, `HTTP ${r.status}`);
    const v = await visit(r.json.link);
    try {
      assert(!(await v.page.locator('values-charter, .asso-widgets-notice').count()), 'visitors see something');
      assert(v.scripts.length === 0, 'the script is loaded for nothing');
    } finally {
      await v.context.close();
    }
    await admin.page.goto(r.json.link);
    const hint = norm(await admin.page.locator('.asso-widgets-notice').innerText());
    assert(hint.includes('[values_charter]') && hint.includes('Réglages → asso-widgets'), `hint: ${hint}`);
  });

  // ----- Settings → asso-widgets

  await check('Settings → asso-widgets saves the default feed (Settings API form with its nonce)', async () => {
    const page = admin.page;
    await page.goto(`${BASE}/wp-admin/options-general.php?page=asso-widgets`);
    assert(norm(await page.locator('h1').innerText()) === 'asso-widgets', 'no asso-widgets heading');
    assert(await page.locator('input[name="_wpnonce"]').count(), 'the form has no nonce');
    assert((await page.locator('label[for="asso_widgets_feed_url"]').innerText()).includes('Adresse du flux'), 'the page is not in French');
    assert((await page.locator('.wrap').innerText()).includes('flux-gcsms'), 'the uploaded feed is not listed');
    await page.fill('#asso_widgets_feed_url', uploadedUrl);
    await Promise.all([page.waitForURL(/settings-updated=true/, { timeout: WAIT }), page.click('#submit')]);
    assert((await page.locator('#asso_widgets_feed_url').inputValue()) === uploadedUrl, 'the address was not kept');
    assert(site('option', 'asso_widgets_settings').feed_url === uploadedUrl, 'the option does not hold the address');
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.setViewportSize({ width: 1100, height: 760 });
      await page.screenshot({ path: join(SHOTS, 'wordpress-settings.png') });
      await page.setViewportSize({ width: 1100, height: 900 });
    }
  });

  await check('the settings refuse a javascript: address and keep the previous one', async () => {
    const page = admin.page;
    await page.fill('#asso_widgets_feed_url', 'javascript:alert(1)');
    await Promise.all([page.waitForURL(/settings-updated=true/, { timeout: WAIT }), page.click('#submit')]);
    assert((await page.locator('.notice-error, .error').count()) > 0, 'no error notice');
    assert(site('option', 'asso_widgets_settings').feed_url === uploadedUrl, 'the previous address was lost');
  });

  await check('options.php refuses the settings form without a valid nonce', async () => {
    const res = await admin.context.request.post(`${BASE}/wp-admin/options.php`, {
      form: {
        option_page: 'asso-widgets',
        action: 'update',
        _wpnonce: 'nope',
        asso_widgets_settings: '',
        'asso_widgets_settings[feed_url]': 'https://evil.example/x.json',
      },
    });
    assert(res.status() >= 400, `HTTP ${res.status()}`);
    assert(site('option', 'asso_widgets_settings').feed_url === uploadedUrl, 'the option changed');
  });

  await check('a contributor cannot open Settings → asso-widgets', async () => {
    contributor = await login('contributrice', USER_PASS);
    const res = await contributor.page.goto(`${BASE}/wp-admin/options-general.php?page=asso-widgets`);
    assert(
      res.status() === 403 || /pas autorisé|pas l’autorisation|not allowed/i.test(await contributor.page.content()),
      `HTTP ${res.status()}`,
    );
    assert(!(await contributor.page.locator('#asso_widgets_feed_url').count()), 'the field is shown');
  });

  // ----- content, by role

  const sc = (el, feed) => `[${el.shortcode} src="${FEED(feed)}"]`;
  const inline = JSON.stringify({
    version: '1.0',
    organisation: { nom: 'Association « en ligne »' },
    valeurs: {
      valeurs: [
        {
          titre: 'Valeur écrite dans la page',
          texte: 'Dite "entre guillemets" – l’apostrophe aussi.',
        },
      ],
    },
  });

  await check('a contributor writes a post with the shortcodes; WordPress strips the raw tags (kses)', async () => {
    const content = [
      'Voici ce que notre association publie.',
      '',
      ...landed.map((el) => sc(el, el.feed)),
      '',
      `<values-charter src="${FEED('chaumiere')}"></values-charter>`,
      '<script>window.contributorScript = true</script>',
      '',
      // Hostile attribute values: they must stay inert text.
      `[values_charter src="javascript:alert(1)" group='x" onmouseover="alert(1)' class='y" onfocus="alert(2)' id='z"><img src=x onerror=alert(3)>' heading-level="9"]`,
      // Another spelling of the attributes, a bare boolean, an enum.
      `[values_charter src="${FEED('gcsms')}" heading_level="4" no-figures layout="accordion" layout-typo="x"]`,
    ].join('\n');
    const r = await rest(contributor, 'POST', '/wp/v2/posts', {
      title: 'Article d’une contributrice',
      content,
      status: 'pending',
    });
    assert(r.status === 201, `HTTP ${r.status}: ${JSON.stringify(r.json).slice(0, 300)}`);
    const raw = r.json.content.raw;
    assert(!/<values-charter/i.test(raw), 'kses kept the raw <values-charter> tag: the scenario is not the real one');
    assert(!/<script/i.test(raw), 'kses kept the <script>');
    for (const el of landed) assert(raw.includes(sc(el, el.feed)), `the shortcode ${el.shortcode} was altered: ${raw}`);
    const pub = await rest(admin, 'POST', `/wp/v2/posts/${r.json.id}`, {
      status: 'publish',
    });
    assert(pub.status === 200, `publishing: HTTP ${pub.status}`);
    pages.contributor = pub.json.link;
  });

  const adminPage = async (key, title, content) => {
    const r = await rest(admin, 'POST', '/wp/v2/pages', {
      title,
      content,
      status: 'publish',
    });
    assert(r.status === 201, `HTTP ${r.status}: ${JSON.stringify(r.json).slice(0, 300)}`);
    pages[key] = r.json.link;
    return r.json;
  };

  await check('the administrator makes the pages (blocks, Custom HTML, classic content, [asso_feed], none)', async () => {
    await adminPage(
      'blocks',
      'Page en blocs',
      [
        '<!-- wp:paragraph --><p>Le bloc Code court et les blocs asso-widgets.</p><!-- /wp:paragraph -->',
        `<!-- wp:shortcode -->\n[values_charter src="${FEED('gcsms')}" layout="list"]\n<!-- /wp:shortcode -->`,
        ...landed.map(
          (el) => `<!-- wp:asso-widgets/${el.tag} ${JSON.stringify({ src: FEED(el.feed), headingLevel: 3, align: 'wide' })} /-->`,
        ),
      ].join('\n\n'),
    );
    await adminPage(
      'html',
      'HTML personnalisé',
      [
        `<!-- wp:html -->\n<values-charter src="${FEED('chaumiere')}" heading-level="2"></values-charter>\n<!-- /wp:html -->`,
        `<!-- wp:html -->\n<values-charter layout="list"><script type="application/json">${inline}</script></values-charter>\n<!-- /wp:html -->`,
      ].join('\n\n'),
    );
    await adminPage(
      'classic',
      'Contenu classique',
      [
        'Un paragraphe avant.',
        '',
        `<values-charter src="${FEED('chaumiere')}"`,
        '  heading-level="3">',
        '',
        '</values-charter>',
        '',
        'Un paragraphe entre les deux.',
        '<values-charter layout="list">',
        `<script type="application/json">${inline}</script>`,
        '</values-charter>',
        'Et un après.',
      ].join('\n'),
    );
    await adminPage(
      'default',
      'Flux par défaut',
      ['[values_charter heading-level="2"]', '', '<!-- wp:asso-widgets/values-charter /-->'].join('\n'),
    );
    await adminPage(
      'feed',
      'Un seul flux',
      [
        `[asso_feed src="${FEED('chaumiere')}"]`,
        ...landed.filter((e) => e.feed === 'chaumiere').map((e) => `[${e.shortcode}]`),
        '[/asso_feed]',
      ].join('\n'),
    );
    await adminPage('none', 'Sans élément', 'Une page sans aucun élément asso-widgets.');
    await adminPage('hostileFeed', 'Flux hostile', landed.map((el) => sc(el, 'hostile')).join('\n\n'));
  });

  // ----- a visitor's view

  await check('the contributor’s post: every shortcode upgrades and shows the feed, script once, nothing external', async () => {
    assert(landed.length, 'no element has landed yet');
    const v = await visit(pages.contributor);
    try {
      scriptOnce(v);
      for (const el of landed) await expectShows(v.page, el.tag, el.expected);
      clean(v);
      assert(!(await v.page.evaluate(() => window.contributorScript)), 'the contributor’s script ran');
      if (SHOTS && charter) {
        // The top of the post as a visitor sees it: the site's header, the title, the charter.
        mkdirSync(SHOTS, { recursive: true });
        await v.page.setViewportSize({ width: 960, height: 860 });
        await v.page.evaluate(() => window.scrollTo(0, 0));
        await v.page.waitForTimeout(1500);
        await v.page.screenshot({ path: join(SHOTS, 'wordpress-shortcode.png') });
      }
    } finally {
      await v.context.close();
    }
  });

  const catalogue = landed.find((e) => e.tag === 'formation-catalogue');
  if (!catalogue) skip('the catalogue keeps WordPress’s own query parameters', '<formation-catalogue> has not landed');
  else
    await check('the catalogue’s filters go into the address next to WordPress’s own ?p=…, and survive a reload', async () => {
      await withVisit(pages.contributor, async (v) => {
        await expectShows(v.page, 'formation-catalogue', catalogue.expected);
        const sort = v.page.locator('formation-catalogue #fc-sort');
        await sort.selectOption('titre');
        await v.page.waitForFunction(() => window.location.search.includes('tri=titre'), null, { timeout: WAIT });
        const post = new URL(pages.contributor).searchParams.get('p');
        assert(new URL(v.page.url()).searchParams.get('p') === post, `WordPress's p=${post} was lost: ${v.page.url()}`);
        await v.page.reload();
        await expectShows(v.page, 'formation-catalogue', catalogue.expected);
        assert((await sort.inputValue()) === 'titre', 'the sort was not restored from the address');
      });
    });

  await check(
    'shortcode attributes: hostile values stay inert (esc_attr, esc_url); heading_level, bare booleans; unknown ones dropped',
    async () => {
      const v = await visit(pages.contributor);
      try {
        const hostile = await v.page.evaluate(() => {
          const el = [...document.querySelectorAll('values-charter')].find((e) => e.hasAttribute('group'));
          if (!el) return null;
          return {
            attrs: el.getAttributeNames(),
            group: el.getAttribute('group'),
            src: el.getAttribute('src'),
            id: el.id,
            className: el.className,
            level: el.getAttribute('heading-level'),
            imgs: document.querySelectorAll('img[src="x"]').length,
          };
        });
        assert(hostile, 'the hostile shortcode printed no element');
        assert(!hostile.attrs.some((a) => a.startsWith('on')), `event handler attributes: ${hostile.attrs.join(', ')}`);
        assert(hostile.group === 'x" onmouseover="alert(1)', `group is ${JSON.stringify(hostile.group)}`);
        assert(!/^javascript:/i.test(hostile.src ?? ''), `src is ${hostile.src}`);
        assert(!/["<>]/.test(hostile.id + hostile.className), `id/class not sanitized: ${hostile.id} ${hostile.className}`);
        assert(hostile.level === '6', `heading-level 9 should be clamped to 6, got ${hostile.level}`);
        assert(hostile.imgs === 0, 'an <img src=x> appeared');
        const spelled = await v.page.evaluate(() => {
          const el = [...document.querySelectorAll('values-charter')].find((e) => e.getAttribute('layout') === 'accordion');
          return (
            el && {
              level: el.getAttribute('heading-level'),
              noFigures: el.hasAttribute('no-figures'),
              attrs: el.getAttributeNames(),
            }
          );
        });
        assert(spelled && spelled.level === '4' && spelled.noFigures, `heading_level / no-figures: ${JSON.stringify(spelled)}`);
        assert(!spelled.attrs.includes('layout-typo'), 'an unknown attribute was printed');
        await v.page.mouse.move(300, 300);
        assert(!v.dialogs.length, `a dialog opened: ${v.dialogs.join(' | ')}`);
      } finally {
        await v.context.close();
      }
    },
  );

  await check('the Shortcode block and the dynamic blocks upgrade and show their feeds', async () => {
    await withVisit(pages.blocks, async (v) => {
      scriptOnce(v);
      if (charter) await expectShows(v.page, 'values-charter', feeds.gcsms.valeurs.valeurs[0].titre, 0);
      for (const el of landed) {
        const index = el.tag === 'values-charter' ? 1 : 0;
        await expectShows(v.page, el.tag, el.expected, index);
        const classes = await v.page.evaluate(([tag, i]) => document.querySelectorAll(tag)[i].className, [el.tag, index]);
        assert(classes.includes(`wp-block-asso-widgets-${el.tag}`) && classes.includes('alignwide'), `block classes: "${classes}"`);
      }
    });
  });

  await check('Custom HTML blocks: raw tags (src and inline JSON) load the script and upgrade', async () => {
    assert(charter, '<values-charter> has not landed');
    await withVisit(pages.html, async (v) => {
      scriptOnce(v);
      await expectShows(v.page, 'values-charter', charter.expected, 0);
      await expectShows(v.page, 'values-charter', 'Valeur écrite dans la page', 1);
    });
  });

  await check('classic content: raw tags survive wpautop’s <p> and <br>', async () => {
    assert(charter, '<values-charter> has not landed');
    await withVisit(pages.classic, async (v) => {
      const start = v.html.indexOf('<values-charter');
      const around = v.html.slice(Math.max(0, start - 40), v.html.lastIndexOf('</values-charter>') + 20);
      assert(/<p>|<br ?\/?>/.test(around), `wpautop did not touch the tags, the scenario is not the real one: ${around.slice(0, 300)}`);
      scriptOnce(v);
      await expectShows(v.page, 'values-charter', charter.expected, 0);
      await expectShows(v.page, 'values-charter', 'Valeur écrite dans la page', 1);
    });
  });

  await check('shortcode and block without src read the default feed (the uploaded .json)', async () => {
    assert(charter, '<values-charter> has not landed');
    await withVisit(pages.default, async (v) => {
      const srcs = await v.page.evaluate(() => [...document.querySelectorAll('values-charter')].map((e) => e.getAttribute('src')));
      assert(srcs.length === 2 && srcs.every((s) => s === uploadedUrl), `src attributes: ${JSON.stringify(srcs)}`);
      await expectShows(v.page, 'values-charter', feeds.gcsms.valeurs.valeurs[0].titre, 0);
      await expectShows(v.page, 'values-charter', feeds.gcsms.valeurs.valeurs[0].titre, 1);
    });
  });

  await check('[asso_feed]: one request for the feed, every shortcode inside shows it', async () => {
    const inside = landed.filter((e) => e.feed === 'chaumiere');
    assert(inside.length, 'no landed element reads the La Chaumière feed');
    await withVisit(pages.feed, async (v) => {
      scriptOnce(v);
      assert((await v.page.locator('asso-feed').count()) === 1, 'no <asso-feed>');
      for (const el of inside) await expectShows(v.page, el.tag, el.expected);
      const hits = v.requests.filter((u) => u.includes('chaumiere.json')).length;
      assert(hits === 1, `${hits} requests for chaumiere.json`);
    });
  });

  await check('a hostile feed (markup, javascript: links in every field) shows as text and runs nothing', async () => {
    await withVisit(pages.hostileFeed, async (v) => {
      for (const el of landed) {
        const text = el.text(feeds.hostile);
        if (text) await expectShows(v.page, el.tag, text);
      }
      const found = await v.page.evaluate(() => {
        const out = { imgs: 0, jsLinks: 0 };
        const walk = (n) => {
          if (n.nodeType === 1) {
            if (n.tagName === 'IMG' && n.getAttribute('src') === 'x') out.imgs++;
            if (/^\s*javascript:/i.test(n.getAttribute('href') ?? '')) out.jsLinks++;
            if (n.shadowRoot) walk(n.shadowRoot);
          }
          for (const c of n.childNodes) walk(c);
        };
        walk(document.body);
        return out;
      });
      assert(found.imgs === 0 && found.jsLinks === 0, `hostile markup became live: ${JSON.stringify(found)}`);
    });
  });

  await check('a page without any element gets no script', async () => {
    await withVisit(pages.none, async (v) => {
      assert(v.scripts.length === 0 && !v.html.includes('asso-widgets.js'), `script found: ${JSON.stringify(v.scripts)}`);
    });
  });

  // ----- the block editor

  await check('the block editor lists the blocks in French and previews one live', async () => {
    assert(charter, '<values-charter> has not landed');
    const page = admin.page;
    await page.goto(`${BASE}/wp-admin/post-new.php?post_type=page`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('asso-widgets/values-charter')?.edit, null, { timeout: 60000 });
    const titles = await page.evaluate(() =>
      window.wp.blocks
        .getBlockTypes()
        .filter((b) => b.name.startsWith('asso-widgets/'))
        .map((b) => `${b.name}=${b.title}`),
    );
    assert(titles.includes('asso-widgets/values-charter=Charte des valeurs'), `blocks: ${titles.join(', ')}`);
    assert(titles.length === Object.keys(defs).length, `expected ${Object.keys(defs).length} blocks: ${titles.join(', ')}`);
    await page.evaluate((src) => {
      const block = window.wp.blocks.createBlock('asso-widgets/values-charter', { src });
      window.wp.data.dispatch('core/block-editor').insertBlocks(block);
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    }, FEED('chaumiere'));
    // WordPress 6.1 edits in the page itself; later versions in an iframe.
    const iframe = page.locator('iframe[name="editor-canvas"]');
    const target = (await iframe.count()) ? await (await iframe.elementHandle()).contentFrame() : page;
    await expectShows(target, 'values-charter', charter.expected, 0);
    await page.getByLabel('Adresse du flux (JSON)').first().waitFor({ timeout: WAIT });
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'wordpress-editor.png') });
  });

  // ----- deleting the plugin

  await check('deleting the plugin (Plugins screen) removes its settings', async () => {
    const page = admin.page;
    page.on('dialog', (d) => d.accept().catch(() => {}));
    await page.goto(`${BASE}/wp-admin/plugins.php`);
    const row = page.locator('tr[data-plugin="asso-widgets/asso-widgets.php"]');
    await Promise.all([page.waitForURL(/deactivate=true/, { timeout: WAIT }), row.locator('.deactivate a').click()]);
    // The Delete link is handled by wp.updates (AJAX) once the page's scripts have run.
    await page.waitForLoadState('load');
    await page.waitForFunction(() => window.wp?.updates?.deletePlugin, null, { timeout: WAIT });
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('admin-ajax.php') && (r.request().postData() ?? '').includes('delete-plugin'), {
        timeout: WAIT,
      }),
      row.locator('.delete a').click(),
    ]);
    const answer = await response.json().catch(() => ({}));
    assert(answer.success, `delete-plugin answered ${JSON.stringify(answer).slice(0, 300)}`);
    assert(!existsSync(join(CONTENT, 'plugins/asso-widgets')), 'the plugin folder is still there');
    assert(site('option', 'asso_widgets_settings') === false, 'the option asso_widgets_settings is still there');
  });
} finally {
  await browser.close().catch(() => {});
}

await check('nothing reached another host, from any page', () => {
  assert(!external.length, `requests to other hosts: ${[...new Set(external)].join(', ')}`);
});

await check('PHP logged no warning or error from the plugin', () => {
  const log = process.env.WP_E2E_LOG && existsSync(process.env.WP_E2E_LOG) ? readFileSync(process.env.WP_E2E_LOG, 'utf8') : '';
  const ours = log.split('\n').filter((l) => /asso-widgets/.test(l) && /PHP (Warning|Notice|Fatal|Parse|Deprecated)/.test(l));
  assert(!ours.length, ours.slice(0, 5).join('\n'));
});

console.log(`\nWordPress end-to-end: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(counts.failed ? 1 : 0);
