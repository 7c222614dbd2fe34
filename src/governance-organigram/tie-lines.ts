/**
 * Secondary ties (delegation, support, steering, representation) drawn as
 * lines between two cards of the top-down chart, in an SVG laid over the
 * chart (hidden from assistive technologies, transparent to the pointer).
 * Positions come from the cards as laid out; the element redraws after
 * every update, when the tree's size changes and before printing.
 *
 * Routing keeps the chart readable: between cards one above the other, a
 * curve from the bottom of the upper card to the top of the lower one;
 * between cards side by side, a straight line, or an arch over the cards
 * between; otherwise a curve between the sides that face each other. When
 * that line would cross a card, it goes around the outside of both cards
 * instead. Several ties between the same two cards run side by side. An
 * arrowhead shows the direction (from `de` to `vers`).
 *
 * The line's look (dash pattern, width, colour) is the legend sample's:
 * `stroke-dasharray` from `DASHES` of labels.ts, the rest from the styles.
 * No text is written into the SVG.
 */

/** A rectangle: left, top, right, bottom. */
export interface Rect {
  l: number;
  t: number;
  r: number;
  b: number;
}

export interface Route {
  /** SVG path data of the line. */
  d: string;
  /** Path data of the arrowhead at the end. */
  head: string;
}

/** A tie to draw between two cards (elements of the chart). */
export interface TieLine {
  from: Element;
  to: Element;
  /** The tie's kind, written as `data-kind` on its path. */
  kind: string;
}

const NS = 'http://www.w3.org/2000/svg';
/** Space between parallel ties of the same two cards. */
const SPREAD = 10;
/** How far a line's end stays from a card's corner. */
const INSET = 14;
const HEAD = 7;

const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v)));
const r1 = (v: number) => Math.round(v * 10) / 10;
const pt = (x: number, y: number) => `${r1(x)} ${r1(y)}`;

/** An arrowhead pointing at (x, y), coming from (fx, fy). */
function head(x: number, y: number, fx: number, fy: number): string {
  const len = Math.hypot(x - fx, y - fy) || 1;
  const ux = (x - fx) / len;
  const uy = (y - fy) / len;
  const bx = x - ux * HEAD;
  const by = y - uy * HEAD;
  const w = HEAD / 2;
  return `M${pt(x, y)}L${pt(bx - uy * w, by + ux * w)}L${pt(bx + uy * w, by - ux * w)}Z`;
}

type Point = [number, number];

/** A way a line could go: the polyline it follows (to check what it crosses), and its drawing. */
interface Candidate {
  along: Point[];
  draw(): Route;
}

/** A cubic curve from p0 to p3. */
function curve(p0: Point, p1: Point, p2: Point, p3: Point): Candidate {
  const along: Point[] = [];
  for (let i = 0; i <= 16; i++) {
    const t = i / 16;
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    along.push([a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]]);
  }
  return {
    along,
    draw: () => ({
      d: `M${pt(...p0)}C${pt(...p1)} ${pt(...p2)} ${pt(...p3)}`,
      head: head(p3[0], p3[1], p2[0], p2[1]),
    }),
  };
}

/** Out of a side of `a` at y0, along a corridor at x = X, into a side of `b` at y1, with rounded corners. */
function detour(x0: number, y0: number, X: number, y1: number, x1: number): Candidate {
  const dx0 = Math.sign(X - x0);
  const dy = Math.sign(y1 - y0);
  const dx1 = Math.sign(x1 - X);
  const r = Math.min(6, Math.abs(X - x0) / 2, Math.abs(y1 - y0) / 2, Math.abs(x1 - X) / 2);
  return {
    draw: () => ({
      d:
        `M${pt(x0, y0)}H${r1(X - dx0 * r)}Q${pt(X, y0)} ${pt(X, y0 + dy * r)}` +
        `V${r1(y1 - dy * r)}Q${pt(X, y1)} ${pt(X + dx1 * r, y1)}H${r1(x1)}`,
      head: head(x1, y1, X, y1),
    }),
    along: [
      [x0, y0],
      [X, y0],
      [X, y1],
      [x1, y1],
    ],
  };
}

/**
 * Whether the segment from (x0, y0) to (x1, y1) goes through the inside of
 * `o` (Liang–Barsky clipping; edges do not count). Allocates nothing: a
 * 500-card chart asks this thousands of times.
 */
