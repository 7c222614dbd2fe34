#!/usr/bin/env node
// asso-widgets validate <file-or-URL> [--lang en] [--json]
//
// Checks a feed as the widgets will read it, and says what is wrong, with the
// field path, what was expected and what was found. Exit code: 0 when the
// feed has no error (notices about unknown fields are fine), 1 when it has
// errors, 2 when it cannot be read or the command is misused.
// Node >= 20, no dependency beyond the built dist/feed.js.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;
const FETCH_TIMEOUT = 20000;

const TEXT = {
  fr: {
    help: `Usage : asso-widgets validate <fichier-ou-URL> [--lang en] [--json]

Vérifie un flux asso-widgets (JSON, version 1) comme les widgets le liront,
et liste les problèmes : chemin du champ, ce qui était attendu, ce qui a été reçu.

  <fichier-ou-URL>  un fichier local, une adresse http(s)://…, ou - pour l’entrée standard
  --lang en         messages en anglais (français par défaut)
  --json            résultat en JSON (pour les outils)
  -h, --help        cette aide

Code de sortie : 0 sans erreur (les remarques sur des champs inconnus sont permises),
1 quand le flux contient des erreurs, 2 quand il ne peut pas être lu ou en cas de mauvais usage.

Exemple : npx asso-widgets validate flux.json`,
    noDist: 'asso-widgets : dist/feed.js est introuvable. Lancez d’abord npm run build.',
    unknownCommand: (c) => `asso-widgets : commande inconnue « ${c} ». Essayez asso-widgets --help.`,
    unknownOption: (o) => `asso-widgets : option inconnue « ${o} ». Essayez asso-widgets --help.`,
    badLang: (l) => `asso-widgets : langue « ${l} » non prise en charge (fr ou en).`,
    missingInput: 'asso-widgets : indiquez le fichier ou l’adresse du flux. Exemple : asso-widgets validate flux.json',
    tooMany: 'asso-widgets : un seul fichier ou une seule adresse à la fois.',
    unreadable: (what, why) => `asso-widgets : impossible de lire ${what} (${why}).`,
    notFound: 'fichier introuvable',
    feed: 'Flux',
    errors: 'Erreurs',
    notices: 'Remarques',
    notJson: (where, why) => `le fichier n’est pas du JSON valide${where ? ` (${where})` : ''}\u00a0: ${why}`,
    at: (line, col) => `ligne ${line}, colonne ${col}`,
    rejectedJson: 'Flux rejeté\u00a0: ce n’est pas du JSON valide, les widgets afficheront un message d’erreur.',
    colon: '\u00a0: ',
  },
  en: {
    help: `Usage: asso-widgets validate <file-or-URL> [--lang en] [--json]

Checks an asso-widgets feed (JSON, version 1) as the widgets will read it,
and lists the problems: field path, what was expected, what was found.

  <file-or-URL>  a local file, an http(s)://… address, or - for standard input
  --lang en      messages in English (French by default)
  --json         result as JSON (for tools)
  -h, --help     this help

Exit code: 0 without errors (notices about unknown fields are allowed),
1 when the feed has errors, 2 when it cannot be read or on bad usage.

Example: npx asso-widgets validate feed.json`,
    noDist: 'asso-widgets: dist/feed.js is missing. Run npm run build first.',
    unknownCommand: (c) => `asso-widgets: unknown command "${c}". Try asso-widgets --help.`,
    unknownOption: (o) => `asso-widgets: unknown option "${o}". Try asso-widgets --help.`,
    badLang: (l) => `asso-widgets: language "${l}" is not supported (fr or en).`,
    missingInput: 'asso-widgets: give the file or the address of the feed. Example: asso-widgets validate feed.json',
    tooMany: 'asso-widgets: one file or address at a time.',
    unreadable: (what, why) => `asso-widgets: cannot read ${what} (${why}).`,
    notFound: 'no such file',
    feed: 'Feed',
    errors: 'Errors',
    notices: 'Notices',
    notJson: (where, why) => `the file is not valid JSON${where ? ` (${where})` : ''}: ${why}`,
    at: (line, col) => `line ${line}, column ${col}`,
    rejectedJson: 'Feed rejected: it is not valid JSON, the widgets will show an error message.',
    colon: ': ',
  },
};

class UsageError extends Error {}
class ReadError extends Error {}

/** Parses the command line: { command, input, lang, json, help }. */
function parseArgs(argv) {
  const out = { command: undefined, inputs: [], lang: 'fr', json: false, help: false };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') out.help = true;
    else if (arg === '--json') out.json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      const lang = (value ?? '').toLowerCase().split(/[-_]/)[0];
      if (lang !== 'fr' && lang !== 'en') throw new UsageError(TEXT[out.lang].badLang(value ?? ''));
      out.lang = lang;
    } else if (arg.startsWith('-') && arg !== '-') rest.push({ option: arg });
    else rest.push({ word: arg });
  }
  const unknown = rest.find((r) => r.option);
  if (unknown) throw new UsageError(TEXT[out.lang].unknownOption(unknown.option));
  const words = rest.map((r) => r.word);
  out.command = words[0];
  out.inputs = words.slice(1);
  return out;
}

