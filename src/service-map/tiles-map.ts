/**
 * The detailed map, with Leaflet and a tile provider, created only after the
 * visitor pressed the consent button. Leaflet and its stylesheet are loaded
 * here with a dynamic import; the stylesheet is adopted by the element's
 * shadow root only (nothing leaks into the page). Markers are Leaflet
 * DivIcons: keyboard-focusable, and they load no image.
 *
 * Close markers are grouped with our own `cluster.ts` (the same grouping as
 * the SVG map), recomputed in screen pixels after each zoom and pan, so
 * leaflet.markercluster stays out of the visitor's bundle. A group is a
 * button named "3 lieux proches : …"; activating it (click, Enter, Space)
 * zooms in on its places, or spreads them around it when zooming cannot
 * separate them. The place hovered or focused in the list, and the one
 * selected, are drawn bigger with a ring (not by colour alone), or their
 * group is.
 */
import type * as Leaflet from 'leaflet';
import { clusterPoints } from './cluster.js';
import type { TileSource } from './tiles.js';

export interface TilePlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  approx: boolean;
}

export interface TileCallbacks {
  /** A marker was activated (click, Enter, Space). */
  select(id: string): void;
  /** The pointer or the focus is on a marker (undefined: it left). */
  hover(id: string | undefined): void;
  /** After each drawing (a zoom, a pan, new places): the ids of the places whose marker or group is inside the view. */
  seen(ids: string[]): void;
}

export interface TileStrings {
  zoomIn: string;
  zoomOut: string;
  group: (n: number) => string;
  approx: string;
  selected: string;
}

export interface TileMap {
  /** The places to show (refits when they change), and the ones to highlight. */
  update(places: readonly TilePlace[], selected?: string, hot?: string): void;
  /** Pans to a place when it is out of view. */
  reveal(id: string): void;
  destroy(): void;
}

/** Markers closer than this, in pixels, are grouped (as on the SVG map). */
const RADIUS = 34;
/** Markers this far outside the view are still drawn (panning shows them at once). */
const MARGIN = 40;

let sheet: CSSStyleSheet | undefined;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

interface Drawn {
  marker: Leaflet.Marker;
  members: TilePlace[];
}