function cuts(x0: number, y0: number, x1: number, y1: number, o: Rect): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  // The four sides in turn (left, right, top, bottom), without a closure or an array per call.
  for (let k = 0; k < 4; k++) {
    const p = k === 0 ? -dx : k === 1 ? dx : k === 2 ? -dy : dy;
    const q = k === 0 ? x0 - (o.l + 2) : k === 1 ? o.r - 2 - x0 : k === 2 ? y0 - (o.t + 2) : o.b - 2 - y0;
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t0) t0 = r;
    } else if (r < t1) t1 = r;
    if (t0 >= t1) return false;
  }
  return true;
}

/** How many cards the candidate goes through, counting up to `max`; `cards` gives those within a rectangle. */
function crossings(c: Candidate, cards: (within: Rect) => Rect[], max: number): number {
  const pts = c.along;
  // Plain loops and indexes, no destructuring: this runs a few times per
  // page, before the engine has optimised it, where every array pattern costs.
  let l = Infinity;
  let t = Infinity;
  let r = -Infinity;
  let b = -Infinity;
  for (const p of pts) {
    if (p[0] < l) l = p[0];
    if (p[0] > r) r = p[0];
    if (p[1] < t) t = p[1];
    if (p[1] > b) b = p[1];
  }
  let n = 0;
  for (const o of cards({ l, t, r, b })) {
    if (!(o.l < r && l < o.r && o.t < b && t < o.b)) continue;
    for (let i = 1; i < pts.length; i++) {
      const x0 = pts[i - 1][0];
      const y0 = pts[i - 1][1];
      const x1 = pts[i][0];
      const y1 = pts[i][1];
      // Only segments whose box meets the card's are clipped.
      if (Math.max(x0, x1) <= o.l || Math.min(x0, x1) >= o.r || Math.max(y0, y1) <= o.t || Math.min(y0, y1) >= o.b) continue;
      if (cuts(x0, y0, x1, y1, o)) {
        if (++n >= max) return n;
        break;
      }
    }
  }
  return n;
}

const none = (): Rect[] => [];

/**
 * The line from card `a` to card `b`. `shift` moves it sideways (parallel
 * ties); `cards` gives the cards shown within a rectangle (at least those; asked only when needed): of the
 * ways a line can go, the first that crosses no card is taken, else the
 * one that crosses fewest.
 */
export function route(a: Rect, b: Rect, shift = 0, cards: (within: Rect) => Rect[] = none): Route {
  const acx = (a.l + a.r) / 2;
  const bcx = (b.l + b.r) / 2;
  const above = a.b <= b.t;
  const below = b.b <= a.t;
  const right = bcx >= acx;
  /** A height near the top of a card, where lines leave and arrive. */
  const near = (c: Rect) => clamp(c.t + 22 + shift, c.t + 6, c.b - 6);
  const ways: Candidate[] = [];
  if (above || below) {
    // One above the other: bottom of the upper one to top of the lower one.
    const x1 = clamp(bcx, a.l + INSET, a.r - INSET) + shift;
    const x2 = clamp(acx, b.l + INSET, b.r - INSET) + shift;
    const y1 = above ? a.b : a.t;
    const y2 = above ? b.t : b.b;
    const k = Math.max(16, Math.abs(y2 - y1) / 2) * (above ? 1 : -1);
    ways.push(curve([x1, y1], [x1, y1 + k], [x2, y2 - k], [x2, y2]));
  } else {
    const x1 = right ? a.r : a.l;
    const x2 = right ? b.l : b.r;
    const top = Math.max(a.t, b.t);
    const bottom = Math.min(a.b, b.b);
    if ((right ? x2 > x1 : x2 < x1) && bottom - top >= 16) {
      // Side by side: straight across, in the upper part of both cards…
      const y = clamp(top + 22, top + 6, bottom - 6) + shift;
      ways.push({
        draw: () => ({ d: `M${pt(x1, y)}H${r1(x2)}`, head: head(x2, y, x1, y) }),
        along: [
          [x1, y],
          [x2, y],
        ],
      });
      // … or in an arch over the cards between, from top to top.
      const sx = (right ? a.r - INSET : a.l + INSET) + shift;
      const ex = (right ? b.l + INSET : b.r - INSET) + shift;
      const lift = Math.min(a.t, b.t) - 28 - Math.abs(shift);
      ways.push(curve([sx, a.t], [sx, lift], [ex, lift], [ex, b.t]));
    } else {
      // Between the sides that face each other.
      const y1 = (a.t + a.b) / 2 + shift;
      const y2 = (b.t + b.b) / 2 + shift;
      const dx = (x2 - x1) / 2 || (right ? 24 : -24);
      ways.push(curve([x1, y1], [x1 + dx, y1], [x2 - dx, y2], [x2, y2]));
    }
  }
  // Around the outside of both cards, on the side of the lower one, then the other.
  const around = (side: number) =>
    detour(
      side > 0 ? a.r : a.l,
      near(a),
      side > 0 ? Math.max(a.r, b.r) + 8 + shift : Math.min(a.l, b.l) - 8 - shift,
      near(b),
      side > 0 ? b.r : b.l,
    );
  const sides = right ? [1, -1] : [-1, 1];
  let best = ways[0];
  let fewest = Infinity;
  for (let i = 0; fewest && i < ways.length + 2; i++) {
    const way = ways[i] ?? around(sides[i - ways.length]);
    const n = crossings(way, cards, fewest);
    if (n < fewest) {
      best = way;
      fewest = n;
    }
  }
  return best.draw();
}

