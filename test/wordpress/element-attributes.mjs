// The HTML attributes an element declares, read from its TypeScript source
// with the compiler API: every `@property()` whose `attribute` is not false,
// named as Lit names it (the explicit `attribute`, else the property name in
// lower case), with its kind: bool (type: Boolean), int (type: Number), enum
// (a union of string literals, directly or through a type alias of the same
// file) or string. Used to check that the plugin's shortcodes and blocks
// mirror the elements.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** @returns {Record<string, {type: 'bool'|'int'|'enum'|'string', values?: string[], property: string}>} */
export function elementAttributes(file) {
  return read(file, 0).attributes;
}

/** The string-literal type aliases of a file (and of the files it imports). */
function typeAliases(file, depth) {
  return read(file, depth).aliases;
}

function read(file, depth) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const aliases = new Map();
  const attributes = {};

  const literals = (type) => {
    if (!type) return undefined;
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) return aliases.get(type.typeName.text);
    if (ts.isUnionTypeNode(type)) {
      const values = [];
      for (const t of type.types) {
        if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) values.push(t.literal.text);
        else if (t.kind === ts.SyntaxKind.UndefinedKeyword) continue;
        else if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && aliases.has(t.typeName.text))
          values.push(...aliases.get(t.typeName.text));
        else return undefined;
      }
      return values.length ? values : undefined;
    }
    if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return [type.literal.text];
    return undefined;
  };

  // Type aliases first (they may be declared after the class), then the
  // string-literal aliases imported from the element's own files.
  source.forEachChild(function collect(node) {
    if (ts.isTypeAliasDeclaration(node)) {
      const values = literals(node.type);
      if (values) aliases.set(node.name.text, values);
    }
  });
  if (depth < 2) {
    source.forEachChild((node) => {
      if (!ts.isImportDeclaration(node) || !ts.isStringLiteral(node.moduleSpecifier) || !node.importClause?.namedBindings) return;
      const spec = node.moduleSpecifier.text;
      if (!spec.startsWith('.')) return;
      const bindings = node.importClause.namedBindings;
      if (!ts.isNamedImports(bindings)) return;
      const path = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      if (!existsSync(path)) return;
      const theirs = typeAliases(path, depth + 1);
      for (const el of bindings.elements) {
        const name = (el.propertyName ?? el.name).text;
        if (theirs.has(name) && !aliases.has(el.name.text)) aliases.set(el.name.text, theirs.get(name));
      }
    });
  }

  const visit = (node) => {
    if (ts.isPropertyDeclaration(node) && ts.canHaveDecorators(node)) {
      for (const decorator of ts.getDecorators(node) ?? []) {
        const call = decorator.expression;
        if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'property') continue;
        const options = call.arguments[0];
        let attribute;
        let kind;
        if (options && ts.isObjectLiteralExpression(options)) {
          for (const p of options.properties) {
            if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name)) continue;
            if (p.name.text === 'attribute') {
              if (p.initializer.kind === ts.SyntaxKind.FalseKeyword) attribute = false;
              else if (ts.isStringLiteral(p.initializer)) attribute = p.initializer.text;
            }
            if (p.name.text === 'type' && ts.isIdentifier(p.initializer)) kind = p.initializer.text;
          }
        }
        if (attribute === false) continue;
        const property = node.name.getText(source);
        const name = attribute ?? property.toLowerCase();
        const values = literals(node.type);
        attributes[name] = {
          property,
          type: kind === 'Boolean' ? 'bool' : kind === 'Number' ? 'int' : values ? 'enum' : 'string',
          ...(values && kind !== 'Boolean' && kind !== 'Number' ? { values } : {}),
        };
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { attributes, aliases };
}
