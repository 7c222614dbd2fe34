/**
 * One element of a kind per address prefix keeps its view in the address
 * bar. Two catalogues (or two maps) without `url-prefix` would otherwise
 * write the same parameters and each follow the other's filters. The first
 * one to ask owns them. Another one keeps its view to itself, as with
 * `no-url-state`, and the webmaster is told once in the console how to give
 * it its own parameters. When the owner leaves the page, the next one to ask
 * takes over.
 */
import type { Lang } from '../i18n/lang.js';

/** For the webmaster (the console); here rather than in the shared strings: only two elements need them. */
const TAKEN: Record<Lang, string> = {
  fr: 'un autre élément du même type garde déjà ses filtres dans l’adresse, celui-ci garde les siens pour lui. Pour les y mettre aussi, donnez-lui url-prefix="b-".',
  en: 'another element of the same kind already keeps its filters in the address, this one keeps its own to itself. To put them there too, give it url-prefix="b-".',
};

const owners = new Map<string, HTMLElement>();
const keys = new WeakMap<HTMLElement, string>();
const told = new WeakSet<HTMLElement>();

export function ownsUrl(el: HTMLElement, prefix: string, lang: Lang): boolean {
  const key = `${el.localName}\n${prefix}`;
  const owner = owners.get(key);
  if (owner === el) return true;
  // Free: nobody, or an owner that left the page or now uses another prefix.
  if (!owner || !owner.isConnected || keys.get(owner) !== key) {
    const previous = keys.get(el);
    if (previous && owners.get(previous) === el) owners.delete(previous);
    owners.set(key, el);
    keys.set(el, key);
    return true;
  }
  if (!told.has(el)) {
    told.add(el);
    console.warn(`[asso-widgets] <${el.localName}>${lang === 'fr' ? '\u00a0: ' : ': '}${TAKEN[lang]}`);
  }
  return false;
}
