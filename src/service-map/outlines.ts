/**
 * The SVG map of <service-map>: the outlines of France (generated module
 * `geo/france.ts`), their projection, the markers and their groups, zoom and
 * pan. Loaded with a dynamic `import()` only when a map is on the page, so
 * the outlines (≈ 19 kB gzip) stay out of the element's own bundle.
 */
import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { clusterPoints, type Cluster } from './cluster.js';
import { ARCS, ATTRIBUTION, DEPARTEMENTS, SCALE } from './geo/france.js';
import { OVERSEAS_ZONES, projectionFor, zoneOfDepartement, type Zone } from './projection.js';

export { ATTRIBUTION };

/** A place the map can show. */
export interface MapItem {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** Placed at its département's centre: drawn hollow, said in its label. */
  approx: boolean;
  zone: Zone;
}

export interface MapStrings {
  approx: string;
  group: (n: number) => string;
  you: string;
  selected: string;
}

export interface MapCallbacks {
  /** A marker was activated (click, Enter, Space). */
  select(id: string, marker: Element): void;
  /** The pointer or the focus is on a marker (undefined: left it). */
  hover(id: string | undefined): void;
  /** The view changed (zoom, pan, groups): render again. */
  changed(): void;
  /** After each drawing: the ids of the places whose marker or group is inside the view, insets included. */
  seen(ids: string[]): void;
}

// ---------------------------------------------------------------- outlines

interface Dep {
  code: string;
  name: string;
  region: string;
  inner: [number, number];
  /** Polygons → rings → arc indexes (~i: arc i reversed). */
  shape: number[][][];
  zone: Zone | undefined;
}

/** Arcs as longitude, latitude pairs (lon0 lat0 lon1 lat1 …). */
let arcs: Float64Array[] | undefined;
let deps: Map<string, Dep> | undefined;

/** The départements (names, centres, rings): small, decoded on first use. */
function decode() {
  if (deps) return;
  deps = new Map(
    DEPARTEMENTS.map(([code, name, region, lon, lat, shape]) => [
      code,
      {
        code,
        name,
        region,
        inner: [lon, lat],
        shape: shape.split('|').map((p) => p.split(';').map((r) => r.split(',').map(Number))),
        zone: zoneOfDepartement(code),
      },
    ]),
  );
}

/**
 * The arcs: delta-encoded integers ("x y dx dy …", arcs separated by "/"),
 * read character by character into typed arrays — no intermediate strings or
 * small arrays, which a fresh page would pay for in garbage collection.
 */
function decodeArcs(): Float64Array[] {
  if (arcs) return arcs;
  const out: Float64Array[] = [];
  const s = ARCS;
  let buf = new Float64Array(1024);
  let n = 0;
  let value = 0;
  let sign = 1;
  let inNumber = false;
  let x = 0;
  let y = 0;
  const push = () => {
    if (n === buf.length) {
      const bigger = new Float64Array(buf.length * 2);
      bigger.set(buf);
      buf = bigger;
    }
    // Even positions are x deltas, odd ones y deltas.
    if (n % 2 === 0) buf[n++] = (x += sign * value) / SCALE;
    else buf[n++] = (y += sign * value) / SCALE;
    value = 0;
    sign = 1;
    inNumber = false;
  };
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 47; // the end closes the last arc like a "/"
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      inNumber = true;
    } else if (c === 45) {
      sign = -1;
    } else {
      if (inNumber) push();
      if (c === 47) {
        out.push(buf.slice(0, n));
        n = 0;
        x = 0;
        y = 0;
      }
    }
  }
  arcs = out;
  return out;
}

/** The point where a place known only by its département is put (longitude, latitude), or undefined. */
export function departementCentre(code: string): [number, number] | undefined {
  decode();
  return deps!.get(code)?.inner;
}

/** The name of a département ("54" → "Meurthe-et-Moselle"). */
export function departementName(code: string): string | undefined {
  decode();
  return deps!.get(code)?.name;
}

interface ZoneGeometry {
  /** Each arc used by the zone, projected once: x0 y0 x1 y1 … in km (y down). */
  arcs: Map<number, Float64Array>;
  /** Départements of the zone: rings of arc indexes (~i: arc i reversed). */
  deps: Dep[];
  /** Arcs between two régions, or on the coast (drawn stronger). */
  strongArcs: number[];
  /** Bounds in km: minX, minY, maxX, maxY. */
  bounds: [number, number, number, number];
  depBounds: Map<string, [number, number, number, number]>;
}

