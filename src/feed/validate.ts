/**
 * Validates a feed and explains each problem in French and English: the
 * lenient walk of `check.ts` plus the sentences of `problems.ts`. For the
 * validator (CLI, demo page) and for developers; the elements run
 * `checkFeed` and load the sentences only when there is a problem.
 */
import type * as v from 'valibot';
import { checkFeed } from './check.js';
import { toProblem, type Problem } from './problems.js';
import type { Feed, FeedSection } from './schema/index.js';

export { errorsOf, SECTION_NAMES } from './check.js';

export interface ValidationResult {
  /** The valid part of the feed; undefined when the feed is rejected whole. */
  feed: Feed | undefined;
  /** Errors (something was left out) and notices (unknown fields), each with its sentence. */
  problems: Problem[];
}

/**
 * Validates a feed. `sections` names the schemas of the sections to read
 * (an element passes only the ones it shows, so its bundle holds only
 * those); other known sections are passed over without a word.
 */
export function validateFeed(input: unknown, sections: Partial<Record<FeedSection, v.GenericSchema>>): ValidationResult {
  const { feed, findings } = checkFeed(input, sections);
  return { feed, problems: findings.map(toProblem) };
}
