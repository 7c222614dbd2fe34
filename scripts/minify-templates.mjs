// A build plugin (Vite/Rolldown) that removes what a visitor's browser does
// not need from Lit's templates: the indentation of `html`, `svg` and `css`
// tagged templates, and the comments of `css` ones. The minifier keeps
// template text as written, so without this every element ships its source
// indentation.
//
// Only static text is touched, and only in ways that render the same:
// spaces and tabs around a line break go (a line break remains, so lines
// still match the source maps), and CSS comments become line breaks. The
// templates are found by parsing each module with TypeScript, not by
// pattern.
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css', 'staticHtml']);

/** The static text of a template: [start, end) offsets of each part, between its delimiters. */
function staticParts(node, sf) {
  const t = node.template;
  if (ts.isNoSubstitutionTemplateLiteral(t)) return [[t.getStart(sf) + 1, t.getEnd() - 1]];
  const parts = [[t.head.getStart(sf) + 1, t.head.getEnd() - 2]];
  for (const span of t.templateSpans) {
    const lit = span.literal;
    const closing = ts.isTemplateTail(lit) ? 1 : 2; // "`" or "${"
    parts.push([lit.getStart(sf) + 1, lit.getEnd() - closing]);
  }
  return parts;
}

/** The text of one static part, minified. */
export function minifyPart(text, tag) {
  let out = text;
  if (tag === 'css') out = out.replace(/\/\*[\s\S]*?\*\//g, (c) => '\n'.repeat(c.split('\n').length - 1));
  return out.replace(/[ \t]*\n[ \t]*/g, '\n');
}

/** The module's code with its Lit templates minified, or null when it has none. */
export function minifyTemplates(code, fileName) {
  if (!/\b(html|svg|css|staticHtml)`/.test(code)) return null;
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      for (const [start, end] of staticParts(node, sf)) {
        const text = code.slice(start, end);
        // Where white space is content, the template is left as written.
        if (node.tag.text !== 'css' && /<(pre|textarea)\b|white-space:\s*pre/.test(text)) continue;
        const min = minifyPart(text, node.tag.text);
        if (min !== text) edits.push([start, end, min]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!edits.length) return null;
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}

/** The plugin: our own TypeScript sources only. */
export function minifyTemplatesPlugin() {
  return {
    name: 'asso-minify-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0])) return null;
      const out = minifyTemplates(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
