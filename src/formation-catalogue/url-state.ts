/**
 * The catalogue's view in the query string, so a filtered list or one
 * training can be linked, reloaded and navigated with the back button:
 * `?formation=9209`, `?theme=Management&lieu=Paris&mois=2027-04`.
 *
 * Only the catalogue's own parameters are read and written (others, such as
 * WordPress's `page_id`, are kept as they are); a value equal to the view's
 * default is left out. A `prefix` namespaces the names when two catalogues
 * share a page (`prefix="cat1-"` → `cat1-theme`).
 */
import { DEFAULT_FILTERS, SORT_KEYS, type Filters, type SortKey } from './filters.js';

export interface ViewState {
  filters: Filters;
  /** Reference of the opened training, if one is open. */
  formation?: string;
}

/** Query-string names, by filter. French, like the feed, and distinct from WordPress's own (`s`, `p`, `page`…). */
export const PARAMS = {
  formation: 'formation',
  q: 'recherche',
  theme: 'theme',
  format: 'modalite',
  lieu: 'lieu',
  mois: 'mois',
  upcoming: 'a_venir',
  sort: 'tri',
} as const;

const TEXT_KEYS = ['q', 'theme', 'format', 'lieu', 'mois'] as const;

/** Reads the view from a query string ("?theme=…" or "theme=…"); what is absent keeps its default. */
export function readUrlState(search: string, defaults: Filters = DEFAULT_FILTERS, prefix = ''): ViewState {
  const p = new URLSearchParams(search);
  const get = (k: keyof typeof PARAMS) => p.get(prefix + PARAMS[k]);
  const filters: Filters = { ...defaults };
  for (const k of TEXT_KEYS) {
    const value = get(k);
    if (value !== null) filters[k] = value.slice(0, 200);
  }
  const upcoming = get('upcoming');
  if (upcoming !== null) filters.upcoming = upcoming === '1' || upcoming === 'oui' || upcoming === 'true';
  const sort = get('sort');
  if (sort !== null && (SORT_KEYS as readonly string[]).includes(sort)) filters.sort = sort as SortKey;
  const formation = get('formation');
  return formation ? { filters, formation } : { filters };
}

/** The query string ("?…", or "" when nothing is left) for a view, keeping unrelated parameters. */
export function writeUrlState(search: string, state: ViewState, defaults: Filters = DEFAULT_FILTERS, prefix = ''): string {
  const p = new URLSearchParams(search);
  for (const name of Object.values(PARAMS)) p.delete(prefix + name);
  const f = state.filters;
  for (const k of TEXT_KEYS) {
    const value = k === 'q' ? f.q.trim() : f[k];
    if (value !== (k === 'q' ? defaults.q.trim() : defaults[k])) p.set(prefix + PARAMS[k], value);
  }
  if (f.upcoming !== defaults.upcoming) p.set(prefix + PARAMS.upcoming, f.upcoming ? '1' : '0');
  if (f.sort !== defaults.sort) p.set(prefix + PARAMS.sort, f.sort);
  if (state.formation) p.set(prefix + PARAMS.formation, state.formation);
  const out = p.toString();
  return out ? `?${out}` : '';
}
