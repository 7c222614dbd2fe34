/** A heading whose level is set at run time (the `heading-level` attribute), without static-html. */
import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingAttrs {
  part: string;
  id?: string;
  /** -1 to receive focus from code (the detail's title). */
  tabindex?: number;
  className?: string;
}

export function heading(level: number, a: HeadingAttrs, content: unknown): TemplateResult {
  const id = a.id ?? nothing;
  const tabindex = a.tabindex ?? nothing;
  const cls = a.className ?? nothing;
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
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
