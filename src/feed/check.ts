/**
 * Lenient validation of a feed, without any sentence: an invalid item of a
 * list is skipped and recorded while the valid ones are kept; an invalid
 * optional field or section is dropped and recorded; unknown fields are kept
 * out and noted. Only a feed that is not an object, has no valid `version` or
 * no valid `organisation` is rejected whole.
 *
 * It walks the valibot schemas (no code generation, so it runs under a strict
 * Content-Security-Policy) and validates leaves with `v.safeParse`.
 *
 * This is what the visitor's browser runs. The sentences that explain a
 * finding to the webmaster (`problems.ts`, both languages) are loaded only
 * when there is something to explain; `validate.ts` gives both at once.
 */
import * as v from 'valibot';
import { feedVersion } from './schema/common.js';
import { organisation } from './schema/organisation.js';
import type { Feed, FeedSection } from './schema/index.js';

export type PathSegment = string | number;

/** Something found wrong (or unknown) in a feed, before it is put into words. */
export interface Finding {
  /** Field path, e.g. `formations[2].sessions[0].dates[0]`; empty for the feed itself. */
  path: string;
  /** Key of what was expected (`date`, `url`, …), stable for tools. */
  expected: string;
  /** What the feed holds there, as short JSON text; empty when the field is missing. */
  found: string;
  /** `error`: something was left out; `notice`: tolerated (unknown field). */
  severity: 'error' | 'notice';
  /** Path of what was left out because of this problem (an item of a list, an optional field, a section). */
  skipped?: string;
}

export interface CheckResult {
  /** The valid part of the feed; undefined when the feed is rejected whole. */
  feed: Feed | undefined;
  /** Errors (something was left out) and notices (unknown fields). */
  findings: Finding[];
}

