/**
 * Search by name or role, ignoring case and accents ("president" finds
 * "Présidente"), and the ranges to highlight in the original text.
 */
import type { OrgNode } from './tree.js';

import { fold } from '../search/fold.js';

export { fold };

/**
 * Where `query` occurs in `text`, as [start, end) ranges of the original
 * text. Each original character is folded alone, so the ranges map back
 * exactly whatever the accents.
 */
export function findRanges(text: string, query: string): Array<[number, number]> {
  const q = fold(query.trim());
  if (!q) return [];
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i]);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
  }
  origin.push(text.length);
  const out: Array<[number, number]> = [];
  for (let at = folded.indexOf(q); at >= 0; at = folded.indexOf(q, at + q.length)) {
    out.push([origin[at], origin[at + q.length - 1] + 1]);
  }
  return out;
}

/** The texts of a node a search looks at: its name, acronym, and its people's names and roles. */
export function searchableTexts(n: OrgNode): string[] {
  const d = n.data;
  const out = [d.nom];
  if (d.sigle) out.push(d.sigle);
  for (const p of d.personnes ?? []) {
    if (p.nom) out.push(p.nom);
    if (p.role) out.push(p.role);
  }
  return out;
}

/** The nodes that match a query (every text folded once per call). */
export function searchNodes(nodes: readonly OrgNode[], query: string): Set<OrgNode> {
  const q = fold(query.trim());
  const out = new Set<OrgNode>();
  if (!q) return out;
  for (const n of nodes) if (searchableTexts(n).some((t) => fold(t).includes(q))) out.add(n);
  return out;
}
