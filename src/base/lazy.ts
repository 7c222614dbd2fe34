/**
 * A module downloaded on first need, once per page however many elements
 * ask. `value` is there once it has arrived; a failed download is
 * forgotten, so the next `load()` tries again.
 */
export interface Lazy<M> {
  readonly value: M | undefined;
  load(): Promise<M>;
}

export function lazy<M>(importer: () => Promise<M>): Lazy<M> {
  let pending: Promise<M> | undefined;
  let value: M | undefined;
  return {
    get value() {
      return value;
    },
    load: () =>
      (pending ??= importer().then(
        (m) => (value = m),
        (e: unknown) => {
          pending = undefined;
          throw e;
        },
      )),
  };
}