export const SECTION_NAMES: readonly FeedSection[] = ['formations', 'lieux', 'services', 'gouvernance', 'valeurs'];

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** `['formations', 2, 'sessions', 0]` → `formations[2].sessions[0]`; odd keys are quoted (`["a b"]`). */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (!PLAIN_KEY.test(seg)) out += `[${JSON.stringify(seg)}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

/** A short, readable rendering of a value found in the feed. */
export function describeFound(value: unknown): string {
  if (value === undefined) return '';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export function makeFinding(
  path: readonly PathSegment[] | string,
  expected: string,
  value: unknown,
  severity: Finding['severity'] = 'error',
): Finding {
  return { path: typeof path === 'string' ? path : formatPath(path), expected, found: describeFound(value), severity };
}

/** The errors of a list of findings or problems (not the notices). */
export function errorsOf<T extends Finding>(list: readonly T[]): T[] {
  return list.filter((p) => p.severity === 'error');
}

type AnySchema = v.GenericSchema & {
  readonly type: string;
  readonly entries?: Record<string, AnySchema>;
  readonly item?: AnySchema;
  readonly wrapped?: AnySchema;
  readonly pipe?: readonly unknown[];
};

/** What a walk returns for a value left out (a value is returned as it is: no object per field). */
const FAIL: unique symbol = Symbol('fail');
type Outcome = unknown;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Wrappers that let a field be absent (`nullish` also lets it be null). */
const OPTIONAL = new Set(['optional', 'nullish', 'exact_optional', 'undefinedable']);
const OBJECT = new Set(['object', 'loose_object', 'strict_object']);

/** Keys of `EXPECTED` for valibot's own type checks, when a schema carries no message key. */
const TYPE_KEYS: Record<string, string> = {
  object: 'objet',
  loose_object: 'objet',
  strict_object: 'objet',
  array: 'liste',
  string: 'texte',
  number: 'nombre',
  boolean: 'booleen',
  picklist: 'valeur_permise',
  enum: 'valeur_permise',
  literal: 'valeur_permise',
};

/** The stable key of what an issue expected: the schema's message key, else one derived from its type. */
function expectedKey(issue: v.BaseIssue<unknown>): string {
  if (typeof issue.message === 'string' && /^[a-z_]+$/.test(issue.message)) return issue.message;
  return TYPE_KEYS[issue.type] ?? issue.expected ?? 'texte';
}

/** The fields of each object schema, listed once. */
const entryKeys = new WeakMap<AnySchema, string[]>();
/** The actions of a piped object or array schema, on their own (see `pipeChecks`). */
const pipeActions = new WeakMap<AnySchema, AnySchema>();

class Walker {
  findings: Finding[] = [];

  /**
   * Marks the errors recorded since `from` as having caused `label` to be left
   * out. Called from the innermost level outwards, so the outermost part that
   * was really left out wins.
   */
  markSkipped(from: number, label: string) {
    for (const p of this.findings.slice(from)) if (p.severity === 'error') p.skipped = label;
  }

  /** Validates with valibot; `original` is what the feed held, shown instead of a cleaned value. */
  private leaf(schema: AnySchema, input: unknown, path: PathSegment[], original: unknown = input): Outcome {
    const result = v.safeParse(schema, input);
    if (result.success) return result.output;
    for (const issue of result.issues) {
      const sub = (issue.path ?? []).map((p) => p.key as PathSegment);
      this.findings.push(makeFinding([...path, ...sub], expectedKey(issue), sub.length ? issue.input : original));
    }
    return FAIL;
  }

  /**
   * Runs the actions piped after an object or array schema (minLength,
   * checks…) on the cleaned value, and only those: its items were checked
   * already, one by one.
   */
  private pipeChecks(schema: AnySchema, value: unknown, path: PathSegment[], original: unknown): Outcome {
    if (!schema.pipe || schema.pipe.length < 2) return value;
    let actions = pipeActions.get(schema);
    if (!actions) pipeActions.set(schema, (actions = (v.pipe as unknown as (...a: unknown[]) => AnySchema)(v.unknown(), ...schema.pipe.slice(1))));
    return this.leaf(actions, value, path, original);
  }

  walk(schema: AnySchema, input: unknown, path: PathSegment[]): Outcome {
    if (OPTIONAL.has(schema.type)) {
      if (input === undefined || (input === null && schema.type === 'nullish')) {
        return v.getDefault(schema as v.OptionalSchema<v.GenericSchema, unknown>);
      }
      return this.walk(schema.wrapped as AnySchema, input, path);
    }
    if (OBJECT.has(schema.type)) {
      if (!isRecord(input)) {
        // Not `leaf`: valibot takes an array for an object and would list its "missing" fields.
        const message = (schema as { message?: unknown }).message;
        this.findings.push(makeFinding(path, typeof message === 'string' && /^[a-z_]+$/.test(message) ? message : 'objet', input));
        return FAIL;
      }
      const entries = schema.entries as Record<string, AnySchema>;
      const out: Record<string, unknown> = {};
      let failed = false;
      let keys = entryKeys.get(schema);
      if (!keys) entryKeys.set(schema, (keys = Object.keys(entries)));
      for (const key of keys) {
        const entry = entries[key]!;
        const start = this.findings.length;
        const value = Object.hasOwn(input, key) ? input[key] : undefined;
        // One path, extended and restored as the walk goes: nothing keeps it (findings format it at once).
        path.push(key);
        const r = this.walk(entry, value, path);
        path.pop();
        if (r !== FAIL) {
          if (r !== undefined) out[key] = r;
        } else if (OPTIONAL.has(entry.type)) {
          this.markSkipped(start, formatPath([...path, key]));
        } else {
          failed = true;
        }
      }
      for (const key of Object.keys(input)) {
        if (!Object.hasOwn(entries, key)) this.findings.push(makeFinding([...path, key], 'champ_inconnu', undefined, 'notice'));
      }
      return failed ? FAIL : this.pipeChecks(schema, out, path, input);
    }
    if (schema.type === 'array') {
      if (!Array.isArray(input)) return this.leaf(schema, input, path);
      const out: unknown[] = [];
      input.forEach((item, i) => {
        const start = this.findings.length;
        path.push(i);
        const r = this.walk(schema.item as AnySchema, item, path);
        path.pop();
        if (r !== FAIL) out.push(r);
        else this.markSkipped(start, formatPath([...path, i]));
      });
      return this.pipeChecks(schema, out, path, input);
    }
    return this.leaf(schema, input, path);
  }
}

const envelope = v.object({
  version: feedVersion,
  organisation,
});

/**
 * Validates a feed. `sections` names the schemas of the sections to read
 * (an element passes only the ones it shows, so its bundle holds only
 * those); other known sections are passed over without a word.
 */
export function checkFeed(input: unknown, sections: Partial<Record<FeedSection, v.GenericSchema>>): CheckResult {
  const walker = new Walker();
  if (!isRecord(input)) return { feed: undefined, findings: [makeFinding([], 'objet', input)] };
  const head = walker.walk(envelope as AnySchema, { version: input.version, organisation: input.organisation }, []);
  // Unknown top-level fields: notices; known sections this element does not read: ignored.
  for (const key of Object.keys(input)) {
    if (key === '$schema' || key === 'commentaire' || key === 'version' || key === 'organisation') continue;
    if ((SECTION_NAMES as readonly string[]).includes(key)) continue;
    walker.findings.push(makeFinding([key], 'champ_inconnu', undefined, 'notice'));
  }
  const feed = head !== FAIL ? ({ ...(head as object) } as Record<string, unknown>) : {};
  // The sections are checked even when the feed is rejected, so the webmaster sees every problem at once.
  for (const [name, schema] of Object.entries(sections) as [FeedSection, AnySchema][]) {
    if (!Object.hasOwn(input, name) || input[name] === undefined) continue;
    const start = walker.findings.length;
    const r = walker.walk(schema, input[name], [name]);
    if (r !== FAIL) feed[name] = r;
    else walker.markSkipped(start, name);
  }
  return { feed: head !== FAIL ? (feed as unknown as Feed) : undefined, findings: walker.findings };
}

