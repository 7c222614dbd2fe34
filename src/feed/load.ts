/**
 * Fetching feeds: one request per URL per page, however many elements read
 * it; each reader can give up (abort, timeout) without hurting the others,
 * and the request itself is aborted when every reader has given up.
 */
/** `nosource`: the element was given no feed at all (no data, inline JSON, src nor `<asso-feed>`). */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'json' | 'invalid' | 'nosource';

/** Why a feed could not be shown. */
export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url?: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  readers: number;
  /** The response has arrived (kept for the page's other readers). */
  done: boolean;
}

/** The default wait, in milliseconds, before a reader gives up. */
export const DEFAULT_TIMEOUT = 10000;

/** A usable timeout: a positive number of milliseconds, else the default (setTimeout's limit is 2^31 - 1). */
export function validTimeout(ms: unknown): number {
  return typeof ms === 'number' && ms > 0 && Number.isFinite(ms) ? Math.min(ms, 2 ** 31 - 1) : DEFAULT_TIMEOUT;
}

const requests = new Map<string, Shared>();

/**
 * Line and column (from 1) of a JSON syntax error, from the engine's message
 * ("… at position 24" or "… (line 3 column 3)").
 */
export function jsonErrorAt(text: string, message: string): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (!pos) return undefined;
  const lines = text.slice(0, Number(pos[1])).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Parses JSON text, turning a syntax error into a FeedError that says where. */
export function parseJson(text: string, url?: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = (e as Error).message;
    const at = jsonErrorAt(text, message);
    const where = at ? ` (ligne ${at.line}, colonne ${at.column})` : '';
    throw new FeedError('json', `JSON invalide${where}\u00a0: ${message}`, url);
  }
}

function start(url: string): Shared {
  const controller = new AbortController();
  const promise = fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(
      async (res) => {
        if (!res.ok) throw new FeedError('http', `HTTP ${res.status} ${res.statusText}`.trim(), url, res.status);
        const json = parseJson(await res.text(), url);
        shared.done = true;
        return json;
      },
      (e: unknown) => {
        throw e instanceof FeedError ? e : new FeedError('network', (e as Error).message || 'network error', url);
      },
    )
    .catch((e: unknown) => {
      // A failed request is not kept: the next reader (a retry) asks again.
      if (requests.get(url)?.promise === promise) requests.delete(url);
      throw e;
    });
  // Readers may all have left (aborted, timed out) before it settles: its rejection is theirs, never unhandled.
  promise.catch(() => undefined);
  const shared: Shared = { promise, controller, readers: 0, done: false };
  requests.set(url, shared);
  return shared;
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before this reader gives up with a `timeout` error. */
  timeout?: number;
  /** Forget any earlier response for this URL (retry). */
  reload?: boolean;
}

/** Resolves a URL against the page, as the browser would. */
export function absoluteUrl(src: string): string {
  return new URL(src, document.baseURI).href;
}

/** Loads and parses the JSON at `src`, sharing the request with every other reader of the same URL. */
export function loadJson(src: string, { signal, timeout, reload = false }: LoadOptions = {}): Promise<unknown> {
  let url: string;
  try {
    url = absoluteUrl(src);
  } catch {
    return Promise.reject(new FeedError('network', `invalid URL: ${src}`, src));
  }
  const wait = validTimeout(timeout);
  let shared = requests.get(url);
  if (reload && shared) {
    requests.delete(url);
    shared = undefined;
  }
  shared ??= start(url);
  const entry = shared;
  entry.readers++;
  return new Promise<unknown>((resolve, reject) => {
    let settled = false;
    const leave = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      entry.readers--;
    };
    const giveUp = (reason: unknown) => {
      leave();
      if (entry.readers === 0 && !entry.done && requests.get(url) === entry) {
        // Nobody waits for it any more: stop the download.
        requests.delete(url);
        entry.controller.abort();
      }
      reject(reason);
    };
    const onAbort = () => giveUp(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(() => giveUp(new FeedError('timeout', `no answer after ${wait} ms`, url)), wait);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (value) => {
        if (settled) return;
        leave();
        resolve(value);
      },
      (e: unknown) => {
        if (settled) return;
        leave();
        reject(e);
      },
    );
  });
}

/** Forgets every cached response (for tests and for a page that wants fresh data). */
export function clearFeedCache(): void {
  requests.clear();
}
