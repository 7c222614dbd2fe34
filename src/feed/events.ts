/** The events every element fires, declared once. They bubble and cross shadow roots. */
import type { FeedErrorKind } from './load.js';
import type { Problem } from './problems.js';
import type { Feed } from './schema/index.js';

export type FeedSource = 'data' | 'inline' | 'src' | 'context';

export interface AssoLoadDetail {
  source: FeedSource;
  url?: string;
  feed: Feed;
  /** Problems found while validating: what was left out, unknown fields. */
  problems: Problem[];
}

export interface AssoErrorDetail {
  source: FeedSource;
  url?: string;
  /** HTTP status, when the server answered with an error. */
  status?: number;
  /** `invalid` with `partial: true`: the feed loaded but some of it was left out. */
  kind: FeedErrorKind;
  /** True when what was valid is shown anyway. */
  partial: boolean;
  message: string;
  problems: Problem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'asso-load': CustomEvent<AssoLoadDetail>;
    'asso-error': CustomEvent<AssoErrorDetail>;
  }
}

export function emit<K extends 'asso-load' | 'asso-error'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
