#!/usr/bin/env node
// npm run build:wordpress: the installable WordPress plugin,
// wordpress/build/asso-widgets.zip. It holds wordpress/asso-widgets/ plus the
// one-file bundle (dist/asso-widgets.js and its lazy chunks, from
// `npm run build`) in assets/, the French translation compiled to .mo, and the
// licence. The zip is written here with Node's zlib (no `zip` command needed)
// and is byte-for-byte reproducible: fixed dates, sorted entries.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import * as zlib from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const source = join(root, 'wordpress/asso-widgets');
const buildDir = join(root, 'wordpress/build');
const stage = join(buildDir, 'asso-widgets');
const zipPath = join(buildDir, 'asso-widgets.zip');
// `--dist <folder>` takes the bundle from another folder than dist/.
const distArg = process.argv.indexOf('--dist');
const dist = distArg > 0 ? resolve(process.argv[distArg + 1]) : join(root, 'dist');
const bundle = join(dist, 'asso-widgets.js');
const chunks = join(dist, 'asso-widgets');

function fail(message) {
  console.error(`build-wordpress: ${message}`);
  process.exit(1);
}

if (!existsSync(bundle) || statSync(bundle).size === 0) {
  fail(`${relative(root, bundle)} is missing or empty: run \`npm run build\` first.`);
}
// The bundle is a loader of its main file (scripts/build.mjs).
const loaded = /import\("\.\/(asso-widgets\/main-[\w-]+\.js)"\)/.exec(readFileSync(bundle, 'utf8'))?.[1];
if (!loaded || !existsSync(join(dist, loaded)) || !readFileSync(join(dist, loaded), 'utf8').includes('customElements')) {
  fail(`${relative(root, bundle)} registers no element (were the define entries tree-shaken away?): the plugin would show nothing.`);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// 1. Stage the plugin folder.
rmSync(buildDir, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(source, stage, {
  recursive: true,
  filter: (src) => !/(^|\/)(\.DS_Store|.*~)$/.test(src),
});
mkdirSync(join(stage, 'assets'), { recursive: true });
cpSync(bundle, join(stage, 'assets/asso-widgets.js'));
if (existsSync(chunks)) {
  cpSync(chunks, join(stage, 'assets/asso-widgets'), {
    recursive: true,
    filter: (src) => !src.endsWith('.map'),
  });
}
if (existsSync(join(root, 'LICENSE'))) cpSync(join(root, 'LICENSE'), join(stage, 'LICENSE.txt'));

// 2. The package's version everywhere WordPress reads one.
const setVersion = (file, pattern, replacement) => {
  const path = join(stage, file);
  const text = readFileSync(path, 'utf8');
  if (!pattern.test(text)) fail(`no version found in ${file}`);
  writeFileSync(path, text.replace(pattern, replacement));
};
setVersion('asso-widgets.php', /^( \* Version:\s+).*$/m, `$1${version}`);
setVersion('asso-widgets.php', /define\( 'ASSO_WIDGETS_VERSION', '[^']*' \);/, `define( 'ASSO_WIDGETS_VERSION', '${version}' );`);
setVersion('readme.txt', /^(Stable tag:\s+).*$/m, `$1${version}`);

// 3. Translations: languages/*.po → .mo.
const languages = join(stage, 'languages');
if (existsSync(languages)) {
  for (const name of readdirSync(languages).filter((n) => n.endsWith('.po'))) {
    const entries = parsePo(readFileSync(join(languages, name), 'utf8'));
    writeFileSync(join(languages, name.replace(/\.po$/, '.mo')), buildMo(entries));
  }
}

// 4. The zip.
const files = walk(stage).sort();
writeFileSync(
  zipPath,
  makeZip(
    files.map((path) => ({
      name: relative(buildDir, path) + (path.endsWith('/') ? '/' : ''),
      path,
    })),
  ),
);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `Built ${relative(root, zipPath)} (${kb(statSync(zipPath).size)}, ${files.filter((f) => !f.endsWith('/')).length} files, version ${version}); bundle ${kb(statSync(join(dist, loaded)).size)} (${loaded}, loaded by asso-widgets.js).`,
);

/** Every file and folder under a folder; folders end with "/". */
function walk(dir) {
  const out = [`${dir}/`];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/** Minimal gettext .po reader: msgctxt, msgid, msgid_plural, msgstr, msgstr[n]; fuzzy entries skipped. */
function parsePo(text) {
  const entries = [];
  let cur = null;
  let field = null;
  let fuzzy = false;
  const unquote = (s) => JSON.parse(s.replace(/\\([^"\\nrt])/g, (m, c) => (c === 'a' ? '\\u0007' : m)));
  const flush = () => {
    if (cur && cur.msgid !== undefined && !fuzzy) entries.push(cur);
    cur = null;
    fuzzy = false;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#,') && line.includes('fuzzy')) fuzzy = true;
    if (line.startsWith('#')) continue;
    const m = line.match(/^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/);
    if (m) {
      if (m[1] === 'msgctxt' || (m[1] === 'msgid' && cur && cur.msgstr.length)) flush();
      cur ??= { msgstr: [] };
      if (m[1].startsWith('msgstr')) {
        field = ['msgstr', Number(m[2] ?? 0)];
        cur.msgstr[field[1]] = unquote(m[3]);
      } else {
        field = [m[1]];
        cur[m[1]] = unquote(m[3]);
      }
    } else if (line.startsWith('"') && cur && field) {
      if (field[0] === 'msgstr') cur.msgstr[field[1]] += unquote(line);
      else cur[field[0]] += unquote(line);
    }
  }
  flush();
  return entries.filter((e) => e.msgid === '' || e.msgstr.some((s) => s));
}

/** A little-endian .mo file (no hash table), originals sorted as gettext wants. */
function buildMo(entries) {
  const pairs = entries
    .map((e) => {
      const key =
        (e.msgctxt !== undefined ? `${e.msgctxt}\u0004` : '') + e.msgid + (e.msgid_plural !== undefined ? `\u0000${e.msgid_plural}` : '');
      return [Buffer.from(key, 'utf8'), Buffer.from(e.msgstr.join('\u0000'), 'utf8')];
    })
    .sort((a, b) => Buffer.compare(a[0], b[0]));
  const n = pairs.length;
  const headerSize = 28;
  const tables = headerSize + n * 16;
  const header = Buffer.alloc(tables);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + n * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(tables, 24);
  const blobs = [];
  let offset = tables;
  const place = (buf, at) => {
    header.writeUInt32LE(buf.length, at);
    header.writeUInt32LE(offset, at + 4);
    blobs.push(buf, Buffer.alloc(1));
    offset += buf.length + 1;
  };
  pairs.forEach(([k], i) => place(k, headerSize + i * 8));
  pairs.forEach(([, v], i) => place(v, headerSize + n * 8 + i * 8));
  return Buffer.concat([header, ...blobs]);
}

/** CRC-32 (zlib's when this Node has it). */
function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A zip archive (deflate, UTF-8 names, Unix permissions, fixed date 2024-01-01 00:00). */
function makeZip(entries) {
  const dosTime = 0;
  const dosDate = ((2024 - 1980) << 9) | (1 << 5) | 1;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, path } of entries) {
    const isDir = name.endsWith('/');
    const nameBuf = Buffer.from(name.split('\\').join('/'), 'utf8');
    const data = isDir ? Buffer.alloc(0) : readFileSync(path);
    const deflated = isDir ? data : deflateRawSync(data, { level: 9 });
    const stored = isDir || deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = isDir ? 0 : crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBuf, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt16LE(0, 30);
    central.writeUInt16LE(0, 32);
    central.writeUInt16LE(0, 34);
    central.writeUInt16LE(0, 36);
    central.writeUInt32LE((((isDir ? 0o40755 : 0o100644) << 16) | (isDir ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
