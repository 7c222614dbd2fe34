#!/usr/bin/env node
// npm run build: type declarations, the npm library (one module per element),
// the one-file bundle dist/asso-widgets.js, then the size budgets (which fail
// the build when exceeded).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleEntry } from './bundle.mjs';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

rmSync(resolve(root, 'dist'), { recursive: true, force: true });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn']);
// The one-file bundle: dist/asso-widgets.js is a one-line loader of
// dist/asso-widgets/main-<hash>.js, which holds everything an element needs
// at once (one request, not one per shared piece); the parts loaded on
// demand import it by that same name. Its name changes with its content, so
// a cached copy is never stale, and the loader can carry WordPress's
// `?ver=` without the main file being loaded twice.
const files = await bundleEntry({
  entry: resolve(root, 'src/all.ts'),
  outDir: resolve(root, 'dist'),
  fileName: 'asso-widgets/main-[hash].js',
  chunkDir: 'asso-widgets',
  sourcemap: true,
  emptyOutDir: false,
  extendEntry: true,
});
const main = files.find((f) => f.type === 'chunk' && f.isEntry);
if (!main || main.imports.length) {
  console.error(`the one-file bundle should be one entry with no static import, found: ${main ? main.imports.join(', ') : 'no entry'}`);
  process.exit(1);
}
// A webmaster who uploads the loader without its folder is told why nothing shows.
const mainUrl = `./${main.fileName}`;
writeFileSync(
  resolve(root, 'dist/asso-widgets.js'),
  `// asso-widgets: every element. The code is in the asso-widgets/ folder beside this file.
import(${JSON.stringify(mainUrl)}).catch((e) =>
  console.error(
    'asso-widgets\\u00a0: impossible de charger ${mainUrl} (le dossier asso-widgets/ doit être à côté de asso-widgets.js). ' +
      '${mainUrl} could not be loaded: put the asso-widgets/ folder beside asso-widgets.js.',
    e,
  ),
);
`,
);
// The one-file bundle must register every element: a bundler that believed
// the define entries free of side effects would leave it empty.
const bundle = resolve(root, 'dist', main.fileName);
const text = existsSync(bundle) ? readFileSync(bundle, 'utf8') : '';
const missing = ['asso-feed', 'values-charter', 'formation-catalogue', 'service-map', 'governance-organigram'].filter(
  (tag) => existsSync(resolve(root, `src/${tag}/${tag}.ts`)) && !text.includes(`"${tag}"`) && !text.includes(`'${tag}'`) && !text.includes(`\`${tag}\``),
);
if (!text || missing.length) {
  console.error(`dist/asso-widgets.js does not register ${missing.join(', ') || 'anything'}`);
  process.exit(1);
}
console.log('Built dist/ (library modules, types, dist/asso-widgets.js).');
if (!process.argv.includes('--no-size')) run(process.execPath, ['scripts/size.mjs']);
