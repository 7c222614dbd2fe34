/** Tells the webmaster, in the console, what is wrong with a feed: once per page for each problem. */
import type { Lang } from '../i18n/lang.js';
import type { Problem } from './problems.js';

const told = new Set<string>();

export function reportToConsole(who: string, url: string | undefined, problems: readonly Problem[], lang: Lang, error?: string): void {
  const where = url ? ` ${url}` : '';
  if (error) {
    const key = `${who}|${url}|${error}`;
    if (!told.has(key)) {
      told.add(key);
      console.error(`[asso-widgets] ${who}${where} : ${error}`);
    }
  }
  const fresh = problems.filter((p) => {
    const key = `${url}|${p.path}|${p.expected}`;
    if (told.has(key)) return false;
    told.add(key);
    return true;
  });
  if (!fresh.length) return;
  const errors = fresh.filter((p) => p.severity === 'error');
  const notices = fresh.filter((p) => p.severity === 'notice');
  if (errors.length) {
    const head = lang === 'fr' ? `${errors.length} problème(s) dans le flux` : `${errors.length} problem(s) in the feed`;
    console.warn(`[asso-widgets] ${who}${where} : ${head}\n${errors.map((p) => `  - ${p.message[lang]}`).join('\n')}`);
  }
  if (notices.length) {
    console.info(`[asso-widgets] ${who}${where}\n${notices.map((p) => `  - ${p.message[lang]}`).join('\n')}`);
  }
}
