/**
 * Long feed text shown as paragraphs and bulleted lists, never as markup:
 * a blank line separates paragraphs; lines starting with "- ", "• " or "* "
 * form a list.
 */
import { html, nothing, type TemplateResult } from 'lit';

const BULLET = /^\s*(?:[-•*–])\s+/;

export function renderText(text: string | undefined, part = 'text'): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.split('\n').filter((l) => l.trim()));
  return html`${blocks.map((lines) => {
    if (!lines.length) return nothing;
    if (lines.every((l) => BULLET.test(l))) {
      return html`<ul part=${part}>
        ${lines.map((l) => html`<li>${l.replace(BULLET, '')}</li>`)}
      </ul>`;
    }
    const start = lines.findIndex((l) => BULLET.test(l));
    if (start > 0 && lines.slice(start).every((l) => BULLET.test(l))) {
      return html`<p part=${part}>${joinLines(lines.slice(0, start))}</p>
        <ul part=${part}>
          ${lines.slice(start).map((l) => html`<li>${l.replace(BULLET, '')}</li>`)}
        </ul>`;
    }
    return html`<p part=${part}>${joinLines(lines)}</p>`;
  })}`;
}

function joinLines(lines: string[]): TemplateResult {
  return html`${lines.map((l, i) => (i ? html`<br />${l}` : l))}`;
}
