/** The words of a node, shared by the chart, its details and the SVG export. */
import type { Person } from '../feed/schema/gouvernance.js';
import type { OrganigramStrings } from '../i18n/governance-organigram.js';
import type { OrgNode, TieEnd } from './tree.js';

/** The kind shown above the name; none for a plain post (its name says it). */
export function kindLabel(n: OrgNode, t: OrganigramStrings): string | undefined {
  const k = n.data.type;
  return k && k !== 'poste' ? t.kinds[k] : undefined;
}

/** The name, with the acronym when there is one: "Conseil de la vie sociale (CVS)". */
export function nameLabel(n: OrgNode): string {
  const { nom, sigle } = n.data;
  return sigle && sigle !== nom ? `${nom} (${sigle})` : nom;
}

/** "Présidente : Claire Martin", "Claire Martin", or "Présidente". */
export function personLabel(p: Person, t: OrganigramStrings): string {
  return p.role && p.nom ? `${p.role}${t.colon}${p.nom}` : (p.nom ?? p.role ?? '');
}

/** "Pilotage : Direction de la Cohésion Sociale". */
export function tieLabel(e: TieEnd, t: OrganigramStrings): string {
  return `${(e.dir === 'out' ? t.tieOut : t.tieIn)[e.kind]}${t.colon}${e.otherName}`;
}

/** Dash pattern of each kind of tie, the same in the chart, the legend and the SVG file. */
export const DASHES: Record<string, string> = {
  delegation: '8 4',
  appui: '2 4',
  pilotage: '10 4 2 4',
  representation: '16 4 4 4 4 4',
};

/**
 * A whole number with its thousands grouped as Intl does ("2 500" with a
 * narrow no-break space in French, "2,500" in English), without Intl: its
 * first use in a page costs tens of milliseconds, on the first render.
 */
export function groupDigits(n: number, lang: 'fr' | 'en'): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? '\u202f' : ',');
}