interface ZoneShapes {
  /** Every département's rings, for the land. */
  land: string;
  /** Régions' borders and coasts. */
  strong: string;
  /** Paths of each département (for the served areas). */
  byDep: Map<string, string>;
}

const geometryCache = new Map<Zone, ZoneGeometry>();
/** Path strings by zone and level of detail. */
const shapesCache = new Map<string, ZoneShapes>();

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** Paths are drawn in tenths of a kilometre, as integers (short strings, built fast); the view scales by k / 10. */
const UNIT = 10;

/** The outlines of a zone, projected (once per page and zone), with their bounds. */
function zoneGeometry(zone: Zone): ZoneGeometry {
  const cached = geometryCache.get(zone);
  if (cached) return cached;
  decode();
  const lonLat = decodeArcs();
  const project = projectionFor(zone);
  const projected = new Map<number, Float64Array>();
  const arcBounds = new Map<number, [number, number, number, number]>();
  const users = new Map<number, string[]>();
  const depList: Dep[] = [];
  const depBounds = new Map<string, [number, number, number, number]>();
  const all: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const grow = (target: [number, number, number, number], b: readonly number[]) => {
    if (b[0]! < target[0]) target[0] = b[0]!;
    if (b[1]! < target[1]) target[1] = b[1]!;
    if (b[2]! > target[2]) target[2] = b[2]!;
    if (b[3]! > target[3]) target[3] = b[3]!;
  };
  for (const dep of deps!.values()) {
    if (dep.zone !== zone) continue;
    depList.push(dep);
    const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of dep.shape) {
      for (const ring of polygon) {
        for (const i of ring) {
          const idx = i < 0 ? ~i : i;
          const regions = users.get(idx);
          if (regions) regions.push(dep.region);
          else users.set(idx, [dep.region]);
          let ab = arcBounds.get(idx);
          if (!ab) {
            const ll = lonLat[idx]!;
            const xy = new Float64Array(ll.length);
            ab = [Infinity, Infinity, -Infinity, -Infinity];
            for (let j = 0; j < ll.length; j += 2) {
              const [x, y] = project(ll[j]!, ll[j + 1]!);
              xy[j] = x;
              xy[j + 1] = y;
              if (x < ab[0]) ab[0] = x;
              if (y < ab[1]) ab[1] = y;
              if (x > ab[2]) ab[2] = x;
              if (y > ab[3]) ab[3] = y;
            }
            projected.set(idx, xy);
            arcBounds.set(idx, ab);
          }
          grow(b, ab);
        }
      }
    }
    depBounds.set(dep.code, b);
    grow(all, b);
  }
  const strongArcs: number[] = [];
  for (const [idx, regions] of users) {
    if (regions.length === 2 && regions[0] === regions[1]) continue;
    strongArcs.push(idx);
  }
  const geometry = { arcs: projected, deps: depList, strongArcs, bounds: all, depBounds };
  geometryCache.set(zone, geometry);
  return geometry;
}

/**
 * The level of detail for a scale of k pixels per km: the outlines are
 * simplified to less than a pixel at that scale (Douglas–Peucker, arc by arc, so
 * shared borders stay shared), so the browser parses, lays out and paints
 * far shorter paths that look the same. Levels go by powers of two of k, and
 * each level's paths are built once per page.
 */
const levelOf = (k: number) => Math.floor(Math.log2(k));

/**
 * Douglas–Peucker: the points of a line (x0 y0 x1 y1 …) to keep so that no
 * point left out is farther than `tol` from the simplified line. The ends are
 * always kept, so neighbouring départements still share their borders.
 */
function simplify(xy: Float64Array, tol: number): Uint8Array {
  const n = xy.length / 2;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tol2 = tol * tol;
  const stack = [0, n - 1];
  while (stack.length) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    const ax = xy[2 * first]!;
    const ay = xy[2 * first + 1]!;
    const dx = xy[2 * last]! - ax;
    const dy = xy[2 * last + 1]! - ay;
    const len2 = dx * dx + dy * dy;
    let worst = 0;
    let at = -1;
    for (let i = first + 1; i < last; i++) {
      const px = xy[2 * i]! - ax;
      const py = xy[2 * i + 1]! - ay;
      // Squared distance to the segment (to the first point when both ends coincide: closed rings).
      let d2: number;
      if (len2 === 0) d2 = px * px + py * py;
      else {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        d2 = (px - t * dx) ** 2 + (py - t * dy) ** 2;
      }
      if (d2 > worst) {
        worst = d2;
        at = i;
      }
    }
    if (at >= 0 && worst > tol2) {
      keep[at] = 1;
      stack.push(first, at, at, last);
    }
  }
  return keep;
}

