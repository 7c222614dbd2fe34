/** Resolves once the browser has been idle (work deferred with `whenIdle` has run by then). */
export const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));
