// The one-file bundle (scripts/build.mjs): dist/asso-widgets.js loads one
// main file, which holds everything needed at once; the parts loaded on
// demand import that same file. Run after the build: `node --test test/cli/`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const dist = resolve(import.meta.dirname, '../../dist');
const loader = () => readFileSync(join(dist, 'asso-widgets.js'), 'utf8');
const mainName = () => /import\("\.\/asso-widgets\/(main-[\w-]+\.js)"\)/.exec(loader())?.[1];
const chunks = () => readdirSync(join(dist, 'asso-widgets')).filter((f) => f.endsWith('.js'));
/** The relative modules a chunk imports, statically or not. */
const importsOf = (code) => [...code.matchAll(/(?:from|import)\s*\(?\s*"(\.\/[^"]+)"/g)].map((m) => m[1]);

describe('dist/asso-widgets.js', () => {
  it('loads one main file, by a name that changes with its content, and says so when the folder is missing', () => {
    const name = mainName();
    assert.ok(name, `no main file in dist/asso-widgets.js:\n${loader()}`);
    assert.ok(existsSync(join(dist, 'asso-widgets', name)), `dist/asso-widgets/${name} is missing`);
    assert.match(loader(), /\.catch\(/);
    assert.match(loader(), /impossible de charger/);
    assert.match(loader(), /could not be loaded/);
  });

  it('the main file registers every element and imports nothing at once', () => {
    const code = readFileSync(join(dist, 'asso-widgets', mainName()), 'utf8');
    for (const tag of ['asso-feed', 'values-charter', 'formation-catalogue', 'service-map', 'governance-organigram'])
      assert.ok(['"', "'", '`'].some((q) => code.includes(`${q}${tag}${q}`)), `${tag} is not registered`);
    assert.doesNotMatch(code.slice(0, 200), /^import\b|from"\.\//, 'the main file imports other files statically');
  });

  it('every part loaded on demand that needs the main file imports it by its one name', () => {
    const main = mainName();
    let users = 0;
    for (const f of chunks()) {
      for (const spec of importsOf(readFileSync(join(dist, 'asso-widgets', f), 'utf8'))) {
        assert.ok(existsSync(join(dist, 'asso-widgets', spec)), `${f} imports ${spec}, which is missing`);
        if (/^\.\/main-/.test(spec)) {
          assert.equal(spec, `./${main}`, `${f} imports another main file`);
          users++;
        }
      }
    }
    assert.ok(users > 0, 'no part imports the main file: were the shared parts split off again?');
  });
});
