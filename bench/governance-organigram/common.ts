/** What both bench pages share: the data and the clock. */
// @ts-expect-error: a plain ES module of the repo, without types.
import { largeFeed } from './large-feed.mjs';

export const NODES = 500;

/** The same feed for both renderers: 500 nodes (bench/governance-organigram/large-feed.mjs). */
export const feed = largeFeed(NODES) as {
  organisation: { nom: string };
  gouvernance: {
    noeuds: Array<{
      id: string;
      nom: string;
      parent?: string;
      type?: string;
      personnes?: Array<{ nom?: string; role?: string }>;
    }>;
  };
};

export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Times one first render: from the moment the data is handed over to the
 * second frame after it (the first frame lays out and paints; the second
 * starts once it is on screen). Returns milliseconds and the number of nodes
 * drawn, so the bench can check that both drew all of them.
 */
export async function time(render: (stage: HTMLElement) => Promise<void> | void, count: () => number) {
  const stage = document.getElementById('stage')!;
  await frame();
  const t0 = performance.now();
  await render(stage);
  await frame();
  await frame();
  return { ms: performance.now() - t0, nodes: count() };
}
