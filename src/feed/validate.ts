/**
 * Lenient validation of a feed: an invalid item of a list is skipped and
 * reported while the valid ones are kept; an invalid optional field or
 * section is dropped and reported; unknown fields are kept out and noted.
 * Only a feed that is not an object, has no valid `version` or no valid
 * `organisation` is rejected whole.
 *
 * It walks the valibot schemas (no code generation, so it runs under a strict
 * Content-Security-Policy) and validates leaves with `v.safeParse`.
 */
import * as v from 'valibot';
import { makeProblem, type PathSegment, type Problem } from './problems.js';
import { organisation } from './schema/organisation.js';
import type { Feed, FeedSection } from './schema/index.js';

type AnySchema = v.GenericSchema & {
  readonly type: string;
  readonly entries?: Record<string, AnySchema>;
  readonly item?: AnySchema;
  readonly wrapped?: AnySchema;
  readonly pipe?: readonly unknown[];
};

export interface ValidationResult {
  /** The valid part of the feed; undefined when the feed is rejected whole. */
  feed: Feed | undefined;
  /** Errors (something was left out) and notices (unknown fields). */
  problems: Problem[];
}

export const SECTION_NAMES: readonly FeedSection[] = ['formations', 'lieux', 'services', 'gouvernance', 'valeurs'];

type Outcome = { ok: true; value: unknown } | { ok: false };

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const isOptional = (s: AnySchema) => s.type === 'optional' || s.type === 'nullish';

class Walker {
  problems: Problem[] = [];

  /** Marks the errors recorded since `from` as having caused `path` to be left out. */
  private markSkipped(from: number, path: readonly PathSegment[], label: string) {
    for (const p of this.problems.slice(from)) if (p.severity === 'error' && !p.skipped) p.skipped = label || String(path);
  }

  private leaf(schema: AnySchema, input: unknown, path: PathSegment[]): Outcome {
    const result = v.safeParse(schema, input);
    if (result.success) return { ok: true, value: result.output };
    for (const issue of result.issues) {
      const sub = (issue.path ?? []).map((p) => p.key as PathSegment);
      const expected = typeof issue.message === 'string' && !issue.message.includes(' ') ? issue.message : issue.expected ?? 'texte';
      this.problems.push(makeProblem([...path, ...sub], expected, issue.input));
    }
    return { ok: false };
  }

  /** Runs the actions piped after an object or array schema (minLength, checks…) on the cleaned value. */
  private pipeChecks(schema: AnySchema, value: unknown, path: PathSegment[]): Outcome {
    if (!schema.pipe || schema.pipe.length < 2) return { ok: true, value };
    return this.leaf(schema, value, path);
  }

  walk(schema: AnySchema, input: unknown, path: PathSegment[]): Outcome {
    switch (schema.type) {
      case 'optional':
      case 'nullish':
        if (input === undefined || (schema.type === 'nullish' && input === null)) return { ok: true, value: undefined };
        return this.walk(schema.wrapped as AnySchema, input, path);
      case 'object': {
        if (!isRecord(input)) return this.leaf(schema, input, path);
        const entries = schema.entries as Record<string, AnySchema>;
        const out: Record<string, unknown> = {};
        let failed = false;
        for (const key of Object.keys(entries)) {
          const entry = entries[key];
          const start = this.problems.length;
          const r = this.walk(entry, input[key], [...path, key]);
          if (r.ok) {
            if (r.value !== undefined) out[key] = r.value;
          } else if (isOptional(entry)) {
            this.markSkipped(start, path, formatKey(path, key));
          } else {
            failed = true;
          }
        }
        for (const key of Object.keys(input)) {
          if (!(key in entries)) this.problems.push(makeProblem([...path, key], 'champ_inconnu', undefined, 'notice'));
        }
        return failed ? { ok: false } : this.pipeChecks(schema, out, path);
      }
      case 'array': {
        if (!Array.isArray(input)) return this.leaf(schema, input, path);
        const out: unknown[] = [];
        input.forEach((item, i) => {
          const start = this.problems.length;
          const r = this.walk(schema.item as AnySchema, item, [...path, i]);
          if (r.ok) out.push(r.value);
          else this.markSkipped(start, path, formatKey(path, i));
        });
        return this.pipeChecks(schema, out, path);
      }
      default:
        return this.leaf(schema, input, path);
    }
  }
}

function formatKey(path: readonly PathSegment[], key: PathSegment): string {
  return makeProblem([...path, key], '', undefined).path;
}

const envelope = v.object({
  version: v.pipe(v.string('version'), v.regex(/^1\.\d+$/, 'version')),
  organisation,
});

/**
 * Validates a feed. `sections` names the schemas of the sections to read
 * (an element passes only the ones it shows, so its bundle holds only
 * those); other known sections are passed over without a word.
 */
export function validateFeed(input: unknown, sections: Partial<Record<FeedSection, v.GenericSchema>>): ValidationResult {
  const walker = new Walker();
  if (!isRecord(input)) {
    walker.walk(envelope as AnySchema, input, []);
    return { feed: undefined, problems: walker.problems };
  }
  const head = walker.walk(envelope as AnySchema, { version: input.version, organisation: input.organisation }, []);
  // Unknown top-level fields: notices; known sections this element does not read: ignored.
  for (const key of Object.keys(input)) {
    if (key === '$schema' || key === 'commentaire' || key === 'version' || key === 'organisation') continue;
    if ((SECTION_NAMES as readonly string[]).includes(key)) continue;
    walker.problems.push(makeProblem([key], 'champ_inconnu', undefined, 'notice'));
  }
  if (!head.ok) return { feed: undefined, problems: walker.problems };
  const feed = { ...(head.value as object) } as Record<string, unknown>;
  for (const [name, schema] of Object.entries(sections) as [FeedSection, AnySchema][]) {
    if (input[name] === undefined) continue;
    const start = walker.problems.length;
    const r = walker.walk(schema, input[name], [name]);
    if (r.ok) feed[name] = r.value;
    else for (const p of walker.problems.slice(start)) if (p.severity === 'error' && !p.skipped) p.skipped = name;
  }
  return { feed: feed as unknown as Feed, problems: walker.problems };
}

export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}
