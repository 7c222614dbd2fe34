export type Lang = 'fr' | 'en';

export const LANGS: readonly Lang[] = ['fr', 'en'];

/** Maps a BCP 47 tag ("fr-FR", "en-GB", "de") to a supported language; French by default. */
export function toLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' ? 'en' : 'fr';
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else the document's; French by default.
 */
export function langOf(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(document.documentElement.lang);
}

/** BCP 47 locale used with Intl for a language. */
export function locale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'fr-FR';
}
