/**
 * Long feed text shown as paragraphs and bulleted lists, never as markup:
 * a blank line separates paragraphs; consecutive lines starting with "- ",
 * "• ", "* " or "– " form a list; other lines of a paragraph are kept apart
 * with line breaks.
 */
import { html, nothing, type TemplateResult } from 'lit';

const BULLET = /^\s*[-•*–]\s+/;

/** Consecutive lines of one kind: a paragraph's lines or a list's items. */
interface Run {
  list: boolean;
  lines: string[];
}

function runsOf(lines: string[]): Run[] {
  const runs: Run[] = [];
  for (const line of lines) {
    const list = BULLET.test(line);
    const last = runs[runs.length - 1];
    const shown = list ? line.replace(BULLET, '') : line.trim();
    if (last && last.list === list) last.lines.push(shown);
    else runs.push({ list, lines: [shown] });
  }
  return runs;
}

export function renderText(text: string | undefined, part = 'text'): TemplateResult | typeof nothing {
  if (!text || !text.trim()) return nothing;
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim()))
    .filter((lines) => lines.length);
  return html`${blocks.map((lines) =>
    runsOf(lines).map((run) =>
      run.list
        ? html`<ul part=${part}>
            ${run.lines.map((l) => html`<li>${l}</li>`)}
          </ul>`
        : html`<p part=${part}>${run.lines.map((l, i) => (i ? html`<br />${l}` : l))}</p>`,
    ),
  )}`;
}
