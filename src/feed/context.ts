import { createContext } from '@lit/context';
import type { FeedError } from './load.js';
import type { Problem } from './problems.js';
import type { Feed } from './schema/index.js';

/** What `<asso-feed>` hands to the elements inside it. */
export interface FeedState {
  status: 'pending' | 'complete' | 'error';
  /** The validated feed (every section) once loaded. */
  feed?: Feed;
  problems: Problem[];
  error?: FeedError;
  url?: string;
  /** Asks `<asso-feed>` to load again (the retry button of a child). */
  retry: () => void;
}

/**
 * A registered symbol, so that two copies of the script on one page (two
 * WordPress plugins) still talk to each other's `<asso-feed>`.
 */
export const feedContext = createContext<FeedState | undefined>(Symbol.for('asso-widgets/feed@1'));
