/**
 * A real heading element (`<h1>`…`<h6>`) at a level chosen at run time (the
 * elements' `heading-level` attribute). Lit cannot bind a tag name; six small
 * templates cost less than `lit/static-html.js` and keep native headings
 * (screen readers, search engines and the page's outline all know them).
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Keeps a level between 1 and 6 (2 when it is not a number). */
export function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2;
}

export interface HeadingAttrs {
  part: string;
  id?: string;
  /** -1 to receive focus from code (e.g. the catalogue's detail title). */
  tabindex?: number;
  className?: string;
}

export function heading(level: number, a: HeadingAttrs, content: unknown): TemplateResult {
  const id = a.id ?? nothing;
  const tabindex = a.tabindex ?? nothing;
  const cls = a.className ?? nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${a.part} id=${id} tabindex=${tabindex} class=${cls}>${content}</h1>`;
    case 2:
      return html`<h2 part=${a.part} id=${id} tabindex=${tabindex} class=${cls}>${content}</h2>`;
    case 3:
      return html`<h3 part=${a.part} id=${id} tabindex=${tabindex} class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 part=${a.part} id=${id} tabindex=${tabindex} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 part=${a.part} id=${id} tabindex=${tabindex} class=${cls}>${content}</h5>`;
    default:
      return html`<h6 part=${a.part} id=${id} tabindex=${tabindex} class=${cls}>${content}</h6>`;
  }
}

/** Shorthand for a heading with a part and an optional id. */
export function renderHeading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  return heading(level, { part, id }, content);
}
