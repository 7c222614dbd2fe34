import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as v from 'valibot';
import { whenIdle } from '../base/idle.js';
import { AssoElement } from '../base/asso-element.js';
import { lazy } from '../base/lazy.js';
import { ownsUrl } from '../base/url-owner.js';
import type { Feed, Place, Service } from '../feed/schema/index.js';
import { place as placeSchema, service as serviceSchema } from '../feed/schema/lieux.js';
import { DI_LABELS, SERVICE_MAP, type ServiceMapStrings } from '../i18n/service-map.js';
import type { JsonLd } from '../jsonld/jsonld-controller.js';
import { hostStyles } from '../styles/tokens.js';
import { distanceKm, normalizeText } from './distance.js';
import type { DetailsContext } from './details.js';
import type { MapItem, MapView } from './outlines.js';
import { departementOfInsee, departementOfPostcode, zoneOfDepartement, zoneOfPoint, type Zone } from './projection.js';
import { styles } from './service-map.styles.js';
import type { TileMap, TilePlace } from './tiles-map.js';
import type { TileSource } from './tiles.js';
import { matchOption, readMapUrl, writeMapUrl, type MapUrlView } from './url-state.js';

/** Key of the map's marks in history.state (followed by its url-prefix). */
const HISTORY_KEY = 'assoMap';

export interface MapSelectDetail {
  /** The place's id in the feed. */
  id: string;
  nom: string;
  lieu: Place;
}

export interface MapFilters {
  /** Commune or postcode searched. */
  q: string;
  kind: string;
  audience: string;
  theme: string;
  /** True when sorted by distance from the visitor. */
  nearMe: boolean;
  /** True when the list keeps to the places in the map's view (the count does not: it changes with every pan). */
  visibleOnly: boolean;
}

export interface MapFilterDetail {
  filters: MapFilters;
  /** How many places they let through. */
  count: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'asso-map-select': CustomEvent<MapSelectDetail>;
    'asso-map-filter': CustomEvent<MapFilterDetail>;
  }
}

/** One place with what the list and the map need. */
interface Entry {
  place: Place;
  services: Service[];
  dep?: string;
  zone?: Zone;
  lon?: number;
  lat?: number;
  /** Where a place without coordinates is put: in its commune (where the feed places others), or at its département's centre. */
  approx: '' | 'commune' | 'departement';
  /** Commune, postcode and name, normalised for the search (computed on the first search). */
  text?: string;
  publics: Set<string>;
  themes: Set<string>;
}

type OutlinesModule = typeof import('./outlines.js');
type DetailsModule = typeof import('./details.js');
const detailsCode = lazy<DetailsModule>(() => import('./details.js'));
const tilesCode = lazy(() => import('./tiles.js'));
let outlines: Promise<OutlinesModule> | undefined;
/** The outlines chunk, loaded once per page, the first time a map is shown. */
const loadOutlines = () => (outlines ??= import('./outlines.js'));