/** The zone's paths at the level of detail for k pixels per km. */
function zoneShapes(zone: Zone, k: number): ZoneShapes {
  const level = levelOf(k);
  const key = zone + ':' + level;
  const cached = shapesCache.get(key);
  if (cached) return cached;
  const geo = zoneGeometry(zone);
  /** Tolerance in tenths of km: 0.4 pixel at this level's smallest scale. */
  const tol = (0.4 / 2 ** level) * UNIT;
  // Each arc once: its kept points as "x y" pieces, forward and backward.
  const pieces = new Map<number, { fwd: string; rev: string }>();
  const arc = (idx: number) => {
    let a = pieces.get(idx);
    if (!a) {
      const xy = geo.arcs.get(idx)!;
      const keep = simplify(xy, tol / UNIT);
      const pts: string[] = [];
      for (let j = 0; j < keep.length; j++) {
        if (keep[j]) pts.push(Math.round(xy[2 * j]! * UNIT) + ' ' + Math.round(xy[2 * j + 1]! * UNIT));
      }
      a = { fwd: pts.join('L'), rev: pts.reverse().join('L') };
      pieces.set(idx, a);
    }
    return a;
  };
  const byDep = new Map<string, string>();
  for (const dep of geo.deps) {
    let d = '';
    for (const polygon of dep.shape) {
      for (const ring of polygon) {
        d += 'M' + ring.map((i) => (i < 0 ? arc(~i).rev : arc(i).fwd)).join('L') + 'Z';
      }
    }
    byDep.set(dep.code, d);
  }
  const shapes = {
    land: [...byDep.values()].join(''),
    strong: geo.strongArcs.map((idx) => 'M' + arc(idx).fwd).join(''),
    byDep,
  };
  shapesCache.set(key, shapes);
  return shapes;
}

// ---------------------------------------------------------------- the view

interface Placed {
  item: MapItem;
  /** Projected, km. */
  x: number;
  y: number;
}

const CLUSTER_RADIUS = 34;
const PAD = 36;
/** Highest zoom, pixels per km. */
const K_MAX = 90;
const INSET = 92;

export interface RenderOptions {
  selected?: string;
  hot?: string;
  /** The visitor's position, once they shared it. */
  origin?: { lon: number; lat: number };
  /** Département codes to shade (areas served). */
  areas?: readonly string[];
  strings: MapStrings;
}

export class MapView {
  width = 640;
  height = 440;
  /** Pixels per km, and the map centre in km. */
  k = 1;
  cx = 0;
  cy = 0;
  mainZone: Zone = 'metro';
  private placed: Placed[] = [];
  private insets: Array<{ zone: Zone; items: MapItem[] }> = [];
  private fitted = { k: 1, cx: 0, cy: 0 };
  private kMin = 0.1;
  private spread?: string;
  private pointers = new Map<number, { x: number; y: number }>();
  private gesture?: { x: number; y: number; dist: number; moved: boolean };
  private areas: readonly string[] = [];
  /** The groups drawn last, by key, for the delegated event handlers. */
  private groups = new Map<string, Placed[]>();
  private lastItems?: readonly MapItem[];

  constructor(private readonly host: MapCallbacks) {}

  /** The places to show, and the départements to shade; refits when they change. */
  setItems(items: readonly MapItem[], areas: readonly string[] = []): void {
    if (items === this.lastItems && areas === this.areas) return;
    this.lastItems = items;
    this.areas = areas;
    const count = new Map<Zone, number>();
    for (const i of items) count.set(i.zone, (count.get(i.zone) ?? 0) + 1);
    for (const a of areas) {
      const z = zoneOfDepartement(a);
      if (z && !count.has(z)) count.set(z, 0);
    }
    let main: Zone = 'metro';
    for (const [zone, n] of count) if (n > (count.get(main) ?? -1)) main = zone;
    this.mainZone = main;
    const project = projectionFor(main);
    this.placed = items
      .filter((i) => i.zone === main)
      .map((item) => {
        const [x, y] = project(item.lon, item.lat);
        return { item, x, y };
      });
    this.insets = OVERSEAS_ZONES.concat(['metro'])
      .filter((z) => z !== main && count.has(z))
      .map((zone) => ({ zone, items: items.filter((i) => i.zone === zone) }));
    this.spread = undefined;
    this.fit();
  }