/** Line and column of a JSON syntax error, from V8's "at position N" (or its own "line L column C"). */
function whereInJson(text, message) {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return [Number(lc[1]), Number(lc[2])];
  const pos = /at position (\d+)/.exec(message);
  if (!pos) return undefined;
  const before = text.slice(0, Number(pos[1]));
  const lines = before.split('\n');
  return [lines.length, lines[lines.length - 1].length + 1];
}

async function readInput(input, t) {
  if (input === '-') {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  }
  if (/^https?:\/\//i.test(input)) {
    let res;
    try {
      res = await fetch(input, { headers: { Accept: 'application/json' }, signal: globalThis.AbortSignal.timeout(FETCH_TIMEOUT) });
    } catch (e) {
      const why = e?.name === 'TimeoutError' ? `> ${FETCH_TIMEOUT / 1000} s` : (e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(e));
      throw new ReadError(t.unreadable(input, why));
    }
    if (!res.ok) throw new ReadError(t.unreadable(input, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`));
    return await res.text();
  }
  const path = input.startsWith('file:') ? fileURLToPath(input) : input;
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new ReadError(t.unreadable(input, e?.code === 'ENOENT' ? t.notFound : (e?.code ?? e?.message)));
  }
}

async function loadFeedApi(t) {
  const dist = new URL('../dist/feed.js', import.meta.url);
  if (!existsSync(fileURLToPath(dist))) throw new ReadError(t.noDist);
  return import(pathToFileURL(fileURLToPath(dist)).href);
}

function paint(code, text) {
  const colour = process.stdout.isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  return colour ? `\u001b[${code}m${text}\u001b[0m` : text;
}

async function validate(options) {
  const t = TEXT[options.lang];
  if (!options.inputs.length) throw new UsageError(t.missingInput);
  if (options.inputs.length > 1) throw new UsageError(t.tooMany);
  const input = options.inputs[0];
  const api = await loadFeedApi(t);
  const text = (await readInput(input, t)).replace(/^\uFEFF/, '');

  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const at = whereInJson(text, e.message);
    const say = (lang) => TEXT[lang].notJson(at ? TEXT[lang].at(...at) : '', e.message);
    const problem = { path: '', expected: 'json', found: e.message, severity: 'error', message: { fr: say('fr'), en: say('en') } };
    report(options, input, false, [problem], t.rejectedJson, api);
    return EXIT_ERRORS;
  }

  const { feed, problems } = api.validateFeed(json, api.ALL_SECTIONS);
  const summary = api.summarizeProblems(feed !== undefined, problems, options.lang);
  report(options, input, feed !== undefined, problems, summary, api);
  return problems.some((p) => p.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
}

function report(options, input, accepted, problems, summary, api) {
  const t = TEXT[options.lang];
  const errors = problems.filter((p) => p.severity === 'error');
  const notices = problems.filter((p) => p.severity === 'notice');
  if (options.json) {
    const result = {
      input,
      accepted,
      errors: errors.length,
      notices: notices.length,
      summary,
      problems: problems.map((p) => ({
        path: p.path,
        expected: p.expected,
        found: p.found,
        severity: p.severity,
        ...(p.skipped ? { skipped: p.skipped } : {}),
        message: p.message[options.lang],
      })),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const lines = [`${t.feed}${t.colon}${input}`, ''];
  if (errors.length) {
    lines.push(`${t.errors} (${errors.length})${t.colon.trimEnd()}`);
    for (const p of errors) lines.push(`  ${paint('31', '✗')} ${p.expected === 'json' ? p.message[options.lang] : api.describeProblem(p, options.lang)}`);
    lines.push('');
  }
  if (notices.length) {
    lines.push(`${t.notices} (${notices.length})${t.colon.trimEnd()}`);
    for (const p of notices) lines.push(`  ${paint('33', '•')} ${p.message[options.lang]}`);
    lines.push('');
  }
  lines.push(errors.length ? paint('1;31', summary) : paint('1;32', summary));
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    return EXIT_USAGE;
  }
  const t = TEXT[options.lang];
  if (options.help) {
    process.stdout.write(`${t.help}\n`);
    return EXIT_OK;
  }
  if (!options.command) {
    process.stderr.write(`${t.help}\n`);
    return EXIT_USAGE;
  }
  if (options.command !== 'validate') {
    process.stderr.write(`${t.unknownCommand(options.command)}\n`);
    return EXIT_USAGE;
  }
  try {
    return await validate(options);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ReadError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
