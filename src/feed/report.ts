/** Tells the webmaster, in the console, what is wrong with a feed: once per page for each problem. */
import type { Lang } from '../i18n/lang.js';
import { describeProblem, type Problem } from './problems.js';

// The elements load this module only when they have something to tell (see feed-controller.ts).
export { toProblem } from './problems.js';

const told = new Set<string>();

function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}

/** "1 problème dans le flux", "3 problems in the feed". */
function countProblems(n: number, lang: Lang): string {
  if (lang === 'fr') return `${n} problème${n > 1 ? 's' : ''} dans le flux`;
  return `${n} problem${n === 1 ? '' : 's'} in the feed`;
}

/**
 * Errors go to `console.warn` (each with its field path and what was left
 * out), notices (unknown fields) to `console.info`, a feed that could not be
 * loaded to `console.error`. Each is said once per page for the same feed.
 */
export function reportToConsole(who: string, url: string | undefined, problems: readonly Problem[], lang: Lang, error?: string): void {
  const where = url ? ` ${url}` : '';
  // Feeds without an address (inline JSON, data) are told apart by the element.
  const feedKey = url ?? who;
  if (error) {
    const key = `${who}|${feedKey}|${error}`;
    if (!told.has(key)) {
      told.add(key);
      console.error(`[asso-widgets] ${who}${where}${colon(lang)}${error}`);
    }
  }
  const fresh = problems.filter((p) => {
    const key = `${feedKey}|${p.path}|${p.expected}|${p.found}`;
    if (told.has(key)) return false;
    told.add(key);
    return true;
  });
  if (!fresh.length) return;
  const errors = fresh.filter((p) => p.severity === 'error');
  const notices = fresh.filter((p) => p.severity === 'notice');
  if (errors.length) {
    const lines = errors.map((p) => `  - ${describeProblem(p, lang)}`).join('\n');
    console.warn(`[asso-widgets] ${who}${where}${colon(lang)}${countProblems(errors.length, lang)}\n${lines}`);
  }
  if (notices.length) {
    console.info(`[asso-widgets] ${who}${where}\n${notices.map((p) => `  - ${p.message[lang]}`).join('\n')}`);
  }
}

/** Forgets what was already said (tests). */
export function resetConsoleReport(): void {
  told.clear();
}
