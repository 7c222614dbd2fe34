// The feed's JSON Schema, from the same valibot source as the types and the
// validation. Field descriptions come from the JSDoc comments of the schema
// source (src/feed/schema/*.ts), so editors show them on hover.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as schemas from '../src/feed/schema/index.js';

type Json = Record<string, unknown>;
type Valibot = { type?: string; entries?: Record<string, Valibot>; item?: Valibot; wrapped?: Valibot };

/** `{ exportName: { field: description } }` from the JSDoc in the schema sources. */
function fieldDocs(dir: string): Map<string, Map<string, string>> {
  const docs = new Map<string, Map<string, string>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const decl of statement.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
        const literal = firstObjectLiteral(decl.initializer);
        if (!literal) continue;
        const fields = new Map<string, string>();
        for (const prop of literal.properties) {
          if (!ts.isPropertyAssignment(prop) || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) continue;
          const comment = (ts.getLeadingCommentRanges(text, prop.pos) ?? [])
            .map((r) => text.slice(r.pos, r.end))
            .filter((c) => c.startsWith('/**'))
            .pop();
          if (comment) fields.set(prop.name.text, clean(comment));
        }
        docs.set(decl.name.text, fields);
      }
    }
  }
  return docs;
}

/** The object literal given to the outermost `v.object(…)` of an initializer. */
function firstObjectLiteral(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'object') {
    const arg = node.arguments[0];
    if (arg && ts.isObjectLiteralExpression(arg)) return arg;
  }
  let found: ts.ObjectLiteralExpression | undefined;
  node.forEachChild((child) => {
    found ??= firstObjectLiteral(child);
  });
  return found;
}

function clean(comment: string): string {
  return comment
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** Walks the valibot schema and its JSON Schema side by side, adding descriptions. */
function describe(schema: Valibot, json: Json | undefined, names: Map<unknown, string>, docs: Map<string, Map<string, string>>, anyKey: Map<string, string>) {
  if (!json) return;
  while (schema.wrapped) schema = schema.wrapped;
  if (schema.type === 'object' && schema.entries) {
    const own = docs.get(names.get(schema) ?? '');
    const props = json.properties as Record<string, Json> | undefined;
    for (const [key, entry] of Object.entries(schema.entries)) {
      const target = props?.[key];
      if (!target) continue;
      const text = own?.get(key) ?? anyKey.get(key);
      if (text && !target.description) target.description = text;
      describe(entry, target, names, docs, anyKey);
    }
  } else if (schema.type === 'array' && schema.item) {
    describe(schema.item, json.items as Json | undefined, names, docs, anyKey);
  }
}

export function feedJsonSchema(): Json {
  const json = toJsonSchema(schemas.feed, { errorMode: 'ignore' }) as Json;
  const docs = fieldDocs(join(process.cwd(), 'src/feed/schema'));
  const names = new Map<unknown, string>(Object.entries(schemas).map(([name, value]) => [value, name]));
  // A field documented once (e.g. in `address`, spread into places) is described wherever it appears.
  const seen = new Map<string, Set<string>>();
  for (const fields of docs.values()) for (const [key, text] of fields) seen.set(key, (seen.get(key) ?? new Set()).add(text));
  const anyKey = new Map([...seen].filter(([, texts]) => texts.size === 1).map(([key, texts]) => [key, [...texts][0]!]));
  describe(schemas.feed as unknown as Valibot, json, names, docs, anyKey);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://unpkg.com/asso-widgets/schema/feed.schema.json',
    title: 'asso-widgets feed, version 1',
    description:
      'One JSON document describing an organisation: identity, trainings (LHEO), places and services (data·inclusion v1), governance and values. Documentation: docs/feed.md.',
    ...json,
  };
}
