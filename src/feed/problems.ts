/** Problems found in a feed, with the field path and what was expected. */
import { EXPECTED, FEED_WORDS } from '../i18n/feed.js';
import type { Lang } from '../i18n/lang.js';
import { makeFinding, type Finding, type PathSegment } from './check.js';

export type { PathSegment } from './check.js';
export { describeFound, formatPath } from './check.js';

/** A finding put into words: the whole sentence in French and in English. */
export interface Problem extends Finding {
  /** The whole sentence, in French and in English. */
  message: Record<Lang, string>;
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

/** Puts a finding into words (a new object, with `message`). */
export function toProblem(finding: Finding): Problem {
  const { path, expected, found } = finding;
  const unknown = expected === 'champ_inconnu';
  return {
    ...finding,
    message: { fr: sentence('fr', path, expected, found, unknown), en: sentence('en', path, expected, found, unknown) },
  };
}

export function makeProblem(
  path: readonly PathSegment[] | string,
  expected: string,
  value: unknown,
  severity: Problem['severity'] = 'error',
): Problem {
  return toProblem(makeFinding(path, expected, value, severity));
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
