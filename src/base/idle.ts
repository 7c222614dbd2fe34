/**
 * Runs `run` when the browser is idle, and at the latest after `timeout` ms
 * (where `requestIdleCallback` is missing, on the next task). For work no one
 * waits for on first view: search-engine data, the rest of a long list.
 * Returns the callback's id.
 */
export function whenIdle(run: () => void, timeout: number): number {
  return window.requestIdleCallback ? window.requestIdleCallback(run, { timeout }) : window.setTimeout(run, 1);
}