  /** The map's size in pixels; true when it changed. */
  setSize(width: number, height: number): boolean {
    if (Math.abs(width - this.width) < 1 && Math.abs(height - this.height) < 1) return false;
    const refit = this.k === this.fitted.k && this.cx === this.fitted.cx && this.cy === this.fitted.cy;
    this.width = Math.max(120, width);
    this.height = Math.max(120, height);
    if (refit) this.fit();
    return true;
  }

  /** Frames the places (and areas) shown; the whole zone when there are none. */
  fit(): void {
    const shapes = zoneGeometry(this.mainZone);
    const [zx0, zy0, zx1, zy1] = shapes.bounds;
    const bottom = this.insets.length ? INSET + 8 : 0;
    const w = this.width - 2 * PAD;
    const h = this.height - 2 * PAD - bottom;
    this.kMin = Math.min(w / (zx1 - zx0), h / (zy1 - zy0)) * 0.7;
    let b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    const add = (x0: number, y0: number, x1: number, y1: number) => {
      b = [Math.min(b[0], x0), Math.min(b[1], y0), Math.max(b[2], x1), Math.max(b[3], y1)];
    };
    for (const p of this.placed) add(p.x, p.y, p.x, p.y);
    for (const a of this.areas) {
      const db = shapes.depBounds.get(a);
      if (db) add(...db);
    }
    if (!isFinite(b[0])) b = [zx0, zy0, zx1, zy1];
    // At least 40 km across, so one place is shown with its surroundings.
    const span = 40;
    const mx = (b[0] + b[2]) / 2;
    const my = (b[1] + b[3]) / 2;
    const bw = Math.max(b[2] - b[0], span);
    const bh = Math.max(b[3] - b[1], span);
    this.k = Math.min(w / bw, h / bh, K_MAX);
    this.cx = mx;
    this.cy = my + bottom / 2 / this.k;
    this.fitted = { k: this.k, cx: this.cx, cy: this.cy };
    this.spread = undefined;
  }

  /** True when the view is the fitted one. */
  get isFitted(): boolean {
    return this.k === this.fitted.k && this.cx === this.fitted.cx && this.cy === this.fitted.cy;
  }

  get canZoomIn(): boolean {
    return this.k < K_MAX;
  }

  get canZoomOut(): boolean {
    return this.k > this.kMin;
  }

  /** Zooms by `factor` keeping the screen point (sx, sy) — the centre by default — in place. */
  zoomBy(factor: number, sx = this.width / 2, sy = this.height / 2): void {
    const k = Math.min(K_MAX, Math.max(this.kMin, this.k * factor));
    if (k === this.k) return;
    const mx = this.cx + (sx - this.width / 2) / this.k;
    const my = this.cy + (sy - this.height / 2) / this.k;
    this.cx = mx - (sx - this.width / 2) / k;
    this.cy = my - (sy - this.height / 2) / k;
    this.k = k;
    this.spread = undefined;
    this.host.changed();
  }

  /** Moves the map content by (dx, dy) pixels. */
  panBy(dx: number, dy: number): void {
    this.cx -= dx / this.k;
    this.cy -= dy / this.k;
    this.host.changed();
  }

  /** Brings a place into view (it may be in an inset: then nothing moves). */
  reveal(id: string): void {
    const p = this.placed.find((q) => q.item.id === id);
    if (!p) return;
    const [sx, sy] = this.toScreen(p.x, p.y);
    if (sx < PAD || sy < PAD || sx > this.width - PAD || sy > this.height - PAD) {
      this.cx = p.x;
      this.cy = p.y;
      this.host.changed();
    }
  }

  private toScreen(x: number, y: number): [number, number] {
    return [(x - this.cx) * this.k + this.width / 2, (y - this.cy) * this.k + this.height / 2];
  }

  // ---------------------------------------------------------------- input

