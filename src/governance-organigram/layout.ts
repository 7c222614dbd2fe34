/**
 * Positions of every node for the SVG export, following the same rules as
 * the chart drawn with CSS: parents centred above their children, staff
 * posts beside the post they serve, and a row of three or more leaves
 * stacked vertically under their parent (the "mixed" layout that keeps wide
 * organisations readable). Every node is placed, collapsed or not.
 */
import type { OrgNode, OrgTree } from './tree.js';

export interface Box {
  node: OrgNode;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Edge {
  /** SVG path data. */
  d: string;
}

export interface Layout {
  boxes: Map<OrgNode, Box>;
  edges: Edge[];
  width: number;
  height: number;
}

export const GAP = 24;
export const VGAP = 40;
export const INDENT = 24;

/**
 * `width` is each card's width; `heightOf` gives each card's height (the
 * export measures its wrapped lines); `stacks` tells which nodes have their
 * children stacked (`stacksChildren` of tree.ts, passed in so that this
 * module, loaded lazily, shares no code with the element).
 */
export function layoutTree(
  tree: OrgTree,
  width: number,
  heightOf: (n: OrgNode) => number,
  stacksChildren: (n: OrgNode) => boolean,
): Layout {
  const W = width;
  const boxes = new Map<OrgNode, Box>();
  const edges: Edge[] = [];
  const span = new Map<OrgNode, number>();

  // Widths bottom-up: reversed reading order sees children before parents.
  for (let i = tree.nodes.length - 1; i >= 0; i--) {
    const n = tree.nodes[i];
    const head = n.staff.length ? 2 * (GAP + W) : W;
    let below = 0;
    if (stacksChildren(n)) below = W + 2 * INDENT;
    else if (n.children.length)
      below = n.children.reduce((s, c) => s + span.get(c)!, 0) + GAP * (n.children.length - 1);
    span.set(n, Math.max(head, below));
  }

  let bottom = 0;
  /** A box hanging from a vertical line at `x`, with a tick at its top. */
  const hang = (c: OrgNode, x: number, y: number, spine: number) => {
    const h = heightOf(c);
    boxes.set(c, { node: c, x, y, w: W, h });
    const tick = y + Math.min(h / 2, 22);
    edges.push({ d: `M${spine} ${tick}H${x}` });
    return [h, tick];
  };
  const place = (n: OrgNode, left: number, top: number) => {
    const sw = span.get(n)!;
    const cx = left + sw / 2;
    const h = heightOf(n);
    boxes.set(n, { node: n, x: cx - W / 2, y: top, w: W, h });
    // Staff posts hang to the right of the line going down from the card.
    let y = top + h + GAP / 2;
    let lastTick = top + h;
    for (const s of n.staff) {
      const [sh, tick] = hang(s, cx + GAP, y, cx);
      lastTick = tick;
      y += sh + GAP / 2;
    }
    const headBottom = n.staff.length ? y - GAP / 2 : top + h;
    bottom = Math.max(bottom, headBottom);
    if (!n.children.length) {
      if (n.staff.length) edges.push({ d: `M${cx} ${top + h}V${lastTick}` });
      return;
    }
    const childTop = headBottom + VGAP;
    if (stacksChildren(n)) {
      // Leaves hang from a line under the card's left side.
      const spine = cx - W / 2 + INDENT / 2;
      let cy = childTop - VGAP / 2;
      for (const c of n.children) {
        const [ch, tick] = hang(c, cx - W / 2 + INDENT, cy, spine);
        lastTick = tick;
        cy += ch + GAP / 2;
      }
      edges.push({ d: `M${spine} ${top + h}V${lastTick}` });
      bottom = Math.max(bottom, cy - GAP / 2);
      return;
    }
    const total = n.children.reduce((s, c) => s + span.get(c)!, 0) + GAP * (n.children.length - 1);
    let x = cx - total / 2;
    const mid = childTop - VGAP / 2;
    for (const c of n.children) {
      const csw = span.get(c)!;
      edges.push({ d: `M${cx} ${top + h}V${mid}H${x + csw / 2}V${childTop}` });
      place(c, x, childTop);
      x += csw + GAP;
    }
  };

  let left = 0;
  for (const r of tree.roots) {
    place(r, left, 0);
    left += span.get(r)! + GAP * 2;
  }
  return { boxes, edges, width: Math.max(0, left - GAP * 2), height: bottom };
}
