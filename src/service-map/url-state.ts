/**
 * The map's view in the query string, so a filtered map or one place can be
 * linked, reloaded and navigated with the back button:
 * `?lieu=internat-toul`, `?type=internat&public=familles&commune=toul`.
 *
 * Same conventions as the catalogue's (src/formation-catalogue/url-state.ts):
 * French names, only the map's own parameters are read and written (others,
 * such as WordPress's `page_id`, are kept), a value equal to the view's
 * default (its attributes) is left out, and a `prefix` namespaces the names
 * when two maps share a page (`url-prefix="carte2-"` → `carte2-type`).
 * Kinds, audiences and themes are written as slugs ("Protection de
 * l’enfance" → `protection-de-l-enfance`) and read as slugs or as written in
 * the feed; values the feed does not know are ignored by the element.
 * `zone=1` keeps the list to the places in the map's view (`zone=0`: the
 * whole list, when the `visible-only` attribute turns it on by default).
 */
import { normalizeText } from './distance.js';

export interface MapUrlView {
  q: string;
  kind: string;
  audience: string;
  theme: string;
  /** Id of the opened place; '' for none. */
  place: string;
  /** Only the places in the map's view (absent: off). */
  visibleOnly?: boolean;
}

/** Query-string names, by part of the view. French, distinct from WordPress's own (`s`, `p`, `page`…). */
export const MAP_PARAMS = { place: 'lieu', q: 'commune', kind: 'type', audience: 'public', theme: 'theme', visibleOnly: 'zone' } as const;

type Key = keyof typeof MAP_PARAMS;
const KEYS = Object.keys(MAP_PARAMS) as Key[];

/** "Protection de l’enfance" → "protection-de-l-enfance" (case, accents and punctuation do not matter). */
export const slug = (s: string) => normalizeText(s).replace(/ /g, '-');

/** The option a value names, as written or by its slug; undefined when none does. */
export const matchOption = (value: string, options: readonly string[]): string | undefined =>
  options.find((o) => o === value) ?? options.find((o) => slug(o) === slug(value));

/** Reads the view from a query string ("?type=…" or "type=…"); what is absent keeps its default. */
export function readMapUrl(search: string, defaults: MapUrlView, prefix = ''): MapUrlView {
  const p = new URLSearchParams(search);
  const view = { ...defaults };
  for (const k of KEYS) {
    const value = p.get(prefix + MAP_PARAMS[k]);
    if (value === null) continue;
    // zone=0 is off; any other value is on.
    (view as Record<Key, unknown>)[k] = k === 'visibleOnly' ? value !== '0' : value.slice(0, 200);
  }
  return view;
}

/** The query string ("?…", or "" when nothing is left) for a view, keeping unrelated parameters. */
export function writeMapUrl(search: string, view: MapUrlView, defaults: MapUrlView, prefix = ''): string {
  const p = new URLSearchParams(search);
  for (const k of KEYS) {
    const name = prefix + MAP_PARAMS[k];
    p.delete(name);
    // Kinds, audiences and themes as slugs; the search as typed (trimmed); the place by its id; zone as 1 or 0.
    const form = (s: string | boolean = false) =>
      k === 'visibleOnly' ? (s ? '1' : '0') : k === 'q' ? (s as string).trim() : k === 'place' ? (s as string) : slug(s as string);
    const value = form(view[k]);
    if (value !== form(defaults[k])) p.set(name, value);
  }
  const out = p.toString();
  return out ? `?${out}` : '';
}