  /** Keyboard: + and − zoom, arrows pan, 0 or Home frames the places again. Returns true when handled. */
  key(e: KeyboardEvent): boolean {
    const step = e.shiftKey ? 240 : 80;
    switch (e.key) {
      case '+':
      case '=':
        this.zoomBy(1.5);
        return true;
      case '-':
      case '_':
        this.zoomBy(1 / 1.5);
        return true;
      case 'ArrowLeft':
        this.panBy(step, 0);
        return true;
      case 'ArrowRight':
        this.panBy(-step, 0);
        return true;
      case 'ArrowUp':
        this.panBy(0, step);
        return true;
      case 'ArrowDown':
        this.panBy(0, -step);
        return true;
      case '0':
      case 'Home':
        this.fit();
        this.host.changed();
        return true;
    }
    return false;
  }

  wheel(e: WheelEvent, rect: DOMRect): void {
    e.preventDefault();
    const factor = Math.exp(-Math.max(-100, Math.min(100, e.deltaY * (e.deltaMode ? 33 : 1))) / 200);
    this.zoomBy(factor, e.clientX - rect.left, e.clientY - rect.top);
  }

  pointerDown(e: PointerEvent): void {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.gesture = { ...this.centroid(), moved: false };
  }

  /** Drag pans; two fingers pinch to zoom. */
  pointerMove(e: PointerEvent, rect: DOMRect): void {
    if (!this.pointers.has(e.pointerId) || !this.gesture) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const c = this.centroid();
    const dx = c.x - this.gesture.x;
    const dy = c.y - this.gesture.y;
    if (!this.gesture.moved && Math.hypot(dx, dy) < 4 && this.pointers.size < 2) return;
    if (!this.gesture.moved) {
      try {
        (e.currentTarget as Element | null)?.setPointerCapture?.(e.pointerId);
      } catch {
        // Synthetic or already released pointer: dragging works without capture.
      }
    }
    this.gesture.moved = true;
    this.cx -= dx / this.k;
    this.cy -= dy / this.k;
    if (this.pointers.size >= 2 && this.gesture.dist > 0 && c.dist > 0) {
      const k = Math.min(K_MAX, Math.max(this.kMin, (this.k * c.dist) / this.gesture.dist));
      const sx = c.x - rect.left;
      const sy = c.y - rect.top;
      const mx = this.cx + (sx - this.width / 2) / this.k;
      const my = this.cy + (sy - this.height / 2) / this.k;
      this.cx = mx - (sx - this.width / 2) / k;
      this.cy = my - (sy - this.height / 2) / k;
      this.k = k;
    }
    this.gesture = { ...c, moved: true };
    this.spread = undefined;
    this.host.changed();
  }

  /** Ends a gesture; true when it was a drag (so the click that follows is not a selection). */
  pointerUp(e: PointerEvent): boolean {
    this.pointers.delete(e.pointerId);
    const moved = !!this.gesture?.moved;
    this.gesture = this.pointers.size ? { ...this.centroid(), moved } : undefined;
    return moved;
  }

  private centroid() {
    const pts = [...this.pointers.values()];
    const x = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    const y = pts.reduce((s, p) => s + p.y, 0) / pts.length;
    const dist = pts.length > 1 ? Math.hypot(pts[0]!.x - pts[1]!.x, pts[0]!.y - pts[1]!.y) : 0;
    return { x, y, dist };
  }

  /** A group was activated: zoom in on it, or spread it out when zooming cannot separate its places. */
  private openCluster(members: Placed[], key: string) {
    const xs = members.map((m) => m.x);
    const ys = members.map((m) => m.y);
    const bw = Math.max(...xs) - Math.min(...xs);
    const bh = Math.max(...ys) - Math.min(...ys);
    const fitK = Math.min((this.width - 2 * PAD) / Math.max(bw, 1e-6), (this.height - 2 * PAD) / Math.max(bh, 1e-6));
    if (this.k >= K_MAX || Math.max(bw, bh) * K_MAX < CLUSTER_RADIUS) {
      this.spread = key;
    } else {
      this.cx = (Math.min(...xs) + Math.max(...xs)) / 2;
      this.cy = (Math.min(...ys) + Math.max(...ys)) / 2;
      this.k = Math.min(K_MAX, Math.max(this.k * 2, fitK * 0.9));
      this.spread = undefined;
    }
    this.host.changed();
  }