/**
 * Draws `lines` into `svg`, which sits at the top left of `box` (the
 * chart, positioned) and is sized here to cover `content` (the tree).
 * A line is drawn only when both of its cards are laid out (not inside a
 * closed branch). `dashes` gives the pattern of each kind.
 */
export function drawTieLines(
  svg: SVGSVGElement,
  content: HTMLElement,
  lines: TieLine[],
  dashes: Record<string, string>,
): void {
  const origin = svg.getBoundingClientRect();
  const box = content.getBoundingClientRect();
  // Rectangles are measured after CSS zoom (print): back to the SVG's units.
  const scale = content.offsetWidth ? box.width / content.offsetWidth || 1 : 1;
  const rects = new Map<Element, Rect>();
  const rectOf = (e: Element): Rect => {
    let r = rects.get(e);
    if (!r) {
      const c = e.getBoundingClientRect();
      r = {
        l: (c.left - origin.left) / scale,
        t: (c.top - origin.top) / scale,
        r: (c.right - origin.left) / scale,
        b: (c.bottom - origin.top) / scale,
      };
      rects.set(e, r);
    }
    return r;
  };
  const width = content.offsetLeft + content.offsetWidth;
  const height = content.offsetTop + content.offsetHeight;

  // Ties between the same two cards, in either direction, run side by side.
  const pairs = new Map<string, TieLine[]>();
  const ids = new Map<Element, number>();
  const idOf = (e: Element) => ids.get(e) ?? (ids.set(e, ids.size), ids.size - 1);
  for (const line of lines) {
    const [p, q] = [idOf(line.from), idOf(line.to)].sort((x, y) => x - y);
    const key = `${p} ${q}`;
    const list = pairs.get(key);
    if (list) list.push(line);
    else pairs.set(key, [line]);
  }
  // Every card shown, measured once (after layout: no layout is forced)
  // when a line could cross one, then picked by rectangle.
  let all: Rect[] | undefined;
  const shown = (w: Rect) => {
    all ??= [...content.querySelectorAll('.card')].map(rectOf).filter((o) => o.r > o.l);
    const found: Rect[] = [];
    for (const o of all) if (o.l < w.r && w.l < o.r && o.t < w.b && w.t < o.b) found.push(o);
    return found;
  };
  const paths: SVGElement[] = [];
  for (const list of pairs.values()) {
    list.forEach((line, i) => {
      const a = rectOf(line.from);
      const b = rectOf(line.to);
      if (a.r <= a.l || b.r <= b.l) return;
      const shift = (i - (list.length - 1) / 2) * SPREAD;
      const { d, head: h } = route(a, b, shift, shown);
      const g = document.createElementNS(NS, 'g');
      g.setAttribute('data-kind', line.kind);
      const path = document.createElementNS(NS, 'path');
      path.setAttribute('d', d);
      path.setAttribute('class', 'tie-line');
      if (dashes[line.kind]) path.setAttribute('stroke-dasharray', dashes[line.kind]);
      const arrow = document.createElementNS(NS, 'path');
      arrow.setAttribute('d', h);
      arrow.setAttribute('class', 'tie-head');
      g.append(path, arrow);
      paths.push(g);
    });
  }
  // Written only now: sizing the SVG before measuring the cards would make
  // the browser lay the chart out again for the first measurement.
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.replaceChildren(...paths);
}
