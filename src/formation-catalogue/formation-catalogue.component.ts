import { html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import * as v from 'valibot';
import { AssoElement } from '../base/asso-element.js';
import { ownsUrl } from '../base/url-owner.js';
import { training, type Session, type Training } from '../feed/schema/formations.js';
import type { Feed } from '../feed/schema/index.js';
import { formatDays, formatDuration, formatMonthYear, formatPrice, parseIsoDate, todayIso } from '../format/index.js';
import { COMMON } from '../i18n/common.js';
import { CATALOGUE, type CatalogueStrings } from '../i18n/formation-catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { JsonLdController, type JsonLd } from '../jsonld/jsonld-controller.js';
import {
  applyFilters,
  DEFAULT_FILTERS,
  filterOptions,
  indexTrainings,
  narrows,
  REMOTE,
  SORT_KEYS,
  type Entry,
  type Filters,
  type SortKey,
} from './filters.js';
import { styles } from './formation-catalogue.styles.js';
import { heading } from '../render/heading.js';
import { catalogueJsonLd, courseJsonLd } from './jsonld.js';
import { chunk, loadChunk, type ChunkName } from './lazy.js';
import { hasFewSeats, isFull, isOpen, sessionMode } from './sessions.js';
import { PARAMS, readUrlState, writeUrlState } from './url-state.js';

export interface CatalogueFilterDetail {
  /** The filters now applied. */
  filters: Filters;
  /** How many trainings they let through. */
  count: number;
}

export interface CatalogueOpenDetail {
  reference: string;
  training: Training;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'asso-catalogue-filter': CustomEvent<CatalogueFilterDetail>;
    'asso-catalogue-open': CustomEvent<CatalogueOpenDetail>;
  }
}

const HISTORY_KEY = 'assoCatalogue';

interface Option {
  value: string;
  label: string;
}

/** A card's text that no filter changes (see `cardText`). */
interface CardText {
  lang: Lang;
  meta: string;
  price?: [string, string, string];
  more: string;
  /** The badges, for the session the card showed last. */
  shown?: Session;
  badges?: TemplateResult | typeof nothing;
}

/** Keyed by the index's entries and the feed's sessions: a new feed or "today" makes new ones. */
const cardTexts = new WeakMap<Entry, CardText>();
const sessionTexts = new WeakMap<Session, { lang: Lang; text: string }>();

/** The heading tags `heading-level` chooses from (static, so a card stays one template). */
const HEADING_TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

interface HistoryMark {
  /** This history entry was pushed by the catalogue to show a training. */
  detail?: boolean;
  /** Scroll position of the list when the visitor left it. */
  scroll?: number;
}