  /**
   * When the group drawn around a place cannot be separated by zooming (its
   * places share a spot, or the zoom is at its closest), spread it out.
   * Returns false when the place is not in a group or zooming would separate it.
   */
  spreadGroupOf(id: string): boolean {
    for (const [key, members] of this.groups) {
      if (!members.some((m) => m.item.id === id)) continue;
      const xs = members.map((m) => m.x);
      const ys = members.map((m) => m.y);
      const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      if (this.k < K_MAX && span * K_MAX >= CLUSTER_RADIUS) return false;
      this.spread = key;
      this.host.changed();
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- delegated events

  private activate(t: Element) {
    const id = t.getAttribute('data-id');
    if (id) {
      this.host.select(id, t);
      return;
    }
    const key = t.getAttribute('data-key')!;
    const members = this.groups.get(key);
    if (members) this.openCluster(members, key);
  }

  private onClick = (e: Event) => {
    const t = target(e);
    if (t) this.activate(t);
  };

  private onKeyDown = (e: KeyboardEvent) => {
    const t = target(e);
    if (t && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      this.activate(t);
    }
  };

  private onOver = (e: Event) => {
    const id = target(e)?.getAttribute('data-id');
    if (id) this.host.hover(id);
  };

  private onOut = (e: Event) => {
    const from = target(e);
    const to = ((e as PointerEvent | FocusEvent).relatedTarget as Element | null)?.closest?.('.marker, .cluster');
    if (from && from !== to) this.host.hover(undefined);
  };

  // ---------------------------------------------------------------- drawing

  render(o: RenderOptions): TemplateResult {
    const shapes = zoneShapes(this.mainZone, this.k);
    const t = `translate(${fmt(this.width / 2 - this.cx * this.k)} ${fmt(this.height / 2 - this.cy * this.k)}) scale(${this.k / UNIT})`;
    const areas = (o.areas ?? [])
      .map((a) => shapes.byDep.get(a))
      .filter(Boolean)
      .join('');
    // Markers in view (with a margin), grouped.
    const visible = this.placed
      .map((p) => {
        const [sx, sy] = this.toScreen(p.x, p.y);
        return { p, x: sx, y: sy };
      })
      .filter((s) => s.x > -40 && s.y > -40 && s.x < this.width + 40 && s.y < this.height + 40);
    const clusters = clusterPoints(visible, CLUSTER_RADIUS);
    const inView: string[] = [];
    for (const c of clusters)
      if (c.x >= 0 && c.y >= 0 && c.x <= this.width && c.y <= this.height)
        for (const m of c.members) inView.push(visible[m]!.p.item.id);
    for (const inset of this.insets) for (const i of inset.items) inView.push(i.id);
    this.host.seen(inView);
    let origin: SVGTemplateResult | typeof nothing = nothing;
    if (o.origin && this.mainZone === 'metro') {
      const [x, y] = this.toScreen(...projectionFor('metro')(o.origin.lon, o.origin.lat));
      origin = svg`<g part="origin" transform="translate(${fmt(x)} ${fmt(y)})" aria-label=${o.strings.you} role="img">
        <circle r="9" class="origin-halo"></circle><circle r="4" class="origin-dot"></circle></g>`;
    }
    this.groups.clear();
    return html`<svg
      part="map-svg"
      class="map-svg"
      viewBox="0 0 ${fmt(this.width)} ${fmt(this.height)}"
      width=${fmt(this.width)}
      height=${fmt(this.height)}
      @click=${this.onClick}
      @keydown=${this.onKeyDown}
      @pointerover=${this.onOver}
      @focusin=${this.onOver}
      @pointerout=${this.onOut}
      @focusout=${this.onOut}
    >
      <g transform=${t} style="--_px: ${UNIT / this.k}">
        <path class="land" d=${shapes.land}></path>
        ${areas ? svg`<path part="area" class="area" d=${areas}></path>` : nothing}
        <path class="strong" d=${shapes.strong}></path>
      </g>
      ${origin}
      <g class="markers">
        ${repeat(
          clusters,
          (c) => c.members.map((m) => visible[m]!.p.item.id).join('|'),
          (c) => this.renderCluster(c, visible, o),
        )}
      </g>
      ${this.insets.map((inset, i) => this.renderInset(inset.zone, inset.items, i, o))}
    </svg>`;
  }

  private renderCluster(
    c: Cluster,
    visible: Array<{ p: Placed; x: number; y: number }>,
    o: RenderOptions,
  ): SVGTemplateResult {
    const members = c.members.map((m) => visible[m]!.p);
    if (members.length === 1) return this.renderMarker(members[0]!.item, c.x, c.y, o);
    const key = members.map((m) => m.item.id).join('|');
    if (this.spread === key) {
      const r = Math.max(26, members.length * 7);
      return svg`<g class="spread">${members.map((m, i) => {
        const a = (2 * Math.PI * i) / members.length - Math.PI / 2;
        const x = c.x + r * Math.cos(a);
        const y = c.y + r * Math.sin(a);
        return svg`<line class="leg" x1=${fmt(c.x)} y1=${fmt(c.y)} x2=${fmt(x)} y2=${fmt(y)}></line>${this.renderMarker(m.item, x, y, o)}`;
      })}</g>`;
    }
    const hot = members.some((m) => m.item.id === o.hot || m.item.id === o.selected);
    const r = Math.min(22, 13 + Math.log2(members.length) * 2.5);
    const label = o.strings.group(members.length) + ' : ' + members.map((m) => m.item.name).join(', ');
    this.groups.set(key, members);
    return svg`<g part="cluster" class="cluster" role="button" tabindex="0" aria-label=${label} ?data-hot=${hot} data-key=${key}
      transform="translate(${fmt(c.x)} ${fmt(c.y)})">
      <circle class="cluster-disc" r=${fmt(r)}></circle>
      <text class="cluster-count" dy="0.35em" aria-hidden="true">${members.length}</text>
    </g>`;
  }

  private renderMarker(item: MapItem, x: number, y: number, o: RenderOptions): SVGTemplateResult {
    const selected = item.id === o.selected;
    const hot = item.id === o.hot;
    const label =
      item.name + (item.approx ? ` (${o.strings.approx})` : '') + (selected ? ` – ${o.strings.selected}` : '');
    return svg`<g part="marker" class="marker" role="button" tabindex="0" aria-label=${label} data-id=${item.id}
      ?data-approx=${item.approx} ?data-hot=${hot} ?data-selected=${selected}
      transform="translate(${fmt(x)} ${fmt(y)})">
      ${selected ? svg`<circle class="halo" r="13"></circle>` : nothing}
      <circle class="pin" r=${selected || hot ? 9 : 7}></circle>
    </g>`;
  }

  private renderInset(zone: Zone, items: MapItem[], index: number, o: RenderOptions): SVGTemplateResult {
    const size = Math.min(INSET, (this.width - 16) / Math.max(1, this.insets.length) - 8);
    const x0 = 8 + index * (size + 8);
    const y0 = this.height - size - 8;
    const [bx0, by0, bx1, by1] = zoneGeometry(zone).bounds;
    const k = Math.min((size - 16) / (bx1 - bx0), (size - 22) / (by1 - by0));
    const shapes = zoneShapes(zone, k);
    const ox = x0 + size / 2 - ((bx0 + bx1) / 2) * k;
    const oy = y0 + 14 + (size - 14) / 2 - ((by0 + by1) / 2) * k;
    const project = projectionFor(zone);
    const pts = items.map((item) => {
      const [x, y] = project(item.lon, item.lat);
      return { item, x: x * k + ox, y: y * k + oy };
    });
    const clusters = clusterPoints(pts, CLUSTER_RADIUS / 2);
    const areas = (o.areas ?? [])
      .map((a) => shapes.byDep.get(a))
      .filter(Boolean)
      .join('');
    return svg`<g class="inset" part="inset">
      <rect class="inset-frame" x=${fmt(x0)} y=${fmt(y0)} width=${fmt(size)} height=${fmt(size)} rx="4"></rect>
      <text class="inset-name" x=${fmt(x0 + 5)} y=${fmt(y0 + 12)} aria-hidden="true">${departementName(zone) ?? zone}</text>
      <g transform="translate(${fmt(ox)} ${fmt(oy)}) scale(${k / UNIT})" style="--_px: ${UNIT / k}">
        <path class="land" d=${shapes.land}></path>
        ${areas ? svg`<path class="area" d=${areas}></path>` : nothing}
        <path class="strong" d=${shapes.strong}></path>
      </g>
      ${clusters.map((c) =>
        c.members.length === 1
          ? this.renderMarker(pts[c.members[0]!]!.item, c.x, c.y, o)
          : svg`<g class="spread">${c.members.map((m, i) => {
              const a = (2 * Math.PI * i) / c.members.length;
              return this.renderMarker(pts[m]!.item, c.x + 12 * Math.cos(a), c.y + 12 * Math.sin(a), o);
            })}</g>`,
      )}
    </g>`;
  }
}

const target = (e: Event) => (e.target as Element | null)?.closest?.('.marker, .cluster') ?? undefined;
