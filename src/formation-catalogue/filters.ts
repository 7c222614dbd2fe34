/**
 * The catalogue's filters, search and sort, as pure functions over an index
 * built once per feed and "today" (so a filter change over 1000 trainings
 * only compares prepared strings and sets).
 */
import type { Session, TeachingMode, Training } from '../feed/schema/formations.js';
import { firstDay, fromPrice, sessionMode, upcomingSessions } from './sessions.js';
import { foldWords } from '../search/fold.js';

export type SortKey = 'date' | 'titre' | 'prix';
export const SORT_KEYS: readonly SortKey[] = ['date', 'titre', 'prix'];

/** Place key of remote sessions, in the place filter. */
export const REMOTE = 'distance';

export interface Filters {
  /** Free search across title, summary, objectives, themes and reference. */
  q: string;
  /** A theme label, '' for every theme. */
  theme: string;
  /** LHEO teaching mode as text ('0' on site, '1' blended, '2' remote), '' for any. */
  format: string;
  /** A commune, `REMOTE`, or '' for anywhere. */
  lieu: string;
  /** A month 'AAAA-MM', '' for any. */
  mois: string;
  /** Only trainings with at least one upcoming session. */
  upcoming: boolean;
  sort: SortKey;
}

export const DEFAULT_FILTERS: Readonly<Filters> = {
  q: '',
  theme: '',
  format: '',
  lieu: '',
  mois: '',
  upcoming: false,
  sort: 'date',
};

/** One training, prepared for filtering and sorting. */
export interface Entry {
  training: Training;
  /** Upcoming sessions, by date. */
  upcoming: Session[];
  /** Upcoming sessions that still take place (not cancelled nor postponed): the filters and the sort read these. */
  held: Session[];
  /** First day of the next session held, if any. */
  next?: string;
  /** Normalised text the search looks in (computed on the first search). */
  readonly text: string;
  modes: Set<TeachingMode>;
  places: Set<string>;
  months: Set<string>;
  /** Lowest per-trainee price. */
  price?: number;
  priceFrom: boolean;
}

/** Lower case, accents removed, spaces collapsed: "Équipe" → "equipe", "Œuvre" → "oeuvre". */
export function normalize(s: string): string {
  return foldWords(s.replace(/[’']/g, "'"));
}

export function indexTraining(t: Training, today: string): Entry {
  const upcoming = upcomingSessions(t, today);
  const held = upcoming.filter((s) => s.statut !== 'annulee' && s.statut !== 'reportee');
  const modes = new Set<TeachingMode>();
  const places = new Set<string>();
  const months = new Set<string>();
  if (t.modalites_enseignement !== undefined) modes.add(t.modalites_enseignement);
  for (const s of held) {
    const mode = sessionMode(t, s);
    modes.add(mode);
    if (mode === 2) places.add(REMOTE);
    else if (s.lieu?.commune) places.add(s.lieu.commune);
    for (const d of s.dates) months.add(d.slice(0, 7));
  }
  if (!modes.size) modes.add(0);
  const price = fromPrice(t, upcoming);
  let text: string | undefined;
  return {
    training: t,
    upcoming,
    held,
    next: held[0] && firstDay(held[0]),
    get text() {
      return (text ??= normalize(
        [t.intitule, t.reference, t.resume ?? '', ...(t.objectifs ?? []), ...(t.themes ?? [])].join(' \u0000 '),
      ));
    },
    modes,
    places,
    months,
    price: price?.amount,
    priceFrom: !!price?.from,
  };
}

export function indexTrainings(list: readonly Training[], today: string): Entry[] {
  return list.map((t) => indexTraining(t, today));
}

let collator: Intl.Collator | undefined;
const collate = (a: string, b: string) => (collator ??= new Intl.Collator('fr', { sensitivity: 'base', numeric: true })).compare(a, b);

function compare(sort: SortKey): (a: Entry, b: Entry) => number {
  const byTitle = (a: Entry, b: Entry) => collate(a.training.intitule, b.training.intitule);
  if (sort === 'titre') return byTitle;
  // Entries without the key go last, then by title.
  const key = sort === 'prix' ? (e: Entry) => e.price : (e: Entry) => e.next;
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === kb) return byTitle(a, b);
    if (ka === undefined) return 1;
    if (kb === undefined) return -1;
    return ka < kb ? -1 : 1;
  };
}

const sortedCache = new WeakMap<readonly Entry[], Partial<Record<SortKey, Entry[]>>>();

/**
 * The entries in one order, sorted once per index and sort key: a filter
 * change then only filters (the sort is stable, so filtering the sorted
 * list gives the same order as sorting the filtered one).
 */
function sortedBy(entries: readonly Entry[], sort: SortKey): Entry[] {
  let bySort = sortedCache.get(entries);
  if (!bySort) sortedCache.set(entries, (bySort = {}));
  return (bySort[sort] ??= [...entries].sort(compare(sort)));
}

/** The entries matching the filters, in the chosen order. */
export function applyFilters(entries: readonly Entry[], f: Filters): Entry[] {
  const terms = normalize(f.q).split(' ').filter(Boolean);
  const format = f.format === '' ? undefined : (Number(f.format) as TeachingMode);
  return sortedBy(entries, f.sort).filter(
    (e) =>
      (!f.theme || !!e.training.themes?.includes(f.theme)) &&
      (format === undefined || e.modes.has(format)) &&
      (!f.lieu || e.places.has(f.lieu)) &&
      (!f.mois || e.months.has(f.mois)) &&
      (!f.upcoming || e.held.length > 0) &&
      terms.every((w) => e.text.includes(w)),
  );
}

export interface FilterOptions {
  themes: string[];
  formats: TeachingMode[];
  /** Communes, then `REMOTE` last when present. */
  places: string[];
  months: string[];
}

/** The values the filters offer: only those at least one training has. */
export function filterOptions(entries: readonly Entry[]): FilterOptions {
  const themes = new Set<string>();
  const formats = new Set<TeachingMode>();
  const places = new Set<string>();
  const months = new Set<string>();
  for (const e of entries) {
    e.training.themes?.forEach((t) => themes.add(t));
    e.modes.forEach((m) => formats.add(m));
    e.places.forEach((p) => places.add(p));
    e.months.forEach((m) => months.add(m));
  }
  const placeList = [...places].filter((p) => p !== REMOTE).sort(collate);
  if (places.has(REMOTE)) placeList.push(REMOTE);
  return {
    themes: [...themes].sort(collate),
    formats: [...formats].sort(),
    places: placeList,
    months: [...months].sort(),
  };
}

/** True when a filter that narrows the list differs from the view's defaults (the sort does not count). */
export function narrows(f: Filters, defaults: Filters = DEFAULT_FILTERS): boolean {
  return (
    f.q.trim() !== defaults.q.trim() ||
    f.theme !== defaults.theme ||
    f.format !== defaults.format ||
    f.lieu !== defaults.lieu ||
    f.mois !== defaults.mois ||
    f.upcoming !== defaults.upcoming
  );
}
