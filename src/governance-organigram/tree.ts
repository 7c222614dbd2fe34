/**
 * Builds the organigram's tree from the feed's flat list of nodes and their
 * `parent` ids, and resolves the secondary ties.
 *
 * What the schema cannot check is reported with the feed's `Finding` shape:
 * a duplicated id (the later node is left out), an unknown parent or a loop
 * of parents (the node is shown as a root), a tie end that names no node
 * (the tie is left out). Nothing here recurses along a chain of parents, so
 * a hostile feed cannot exhaust the stack or loop forever.
 */
import { makeFinding, type Finding } from '../feed/check.js';
import type { Gouvernance, GovernanceNode, GovernanceTie, TieKind } from '../feed/schema/gouvernance.js';

/** One end of a tie seen from a node: `out` when the node is where the tie starts. */
export interface TieEnd {
  kind: TieKind;
  dir: 'out' | 'in';
  /** The node at the other end, when it is one. */
  other?: OrgNode;
  /** The other end's name (the node's, or `de_nom` / `vers_nom`). */
  otherName: string;
  tie: GovernanceTie;
}

export interface OrgNode {
  /** Id for the DOM ("n0", "n1"…): never the feed's id, which may repeat. */
  key: string;
  data: GovernanceNode;
  parent?: OrgNode;
  /** Staff posts drawn beside this node, then the nodes below it: together its children. */
  staff: OrgNode[];
  children: OrgNode[];
  /** 1 for a root. */
  level: number;
  /** True for a staff post (drawn beside its parent). */
  isStaff: boolean;
  ties: TieEnd[];
}

export interface ResolvedTie {
  tie: GovernanceTie;
  from?: OrgNode;
  to?: OrgNode;
  fromName: string;
  toName: string;
}

export interface OrgTree {
  roots: OrgNode[];
  /** Every node, depth first, staff before children (the reading order). */
  nodes: OrgNode[];
  ties: ResolvedTie[];
  problems: Finding[];
}

/** A node's children in reading order: staff posts first. */
export const kids = (n: OrgNode): OrgNode[] => (n.staff.length ? [...n.staff, ...n.children] : n.children);

/** True when the children are three or more leaves, drawn stacked (not under a post with staff: one line goes down). */
export function stacksChildren(n: OrgNode): boolean {
  return !n.staff.length && n.children.length >= 3 && n.children.every((c) => !kids(c).length);
}

/**
 * The width the top-down chart needs, in pixels, by the rules of its CSS:
 * cards `card` wide, `gap` around siblings (three between roots), staff
 * posts on one side of a centred line, stacked leaves indented by `indent`.
 * Lets the element choose the indented tree before drawing a chart that
 * would not fit.
 */
export function chartWidth(tree: OrgTree, card: number, gap: number, indent: number): number {
  const width = new Map<OrgNode, number>();
  for (let i = tree.nodes.length - 1; i >= 0; i--) {
    const n = tree.nodes[i];
    let below = 0;
    if (stacksChildren(n)) below = card + 2 * indent;
    else for (const c of n.children) below += width.get(c)! + gap;
    width.set(n, Math.max(card, n.staff.length ? 2 * (card + gap) : 0, below));
  }
  return tree.roots.reduce((s, r) => s + width.get(r)!, 0) + 3 * gap * Math.max(0, tree.roots.length - 1);
}

/** The siblings of a node (the roots for a root). */
export const siblings = (tree: OrgTree, n: OrgNode): OrgNode[] => (n.parent ? kids(n.parent) : tree.roots);

