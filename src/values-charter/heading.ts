/**
 * A real heading element (`<h1>`…`<h6>`) at a level chosen at run time.
 * Lit cannot bind a tag name; six small templates cost less than
 * `lit/static-html.js` and keep native headings (screen readers, search
 * engines and the page's outline all know them).
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Keeps a level between 1 and 6 (2 when it is not a number). */
export function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2;
}

export function renderHeading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const i = id ?? nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${i}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${i}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${i}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${i}>${content}</h6>`;
  }
}
