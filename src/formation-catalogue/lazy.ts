/**
 * The catalogue's parts loaded on demand, once per page whatever the number
 * of catalogues: a training's page (`detail`, with the iCalendar export and
 * the quote estimator) and the Qualiopi audit mode's rendering (`audit`).
 * A failed download is forgotten, so "Réessayer" downloads again.
 */
import type * as Detail from './detail.js';
import type * as AuditView from './audit-view.js';

export interface Chunks {
  detail: typeof Detail;
  audit: typeof AuditView;
}

export type ChunkName = keyof Chunks;

/** How each part is fetched (tests replace one to simulate a failed download). */
export const loaders: { [K in ChunkName]: () => Promise<Chunks[K]> } = {
  detail: () => import('./detail.js'),
  audit: () => import('./audit-view.js'),
};

const loaded: Partial<Chunks> = {};
const pending = new Map<ChunkName, Promise<unknown>>();

/** The part if it has arrived. */
export function chunk<K extends ChunkName>(name: K): Chunks[K] | undefined {
  return loaded[name];
}

/** Downloads a part (once; again after a failure). */
export function loadChunk<K extends ChunkName>(name: K): Promise<Chunks[K]> {
  const done = loaded[name];
  if (done) return Promise.resolve(done);
  let p = pending.get(name) as Promise<Chunks[K]> | undefined;
  if (!p) {
    p = loaders[name]().then(
      (m) => {
        loaded[name] = m;
        pending.delete(name);
        return m;
      },
      (err: unknown) => {
        pending.delete(name);
        throw err;
      },
    );
    pending.set(name, p);
  }
  return p;
}

/** For tests: forgets what arrived, so the next use downloads again through `loaders`. */
export function forgetChunks(): void {
  delete loaded.detail;
  delete loaded.audit;
  pending.clear();
}
