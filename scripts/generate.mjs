#!/usr/bin/env node
// Generated files, committed so editors and Storybook can read them:
//   schema/feed.schema.json  — from the valibot schema in src/feed/schema
//   custom-elements.json     — from the elements' JSDoc (custom-elements-manifest analyzer)
//   docs/feed.md's example   — the fixture feed it names
//   map outlines             — scripts/build-geo.mjs, when ../shared/geo is present
// `--check` regenerates into memory and fails when a committed file is stale.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const work = mkdtempSync(join(tmpdir(), 'asso-gen-'));
let stale = 0;

function emit(rel, content) {
  const file = resolve(root, rel);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (check) {
    if (before !== content) {
      stale++;
      console.error(`${rel} is not up to date: run npm run generate and commit it.`);
    } else console.log(`${rel} is up to date.`);
  } else if (before !== content) {
    writeFileSync(file, content);
    console.log(`wrote ${rel}`);
  }
}

try {
  // 1. JSON Schema
  // Beside node_modules, so the bundle can import typescript (kept external).
  const out = join(root, 'node_modules', '.cache', 'asso-gen', 'schema.mjs');
  const esbuild = spawnSync(
    resolve(root, 'node_modules/.bin/esbuild'),
    ['scripts/json-schema.ts', '--bundle', '--platform=node', '--format=esm', '--external:typescript', `--outfile=${out}`, '--log-level=warning'],
    { cwd: root, stdio: 'inherit' },
  );
  if (esbuild.status !== 0) process.exit(1);
  const { feedJsonSchema } = await import(pathToFileURL(out).href);
  emit('schema/feed.schema.json', `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);

  // 2. Custom elements manifest (the analyzer takes --outdir relative to the working directory)
  const cemDir = join('node_modules', '.cache', 'asso-cem');
  const cem = spawnSync(
    process.execPath,
    ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', cemDir],
    { cwd: root, encoding: 'utf8' },
  );
  if (cem.status !== 0) {
    console.error(cem.stdout, cem.stderr);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(join(root, cemDir, 'custom-elements.json'), 'utf8'));
  // The analyzer lists modules in the order its file reads finish: sort them so the file is reproducible.
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  // Tags are registered through src/define.ts (which skips a defined tag), so
  // the analyzer cannot see them: read `define('tag', Class)` in the define entries.
  const tags = new Map();
  for (const mod of manifest.modules) {
    const source = readFileSync(resolve(root, mod.path.replace(/\.component\.ts$/, '.ts')), 'utf8');
    for (const [, tag, cls] of source.matchAll(/define\('([a-z][a-z0-9]*-[a-z0-9-]+)', (\w+)\)/g)) tags.set(cls, { tag, path: mod.path.replace(/\.component\.ts$/, '.ts') });
  }
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      const found = tags.get(decl.name);
      if (!found) continue;
      decl.tagName = found.tag;
      decl.customElement = true;
      mod.exports = [
        ...(mod.exports ?? []),
        { kind: 'custom-element-definition', name: found.tag, declaration: { name: decl.name, module: mod.path } },
      ];
    }
  }
  emit('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);

  // 3. The complete examples shown in the docs are the fixture feeds themselves.
  for (const doc of ['docs/feed.md']) {
    const text = readFileSync(resolve(root, doc), 'utf8');
    const filled = text.replace(
      /<!-- example:([^ ]+) -->\n[\s\S]*?<!-- \/example -->/g,
      (_, rel) => `<!-- example:${rel} -->\n\`\`\`json\n${readFileSync(resolve(root, rel), 'utf8').trimEnd()}\n\`\`\`\n<!-- /example -->`,
    );
    emit(doc, filled);
  }

  // 4. Map outlines (owned by the service map)
  const geo = resolve(root, 'scripts/build-geo.mjs');
  if (existsSync(geo) && existsSync(resolve(root, '../shared/geo'))) {
    const r = spawnSync(process.execPath, [geo, ...(check ? ['--check'] : [])], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) stale++;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (stale) process.exit(1);