export async function createTileMap(
  container: HTMLElement,
  root: ShadowRoot,
  source: TileSource,
  host: TileCallbacks,
  strings: TileStrings,
): Promise<TileMap> {
  const [L, { LEAFLET_CSS }] = await Promise.all([
    import('leaflet/dist/leaflet-src.esm.js'),
    import('./leaflet-styles.js'),
  ]);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(LEAFLET_CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const lf = L as unknown as typeof Leaflet;
  // No zoom or fade animation for visitors who asked for reduced motion.
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = lf.map(container, {
    zoomSnap: 0.5,
    attributionControl: true,
    zoomControl: false,
    zoomAnimation: !still,
    fadeAnimation: !still,
    markerZoomAnimation: !still,
  });
  lf.control.zoom({ zoomInTitle: strings.zoomIn, zoomOutTitle: strings.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  const link = source.attributionUrl
    ? `<a href="${escapeHtml(source.attributionUrl)}">${escapeHtml(source.attribution)}</a>`
    : escapeHtml(source.attribution);
  lf.tileLayer(source.url, { maxZoom: source.maxZoom, attribution: link }).addTo(map);

  let places: readonly TilePlace[] = [];
  let placesKey: string | undefined;
  let selected: string | undefined;
  let hot: string | undefined;
  /** The group spread out around its centre (its key), until the next zoom or pan. */
  let spread: string | undefined;
  /** After a group was opened from the keyboard: focus what holds this place once redrawn. */
  let focusNext: string | undefined;
  /** Drawn markers and groups, by key (the ids of their places). */
  let drawn = new Map<string, Drawn>();
  const byElement = new WeakMap<Element, Drawn>();

  const keyOf = (members: readonly TilePlace[]) => members.map((m) => m.id).join('|');

  const label = (members: readonly TilePlace[]) => {
    if (members.length > 1) return strings.group(members.length) + ' : ' + members.map((m) => m.name).join(', ');
    const p = members[0]!;
    return p.name + (p.approx ? ` (${strings.approx})` : '') + (p.id === selected ? ` – ${strings.selected}` : '');
  };

  /** Classes and name of a drawn marker or group, from the current highlight. */
  const paint = (d: Drawn) => {
    const el = d.marker.getElement();
    if (!el) return;
    const isHot = d.members.some((m) => m.id === hot);
    const isSelected = d.members.some((m) => m.id === selected);
    el.classList.toggle('hot', isHot);
    el.classList.toggle('selected', isSelected);
    if (isHot) el.dataset.hot = '';
    else delete el.dataset.hot;
    el.setAttribute('aria-label', label(d.members));
    d.marker.setZIndexOffset(isHot || isSelected ? 1000 : 0);
  };

  const add = (key: string, members: TilePlace[], at: Leaflet.LatLng) => {
    const old = drawn.get(key);
    if (old) {
      old.marker.setLatLng(at);
      return old;
    }
    const single = members.length === 1;
    const p = members[0]!;
    const icon = lf.divIcon({
      className: single ? 'tile-marker' + (p.approx ? ' approx' : '') : 'tile-cluster',
      iconSize: single ? [22, 22] : [36, 36],
      // Only a number or nothing: feed text never goes into Leaflet's HTML.
      html: single ? '<span class="dot"></span>' : `<span class="disc" aria-hidden="true">${members.length}</span>`,
    });
    const marker = lf.marker(at, { icon, title: single ? p.name : undefined, keyboard: true });
    const d: Drawn = { marker, members };
    // Leaflet's click: not fired after a drag of the map.
    marker.on('click', () => activate(d, false));
    marker.on('mouseover', () => host.hover(single ? p.id : undefined));
    marker.on('mouseout', () => host.hover(undefined));
    // On the map itself: a layer group added before the map has a view would only add its markers at 'load'.
    marker.addTo(map);
    const el = marker.getElement()!;
    el.dataset[single ? 'id' : 'key'] = single ? p.id : key;
    byElement.set(el, d);
    return d;
  };

  /** Groups the places in view, in pixels at the current zoom, and draws them (reusing unchanged markers). */
  const draw = () => {
    const size = map.getSize();
    const shown = places
      .map((p) => ({ p, pt: map.latLngToContainerPoint([p.lat, p.lon]) }))
      .filter(({ pt }) => pt.x > -MARGIN && pt.y > -MARGIN && pt.x < size.x + MARGIN && pt.y < size.y + MARGIN);
    const groups = clusterPoints(
      shown.map((s) => s.pt),
      RADIUS,
    );
    const next = new Map<string, Drawn>();
    const inView: string[] = [];
    for (const g of groups) {
      const members = g.members.map((i) => shown[i]!.p);
      if (g.x >= 0 && g.y >= 0 && g.x <= size.x && g.y <= size.y) for (const m of members) inView.push(m.id);
      const key = keyOf(members);
      if (members.length > 1 && key === spread) {
        // Around the group's centre, on a circle wide enough for each marker.
        const r = Math.max(28, members.length * 8);
        members.forEach((m, i) => {
          const a = (2 * Math.PI * i) / members.length - Math.PI / 2;
          const at = map.containerPointToLatLng([g.x + r * Math.cos(a), g.y + r * Math.sin(a)]);
          next.set(m.id, add(m.id, [m], at));
        });
      } else {
        const at = members.length === 1 ? lf.latLng(members[0]!.lat, members[0]!.lon) : map.containerPointToLatLng([g.x, g.y]);
        next.set(key, add(key, members, at));
      }
    }
    const focused = root.activeElement;
    let lostFocus = false;
    for (const [key, d] of drawn) {
      if (next.get(key) === d) continue;
      if (focused && d.marker.getElement() === focused) lostFocus = true;
      d.marker.remove();
    }
    drawn = next;
    for (const d of drawn.values()) paint(d);
    const want = focusNext ?? (lostFocus ? (byElement.get(focused!)?.members[0]?.id) : undefined);
    focusNext = undefined;
    if (want) {
      const target = [...drawn.values()].find((d) => d.members.some((m) => m.id === want));
      (target?.marker.getElement() ?? container).focus({ preventScroll: true });
    } else if (lostFocus) container.focus({ preventScroll: true });
    host.seen(inView);
  };

  /** A group: zoom in until its places separate; spread it when zooming cannot. */
  const openGroup = (d: Drawn, fromKeyboard: boolean) => {
    const max = map.getMaxZoom();
    const pts = d.members.map((m) => map.project([m.lat, m.lon], max));
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    if (fromKeyboard) focusNext = d.members[0]!.id;
    if (map.getZoom() >= max || span < RADIUS) {
      spread = keyOf(d.members);
      draw();
      return;
    }
    const bounds = lf.latLngBounds(d.members.map((m) => [m.lat, m.lon] as [number, number]));
    const zoom = Math.min(max, Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds, false, lf.point(80, 80))));
    map.setView(bounds.getCenter(), zoom);
  };

  const activate = (d: Drawn, fromKeyboard: boolean) => {
    if (d.members.length === 1) host.select(d.members[0]!.id);
    else openGroup(d, fromKeyboard);
  };

  const fromEvent = (e: Event) => {
    const el = (e.target as Element | null)?.closest?.('.tile-marker, .tile-cluster');
    return el ? byElement.get(el) : undefined;
  };
  /** On a focused marker or group: Enter and Space activate it; + − and the arrows zoom and pan, as on the map itself. */
  const onKey = (e: KeyboardEvent) => {
    const d = fromEvent(e);
    if (!d || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = e.shiftKey ? 240 : 80;
    const keys: Record<string, () => void> = {
      Enter: () => activate(d, true),
      ' ': () => activate(d, true),
      '+': () => map.zoomIn(),
      '=': () => map.zoomIn(),
      '-': () => map.zoomOut(),
      _: () => map.zoomOut(),
      ArrowLeft: () => map.panBy([-step, 0]),
      ArrowRight: () => map.panBy([step, 0]),
      ArrowUp: () => map.panBy([0, -step]),
      ArrowDown: () => map.panBy([0, step]),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  };
  const onFocus = (e: FocusEvent) => {
    const d = fromEvent(e);
    if (d) host.hover(d.members.length === 1 ? d.members[0]!.id : undefined);
  };
  const onBlur = (e: FocusEvent) => {
    if (fromEvent(e) && !(e.relatedTarget as Element | null)?.closest?.('.tile-marker')) host.hover(undefined);
  };
  container.addEventListener('keydown', onKey);
  container.addEventListener('focusin', onFocus);
  container.addEventListener('focusout', onBlur);
  const unspread = () => (spread = undefined);
  map.on('zoomstart', unspread);
  map.on('zoomend moveend resize', draw);

  return {
    update(list, sel, h) {
      const key = keyOf(list);
      if (key !== placesKey) {
        placesKey = key;
        places = list;
        spread = undefined;
        selected = sel;
        hot = h;
        if (list.length)
          map.fitBounds(lf.latLngBounds(list.map((p) => [p.lat, p.lon] as [number, number])).pad(0.2), {
            maxZoom: 13,
            animate: false,
          });
        else map.setView([46.6, 2.5], 5, { animate: false });
        // setView and fitBounds fire moveend (and draw) only when the view changes.
        draw();
        return;
      }
      if (sel === selected && h === hot) return;
      selected = sel;
      hot = h;
      for (const d of drawn.values()) paint(d);
    },
    reveal(id) {
      const p = places.find((q) => q.id === id);
      if (p && !map.getBounds().contains([p.lat, p.lon])) map.panTo([p.lat, p.lon]);
    },
    destroy() {
      // A pan or zoom still running would end on a removed map.
      map.off('zoomstart', unspread);
      map.off('zoomend moveend resize', draw);
      map.stop();
      // Leaflet 1.9 ends a zoom animation with a timer that moves the map even after map.remove(), which then
      // throws: a zoom still animating is marked as done, so that timer does nothing.
      (map as unknown as { _animatingZoom?: boolean })._animatingZoom = false;
      container.removeEventListener('keydown', onKey);
      container.removeEventListener('focusin', onFocus);
      container.removeEventListener('focusout', onBlur);
      map.remove();
    },
  };
}