export function buildTree(g: Gouvernance | undefined, base = 'gouvernance'): OrgTree {
  const problems: Finding[] = [];
  const list = g?.noeuds ?? [];
  const byId = new Map<string, OrgNode>();
  const all: OrgNode[] = [];
  const index = new Map<OrgNode, number>();
  list.forEach((data, i) => {
    if (byId.has(data.id)) {
      problems.push(
        skipped(makeFinding(`${base}.noeuds[${i}].id`, 'identifiant_unique', data.id), `${base}.noeuds[${i}]`),
      );
      return;
    }
    const node: OrgNode = {
      key: `n${all.length}`,
      data,
      staff: [],
      children: [],
      level: 1,
      isStaff: false,
      ties: [],
    };
    byId.set(data.id, node);
    index.set(node, i);
    all.push(node);
  });

  // Parents: unknown ones are reported and the node becomes a root.
  const parentOf = new Map<OrgNode, OrgNode>();
  for (const node of all) {
    const pid = node.data.parent;
    if (pid === undefined) continue;
    const parent = byId.get(pid);
    if (!parent) problems.push(makeFinding(`${base}.noeuds[${index.get(node)}].parent`, 'reference_inconnue', pid));
    else parentOf.set(node, parent);
  }

  // Loops of parents: walk up from each node, marking the path; a node met
  // again on the same path closes a loop, which is broken at the loop's
  // first node in the feed (it becomes a root).
  const state = new Map<OrgNode, 1 | 2>();
  for (const start of all) {
    const path: OrgNode[] = [];
    let cur: OrgNode | undefined = start;
    while (cur && !state.has(cur)) {
      state.set(cur, 1);
      path.push(cur);
      cur = parentOf.get(cur);
    }
    if (cur && state.get(cur) === 1) {
      const loop = path.slice(path.indexOf(cur));
      const first = loop.reduce((a, b) => (index.get(a)! <= index.get(b)! ? a : b));
      problems.push(makeFinding(`${base}.noeuds[${index.get(first)}].parent`, 'cycle', first.data.parent));
      parentOf.delete(first);
    }
    for (const n of path) state.set(n, 2);
  }

  const roots: OrgNode[] = [];
  for (const node of all) {
    const parent = parentOf.get(node);
    if (!parent) {
      roots.push(node);
      continue;
    }
    node.parent = parent;
    node.isStaff = node.data.assistant === true;
    (node.isStaff ? parent.staff : parent.children).push(node);
  }

  // Reading order and levels, without recursion.
  const nodes: OrgNode[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    n.level = n.parent ? n.parent.level + 1 : 1;
    nodes.push(n);
    const k = kids(n);
    for (let i = k.length - 1; i >= 0; i--) stack.push(k[i]);
  }

  const ties: ResolvedTie[] = [];
  (g?.liens ?? []).forEach((tie, i) => {
    const at = `${base}.liens[${i}]`;
    const before = problems.length;
    const from = end(tie.de, `${at}.de`);
    const to = end(tie.vers, `${at}.vers`);
    // An unknown id falls back to the name given beside it, if any.
    const fromName = from?.data.nom ?? tie.de_nom;
    const toName = to?.data.nom ?? tie.vers_nom;
    if ((from || to) && fromName && toName) {
      ties.push({ tie, from, to, fromName, toName });
      from?.ties.push({
        kind: tie.type,
        dir: 'out',
        other: to,
        otherName: toName,
        tie,
      });
      to?.ties.push({
        kind: tie.type,
        dir: 'in',
        other: from,
        otherName: fromName,
        tie,
      });
      return;
    }
    if (problems.length === before) {
      const which = !fromName ? `${at}.de` : !toName ? `${at}.vers` : at;
      problems.push(makeFinding(which, 'extremite_lien', which === at ? tie : undefined));
    }
    for (const p of problems.slice(before)) p.skipped = at;
  });

  return { roots, nodes, ties, problems };

  function end(id: string | undefined, path: string): OrgNode | undefined {
    if (id === undefined) return undefined;
    const node = byId.get(id);
    if (!node) problems.push(makeFinding(path, 'reference_inconnue', id));
    return node;
  }
}

function skipped(p: Finding, what: string): Finding {
  p.skipped = what;
  return p;
}

/** The nodes a person can see: those whose ancestors are all expanded. */
export function visibleNodes(tree: OrgTree, collapsed: ReadonlySet<OrgNode>): OrgNode[] {
  const out: OrgNode[] = [];
  let hiddenBelow = Infinity; // level under which nodes are hidden
  for (const n of tree.nodes) {
    if (n.level > hiddenBelow) continue;
    hiddenBelow = Infinity;
    out.push(n);
    if (collapsed.has(n) && kids(n).length) hiddenBelow = n.level;
  }
  return out;
}

/** The nodes whose branches start collapsed: those at `openLevels` and below, that have children. */
export function collapsedFrom(tree: OrgTree, openLevels: number): Set<OrgNode> {
  return new Set(tree.nodes.filter((n) => n.level >= openLevels && kids(n).length > 0));
}

/** Ancestors of a node, nearest first. */
export function ancestors(n: OrgNode): OrgNode[] {
  const out: OrgNode[] = [];
  for (let p = n.parent; p; p = p.parent) out.push(p);
  return out;
}
