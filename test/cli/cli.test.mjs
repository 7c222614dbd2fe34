// The webmaster's validator: `asso-widgets validate <file-or-URL> [--lang en] [--json]`.
// Run with Node's test runner after the build: `node --test test/cli/`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/asso-widgets.mjs');
const fixture = (name) => join(root, 'fixtures/feeds', name);
const NBSP = '\u00a0';

/** Runs the CLI; resolves { code, stdout, stderr } (never rejects on a non-zero exit). */
function cli(args, { stdin, binPath = bin } = {}) {
  return new Promise((done) => {
    const child = execFile(process.execPath, [binPath, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      done({ code: error ? error.code : 0, stdout, stderr });
    });
    if (stdin !== undefined) child.stdin.end(stdin);
  });
}

before(() => {
  if (!existsSync(join(root, 'dist/feed.js'))) throw new Error('dist/feed.js is missing: run npm run build first');
});

describe('asso-widgets --help and bad usage', () => {
  it('prints the help in French, and in English with --lang en; exit 0', async () => {
    const fr = await cli(['--help']);
    assert.equal(fr.code, 0);
    assert.match(fr.stdout, /^Usage : asso-widgets validate <fichier-ou-URL> \[--lang en\] \[--json\]/);
    const en = await cli(['validate', '-h', '--lang', 'en']);
    assert.equal(en.code, 0);
    assert.match(en.stdout, /^Usage: asso-widgets validate <file-or-URL>/);
  });

  it('exits 2 without a command, with an unknown command, option or language, or without a file', async () => {
    const none = await cli([]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Usage/);
    const unknown = await cli(['check', 'x.json']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /commande inconnue « check »/);
    const option = await cli(['validate', fixture('minimal.json'), '--strict']);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /option inconnue « --strict »/);
    const lang = await cli(['validate', fixture('minimal.json'), '--lang', 'de']);
    assert.equal(lang.code, 2);
    assert.match(lang.stderr, /langue « de » non prise en charge/);
    const missing = await cli(['validate']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /indiquez le fichier ou l’adresse du flux/);
    const two = await cli(['validate', fixture('minimal.json'), fixture('minimal.json')]);
    assert.equal(two.code, 2);
  });

  it('exits 2 for a file that does not exist', async () => {
    const r = await cli(['validate', 'fixtures/feeds/absent.json']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), 'asso-widgets : impossible de lire fixtures/feeds/absent.json (fichier introuvable).');
    const en = await cli(['validate', 'fixtures/feeds/absent.json', '--lang=en']);
    assert.equal(en.stderr.trim(), 'asso-widgets: cannot read fixtures/feeds/absent.json (no such file).');
  });

  it('says to build first when dist/feed.js is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asso-cli-'));
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(bin, join(dir, 'bin/asso-widgets.mjs'));
      const r = await cli(['validate', fixture('minimal.json')], { binPath: join(dir, 'bin/asso-widgets.mjs') });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /Lancez d’abord npm run build/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('asso-widgets validate <file>', () => {
  it('exits 0 for a valid feed', async () => {
    const r = await cli(['validate', 'fixtures/feeds/minimal.json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `Flux${NBSP}: fixtures/feeds/minimal.json\n\nFlux valide${NBSP}: aucun problème.\n`);
  });

  it('exits 0 for notices alone (unknown fields), and lists them', async () => {
    const r = await cli(['validate', 'fixtures/feeds/invalid-unknown-fields.json']);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.includes(`Remarques (3)${NBSP}:\n`));
    assert.ok(r.stdout.includes(`  • evenements${NBSP}: champ inconnu, ignoré\n`));
    assert.ok(r.stdout.includes(`  • valeurs.valeurs[0].priorite${NBSP}: champ inconnu, ignoré\n`));
    assert.ok(r.stdout.trimEnd().endsWith(`Flux valide, avec 3${NBSP}remarques (champs inconnus, ignorés).`));
  });

  it('exits 1 and prints each problem with its path, what was expected and what was found', async () => {
    const r = await cli(['validate', 'fixtures/feeds/invalid-partial.json']);
    assert.equal(r.code, 1);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], `Flux${NBSP}: fixtures/feeds/invalid-partial.json`);
    assert.equal(lines[2], `Erreurs (7)${NBSP}:`);
    assert.ok(
      lines.includes(`  ✗ formations[0].sessions[1].dates[0]${NBSP}: date AAAA-MM-JJ attendue, reçu "3 avril" (ignoré${NBSP}: formations[0].sessions[1])`),
      r.stdout,
    );
    assert.ok(lines.includes(`  ✗ valeurs.valeurs[1].titre${NBSP}: texte non vide attendu, champ absent (ignoré${NBSP}: valeurs.valeurs[1])`));
    assert.ok(lines.includes(`  ✗ organisation.site_web${NBSP}: adresse web http(s)://… attendue, reçu "www.tilleuls.example.org" (ignoré)`));
    assert.ok(lines.includes(`  ✗ valeurs.valeurs[2].references[0].url${NBSP}: lien http(s)://, mailto: ou tel: attendu, reçu "javascript:alert(1)" (ignoré)`));
    assert.equal(lines.at(-2), `Flux lu, avec 7${NBSP}erreurs${NBSP}: ce qui est en erreur est laissé de côté, le reste s’affiche.`);
    assert.ok(!r.stdout.includes('\u001b['), 'no colour codes outside a terminal');
  });

  it('speaks English with --lang en', async () => {
    const r = await cli(['validate', 'fixtures/feeds/invalid-partial.json', '--lang', 'en']);
    assert.equal(r.code, 1);
    assert.ok(r.stdout.startsWith('Feed: fixtures/feeds/invalid-partial.json\n\nErrors (7):\n'));
    assert.ok(r.stdout.includes('  ✗ formations[0].sessions[1].dates[0]: YYYY-MM-DD date expected, found "3 avril" (left out: formations[0].sessions[1])\n'));
    assert.ok(r.stdout.trimEnd().endsWith('Feed read, with 7 errors: what is wrong is left out, the rest is shown.'));
  });

  it('prints JSON for tools with --json', async () => {
    const r = await cli(['validate', 'fixtures/feeds/invalid-partial.json', '--json', '--lang', 'en']);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.input, 'fixtures/feeds/invalid-partial.json');
    assert.equal(out.accepted, true);
    assert.equal(out.errors, 7);
    assert.equal(out.notices, 0);
    assert.equal(out.summary, 'Feed read, with 7 errors: what is wrong is left out, the rest is shown.');
    assert.deepEqual(out.problems[1], {
      path: 'formations[0].sessions[1].dates[0]',
      expected: 'date',
      found: '"3 avril"',
      severity: 'error',
      skipped: 'formations[0].sessions[1]',
      message: 'formations[0].sessions[1].dates[0]: YYYY-MM-DD date expected, found "3 avril"',
    });
    const ok = JSON.parse((await cli(['validate', 'fixtures/feeds/minimal.json', '--json'])).stdout);
    assert.deepEqual(ok, { input: 'fixtures/feeds/minimal.json', accepted: true, errors: 0, notices: 0, summary: `Flux valide${NBSP}: aucun problème.`, problems: [] });
  });

  it('exits 1 for a rejected feed (wrong version, no organisation name)', async () => {
    const version = await cli(['validate', 'fixtures/feeds/invalid-version.json']);
    assert.equal(version.code, 1);
    assert.ok(version.stdout.includes(`  ✗ version${NBSP}: version "1.x" attendue, reçu "2.0"\n`));
    assert.ok(version.stdout.includes('Flux rejeté'));
    const org = await cli(['validate', 'fixtures/feeds/invalid-organisation.json', '--json']);
    assert.equal(org.code, 1);
    const out = JSON.parse(org.stdout);
    assert.equal(out.accepted, false);
    assert.deepEqual(
      out.problems.map((p) => p.path),
      ['organisation.nom', 'organisation.courriel'],
    );
  });

  it('exits 1 for a file that is not JSON, saying where', async () => {
    const r = await cli(['validate', 'fixtures/feeds/not-json.txt']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /le fichier n’est pas du JSON valide \(ligne 3, colonne 3\)/);
    assert.match(r.stdout, /Flux rejeté\u00a0: ce n’est pas du JSON valide/);
    const json = JSON.parse((await cli(['validate', 'fixtures/feeds/not-json.txt', '--json', '--lang', 'en'])).stdout);
    assert.equal(json.accepted, false);
    assert.equal(json.problems[0].expected, 'json');
    assert.match(json.problems[0].message, /^the file is not valid JSON \(line 3, column 3\)/);
  });

  it('reports every javascript: link of the hostile feed', async () => {
    const r = await cli(['validate', 'fixtures/feeds/hostile.json', '--json']);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.accepted, true);
    assert.ok(out.problems.length >= 10);
    for (const p of out.problems) assert.equal(p.found, '"javascript:alert(1)"', p.path);
  });

  it('validates the sample feeds of the repository without an error', async () => {
    for (const name of ['chaumiere.json', 'gcsms.json']) {
      const r = await cli(['validate', `fixtures/feeds/${name}`, '--json']);
      const out = JSON.parse(r.stdout);
      assert.equal(out.errors, 0, `${name}: ${out.problems.map((p) => p.message).join('\n')}`);
      assert.equal(r.code, 0);
    }
  });

  it('reads standard input with -, and ignores a byte-order mark', async () => {
    const text = `\uFEFF${readFileSync(fixture('minimal.json'), 'utf8')}`;
    const r = await cli(['validate', '-'], { stdin: text });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Flux valide/);
  });
});

describe('asso-widgets validate <URL>', () => {
  let server;
  let base;
  before(async () => {
    server = createServer((req, res) => {
      const name = req.url.replace(/^\//, '');
      if (name === 'slow.json') return; // never answers
      const file = fixture(name);
      if (!/^[\w.-]+$/.test(name) || !existsSync(file)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(file));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches and validates an http address', async () => {
    const ok = await cli(['validate', `${base}/minimal.json`]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(ok.stdout.startsWith(`Flux${NBSP}: ${base}/minimal.json`));
    const bad = await cli(['validate', `${base}/invalid-version.json`]);
    assert.equal(bad.code, 1);
  });

  it('exits 2 for an HTTP error or a server that cannot be reached', async () => {
    const missing = await cli(['validate', `${base}/absent.json`]);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr.trim(), `asso-widgets : impossible de lire ${base}/absent.json (HTTP 404 Not Found).`);
    const closed = await cli(['validate', 'http://127.0.0.1:9/feed.json', '--lang', 'en']);
    assert.equal(closed.code, 2);
    assert.match(closed.stderr, /^asso-widgets: cannot read http:\/\/127\.0\.0\.1:9\/feed\.json \(/);
  });
});
