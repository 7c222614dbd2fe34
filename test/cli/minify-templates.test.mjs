// The build's template minifier (scripts/minify-templates.mjs): Lit templates
// lose their indentation and CSS comments, nothing else changes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const src = [
  "import { css, html } from 'lit';",
  'const styles = css`',
  '  /* a comment',
  '     on two lines */',
  '  .a {',
  "    content: '  two spaces  ';",
  '  }',
  '`;',
  'const text = `',
  '    a plain template literal keeps its spaces',
  '`;',
  'const t = (x) => html`<ul>',
  '    ${x.map((i) => html`<li>',
  '        ${i}',
  '      </li>`)}',
  '    <li>a  b</li>',
  '  </ul>`;',
  'const p = html`<pre>',
  '    kept',
  '</pre>`;',
].join('\n');

describe('minifyTemplates', () => {
  const out = minifyTemplates(src, 'x.ts');

  it('removes the indentation of html and css templates, nested ones included, keeping every line', () => {
    assert.equal(out.split('\n').length, src.split('\n').length);
    assert.match(out, /html`<ul>\n\$\{x\.map\(\(i\) => html`<li>\n\$\{i\}\n<\/li>`\)\}\n<li>a {2}b<\/li>\n<\/ul>`/);
    assert.match(out, /css`\n\n\n\.a \{\ncontent: ' {2}two spaces {2}';\n\}\n`/);
  });

  it('leaves other strings, and templates whose white space is content, as written', () => {
    assert.ok(out.includes('const text = `\n    a plain template literal keeps its spaces\n`;'));
    assert.ok(out.includes('html`<pre>\n    kept\n</pre>`'));
    assert.ok(out.startsWith("import { css, html } from 'lit';"));
  });

  it('returns null for a module without templates', () => {
    assert.equal(minifyTemplates('export const a = `  x`;', 'y.ts'), null);
  });
});
