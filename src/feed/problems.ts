/** Problems found in a feed, with the field path and what was expected. */
import { EXPECTED, FEED_WORDS } from '../i18n/feed.js';
import type { Lang } from '../i18n/lang.js';

export type PathSegment = string | number;

export interface Problem {
  /** Field path, e.g. `formations[2].sessions[0].dates[0]`; empty for the feed itself. */
  path: string;
  /** Key of what was expected (`date`, `url`, …), stable for tools. */
  expected: string;
  /** What the feed holds there, as short JSON text; empty when the field is missing. */
  found: string;
  /** `error`: something was left out; `notice`: tolerated (unknown field). */
  severity: 'error' | 'notice';
  /** Path of what was left out because of this problem (an item of a list, an optional field, a section). */
  skipped?: string;
  /** The whole sentence, in French and in English. */
  message: Record<Lang, string>;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** `['formations', 2, 'sessions', 0]` → `formations[2].sessions[0]`; odd keys are quoted (`["a b"]`). */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (!PLAIN_KEY.test(seg)) out += `[${JSON.stringify(seg)}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

/** A short, readable rendering of a value found in the feed. */
export function describeFound(value: unknown): string {
  if (value === undefined) return '';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** French gender of the expected phrase, for "attendu" / "attendue". */
const FEMININE = /^(date|heure|adresse|liste|version|latitude|longitude|valeur|modalit)/;

/** "path : " in French typography (no-break space before the colon), "path: " in English. */
function head(lang: Lang, path: string): string {
  const shown = path || FEED_WORDS[lang].root;
  return lang === 'fr' ? `${shown}\u00a0: ` : `${shown}: `;
}

function sentence(lang: Lang, path: string, expected: string, found: string, unknown: boolean): string {
  const words = FEED_WORDS[lang];
  if (unknown) return head(lang, path) + words.unknownField;
  const what = EXPECTED[lang][expected] ?? expected;
  const shown = found === '' ? words.missing : `${words.found} ${found}`;
  if (lang === 'fr') {
    const participle = FEMININE.test(what) ? 'attendue' : 'attendu';
    return `${head(lang, path)}${what} ${participle}, ${shown}`;
  }
  return `${head(lang, path)}${what} expected, ${shown}`;
}

export function makeProblem(
  path: readonly PathSegment[] | string,
  expected: string,
  value: unknown,
  severity: Problem['severity'] = 'error',
): Problem {
  const p = typeof path === 'string' ? path : formatPath(path);
  const found = describeFound(value);
  const unknown = expected === 'champ_inconnu';
  return {
    path: p,
    expected,
    found,
    severity,
    message: { fr: sentence('fr', p, expected, found, unknown), en: sentence('en', p, expected, found, unknown) },
  };
}

/**
 * The problem's sentence followed by what was left out because of it:
 * `… reçu "3 avril" (ignoré : formations[0].sessions[0])`.
 */
export function describeProblem(problem: Problem, lang: Lang): string {
  const words = FEED_WORDS[lang];
  if (!problem.skipped || problem.severity !== 'error') return problem.message[lang];
  if (problem.skipped === problem.path) return `${problem.message[lang]} (${words.skipped})`;
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  return `${problem.message[lang]} (${words.skipped}${colon}${problem.skipped})`;
}

/**
 * One sentence on a whole validation: valid, read with errors left out, or
 * rejected, with the counts ("Flux lu, avec 3 erreurs et 1 remarque : …").
 */
export function summarizeProblems(accepted: boolean, problems: readonly Problem[], lang: Lang): string {
  const words = FEED_WORDS[lang];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const notices = problems.length - errors;
  const counts = [errors ? words.error(errors) : '', notices ? words.notice(notices) : ''].filter(Boolean).join(` ${words.and} `);
  if (!accepted) return words.rejected(counts || words.error(0));
  if (errors) return words.partial(counts);
  return notices ? words.validWithNotices(counts) : words.valid;
}
