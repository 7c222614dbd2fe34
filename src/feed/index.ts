/**
 * The feed API, without any element: validate a feed, load one, read the
 * problems. Published as `asso-widgets/feed` (`dist/feed.js`); the CLI
 * (`npx asso-widgets validate`) and the demo's validator page use it.
 *
 * ```js
 * import { validateFeed, ALL_SECTIONS } from 'asso-widgets/feed';
 * const { feed, problems } = validateFeed(json, ALL_SECTIONS);
 * for (const p of problems) console.log(p.message.fr);
 * ```
 */
export { validateFeed, errorsOf, SECTION_NAMES, type ValidationResult } from './validate.js';
export { checkFeed, makeFinding, type CheckResult, type Finding } from './check.js';
export { ALL_SECTIONS } from './sections.js';
export {
  describeFound,
  describeProblem,
  formatPath,
  makeProblem,
  summarizeProblems,
  toProblem,
  type PathSegment,
  type Problem,
} from './problems.js';
export {
  absoluteUrl,
  clearFeedCache,
  DEFAULT_TIMEOUT,
  FeedError,
  jsonErrorAt,
  loadJson,
  parseJson,
  type FeedErrorKind,
  type LoadOptions,
} from './load.js';
export type { AssoErrorDetail, AssoLoadDetail, FeedSource } from './events.js';
export { EXPECTED, FEED_WORDS } from '../i18n/feed.js';
export { toLang, type Lang } from '../i18n/lang.js';
export { feed as feedSchema, FEED_MAJOR_VERSION } from './schema/index.js';
export type * from './schema/index.js';