/**
 * The catalogue of a training organisation: a filterable list of its
 * trainings and, for each, every piece of information Qualiopi indicator 1
 * asks for, its sessions (with an iCalendar file each), its prices with an
 * on-site quote estimator, and its result figures.
 *
 * @summary Training catalogue with sessions, prices, quotes and Qualiopi information.
 *
 * @csspart base - The wrapper of every state.
 * @csspart filters - The search and filter form.
 * @csspart search - The search box.
 * @csspart clear-button - "Effacer les filtres".
 * @csspart count - The number of trainings found (a polite live region).
 * @csspart list - The list of trainings.
 * @csspart card - One training in the list.
 * @csspart card-title - A training's title in the list (contains its link).
 * @csspart badge - A badge: new, full, few seats left, dates to be announced, certifying.
 * @csspart price - A price.
 * @csspart no-results - The message shown when no training matches.
 * @csspart detail - One training's page.
 * @csspart back-link - The link back to the list.
 * @csspart title - The training's title on its page.
 * @csspart section - One labelled section of a training's page.
 * @csspart section-title - A section's heading.
 * @csspart sessions - The list of sessions.
 * @csspart session - One session.
 * @csspart status - A session's status.
 * @csspart register-link - A session's registration link.
 * @csspart calendar-button - "Ajouter à mon agenda".
 * @csspart dates-tba - The message shown when no session is upcoming.
 * @csspart quote - The quote estimator.
 * @csspart quote-input - The number of participants.
 * @csspart quote-output - The estimate.
 * @csspart quote-link - "Demander un devis".
 * @csspart tax - The tax regime.
 * @csspart figure - A result figure.
 * @csspart updated - The date the information was last updated.
 * @csspart audit - Qualiopi audit notes (with the `audit` attribute).
 * @csspart detail-loading - A training's page on its way (it is downloaded on demand).
 * @csspart chunk-error - A training's page (or the audit mode) could not be downloaded; with a retry button.
 * @csspart empty - The message shown when the feed has no training.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 * @csspart link - A link from the feed.
 *
 * @cssproperty --asso-catalogue-accent - Links, badges and the focus of cards; defaults to `--asso-color-accent`.
 * @cssproperty --asso-catalogue-card-surface - Background of a card; defaults to `--asso-color-surface`.
 * @cssproperty --asso-catalogue-border - Borders of cards, fields and sections; defaults to `--asso-color-border`.
 * @cssproperty --asso-catalogue-field-background - Background of the search box and selects; transparent by default.
 * @cssproperty --asso-catalogue-card-min-width - Narrowest card before the list falls back to one column; `22rem`.
 * @cssproperty --asso-catalogue-detail-max-width - Widest a training's page gets (reading comfort); `56rem`.
 *
 * @fires {CustomEvent<CatalogueFilterDetail>} asso-catalogue-filter - The visitor changed the search, a filter or the sort.
 * @fires {CustomEvent<CatalogueOpenDetail>} asso-catalogue-open - The visitor opened a training.
 * @fires {CustomEvent<AssoLoadDetail>} asso-load - The feed was loaded and validated.
 * @fires {CustomEvent<AssoErrorDetail>} asso-error - The feed could not be loaded, or some of it was left out.
 */
export class FormationCatalogue extends AssoElement {
  static override styles = [...AssoElement.styles, styles];

  /** Level of the trainings' headings (2 by default); a training's sections are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Shows one training only, by its reference ("9209"): a training's own page. */
  @property() reference?: string;

  /** Presets the theme filter (a theme page). */
  @property() theme?: string;

  /** Presets "only trainings with upcoming sessions". */
  @property({ attribute: 'upcoming-only', type: Boolean }) upcomingOnly = false;

  /** Presets the sort: `date` (next session, default), `titre` or `prix`. */
  @property() sort: SortKey = 'date';

  /** Today's date ("AAAA-MM-JJ") that splits past from upcoming sessions; the real date in Paris by default. */
  @property() today?: string;

  /** Webmaster mode: shows, for each training, what Qualiopi indicators 1 and 2 still miss. */
  @property({ type: Boolean, reflect: true }) audit = false;

  /** Keeps the view out of the address bar (no query parameters, no history entries). */
  @property({ attribute: 'no-url-state', type: Boolean }) noUrlState = false;

  /** Prefix of the query parameters, when two catalogues share a page ("cat2-"). */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';

  @state() private filters: Filters = { ...DEFAULT_FILTERS };
  @state() private opened?: string;
  @state() private showPast = false;
  /** What the visitor typed in the quote estimator; undefined until they type. */
  @state() private participants?: string;

  private entries: Entry[] = [];
  private options?: { entries: Entry[]; lang: Lang; value: Record<'themes' | 'formats' | 'places' | 'months', Option[]> };
  private indexed?: { list: readonly Training[]; today: string };
  private results: Entry[] = [];
  private ld?: { key: unknown[]; value: JsonLd | undefined };
  /** Reference whose link gets the focus back when the list shows again. */
  private returnTo?: string;
  private savedScroll?: number;
  private pendingFocus?: 'title' | 'card';
  /** Parts on their way, and parts whose download failed (until "Réessayer"). */
  private loadingChunks = new Set<ChunkName>();
  private failedChunks = new Set<ChunkName>();
  private detailStyled = false;

  constructor() {
    super({ formations: v.array(training, 'liste') });
    new JsonLdController(this, () => this.catalogueLd());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handlePopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
  }

