/** What both bench pages share: the places and the clock. */
// @ts-expect-error: a plain ES module of the repo, without types.
import { largePlaces } from './places.mjs';

export const PLACES = 1000;

export const feed = largePlaces(PLACES) as {
  version: string;
  organisation: { nom: string };
  lieux: Array<{ id: string; nom: string; latitude: number; longitude: number }>;
};

export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Times one first render: from the moment the data is handed over to the
 * second frame after the markers exist (the first frame lays out and paints;
 * the second starts once it is on screen). Returns milliseconds and how many
 * places the markers and groups stand for, so the bench can check both drew
 * all of them.
 */
export async function time(render: (stage: HTMLElement) => Promise<void>, count: () => number) {
  const stage = document.getElementById('stage')!;
  await frame();
  const t0 = performance.now();
  await render(stage);
  await frame();
  await frame();
  return { ms: performance.now() - t0, places: count() };
}
