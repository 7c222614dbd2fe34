/**
 * The whole organigram as a standalone SVG file: every node (collapsed
 * branches included), its kind, people and ties in words, the hierarchy as
 * solid lines, the secondary ties as dashed lines, and a legend. Built with
 * DOM APIs and XMLSerializer, so feed text is always escaped.
 */
import type { TieKind } from '../feed/schema/gouvernance.js';
import { layoutTree, type Box } from './layout.js';
import { route, type Rect } from './tie-lines.js';
import type { OrgNode, OrgTree } from './tree.js';

const NS = 'http://www.w3.org/2000/svg';
const CARD = 220;
const PAD = 10;
const MARGIN = 24;
/** Characters per line at 12–13 px in a card (an estimate; SVG has no text wrapping). */
const PER_LINE = 30;

export interface SvgWords {
  title: string;
  kind(n: OrgNode): string | undefined;
  name(n: OrgNode): string;
  people(n: OrgNode): string[];
  ties(n: OrgNode): string[];
  hierarchy: string;
  tieNames: Record<TieKind, string>;
  /** Dash pattern of each kind of tie (`DASHES` of labels.ts). */
  dashes: Record<string, string>;
  /** Which nodes have their children stacked (`stacksChildren` of tree.ts). */
  stacks(n: OrgNode): boolean;
}

/** Splits text into lines of at most `max` characters, at spaces when it can. */
export function wrap(text: string, max = PER_LINE): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > max) {
      if (line) lines.push(line);
      line = '';
      lines.push(word.slice(0, max));
      word = word.slice(max);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Drops the characters XML 1.0 cannot hold (control characters, lone surrogates), which would make the file unreadable. */
export const xmlSafe = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

type Line = { text: string; cls: 'k' | 'n' | 'p' | 't' };

function cardLines(n: OrgNode, w: SvgWords): Line[] {
  const kind = w.kind(n);
  return [
    ...(kind ? wrap(kind).map((text) => ({ text, cls: 'k' as const })) : []),
    ...wrap(w.name(n), PER_LINE - 4).map((text) => ({
      text,
      cls: 'n' as const,
    })),
    ...w.people(n).flatMap((p) => wrap(p).map((text) => ({ text, cls: 'p' as const }))),
    ...w.ties(n).flatMap((p) => wrap(p).map((text) => ({ text, cls: 't' as const }))),
  ];
}

const LINE_H: Record<Line['cls'], number> = { k: 15, n: 18, p: 16, t: 16 };

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, parent?: Element) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.append(e);
  return e;
}

/** The SVG document as text, with its XML declaration. */
export function buildSvg(tree: OrgTree, w: SvgWords): string {
  const lines = new Map<OrgNode, Line[]>();
  for (const n of tree.nodes) lines.set(n, cardLines(n, w));
  const heightOf = (n: OrgNode) => PAD * 2 + lines.get(n)!.reduce((s, l) => s + LINE_H[l.cls], 0);
  const layout = layoutTree(tree, CARD, heightOf, w.stacks);

  const kinds = [...new Set(tree.ties.filter((t) => t.from && t.to).map((t) => t.tie.type))];
  const titleH = 40;
  const legendH = 24 * (1 + kinds.length) + 16;
  const width = Math.max(layout.width, 360) + MARGIN * 2;
  const height = titleH + layout.height + legendH + MARGIN * 2;

  const svg = el('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'font-family': 'system-ui, sans-serif',
  });
  el('title', {}, svg).textContent = xmlSafe(w.title);
  el('style', {}, svg).textContent =
    '.k{font-size:11px;fill:#444}.n{font-size:13px;font-weight:700}.p{font-size:12px}.t{font-size:11px;font-style:italic;fill:#333}' +
    '.e{fill:none;stroke:#555;stroke-width:1.5}.c{fill:#fff;stroke:#555}.s{stroke-dasharray:5 3}.l{fill:none;stroke:#222;stroke-width:1.5}.h{fill:#222}';
  el('rect', { width, height, fill: '#fff' }, svg);
  el('text', { x: MARGIN, y: MARGIN + 16, 'font-size': 20, 'font-weight': 700 }, svg).textContent = xmlSafe(w.title);

  const chart = el('g', { transform: `translate(${MARGIN} ${MARGIN + titleH})` }, svg);
  for (const e of layout.edges) el('path', { d: e.d, class: 'e' }, chart);
  for (const [n, b] of layout.boxes) {
    const g = el('g', { transform: `translate(${b.x} ${b.y})` }, chart);
    el('title', {}, g).textContent = xmlSafe(w.name(n));
    el('rect', { width: b.w, height: b.h, rx: 6, class: n.isStaff ? 'c s' : 'c' }, g);
    let y = PAD;
    for (const l of lines.get(n)!) {
      y += LINE_H[l.cls];
      el('text', { x: PAD, y: y - 4, class: l.cls }, g).textContent = xmlSafe(l.text);
    }
  }
  // The ties routed as in the chart (around cards, side by side between the same two).
  const rect = (b: Box): Rect => ({ l: b.x, t: b.y, r: b.x + b.w, b: b.y + b.h });
  const rects = [...layout.boxes.values()].map(rect);
  const pairs = new Map<string, number>();
  for (const t of tree.ties) {
    const a = t.from && layout.boxes.get(t.from);
    const b = t.to && layout.boxes.get(t.to);
    if (!a || !b || a === b) continue;
    const key = [t.from!.key, t.to!.key].sort().join(' ');
    const i = pairs.get(key) ?? 0;
    pairs.set(key, i + 1);
    const { d, head } = route(rect(a), rect(b), (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 10, () => rects);
    el('path', { d, class: 'l', 'stroke-dasharray': w.dashes[t.tie.type] }, chart);
    el('path', { d: head, class: 'h' }, chart);
  }

  const legend = el(
    'g',
    {
      transform: `translate(${MARGIN} ${MARGIN + titleH + layout.height + 24})`,
    },
    svg,
  );
  const entries: Array<[string, string | undefined]> = [
    [w.hierarchy, undefined],
    ...kinds.map((k) => [w.tieNames[k], w.dashes[k]] as [string, string]),
  ];
  entries.forEach(([label, dash], i) => {
    const line = el('path', { d: `M0 ${i * 24 + 8}H40`, class: dash ? 'l' : 'e' }, legend);
    if (dash) line.setAttribute('stroke-dasharray', dash);
    el('text', { x: 52, y: i * 24 + 12, class: 'p' }, legend).textContent = xmlSafe(label);
  });

  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
