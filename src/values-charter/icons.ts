/**
 * The built-in icons of `<values-charter>`: simple 24×24 stroke paths drawn
 * for this project, inline (no request), coloured with `currentColor`.
 * They are decorative: the value's title says what the icon shows.
 */
import { html, type TemplateResult } from 'lit';
import type { IconName } from '../feed/schema/valeurs.js';

/** One `d` attribute per icon (several sub-paths each). */
export const ICON_PATHS: Record<IconName, string> = {
  // A house with its door.
  accueil: 'M3 11l9-7 9 7M5 9.5V20h14V9.5M10 20v-6h4v6',
  // "=" in a circle.
  egalite: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18M8 10h8M8 14h8',
  // Two sliders.
  adaptabilite: 'M4 7h16M4 17h16M9 4v6M15 14v6',
  // Infinity.
  continuite: 'M7 8a4 4 0 1 0 0 8c2 0 3.5-1.5 5-4s3-4 5-4a4 4 0 1 1 0 8c-2 0-3.5-1.5-5-4S9 8 7 8',
  // A heart.
  solidarite: 'M12 20s-8-4.7-8-10.2a4.3 4.3 0 0 1 8-2.5 4.3 4.3 0 0 1 8 2.5C20 15.3 12 20 12 20z',
  // A smiling face.
  enfance: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18M9 10v.01M15 10v.01M8.5 14.5a4.5 4.5 0 0 0 7 0',
  // An adult and a child.
  famille: 'M8 7.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5M4 21v-7a4 4 0 0 1 8 0v7M17 12a2 2 0 1 0 0-4 2 2 0 0 0 0 4M14 21v-4a3 3 0 0 1 6 0v4',
  // A leaf.
  environnement: 'M20 4C11 4 5 9 5 17v3h3c8 0 12-6 12-16zM4 21l9-9',
  // The euro sign.
  economie: 'M17 6.5a7 7 0 1 0 0 11M4 10h9M4 14h9',
  // An eye.
  vision: 'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6',
  // Three linked nodes.
  reseau: 'M10 5a2 2 0 1 0 4 0 2 2 0 1 0-4 0M3 19a2 2 0 1 0 4 0 2 2 0 1 0-4 0M17 19a2 2 0 1 0 4 0 2 2 0 1 0-4 0M11 6.8l-5 10.4M13 6.8l5 10.4M7 19h10',
  // Scales of justice.
  droit: 'M12 3v18M8 21h8M5 7h14M5 7l-3 7a3 3 0 0 0 6 0zM19 7l-3 7a3 3 0 0 0 6 0z',
  // A light bulb.
  innovation: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3z',
  // A star.
  qualite: 'M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2-5.5-2.9-5.5 2.9 1-6.2L3 9.6l6.2-.9z',
  // A person standing, arms open.
  dignite: 'M12 3a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5M5 10l7 1 7-1M12 11v4M9 21l3-6 3 6',
  // Two linked rings.
  cooperation: 'M9 7a5 5 0 1 0 0 10A5 5 0 0 0 9 7M15 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10',
};

/** The icon as inline SVG, hidden from assistive technologies and never focusable. */
export function renderIcon(name: IconName): TemplateResult {
  return html`<svg
    part="icon"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    <path d=${ICON_PATHS[name]}></path>
  </svg>`;
}
