/**
 * The baseline: the same list built the naive way — one HTML string, set
 * with innerHTML, rebuilt whole on every filter change, no
 * content-visibility. Same data, same index and filters, same formatting
 * functions and the same styles otherwise, so the comparison measures the
 * rendering strategy only.
 */
import type { Feed } from '../../src/feed/schema/index.js';
import {
  applyFilters,
  DEFAULT_FILTERS,
  filterOptions,
  indexTrainings,
  type Entry,
  type Filters,
} from '../../src/formation-catalogue/filters.js';
import { styles } from '../../src/formation-catalogue/formation-catalogue.styles.js';
import { hasFewSeats, isFull, isOpen } from '../../src/formation-catalogue/sessions.js';
import { formatDays, formatDuration, formatMonthYear, formatPrice } from '../../src/format/index.js';
import { hostStyles } from '../../src/styles/tokens.js';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const MODES = ['Présentiel', 'Mixte', 'À distance'];

let sheet: CSSStyleSheet | undefined;
function naiveSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync((hostStyles.cssText + styles.cssText).replace(/content-visibility:\s*auto;/g, ''));
  }
  return sheet;
}

function card(e: Entry): string {
  const t = e.training;
  const next = e.held[0] ?? e.upcoming[0];
  const badges: string[] = [];
  if (t.nouveau) badges.push('<span part="badge" data-kind="new">Nouveau</span>');
  if (!e.upcoming.length) badges.push('<span part="badge" data-kind="tba">Dates à venir</span>');
  else if (e.upcoming.every((s) => !isOpen(s)) && e.upcoming.some(isFull)) badges.push('<span part="badge" data-kind="full">Complet</span>');
  else if (next && hasFewSeats(next)) badges.push(`<span part="badge" data-kind="few">Plus que ${next.places_restantes}&nbsp;places</span>`);
  const meta = [`Réf. ${t.reference}`, t.duree ? formatDuration(t.duree, 'fr') : '', [...e.modes].map((m) => MODES[m]).join(', '), t.themes?.join(', ')]
    .filter(Boolean)
    .join(' · ');
  const place = next ? (next.modalites_enseignement === 2 ? 'À distance' : next.lieu?.commune ?? '') : '';
  return `<li part="card" class="card"><h2 part="card-title" class="card-title"><a href="?formation=${encodeURIComponent(t.reference)}" data-ref="${esc(t.reference)}">${esc(t.intitule)}</a></h2><p class="meta">${esc(meta)}</p>${badges.length ? `<p class="badges">${badges.join('')}</p>` : ''}${t.resume ? `<p class="summary">${esc(t.resume)}</p>` : ''}${next? `<p class="next"><span class="label">Prochaine session&nbsp;:</span> ${esc(formatDays(next.dates, 'fr'))}${place ? `, ${esc(place)}` : ''}${e.upcoming.length > 1 ? ` <span class="more">+ ${e.upcoming.length - 1} autres sessions</span>` : ''}</p>`: ''}${e.price !== undefined ? `<p part="price" class="price">${e.priceFrom ? 'à partir de ' : ''}<strong>${esc(formatPrice(e.price, 'fr'))}</strong> net par stagiaire</p>` : ''}</li>`;
}

function select(name: string, label: string, all: string, options: [string, string][], current: string): string {
  return `<div class="field"><label for="n-${name}">${label}</label><select id="n-${name}" name="${name}"><option value="">${all}</option>${options
    .map(([v, l]) => `<option value="${esc(v)}"${v === current ? ' selected' : ''}>${esc(l)}</option>`)
    .join('')}</select></div>`;
}

export class NaiveCatalogue {
  private entries: Entry[] = [];
  private filters: Filters = { ...DEFAULT_FILTERS };
  private results!: HTMLElement;
  readonly root: ShadowRoot;

  constructor(readonly host: HTMLElement) {
    this.root = host.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [naiveSheet()];
  }

  /** First render: index, filters form and list. */
  render(feed: Feed, today: string): void {
    this.entries = indexTrainings(feed.formations ?? [], today);
    const o = filterOptions(this.entries);
    const f = this.filters;
    this.root.innerHTML = `<div part="base"><div class="list-view">
      <form part="filters" class="filters" role="search" aria-label="Filtrer les formations">
        <div class="field search"><label for="n-q">Rechercher</label><input id="n-q" type="search" name="q" value="${esc(f.q)}"></div>
        ${select('theme', 'Thème', 'Tous les thèmes', o.themes.map((x) => [x, x]), f.theme)}
        ${select('format', 'Modalité', 'Toutes les modalités', o.formats.map((m) => [String(m), MODES[m]!]), f.format)}
        ${select('lieu', 'Lieu', 'Tous les lieux', o.places.map((p) => [p, p === 'distance' ? 'À distance' : p]), f.lieu)}
        ${select('mois', 'Mois', 'Tous les mois', o.months.map((m) => [m, formatMonthYear(m, 'fr')]), f.mois)}
      </form>
      <div class="results"></div></div></div>`;
    this.results = this.root.querySelector('.results')!;
    this.renderResults();
  }

  /** A filter change: the whole list rebuilt. */
  setFilters(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
    this.renderResults();
  }

  private renderResults() {
    const list = applyFilters(this.entries, this.filters);
    this.results.innerHTML = `<p part="count" class="count" role="status">${list.length}&nbsp;formations trouvées</p>
      <ul part="list" class="list">${list.map(card).join('')}</ul>`;
  }
}