  /** The date that splits past from upcoming sessions. */
  get todayValue(): string {
    return this.today && parseIsoDate(this.today) ? this.today : todayIso();
  }

  /** The filters the markup asks for (attributes), before the visitor changes anything. */
  private get defaults(): Filters {
    return {
      ...DEFAULT_FILTERS,
      theme: this.theme ?? '',
      upcoming: this.upcomingOnly,
      sort: (SORT_KEYS as readonly string[]).includes(this.sort) ? this.sort : 'date',
    };
  }

  /** The view is in the address bar: not asked otherwise, not one training alone, and no other catalogue with the same prefix. */
  private get urlOn(): boolean {
    return !this.noUrlState && !this.reference && ownsUrl(this, this.urlPrefix, this.lang_);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (
      !this.hasUpdated ||
      changed.has('theme') ||
      changed.has('upcomingOnly') ||
      changed.has('sort') ||
      changed.has('urlPrefix') ||
      changed.has('noUrlState') ||
      changed.has('reference')
    ) {
      this.readView();
    }
    if (this.reference || this.opened) this.need('detail');
    if (this.audit) this.need('audit');
    const detail = chunk('detail');
    if (detail) this.adoptDetailStyles(detail.detailStyles);
  }

  /** Indexes the trainings once per feed and "today" (the feed is read by the controller after willUpdate). */
  private prepare(feed: Feed) {
    const list = feed.formations ?? [];
    const today = this.todayValue;
    if (this.indexed?.list !== list || this.indexed.today !== today) {
      this.entries = indexTrainings(list, today);
      this.indexed = { list, today };
      this.results = applyFilters(this.entries, this.filters);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated?.(changed);
    const focus = this.pendingFocus;
    if (!focus || !this.indexed) return;
    this.pendingFocus = undefined;
    if (focus === 'title') {
      const title = this.renderRoot.querySelector<HTMLElement>('[part~="title"]');
      if (this.getBoundingClientRect().top < 0) this.scrollIntoView({ block: 'start' });
      title?.focus({ preventScroll: true });
    } else {
      const link = this.returnTo
        ? this.renderRoot.querySelector<HTMLElement>(`a[data-ref="${CSS.escape(this.returnTo)}"]`)
        : null;
      if (this.savedScroll !== undefined) window.scrollTo(window.scrollX, this.savedScroll);
      link?.focus({ preventScroll: this.savedScroll !== undefined });
      this.savedScroll = undefined;
    }
  }

  // ---- The view in the address bar ----

  /** Reads the view from the address bar (or the attributes alone); `focus` when the visitor navigated. */
  private readView(focus = false) {
    if (!this.urlOn) {
      this.setFilters({ ...this.defaults });
      if (this.reference) this.opened = undefined;
      return;
    }
    const view = readUrlState(location.search, this.defaults, this.urlPrefix);
    this.setFilters(view.filters);
    this.setOpened(view.formation, focus);
  }

  private setOpened(ref: string | undefined, focus: boolean) {
    if (ref === this.opened) return;
    if (focus) {
      if (this.opened && !ref) this.returnTo = this.opened;
      this.pendingFocus = ref ? 'title' : 'card';
    }
    this.showPast = false;
    this.participants = undefined;
    this.opened = ref;
  }

  private setFilters(f: Filters) {
    this.filters = f;
    this.results = applyFilters(this.entries, f);
  }

  private historyState(): Record<string, unknown> {
    const s: unknown = history.state;
    return s && typeof s === 'object' ? (s as Record<string, unknown>) : {};
  }

  private mark(): HistoryMark | undefined {
    return this.historyState()[HISTORY_KEY + this.urlPrefix] as HistoryMark | undefined;
  }

  private writeView(mode: 'push' | 'replace', mark: HistoryMark = {}) {
    if (!this.urlOn) return;
    const search = writeUrlState(location.search, { filters: this.filters, formation: this.opened }, this.defaults, this.urlPrefix);
    const url = location.pathname + search + location.hash;
    const entry = { ...(mode === 'replace' ? this.historyState() : {}), [HISTORY_KEY + this.urlPrefix]: mark };
    if (mode === 'push') history.pushState(entry, '', url);
    else history.replaceState(entry, '', url);
  }

  private handlePopState = (e: PopStateEvent) => {
    if (!this.urlOn) return;
    const mark = (e.state as Record<string, HistoryMark> | null)?.[HISTORY_KEY + this.urlPrefix];
    const wasOpen = this.opened;
    this.readView(true);
    if (wasOpen && !this.opened && mark?.scroll !== undefined) this.savedScroll = mark.scroll;
  };

  // ---- What the visitor does ----

  private changeFilters(patch: Partial<Filters>, mode: 'push' | 'replace') {
    this.setFilters({ ...this.filters, ...patch });
    this.writeView(mode, this.mark() ?? {});
    const count = this.results.length;
    this.dispatchEvent(
      new CustomEvent('asso-catalogue-filter', { detail: { filters: { ...this.filters }, count }, bubbles: true, composed: true }),
    );
  }

  private clearFilters = () => {
    this.changeFilters({ ...this.defaults, sort: this.filters.sort }, 'push');
    this.renderRoot.querySelector<HTMLInputElement>('#fc-q')?.focus();
  };

  private onSearch = (e: Event) => this.changeFilters({ q: (e.target as HTMLInputElement).value }, 'replace');

  private onSelect = (e: Event) => {
    const el = e.target as HTMLSelectElement | HTMLInputElement;
    const key = el.name as keyof Filters;
    if (key === 'upcoming') this.changeFilters({ upcoming: (el as HTMLInputElement).checked }, 'push');
    else this.changeFilters({ [key]: el.value } as Partial<Filters>, 'push');
  };

  private onListClick = (e: MouseEvent) => {
    const link = (e.target as Element).closest?.('a[data-ref]');
    if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    this.open(link.getAttribute('data-ref')!);
  };

  private open(ref: string) {
    this.savedScroll = undefined;
    const scroll = window.scrollY;
    if (this.urlOn) history.replaceState({ ...this.historyState(), [HISTORY_KEY + this.urlPrefix]: { ...this.mark(), scroll } }, '');
    else this.savedScroll = scroll;
    this.setOpened(ref, true);
    this.writeView('push', { detail: true });
    const t = this.entries.find((e) => e.training.reference === ref)?.training;
    if (t)
      this.dispatchEvent(
        new CustomEvent('asso-catalogue-open', { detail: { reference: ref, training: t }, bubbles: true, composed: true }),
      );
  }

  private onBack = (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (this.urlOn && this.mark()?.detail) {
      // The list is the previous entry: going back keeps the history tidy and restores the scroll.
      history.back();
      return;
    }
    this.setOpened(undefined, true);
    this.writeView('push');
  };

  private onParticipants = (e: Event) => {
    this.participants = (e.target as HTMLInputElement).value;
  };

  private togglePast = () => {
    this.showPast = !this.showPast;
  };

  // ---- Parts loaded on demand ----

  /** Downloads a part the view needs (not again after a failure: "Réessayer" does), then renders again. */
  private need(name: ChunkName): void {
    if (chunk(name) || this.loadingChunks.has(name) || this.failedChunks.has(name)) return;
    this.loadingChunks.add(name);
    loadChunk(name).then(
      () => {
        this.loadingChunks.delete(name);
        this.requestUpdate();
      },
      () => {
        this.loadingChunks.delete(name);
        this.failedChunks.add(name);
        this.requestUpdate();
      },
    );
  }

  private retryChunk(name: ChunkName) {
    this.failedChunks.delete(name);
    // The retry button goes away: the focus goes to the training's title, not to the page's body.
    if (name === 'detail') this.pendingFocus = 'title';
    this.need(name);
    this.requestUpdate();
  }

  /** Hovering or focusing a training's link starts downloading its page, so opening it feels instant. */
  private prefetch = (e: Event) => {
    if ((e.target as Element).closest?.('a[data-ref]')) loadChunk('detail').catch(() => undefined);
  };

  /** The page's styles come with it: added to the shadow root once, when it first arrives. */
  private adoptDetailStyles(sheet: CSSResult) {
    if (this.detailStyled) return;
    this.detailStyled = true;
    const root = this.renderRoot as ShadowRoot;
    if (sheet.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet.styleSheet];
    else root.append(Object.assign(document.createElement('style'), { textContent: sheet.cssText }));
  }

  private renderChunkError(name: ChunkName): TemplateResult {
    return html`<div part="chunk-error" class="chunk-error" role="alert">
      <p>${name === 'detail' ? this.t.detailFailed : this.t.auditFailed}</p>
      <button part="retry-button" type="button" @click=${() => this.retryChunk(name)}>${COMMON[this.lang_].retry}</button>
    </div>`;
  }

  // ---- The base class's hooks ----

  protected isEmpty(feed: Feed): boolean {
    return !feed.formations?.length;
  }

  /**
   * Undefined for the base class's controller: this element's JSON-LD also
   * depends on the training shown and on today's date, so it keeps its own
   * controller fed by `catalogueLd`, which returns the same object while
   * none of those changed (the controller then writes nothing).
   */
  protected jsonLd(): JsonLd | undefined {
    return undefined;
  }

  /** An ItemList of Course (a Course alone when one training is shown), the same object while nothing it reads changed. */
  private catalogueLd(): JsonLd | undefined {
    const feed = this.feedController.feed;
    if (this.feedController.status !== 'complete' || !feed || this.isEmpty(feed)) return undefined;
    const list = feed.formations ?? [];
    const today = this.todayValue;
    const single = this.reference ?? this.opened;
    const key = [list, today, single, feed.organisation];
    if (this.ld && this.ld.key.every((k, i) => k === key[i])) return this.ld.value;
    const one = single ? list.find((t) => t.reference === single) : undefined;
    const value = one
      ? courseJsonLd(one, feed.organisation, today)
      : single && this.reference
        ? undefined
        : catalogueJsonLd(list, feed.organisation, today);
    this.ld = { key, value };
    return value;
  }

  protected renderEmpty(): TemplateResult {
    return html`<div part="base empty"><p>${this.t.emptyCatalogue}</p></div>`;
  }

  protected renderContent(feed: Feed): TemplateResult {
    this.prepare(feed);
    if (this.reference) {
      const one = this.entries.find((e) => e.training.reference === this.reference);
      return html`<div part="base">${one ? this.renderDetail(one, feed, false) : this.renderNotFound(false)}</div>`;
    }
    const opened = this.opened ? this.entries.find((e) => e.training.reference === this.opened) : undefined;
    return html`<div part="base">
      ${this.opened ? (opened ? this.renderDetail(opened, feed, true) : this.renderNotFound(true)) : nothing}
      ${this.renderList()}
    </div>`;
  }

  // ---- Rendering helpers ----

  private get t(): CatalogueStrings {
    return CATALOGUE[this.lang_];
  }

  private get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  private price(amount: number): string {
    return formatPrice(amount, this.lang_);
  }

  private days(s: Session, opts: { year?: boolean; short?: boolean } = {}): string {
    return formatDays(s.dates, this.lang_, opts);
  }

  private placeLabel(t: Training, s: Session): string {
    const mode = sessionMode(t, s);
    if (mode === 2) return this.t.remote;
    const where = s.lieu?.commune ?? s.lieu?.nom ?? '';
    return mode === 1 && where ? `${where} (${this.t.modesShort[1]!.toLowerCase()})` : where;
  }

  private placeOption(p: string): string {
    return p === REMOTE ? this.t.remote : p;
  }

  // ---- The list ----

  private renderSelect(name: keyof Filters, label: string, all: string, options: { value: string; label: string }[]) {
    const current = String(this.filters[name]);
    if (current && !options.some((o) => o.value === current)) options = [...options, { value: current, label: current }];
    const id = `fc-${name}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} name=${name} @change=${this.onSelect}>
        <option value="" ?selected=${!current}>${all}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === current}>${o.label}</option>`)}
      </select>
    </div>`;
  }

  /** The filters' options with their labels, once per index and language. */
  private optionLabels(): Record<'themes' | 'formats' | 'places' | 'months', Option[]> {
    const lang = this.lang_;
    if (this.options?.entries !== this.entries || this.options.lang !== lang) {
      const t = this.t;
      const o = filterOptions(this.entries);
      this.options = {
        entries: this.entries,
        lang,
        value: {
          themes: o.themes.map((x) => ({ value: x, label: x })),
          formats: o.formats.map((m) => ({ value: String(m), label: t.modes[m]! })),
          places: o.places.map((p) => ({ value: p, label: this.placeOption(p) })),
          months: o.months.map((m) => ({ value: m, label: formatMonthYear(m, lang) })),
        },
      };
    }
    return this.options.value;
  }

  private renderFilters() {
    const t = this.t;
    const f = this.filters;
    const o = this.optionLabels();
    return html`<form part="filters" class="filters" role="search" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field search">
        <label for="fc-q">${t.search}</label>
        <input
          id="fc-q"
          part="search"
          type="search"
          name="q"
          autocomplete="off"
          aria-describedby="fc-q-hint"
          .value=${f.q}
          @input=${this.onSearch}
        />
        <span id="fc-q-hint" class="hint">${t.searchHint}</span>
      </div>
      ${this.renderSelect('theme', t.theme, t.allThemes, o.themes)}
      ${this.renderSelect('format', t.format, t.allFormats, o.formats)}
      ${this.renderSelect('lieu', t.place, t.allPlaces, o.places)}
      ${this.renderSelect('mois', t.month, t.allMonths, o.months)}
      <div class="field">
        <label for="fc-sort">${t.sort}</label>
        <select id="fc-sort" name="sort" @change=${this.onSelect}>
          ${SORT_KEYS.map((k) => html`<option value=${k} ?selected=${f.sort === k}>${t.sorts[k]}</option>`)}
        </select>
      </div>
      <div class="check">
        <input id="fc-upcoming" type="checkbox" name="upcoming" .checked=${f.upcoming} @change=${this.onSelect} />
        <label for="fc-upcoming">${t.upcomingOnly}</label>
      </div>
      ${narrows(f, this.defaults)
        ? html`<div class="clear"><button part="clear-button" type="button" @click=${this.clearFilters}>${t.clearFilters}</button></div>`
        : nothing}
    </form>`;
  }

  private renderList(): TemplateResult {
    const t = this.t;
    const results = this.results;
    const base = this.urlOn
      ? writeUrlState(location.search, { filters: this.filters }, this.defaults, this.urlPrefix)
      : location.search;
    const sep = base ? '&' : '?';
    const param = encodeURIComponent(this.urlPrefix + PARAMS.formation);
    const href = (ref: string) => `${base}${sep}${param}=${encodeURIComponent(ref)}`;
    const auditView = this.audit ? chunk('audit') : undefined;
    return html`<div class="list-view" ?hidden=${!!this.opened}>
      ${auditView
        ? auditView.auditSummary(this.indexed?.list ?? [], this.todayValue, this.lang_)
        : this.audit && this.failedChunks.has('audit')
          ? this.renderChunkError('audit')
          : nothing}
      ${this.renderFilters()}
      <p part="count" class="count" role="status">${t.found(results.length)}</p>
      ${results.length
        ? // The click is delegated from the training links (real links: Enter fires it too); one listener, not a thousand.
          // eslint-disable-next-line lit-a11y/click-events-have-key-events
          html`<ul part="list" class="list" @click=${this.onListClick} @pointerover=${this.prefetch} @focusin=${this.prefetch}>
            ${repeat(
              results,
              (e) => e.training.reference,
              (e) => this.renderCard(e, href(e.training.reference)),
            )}
          </ul>`
        : html`<div part="no-results" class="no-results">
            <p>${t.noResults}</p>
            ${narrows(this.filters, this.defaults)
              ? html`<button part="clear-button" type="button" @click=${this.clearFilters}>${t.clearFilters}</button>`
              : nothing}
          </div>`}
    </div>`;
  }

  /** The session the card shows: the first that matches the place and month filters, else the next. */
  private shownSession(e: Entry): Session | undefined {
    const f = this.filters;
    const t = e.training;
    // Cancelled or postponed sessions are not "the next session" while another one is on.
    const pool = e.held.length ? e.held : e.upcoming;
    return (
      pool.find(
        (s) =>
          (!f.lieu || (f.lieu === REMOTE ? sessionMode(t, s) === 2 : s.lieu?.commune === f.lieu)) &&
          (!f.mois || s.dates.some((d) => d.startsWith(f.mois))),
      ) ?? pool[0]
    );
  }

  private badges(e: Entry, shown: Session | undefined): TemplateResult[] {
    const t = this.t;
    const tr = e.training;
    const out: TemplateResult[] = [];
    if (tr.nouveau) out.push(html`<span part="badge" data-kind="new">${t.isNew}</span>`);
    if (tr.certification) out.push(html`<span part="badge" data-kind="certifying">${t.certifying}</span>`);
    if (!e.upcoming.length) out.push(html`<span part="badge" data-kind="tba">${t.datesTba}</span>`);
    else if (e.upcoming.every((s) => !isOpen(s)) && e.upcoming.some(isFull))
      out.push(html`<span part="badge" data-kind="full">${t.full}</span>`);
    else if (shown && hasFewSeats(shown))
      out.push(html`<span part="badge" data-kind="few">${t.fewSeats(shown.places_restantes!)}</span>`);
    return out;
  }

  /** The card's price line: [prefix, amount, suffix], or undefined when the training has no price. */
  private priceParts(e: Entry): [string, string, string] | undefined {
    const t = this.t;
    const tr = e.training;
    const regime = tr.tarifs?.regime_tva?.regime;
    const short = regime ? ` ${t.regimeShort[regime]}` : '';
    if (e.price !== undefined) return [e.priceFrom ? `${t.from} ` : '', this.price(e.price), `${short} ${t.perTrainee}`];
    const intra = tr.tarifs?.intra;
    return intra ? [`${t.intraShort} ${t.from} `, this.price(intra.montant_base), short] : undefined;
  }

  /**
   * One card. A single template with text bindings and `hidden` parts
   * rather than nested conditional templates: a thousand cards render
   * noticeably faster (see bench/formation-catalogue.bench.mjs).
   */
  private renderCard(e: Entry, href: string): TemplateResult {
    const tr = e.training;
    const c = this.cardText(e);
    const shown = this.shownSession(e);
    const when = shown && this.sessionText(tr, shown);
    if (c.shown !== shown || !c.badges) {
      c.shown = shown;
      const badges = this.badges(e, shown);
      c.badges = badges.length ? html`<p class="badges">${badges}</p>` : nothing;
    }
    const price = c.price;
    const auditView = this.audit ? chunk('audit') : undefined;
    const h = HEADING_TAGS[this.level - 1]!;
    // No white space between the tags, and an element's only text set as its
    // textContent rather than through a marker comment (not the link's: its
    // name must be visible to the accessibility lint): a thousand cards are
    // thousands fewer nodes to build and, when a filter narrows, to remove.
    return staticHtml`<li part="card" class="card"><${h} part="card-title" class="card-title"><a href=${href} data-ref=${tr.reference}>${tr.intitule}</a></${h}><p class="meta" .textContent=${c.meta}></p>${c.badges}<p class="summary" ?hidden=${!tr.resume} .textContent=${tr.resume ?? ''}></p><p class="next" ?hidden=${!shown}><span class="label" .textContent=${this.t.nextSession}></span> ${when ? when.text : ''}<span class="more" .textContent=${c.more}></span></p><p part="price" class="price" ?hidden=${!price}>${price?.[0] ?? ''}<strong .textContent=${price?.[1] ?? ''}></strong>${price?.[2] ?? ''}</p>${auditView ? auditView.auditLine(tr, this.todayValue, this.lang_) : nothing}</li>`;
  }

  /**
   * What a card shows that no filter changes, formatted once per training
   * and language (formatting durations, prices and dates is most of a
   * card's script): a filter change only looks these up.
   */
  private cardText(e: Entry): CardText {
    const lang = this.lang_;
    let c = cardTexts.get(e);
    if (c?.lang !== lang) {
      const t = this.t;
      const tr = e.training;
      c = {
        lang,
        meta: this.meta([
          `${t.ref} ${tr.reference}`,
          tr.duree ? formatDuration(tr.duree, lang) : '',
          [...e.modes].sort().map((m) => t.modesShort[m]).join(', '),
          tr.themes?.join(', '),
        ]),
        price: this.priceParts(e),
        more: e.upcoming.length > 1 ? ` ${t.otherSessions(e.upcoming.length - 1)}` : '',
      };
      cardTexts.set(e, c);
    }
    return c;
  }

  /** A session's dates and place as a card shows them ("3 et 4 avril 2024, Paris"), once per session and language. */
  private sessionText(tr: Training, s: Session): { lang: Lang; text: string } {
    const lang = this.lang_;
    let w = sessionTexts.get(s);
    if (w?.lang !== lang) {
      const place = this.placeLabel(tr, s);
      w = { lang, text: this.days(s) + (place ? `, ${place}` : '') };
      sessionTexts.set(s, w);
    }
    return w;
  }

  /** "Réf. 9209 · 2 jours · Présentiel · Management": real separators, so screen readers pause too. */
  private meta(items: (string | undefined)[]): string {
    return items.filter(Boolean).join(' · ');
  }

  // ---- One training ----

  private renderNotFound(withBack: boolean): TemplateResult {
    return html`<div part="detail" class="detail">
      ${withBack ? this.renderBack() : nothing}
      ${heading(this.level, { part: 'title', tabindex: -1 }, this.t.notFound)}
    </div>`;
  }

  private renderBack(): TemplateResult {
    const href = writeUrlState(location.search, { filters: this.filters }, this.defaults, this.urlPrefix) || location.pathname;
    return html`<p class="back">
      <a part="back-link" href=${href} @click=${this.onBack}><span aria-hidden="true">← </span>${this.t.backToList}</a>
    </p>`;
  }

  /**
   * A training's page: its title, meta line, badges and summary at once
   * (the focus lands on the title without waiting), the rest from the
   * `detail` part, downloaded on demand (busy meanwhile; a retry if it fails).
   */
  private renderDetail(e: Entry, feed: Feed, withBack: boolean): TemplateResult {
    const t = this.t;
    const tr = e.training;
    const lang = this.lang_;
    const detail = chunk('detail');
    const failed = !detail && this.failedChunks.has('detail');
    const auditView = this.audit ? chunk('audit') : undefined;
    const badges = this.badges(e, e.upcoming.find(isOpen));
    return html`<article part="detail" class="detail" aria-labelledby="fc-title" aria-busy=${detail || failed ? nothing : 'true'}>
      ${withBack ? this.renderBack() : nothing}
      ${heading(this.level, { part: 'title', id: 'fc-title', tabindex: -1, className: 'detail-title' }, tr.intitule)}
      <p class="meta">
        ${this.meta([
          `${t.reference} ${tr.reference}`,
          tr.duree ? formatDuration(tr.duree, lang) : '',
          [...e.modes].sort().map((m) => t.modesShort[m]).join(', '),
          tr.themes?.join(', '),
        ])}
      </p>
      ${badges.length ? html`<p class="badges">${badges}</p>` : nothing}
      ${tr.resume ? html`<p class="lead">${tr.resume}</p>` : nothing}
      ${auditView
        ? auditView.trainingAudit(tr, this.todayValue, lang, this.level + 1)
        : this.audit && this.failedChunks.has('audit')
          ? this.renderChunkError('audit')
          : nothing}
      ${detail
        ? detail.renderDetailBody({
            entry: e,
            feed,
            lang,
            level: this.level,
            today: this.todayValue,
            showPast: this.showPast,
            participants: this.participants,
            onTogglePast: this.togglePast,
            onParticipants: this.onParticipants,
          })
        : failed
          ? this.renderChunkError('detail')
          : html`<p part="detail-loading" class="detail-loading">${t.detailLoading}</p>`}
    </article>`;
  }
}