const label = (code: string, lang: 'fr' | 'en') => {
  const known = DI_LABELS[lang][code];
  if (known) return known;
  // data·inclusion thématiques: "famille--soutien-a-la-parentalite" → "Soutien a la parentalite".
  if (/^[a-z0-9]+(-{1,2}[a-z0-9]+)+$/.test(code)) {
    const s = code.split('--').pop()!.replace(/-/g, ' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }
  return code;
};

/** Places shown at first in the list, and added by "Afficher plus". */
const PAGE = 50;
/**
 * Places of the list rendered with the first frame (more than the list beside
 * the map shows before it scrolls); the rest of the first page follows at the
 * next idle moment, so the map and the first places appear sooner.
 */
const FIRST = 16;

const kmText = (km: number, lang: 'fr' | 'en') =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);

/**
 * @summary The network of establishments and services: an SVG map of France
 * that needs no third party, and the list beside it (below it on narrow
 * containers), its accessible equivalent, in sync.
 *
 * Places come from the feed's `lieux` (data·inclusion v1 structures) and
 * `services`. The outlines of France load in a separate chunk when the map
 * is shown; Leaflet and tiles load only after the visitor agrees, when the
 * `tiles` attribute asks for them.
 *
 * @csspart base - The whole element.
 * @csspart heading - The title.
 * @csspart filters - The search field, the filters and "Autour de moi".
 * @csspart count - The number of places found (a polite live region).
 * @csspart layout - The map and the list.
 * @csspart map-area - The map, its buttons and credits.
 * @csspart map - The map itself (keyboard: arrows, + and −, 0).
 * @csspart map-svg - The SVG of the map.
 * @csspart marker - A place on the map.
 * @csspart cluster - A group of close places, with its count.
 * @csspart area - Départements served, shaded.
 * @csspart inset - An overseas département drawn apart.
 * @csspart zoom-button - The zoom and recentre buttons.
 * @csspart attribution - The credits of the outlines (and tiles).
 * @csspart tiles-placeholder - What replaces the detailed map until the visitor agrees.
 * @csspart tiles-button - The consent button.
 * @csspart list - The list of places.
 * @csspart item - One place in the list.
 * @csspart item-button - The name of a place: opens its details.
 * @csspart details - The details of a place.
 * @csspart open-status - "Ouvert maintenant" / "Fermé".
 * @csspart services - The services of a place, or those without a place.
 *
 * @cssproperty --asso-map-marker - Colour of markers and groups (default: the accent colour).
 * @cssproperty --asso-map-land - Fill of the land (default: a tint of the text colour).
 * @cssproperty --asso-map-area - Fill of the areas served (default: a tint of the marker colour).
 * @cssproperty --asso-map-height - Height of the map (default: 28rem; 20rem on narrow containers).
 * @cssproperty --asso-map-list-height - Maximum height of the list beside the map before it scrolls (default: the map's height).
 *
 * @fires asso-map-select - The visitor opened a place's details (from the list or a marker). Detail: `{ id, nom, lieu }`.
 * @fires asso-map-filter - The visitor changed the search, a filter or the distance sort. Detail: `{ filters, count }`.
 * @fires asso-load - The feed is loaded (see the base element).
 * @fires asso-error - The feed could not be loaded, or parts of it were left out.
 */
export class ServiceMap extends AssoElement {
  static override styles = [hostStyles, styles];

  /** Title above the map; a French or English default follows the language. */
  @property() heading?: string;

  /** Level of the title (2 to 5); the names of places are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Detailed background, after the visitor's consent: `ign-plan` (PLAN IGN v2,
   * IGN Géoplateforme), `osm` (OpenStreetMap) or an https URL template with
   * {z}, {x}, {y}. Without it the map needs no third party at all.
   */
  @property() tiles?: string;

  /** Attribution of the tiles when `tiles` is a URL template (plain text). */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution?: string;

  /** The moment used for "Ouvert maintenant" (tests, previews); the current time by default. */
  @property({ attribute: false }) now?: Date;

  /** Presets the kind filter ("Internat" or "internat": case, accents and punctuation do not matter). */
  @property() kind?: string;

  /** Presets the audience filter ("familles"). */
  @property() audience?: string;

  /** Presets the theme filter ("Soutien à la parentalité" or "soutien-a-la-parentalite"). */
  @property() theme?: string;

  /** Presets the search by commune or postcode ("Toul", "54200"). */
  @property() search?: string;

  /** Opens a place's details at first, by its `id` in the feed ("internat-toul"). */
  @property() place?: string;

  /** Presets "Seulement les lieux visibles sur la carte": the list keeps to the places in the map's view. */
  @property({ attribute: 'visible-only', type: Boolean }) visibleOnly = false;

  /** Keeps the view out of the address bar (no query parameters, no history entries). */
  @property({ attribute: 'no-url-state', type: Boolean }) noUrlState = false;

  /** Prefix of the query parameters, when two maps share a page ("carte2-"). */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';

  @state() private filters: Omit<MapFilters, 'nearMe'> = { q: '', kind: '', audience: '', theme: '', visibleOnly: false };
  /** A view read from the address or the attributes, checked against the feed at the next render. */
  private pending?: MapUrlView;
  /** The pending view comes from Back or Forward (the focus may have to follow). */
  private popped = false;
  @state() private origin?: { lat: number; lon: number };
  @state() private geo: 'idle' | 'pending' | 'ok' | 'denied' | 'unavailable' | 'unsupported' = 'idle';
  @state() private selected?: string;
  @state() private hot?: string;
  /** Not a reactive property: the outlines' arrival renders again only when that shows something (see startMap). */
  private mapState: 'loading' | 'ready' | 'error' = 'loading';
  @state() private tilesState: 'off' | 'loading' | 'on' | 'error' = 'off';
  @state() private printing = false;
  /** How many places of the list are shown; "Afficher plus" adds a page. */
  @state() private limit = PAGE;
  /** False until the first page of the list is complete (see FIRST). */
  @state() private listComplete = false;
  private listTimer?: number;

  private outlines?: OutlinesModule;
  /** The details of places (opening hours and their sentences): loaded on first need or intent. */
  private details? = detailsCode.value;
  private tilesModule? = tilesCode.value;
  private view?: MapView;
  private tileMap?: TileMap;
  private resize?: ResizeObserver;
  private observed?: Element;
  private entriesCache?: { feed: Feed; geo: unknown; entries: Entry[] };
  private filterCache?: { entries: Entry[]; lang: string; kinds: string[]; audiences: string[]; themes: string[] };
  private jsonLdModule?: typeof import('./jsonld.js');
  private shownCache?: { entries: Entry[]; key: string; list: Entry[] };
  private mapItemsCache?: { shown: Entry[]; items: MapItem[]; areas: string[] };
  private tilePlacesCache?: { shown: Entry[]; places: TilePlace[] };
  private jsonLdTimer?: number;
  private returnToMarker?: string;
  private focusAfter?: () => void;
  private dragged = false;
  private mapSize?: { width: number; height: number };
  /** Ids of the places in the map's view once it settled (see `zone`); undefined when not asked for or not known yet. */
  private inZone?: Set<string>;
  /** The places `inZone` was read for. */
  private zoneFor?: Entry[];
  private zoneTimer?: number;
  /** Ids of the places in view on the map drawn last (either map). */
  private drawn?: string[];
  /** The places of the list as last rendered (the filters', kept to the view when asked). */
  private listed: Entry[] = [];

  constructor() {
    super({ lieux: v.array(placeSchema, 'liste'), services: v.array(serviceSchema, 'liste') });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onPopState);
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
    this.resize?.disconnect();
    clearTimeout(this.zoneTimer);
    this.observed = undefined;
    this.tileMap?.destroy();
    this.tileMap = undefined;
    if (this.tilesState !== 'off') this.tilesState = 'off';
  }

  private beforePrint = () => {
    this.printing = true;
    this.loadDetails();
  };

  private afterPrint = () => {
    this.printing = false;
  };

  private get t(): ServiceMapStrings {
    return SERVICE_MAP[this.lang_];
  }

  // ---------------------------------------------------------------- data

  protected isEmpty(feed: Feed): boolean {
    return !feed.lieux?.length && !feed.services?.length;
  }

  protected jsonLd(feed: Feed): JsonLd | undefined {
    // Written once the first render is on screen (idle time), then kept: it does not change with the filters or the view.
    // Its builder (with the opening-hours parser it checks hours with) is a chunk of its own, loaded then.
    if (!this.jsonLdModule) {
      this.jsonLdTimer ??= whenIdle(() => {
        import('./jsonld.js').then(
          (mod) => {
            this.jsonLdModule = mod;
            this.requestUpdate();
          },
          () => undefined,
        );
      }, 500);
      return undefined;
    }
    // Built again only when the feed or the language changes (the base class keeps it).
    return this.jsonLdModule.serviceMapJsonLd(feed);
  }

  private entries(feed: Feed): Entry[] {
    const c = this.entriesCache;
    if (c && c.feed === feed) {
      if (c.geo !== this.outlines && this.outlines) {
        // The outlines just arrived: place the entries known only by their département.
        for (const e of c.entries) this.placeByDepartement(e);
        c.geo = this.outlines;
      }
      return c.entries;
    }
    const services = feed.services ?? [];
    const entries = (feed.lieux ?? []).map((place): Entry => {
      const own = services.filter((s) => s.lieux?.includes(place.id));
      const dep = place.code_insee
        ? departementOfInsee(place.code_insee)
        : place.code_postal
          ? departementOfPostcode(place.code_postal)
          : undefined;
      const { longitude: lon, latitude: lat } = place;
      const e: Entry = {
        place,
        services: own,
        dep,
        zone: lon !== undefined && lat !== undefined ? zoneOfPoint(lon, lat) : undefined,
        lon,
        lat,
        approx: '',
        text: undefined,
        publics: new Set([...(place.publics ?? []), ...own.flatMap((s) => s.publics ?? [])]),
        themes: new Set([...(place.thematiques ?? []), ...own.flatMap((s) => s.thematiques ?? [])]),
      };
      return e;
    });
    this.placeByCommune(entries);
    for (const e of entries) this.placeByDepartement(e);
    this.entriesCache = { feed, geo: this.outlines, entries };
    return entries;
  }

  /**
   * A place without coordinates in a commune where the feed places others
   * (the same INSEE code, or the same commune name in the same département)
   * goes to their midpoint, said to be approximate: a service at the same
   * address as a home, say. There is no list of communes' centres to ship.
   */
  private placeByCommune(entries: Entry[]) {
    const keysOf = (e: Entry) => [
      e.place.code_insee && `i${e.place.code_insee}`,
      e.place.commune && e.dep && `c${normalizeText(e.place.commune)}|${e.dep}`,
    ];
    const unplaced = entries.filter((e) => e.lon === undefined || e.lat === undefined);
    // Most feeds give every position: nothing to look up (a thousand places cost nothing here).
    if (!unplaced.length) return;
    const deps = new Set(unplaced.map((e) => e.dep));
    const known = new Map<string, [number, number, number]>();
    for (const e of entries)
      if (e.lon !== undefined && e.lat !== undefined && deps.has(e.dep))
        for (const k of keysOf(e)) {
          if (!k) continue;
          const sum = known.get(k) ?? [0, 0, 0];
          known.set(k, [sum[0] + e.lon, sum[1] + e.lat, sum[2] + 1]);
        }
    for (const e of unplaced) {
      const sum = keysOf(e).map((k) => k && known.get(k)).find(Boolean);
      if (!sum) continue;
      e.lon = sum[0] / sum[2];
      e.lat = sum[1] / sum[2];
      e.approx = 'commune';
      e.zone = zoneOfPoint(e.lon, e.lat);
    }
  }

  /** A place without coordinates goes to the centre of the département of its INSEE code or postcode, said to be approximate. */
  private placeByDepartement(e: Entry) {
    if (e.lon !== undefined && e.lat !== undefined) return;
    const centre = e.dep && this.outlines?.departementCentre(e.dep);
    if (!centre) return;
    [e.lon, e.lat] = centre;
    e.approx = 'departement';
    e.zone = zoneOfDepartement(e.dep!);
  }

  private passes(e: Entry, q = normalizeText(this.filters.q)): boolean {
    const { kind, audience, theme } = this.filters;
    if (kind && e.place.type !== kind) return false;
    if (audience && !e.publics.has(audience)) return false;
    if (theme && !e.themes.has(theme)) return false;
    if (!q) return true;
    if (/^\d[\dab]*$/i.test(q.replace(/\s/g, ''))) {
      const digits = q.replace(/\s/g, '').toUpperCase();
      return !!(e.place.code_postal?.startsWith(digits) || e.place.code_insee?.startsWith(digits) || e.dep === digits);
    }
    e.text ??= normalizeText([e.place.commune, e.place.code_postal, e.place.nom].filter(Boolean).join(' '));
    return e.text.includes(q);
  }

  private distance(e: Entry): number | undefined {
    return this.origin && e.lat !== undefined && e.lon !== undefined
      ? distanceKm(this.origin, { lat: e.lat, lon: e.lon })
      : undefined;
  }

  /** The places that pass the filters, nearest first when sorted by distance; the same array while nothing changes. */
  private shown(feed: Feed): Entry[] {
    const entries = this.entries(feed);
    const key = [
      this.filters.q,
      this.filters.kind,
      this.filters.audience,
      this.filters.theme,
      this.origin?.lat,
      this.origin?.lon,
      this.outlines ? 1 : 0,
    ].join('\u0000');
    if (this.shownCache?.entries === entries && this.shownCache.key === key) return this.shownCache.list;
    const q = normalizeText(this.filters.q);
    let list = entries.filter((e) => this.passes(e, q));
    if (this.origin) {
      list = list
        .map((e) => ({ e, d: this.distance(e) ?? Infinity }))
        .sort((a, b) => a.d - b.d)
        .map((x) => x.e);
    }
    this.shownCache = { entries, key, list };
    return list;
  }

  // ---------------------------------------------------------------- the places in the map's view

  /**
   * Each map reports the places it drew in view, after every drawing. The
   * list follows once the map has been still for a moment (see `zone`), so
   * it and the count it announces do not change with every step of a gesture.
   */
  private seen = (ids: string[]) => {
    // Drawn again with the same places in view (a highlight, a settled view): nothing to follow.
    if (ids.join() === this.drawn?.join()) return;
    this.drawn = ids;
    clearTimeout(this.zoneTimer);
    this.zoneTimer = window.setTimeout(() => {
      // Only when the list keeps to the view (zone() then sets inZone at once).
      if (!this.inZone) return;
      this.inZone = new Set(ids);
      this.requestUpdate();
    }, 300);
  };

  /**
   * The places of the list: those of the filters, kept to the ones in the
   * map's view when the visitor asked for it. Called after the map is drawn:
   * a new list (which the map frames again) is followed at once.
   */
  private zone(shown: Entry[]): Entry[] {
    if (!this.filters.visibleOnly) return (this.inZone = undefined), shown;
    if (this.drawn && (!this.inZone || this.zoneFor !== shown)) {
      this.inZone = new Set(this.drawn);
      this.zoneFor = shown;
    }
    const zone = this.inZone;
    return zone && !this.printing ? shown.filter((e) => zone.has(e.place.id)) : shown;
  }

  // ---------------------------------------------------------------- the view in the address bar

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (
      !this.hasUpdated ||
      ['kind', 'audience', 'theme', 'search', 'place', 'visibleOnly', 'urlPrefix', 'noUrlState'].some((k) => changed.has(k))
    )
      this.readView();
  }

  /** The view the markup asks for (attributes), before the visitor changes anything. */
  private get defaults(): MapUrlView {
    return {
      q: this.search ?? '',
      kind: this.kind ?? '',
      audience: this.audience ?? '',
      theme: this.theme ?? '',
      place: this.place ?? '',
      visibleOnly: this.visibleOnly,
    };
  }

  /** The view is in the address bar: not asked otherwise, and no other map with the same prefix. */
  private get urlOn(): boolean {
    return !this.noUrlState && ownsUrl(this, this.urlPrefix, this.lang_);
  }

  /** Reads the view from the address (which wins) and the attributes; applied once the feed is known. */
  private readView() {
    this.pending = !this.urlOn ? this.defaults : readMapUrl(location.search, this.defaults, this.urlPrefix);
  }

  /**
   * Applies a pending view (called at the start of a render, when the feed
   * is known): values the feed does not know are ignored, and so is a place
   * that is not in the feed or not let through by the filters.
   */
  private applyView(all: Entry[]) {
    const v = this.pending!;
    this.pending = undefined;
    const { kinds, audiences, themes } = this.options(all);
    const pick = (value: string, options: string[]) => (value && matchOption(value, options)) || '';
    this.filters = {
      q: v.q,
      kind: pick(v.kind, kinds),
      audience: pick(v.audience, audiences),
      theme: pick(v.theme, themes),
      visibleOnly: !!v.visibleOnly,
    };
    const entry = all.find((e) => e.place.id === v.place);
    const id = entry && this.passes(entry) ? v.place : undefined;
    const was = this.selected;
    if (this.popped && was && was !== id && (this.renderRoot as ShadowRoot).activeElement?.closest('[data-details]')) {
      // Back closed the details the focus was in: it goes back to the place's name.
      this.focusAfter = () => this.renderRoot.querySelector<HTMLElement>(`[data-toggle="${CSS.escape(was)}"]`)?.focus();
    }
    this.popped = false;
    this.limit = PAGE;
    if (id !== was) this.open(id, false);
  }

  private historyState(): Record<string, unknown> {
    const s: unknown = history.state;
    return s && typeof s === 'object' ? (s as Record<string, unknown>) : {};
  }

  /** True when the current history entry was added by opening a place. */
  private opener(): boolean {
    return !!(this.historyState()[HISTORY_KEY + this.urlPrefix] as { detail?: boolean } | undefined)?.detail;
  }

  private writeView(mode: 'push' | 'replace', detail = false) {
    if (!this.urlOn) return;
    const view = { ...this.filters, place: this.selected ?? '' };
    const url = location.pathname + writeMapUrl(location.search, view, this.defaults, this.urlPrefix) + location.hash;
    const entry = { ...(mode === 'replace' ? this.historyState() : {}), [HISTORY_KEY + this.urlPrefix]: { detail } };
    if (mode === 'push') history.pushState(entry, '', url);
    else history.replaceState(entry, '', url);
  }

  /** The visitor opened (or closed, undefined) a place: opening adds a history entry that Back closes. */
  private recordPlace(id: string | undefined) {
    if (!this.urlOn) return;
    const opener = this.opener();
    if (id) this.writeView(opener ? 'replace' : 'push', true);
    // The entry before is the same view without the place: going back keeps the history tidy.
    else if (opener) history.back();
    else this.writeView('replace');
  }

  private onPopState = () => {
    if (!this.urlOn) return;
    this.readView();
    this.popped = true;
    this.requestUpdate();
  };

  // ---------------------------------------------------------------- map life

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const el = this.renderRoot.querySelector<HTMLElement>('[part~="map"]');
    if (el && el !== this.observed) {
      this.observed = el;
      // Sizes come from the observer (after layout): reading clientWidth here would force a layout of the whole list.
      this.resize ??= new ResizeObserver((records) => {
        const r = records[records.length - 1]!.contentRect;
        if (r.width <= 0) return;
        const first = !this.mapSize;
        this.mapSize = { width: r.width, height: r.height };
        if (this.view?.setSize(r.width, r.height) || first) this.requestUpdate();
      });
      this.resize.disconnect();
      this.resize.observe(el);
      if (!this.outlines) this.startMap();
    }
    const after = this.focusAfter;
    this.focusAfter = undefined;
    // Moving the focus fires focus and pointer handlers that highlight a
    // place; the place to highlight was chosen with the change that moved
    // the focus, so they must not change it now, during this update.
    this.movingFocus = true;
    try {
      after?.();
    } finally {
      this.movingFocus = false;
    }
  }

  private movingFocus = false;

  /** Highlights a place's marker and list item (undefined: none), unless the focus is being moved by the element itself. */
  private highlight(id: string | undefined) {
    if (!this.movingFocus) this.hot = id;
  }

  private startMap() {
    loadOutlines().then(
      (mod) => {
        this.outlines = mod;
        this.view = new mod.MapView({
          select: (id) => this.selectFromMap(id),
          hover: (id) => {
            if (id) this.loadDetails();
            this.highlight(id);
          },
          changed: () => this.requestUpdate(),
          seen: this.seen,
        });
        if (this.mapSize) this.view.setSize(this.mapSize.width, this.mapSize.height);
        this.mapState = 'ready';
        // Until its size is known the map shows "loading" either way, and the first size report renders again:
        // render now only if the map can be drawn, or places without coordinates can now be placed.
        const entries = this.entriesCache?.entries;
        if (this.mapSize || !entries || entries.some((e) => !e.zone)) this.requestUpdate();
      },
      () => {
        this.mapState = 'error';
        this.requestUpdate();
      },
    );
  }

  /** Loads the details chunk (once per page; at once when another map already did); renders again when it arrives. */
  private loadDetails = () => {
    if (this.details) return;
    const ready = detailsCode.value;
    if (ready) {
      this.details = ready;
      this.requestUpdate();
      return;
    }
    detailsCode.load().then(
      (mod) => {
        if (this.details) return;
        this.details = mod;
        this.requestUpdate();
      },
      () => undefined, // offline or a failed chunk: tried again on the next intent
    );
  };

  private selectFromMap(id: string) {
    if (this.dragged) return;
    this.returnToMarker = id;
    this.open(id, true);
    this.recordPlace(id);
    this.focusAfter = () => {
      const item = this.renderRoot.querySelector<HTMLElement>(`[data-details="${CSS.escape(id)}"]`);
      item?.scrollIntoView?.({ block: 'nearest' });
      item?.focus({ preventScroll: true });
    };
  }

  private open(id: string | undefined, emit: boolean) {
    this.selected = id;
    if (!id) return;
    // The focus is about to move to this place's details: highlighting it now
    // means the focus event finds nothing to change once the view is updated.
    this.hot = id;
    const feed = this.feedController.feed;
    const index = feed ? this.shown(feed).findIndex((e) => e.place.id === id) : -1;
    if (index >= this.limit) this.limit = index + 1;
    this.listComplete = true;
    this.view?.reveal(id);
    this.tileMap?.reveal(id);
    const place = this.feedController.feed?.lieux?.find((p) => p.id === id);
    if (emit && place) {
      this.dispatchEvent(
        new CustomEvent<MapSelectDetail>('asso-map-select', {
          detail: { id, nom: place.nom, lieu: place },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  private toggleFromList(id: string) {
    this.returnToMarker = undefined;
    const next = this.selected === id ? undefined : id;
    this.open(next, !!next);
    this.recordPlace(next);
  }

  /** Escape in the details: close them and go back where the visitor came from. */
  private closeDetails(id: string) {
    const marker = this.returnToMarker === id;
    this.selected = undefined;
    this.recordPlace(undefined);
    this.returnToMarker = undefined;
    this.hot = id; // where the focus goes back to (see `open`)
    this.focusAfter = () => {
      const target = marker
        ? this.renderRoot.querySelector<HTMLElement>(`[part~="marker"][data-id="${CSS.escape(id)}"]`)
        : undefined;
      (target ?? this.renderRoot.querySelector<HTMLElement>(`[data-toggle="${CSS.escape(id)}"]`))?.focus();
    };
  }

  /** "Voir sur la carte": zoom until the place has its own marker (or spread its group out), and focus it. */
  private async showOnMap(id: string) {
    const view = this.view!;
    view.reveal(id);
    for (let i = 0; i < 16; i++) {
      await this.updateComplete;
      const marker = this.renderRoot.querySelector<SVGElement>(`[part~="marker"][data-id="${CSS.escape(id)}"]`);
      if (marker) {
        marker.focus();
        return;
      }
      if (!view.spreadGroupOf(id)) {
        view.zoomBy(2);
        view.reveal(id);
      }
    }
    /* c8 ignore next */
    this.renderRoot.querySelector<HTMLElement>('[part~="map"]')?.focus();
  }

  private onMapKey(e: KeyboardEvent) {
    if (this.view?.key(e)) {
      e.preventDefault();
      const inMap = (this.renderRoot as ShadowRoot).activeElement;
      this.focusAfter = () => {
        // The focused marker may have joined a group: keep the focus in the map.
        if (inMap && !inMap.isConnected) this.renderRoot.querySelector<HTMLElement>('[part~="map"]')?.focus();
      };
    }
  }

  private onPointerUp(e: PointerEvent) {
    this.dragged = !!this.view?.pointerUp(e);
    // The click that follows a drag must not select.
    setTimeout(() => (this.dragged = false));
  }

  /** Hovering or focusing a place of the list highlights its marker (one listener for the whole list). */
  private onListOver = (e: Event) => {
    // The visitor is about to open a place: fetch its details now.
    this.loadDetails();
    const id = (e.target as Element).closest?.('[data-item]')?.getAttribute('data-item');
    if (id) this.highlight(id);
  };

  private onListLeave = (e: Event) => {
    const to = (e as FocusEvent).relatedTarget as Element | null;
    // Focus going nowhere: the focused link went with closed details (the
    // focus is about to come back to the place), or the window lost focus.
    if (e.type === 'focusout' && !to) return;
    if (!to?.closest?.('[data-item]')) this.highlight(undefined);
  };

  // ---------------------------------------------------------------- filters

  private changed(patch: Partial<ServiceMap['filters']>) {
    this.filters = { ...this.filters, ...patch };
    this.limit = PAGE;
    // Typing replaces the address (no history entry per keystroke); choosing a filter adds an entry.
    this.writeView(patch.q === undefined ? 'push' : 'replace');
    this.emitFilter();
  }

  private emitFilter() {
    const feed = this.feedController.feed;
    const count = feed ? this.shown(feed).length : 0;
    this.dispatchEvent(
      new CustomEvent<MapFilterDetail>('asso-map-filter', {
        detail: {
          filters: { ...this.filters, nearMe: !!this.origin },
          count,
        },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private reset() {
    this.filters = { ...this.filters, q: '', kind: '', audience: '', theme: '' };
    this.limit = PAGE;
    this.writeView('push');
    this.emitFilter();
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  /** "Afficher toute la liste" (no place in the map's view): turns the option off, the focus on the first place. */
  private wholeList = () => {
    this.changed({ visibleOnly: false });
    this.focusAfter = () => this.renderRoot.querySelector<HTMLElement>('[part~="item-button"]')?.focus();
  };

  private nearMe() {
    if (this.origin) {
      this.origin = undefined;
      this.geo = 'idle';
      this.emitFilter();
      return;
    }
    const geo = navigator.geolocation;
    if (!geo) {
      this.geo = 'unsupported';
      return;
    }
    this.geo = 'pending';
    geo.getCurrentPosition(
      (pos) => {
        this.origin = { lat: pos.coords.latitude, lon: pos.coords.longitude };
        this.geo = 'ok';
        this.emitFilter();
      },
      (err) => {
        this.geo = err.code === 1 ? 'denied' : 'unavailable';
        if (err.code === 1)
          this.focusAfter = () => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  }

  // ---------------------------------------------------------------- tiles

  private async consent() {
    const source = this.tileSource();
    if (!source) return;
    this.tilesState = 'loading';
    await this.updateComplete;
    const container = this.renderRoot.querySelector<HTMLElement>('[part~="tiles-map"]');
    try {
      const { createTileMap } = await import('./tiles-map.js');
      if (!container || !this.shadowRoot) throw new Error('no container');
      const t = this.t;
      this.tileMap = await createTileMap(
        container,
        this.shadowRoot,
        source,
        {
          select: (id) => {
            this.returnToMarker = undefined;
            this.open(id, true);
            this.recordPlace(id);
            this.focusAfter = () =>
              this.renderRoot.querySelector<HTMLElement>(`[data-details="${CSS.escape(id)}"]`)?.focus();
          },
          hover: (id) => {
            if (id) this.loadDetails();
            this.highlight(id);
          },
          seen: this.seen,
        },
        { zoomIn: t.zoomIn, zoomOut: t.zoomOut, group: t.group, approx: t.approx, selected: t.selected },
      );
      this.tilesState = 'on';
    } catch {
      this.tilesState = 'error';
    }
  }

  /**
   * The source named by the `tiles` attribute. Its presets and checks are a
   * small chunk loaded only when the attribute is set (most maps have none).
   */
  private tileSource(): TileSource | undefined {
    if (!this.tiles) return undefined;
    if (!this.tilesModule) {
      tilesCode.load().then(
        (mod) => {
          this.tilesModule = mod;
          this.requestUpdate();
        },
        () => undefined, // tried again at the next render
      );
      return undefined;
    }
    return this.tilesModule.tileSource(this.tiles, this.tilesAttribution, this.t.customTiles);
  }

  private tilesOff() {
    this.tileMap?.destroy();
    this.tileMap = undefined;
    this.tilesState = 'off';
    this.focusAfter = () => this.renderRoot.querySelector<HTMLElement>('[part~="tiles-button"]')?.focus();
  }

  // ---------------------------------------------------------------- render

  private headingTag(level: number, content: unknown, part: string, id?: string): TemplateResult {
    const l = Math.min(6, Math.max(2, Math.round(level) || 2));
    switch (l) {
      case 2:
        return html`<h2 part=${part} class=${part} id=${id ?? nothing}>${content}</h2>`;
      case 3:
        return html`<h3 part=${part} class=${part} id=${id ?? nothing}>${content}</h3>`;
      case 4:
        return html`<h4 part=${part} class=${part} id=${id ?? nothing}>${content}</h4>`;
      case 5:
        return html`<h5 part=${part} class=${part} id=${id ?? nothing}>${content}</h5>`;
      default:
        return html`<h6 part=${part} class=${part} id=${id ?? nothing}>${content}</h6>`;
    }
  }

  protected renderEmpty(): TemplateResult {
    return html`<section part="base" class="base" aria-labelledby="h">
      ${this.headingTag(this.headingLevel, this.heading || this.t.heading, 'heading', 'h')}
      <p>${this.t.empty}</p>
    </section>`;
  }

  protected renderContent(feed: Feed): TemplateResult {
    const t = this.t;
    const all = this.entries(feed);
    // Setting the view here, before anything reads it, renders it in this same update.
    if (this.pending) this.applyView(all);
    const shown = this.shown(feed);
    const services = feed.services ?? [];
    const placeIds = new Set(all.map((e) => e.place.id));
    const orphans = services.filter((s) => !s.lieux?.some((id) => placeIds.has(id)));
    const filtered = !!(this.filters.q || this.filters.kind || this.filters.audience || this.filters.theme);
    // The map first: the list may keep to its view.
    const map = this.renderMap(shown, orphans);
    const list = (this.listed = this.zone(shown));
    const zoned = !this.printing && !!this.inZone && shown.length > 0;
    return html`<section part="base" class="base" aria-labelledby="h" ?data-printing=${this.printing}>
      ${this.headingTag(this.headingLevel, this.heading || t.heading, 'heading', 'h')}
      ${this.renderFilters(all, filtered)}
      <div part="count" class="count" role="status">
        <p>
          ${zoned ? t.inZone(list.length) : t.places(shown.length)}${shown.length === 0 ? html` ${t.noResultHelp}` : nothing}
        </p>
        ${this.renderGeoMessage()}
      </div>
      <div part="layout" class="layout">
        ${map}
        <div part="list-area" class="list-area">
          <ul
            part="list"
            class="list"
            aria-label=${t.list}
            @pointerover=${this.onListOver}
            @focusin=${this.onListOver}
            @pointerleave=${this.onListLeave}
            @focusout=${this.onListLeave}
          >
            ${list.slice(0, this.printing ? list.length : this.listLength()).map((e) => this.renderItem(e))}
          </ul>
          ${zoned && !list.length ? html`<button type="button" part="whole-list" @click=${this.wholeList}>${t.wholeList}</button>` : nothing}
          ${!this.printing && this.listComplete && list.length > this.limit ? this.renderMore(list.length - this.limit) : nothing}
          ${orphans.length ? this.renderOrphans(orphans) : nothing}
        </div>
      </div>
    </section>`;
  }

  /** How many places the list renders now: the first ones on the first frame, the whole page from the next idle moment. */
  private listLength(): number {
    if (this.listComplete) return this.limit;
    this.listTimer ??= whenIdle(() => (this.listComplete = true), 200);
    return Math.min(FIRST, this.limit);
  }

  /** "Afficher 50 lieux de plus": the list grows by pages; the focus goes to the first new place. */
  private renderMore(rest: number): TemplateResult {
    return html`<button
      type="button"
      part="more"
      class="more"
      @click=${() => {
        const first = this.limit;
        this.limit += PAGE;
        const next = this.listed[first];
        if (next) this.hot = next.place.id; // where the focus goes (see `open`)
        this.focusAfter = () => this.renderRoot.querySelectorAll<HTMLElement>('[part~="item-button"]')[first]?.focus();
      }}
    >
      ${this.t.more(Math.min(PAGE, rest), rest)}
    </button>`;
  }

  /** The kinds, audiences and themes of the places, sorted by label (kept while the places and language stay). */
  private options(all: Entry[]) {
    const lang = this.lang_;
    if (this.filterCache?.entries !== all || this.filterCache.lang !== lang) {
      // Sorted without Intl.Collator: creating one costs tens of milliseconds on a fresh page.
      const key = (x: string) => normalizeText(label(x, lang));
      const byLabel = (a: string, b: string) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
      this.filterCache = {
        entries: all,
        lang,
        kinds: [...new Set(all.map((e) => e.place.type).filter((k): k is string => !!k))].sort(byLabel),
        audiences: [...new Set(all.flatMap((e) => [...e.publics]))].sort(byLabel),
        themes: [...new Set(all.flatMap((e) => [...e.themes]))].sort(byLabel),
      };
    }
    return this.filterCache;
  }

  private renderFilters(all: Entry[], filtered: boolean): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const { kinds, audiences, themes } = this.options(all);
    const select = (
      id: string,
      name: string,
      value: string,
      options: string[],
      key: 'kind' | 'audience' | 'theme',
      allText: string,
    ) =>
      options.length > 1
        ? html`<div class="field">
            <label for=${id}>${name}</label>
            <select
              id=${id}
              .value=${value}
              @change=${(e: Event) => this.changed({ [key]: (e.target as HTMLSelectElement).value })}
            >
              <option value="" ?selected=${!value}>${allText}</option>
              ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${label(o, lang)}</option>`)}
            </select>
          </div>`
        : nothing;
    return html`<form
      part="filters"
      class="filters"
      role="search"
      aria-label=${t.filters}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <div class="field search">
        <label for="q">${t.search}</label>
        <input
          id="q"
          type="search"
          autocomplete="address-level2"
          aria-describedby="q-hint"
          .value=${this.filters.q}
          @input=${(e: Event) => this.changed({ q: (e.target as HTMLInputElement).value })}
        />
        <span id="q-hint" class="hint">${t.searchHint}</span>
      </div>
      ${select('kind', t.kind, this.filters.kind, kinds, 'kind', t.all)}
      ${select('audience', t.audience, this.filters.audience, audiences, 'audience', t.all)}
      ${select('theme', t.theme, this.filters.theme, themes, 'theme', t.allThemes)}
      <label class="check"><input id="zone" type="checkbox" .checked=${this.filters.visibleOnly} @change=${(e: Event) => this.changed({ visibleOnly: (e.target as HTMLInputElement).checked })} />${t.visibleOnly}</label>
      <div class="actions">
        <button
          type="button"
          part="near-me"
          class="near-me"
          aria-pressed=${this.origin ? 'true' : 'false'}
          @click=${() => this.nearMe()}
        >
          ${this.origin ? t.nearMeStop : t.nearMe}
        </button>
        ${filtered ? html`<button type="button" part="reset" @click=${() => this.reset()}>${t.reset}</button>` : nothing}
      </div>
    </form>`;
  }

  private renderGeoMessage(): TemplateResult | typeof nothing {
    const t = this.t;
    const text =
      this.geo === 'pending'
        ? t.locating
        : this.geo === 'ok'
          ? t.located
          : this.geo === 'denied'
            ? t.geoDenied
            : this.geo === 'unavailable'
              ? t.geoUnavailable
              : this.geo === 'unsupported'
                ? t.geoUnsupported
                : '';
    return text ? html`<p part="geo-message" class="geo-message" data-geo=${this.geo}>${text}</p>` : nothing;
  }

  private renderMap(shown: Entry[], orphans: Service[]): TemplateResult {
    const t = this.t;
    const source = this.tileSource();
    const positioned = shown.filter((e) => e.zone && e.lon !== undefined && e.lat !== undefined);
    const approxAt = new Set(positioned.map((e) => e.approx).filter((a) => a !== ''));
    const unplaced = this.outlines ? shown.length - positioned.length : 0;
    const tilesOn = this.tilesState === 'on' || this.tilesState === 'loading';
    if (this.tileMap && this.tilesState === 'on') {
      if (this.tilePlacesCache?.shown !== shown) {
        this.tilePlacesCache = {
          shown,
          places: positioned.map((e) => ({ id: e.place.id, name: e.place.nom, lat: e.lat!, lon: e.lon!, approx: !!e.approx })),
        };
      }
      this.tileMap.update(this.tilePlacesCache.places, this.selected, this.hot);
    }
    const areas = [
      ...new Set(
        [
          ...shown.flatMap((e) => [
            ...(e.place.zone_eligibilite ?? []),
            ...e.services.flatMap((s) => s.zone_eligibilite ?? []),
          ]),
          ...orphans.flatMap((s) => s.zone_eligibilite ?? []),
        ].filter((c) => zoneOfDepartement(c) !== undefined && c.length <= 3),
      ),
    ];
    let svgMap: unknown = nothing;
    // Drawn once the map's size is known (the first ResizeObserver report, in the same frame as the first layout);
    // not under the detailed map.
    if (!tilesOn && this.view && this.mapState === 'ready' && this.mapSize) {
      if (this.mapItemsCache?.shown !== shown) {
        const items: MapItem[] = positioned.map((e) => ({
          id: e.place.id,
          name: e.place.nom,
          lon: e.lon!,
          lat: e.lat!,
          approx: !!e.approx,
          zone: e.zone!,
        }));
        this.mapItemsCache = { shown, items, areas };
      }
      this.view.setItems(this.mapItemsCache.items, this.mapItemsCache.areas);
      svgMap = this.view.render({
        selected: this.selected,
        hot: this.hot,
        origin: this.origin,
        areas,
        strings: { approx: t.approx, group: t.group, you: t.you, selected: t.selected },
      });
    }
    const view = this.view;
    return html`<div part="map-area" class="map-area">
      <div class="map-tools">
        ${
          tilesOn
            ? html`<button type="button" part="tiles-back" @click=${() => this.tilesOff()}>${t.tilesBack}</button>`
            : html`<button
                  type="button"
                  part="zoom-button"
                  class="zoom-button"
                  aria-label=${t.zoomIn}
                  title=${t.zoomIn}
                  ?disabled=${!view?.canZoomIn}
                  @click=${() => view?.zoomBy(1.5)}
                >
                  +
                </button>
                <button
                  type="button"
                  part="zoom-button"
                  class="zoom-button"
                  aria-label=${t.zoomOut}
                  title=${t.zoomOut}
                  ?disabled=${!view?.canZoomOut}
                  @click=${() => view?.zoomBy(1 / 1.5)}
                >
                  −
                </button>
                <button
                  type="button"
                  part="zoom-button"
                  class="zoom-button"
                  @click=${() => {
                    view?.fit();
                    this.requestUpdate();
                  }}
                >
                  ${t.recenter}
                </button>`
        }
      </div>
      ${
        tilesOn
          ? html`<div class="tiles-wrap">
              <div part="tiles-map" class="tiles-map"></div>
              ${this.tilesState === 'loading' ? html`<p class="map-message">${t.tilesLoading}</p>` : nothing}
            </div>`
          : html`<div
              part="map"
              class="map"
              role="application"
              aria-roledescription=${this.lang_ === 'fr' ? 'carte' : 'map'}
              aria-label=${t.map}
              aria-describedby="map-hint"
              tabindex="0"
              @keydown=${(e: KeyboardEvent) => this.onMapKey(e)}
              @wheel=${(e: WheelEvent) => view?.wheel(e, (e.currentTarget as Element).getBoundingClientRect())}
              @pointerdown=${(e: PointerEvent) => view?.pointerDown(e)}
              @pointermove=${(e: PointerEvent) => view?.pointerMove(e, (e.currentTarget as Element).getBoundingClientRect())}
              @pointerup=${(e: PointerEvent) => this.onPointerUp(e)}
              @pointercancel=${(e: PointerEvent) => this.onPointerUp(e)}
            >
              ${
                this.mapState === 'loading' || (this.mapState === 'ready' && !this.mapSize)
                  ? html`<p class="map-message">${t.mapLoading}</p>`
                  : nothing
              }
              ${this.mapState === 'error' ? html`<p class="map-message" part="map-error">${t.mapError}</p>` : nothing}
              ${svgMap}
            </div>`
      }
      ${tilesOn ? nothing : html`<p id="map-hint" class="hint">${t.mapHint}</p>`}
      ${source && this.tilesState !== 'on' && this.tilesState !== 'loading' ? this.renderTilesPlaceholder(source.host, source.provider) : nothing}
      ${
        // Under the detailed map (which credits its own tiles), the outlines
        // are still the source of approximate positions, and only of those.
        // (A position in a commune comes from the feed's other places, not from the outlines.)
        tilesOn && !approxAt.size
          ? nothing
          : html`<p part="attribution" class="attribution">
              ${tilesOn && !approxAt.has('departement') ? nothing : `${t.attribution}${this.lang_ === 'fr' ? '\u00a0: ' : ': '}${this.outlines?.ATTRIBUTION ?? 'IGN – Admin Express COG 2018, INSEE'}`}
              ${approxAt.size ? html`<span class="legend"><span class="approx-key" aria-hidden="true"></span> ${approxAt.size > 1 ? t.approxLegend : t.approxLegendAt[[...approxAt][0]!]}</span>` : nothing}
            </p>`
      }
      ${unplaced ? html`<p class="hint" part="unplaced">${t.notOnMap(unplaced)}</p>` : nothing}
    </div>`;
  }

  private renderTilesPlaceholder(host: string, provider: string): TemplateResult {
    const t = this.t;
    return html`<div part="tiles-placeholder" class="tiles-placeholder">
      <p><strong>${t.tilesTitle}</strong> — ${t.tilesText(host, provider)}</p>
      <button type="button" part="tiles-button" @click=${() => this.consent()}>${t.tilesButton}</button>
      ${this.tilesState === 'error' ? html`<p role="alert">${t.tilesError}</p>` : nothing}
    </div>`;
  }

  private renderItem(e: Entry): TemplateResult {
    const t = this.t;
    const p = e.place;
    const open = this.selected === p.id || this.printing;
    const d = this.distance(e);
    const detailsId = `details-${p.id}`;
    const name = html`<button
      type="button"
      part="item-button"
      class="item-button"
      data-toggle=${p.id}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${detailsId}
      @click=${() => this.toggleFromList(p.id)}
    >
      ${p.nom}
    </button>`;
    return html`<li
      part="item"
      class="item"
      data-item=${p.id}
      ?data-hot=${this.hot === p.id}
      ?data-selected=${this.selected === p.id}
    >
      ${this.headingTag(this.headingLevel + 1, name, 'item-title')}
      <p class="summary">
        ${p.type ? html`<span>${p.type}</span>` : nothing}
        ${p.commune || p.code_postal ? html`<span>${[p.code_postal, p.commune].filter(Boolean).join(' ')}</span>` : nothing}
        ${d !== undefined ? html`<span part="distance">${e.approx ? t.distanceApprox(kmText(d, this.lang_)) : t.distance(kmText(d, this.lang_))}</span>` : nothing}
        ${e.approx ? html`<span class="tag">${t.approx}</span>` : nothing}
        ${this.outlines && !e.zone ? html`<span class="tag">${t.noPosition}</span>` : nothing}
      </p>
      ${open ? this.renderDetails(e, detailsId) : html`<div id=${detailsId} hidden></div>`}
    </li>`;
  }

  private renderDetails(e: Entry, id: string): TemplateResult {
    const t = this.t;
    const p = e.place;
    const mod = this.details;
    if (!mod) this.loadDetails();
    return html`<div
      part="details"
      class="details"
      id=${id}
      data-details=${p.id}
      tabindex="-1"
      role="group"
      aria-label=${`${t.details} : ${p.nom}`}
      aria-busy=${mod ? nothing : 'true'}
      @keydown=${(ev: KeyboardEvent) => {
        if (ev.key === 'Escape') {
          ev.stopPropagation();
          this.closeDetails(p.id);
        }
      }}
    >
      ${mod ? mod.renderPlaceDetails(this.detailsContext(), e) : html`<p class="note">${t.detailsLoading}</p>`}
      <p class="detail-actions">
        ${
          e.zone && this.view && this.tilesState === 'off'
            ? html`<button type="button" @click=${() => this.showOnMap(p.id)}>${t.showOnMap}</button>`
            : nothing
        }
        <button type="button" @click=${() => this.closeDetails(p.id)}>${t.close}</button>
      </p>
    </div>`;
  }

  private detailsContext(): DetailsContext {
    const lang = this.lang_;
    return {
      t: this.t,
      lang,
      now: this.now ?? new Date(),
      headingLevel: this.headingLevel,
      heading: (level, content, part) => this.headingTag(level, content, part),
      areaName: (code) => this.areaName(code),
      label: (code) => label(code, lang),
    };
  }

  private areaName(code: string): string {
    if (code === 'france') return this.t.wholeCountry;
    const name = code.length <= 3 ? this.outlines?.departementName(code) : undefined;
    return name ? `${name} (${code})` : code;
  }

  private renderOrphans(services: Service[]): TemplateResult | typeof nothing {
    const mod = this.details;
    if (!mod) {
      this.loadDetails();
      return nothing;
    }
    return html`<div class="orphans">${mod.renderServices(this.detailsContext(), services, this.t.otherServices)}</div>`;
  }
}
