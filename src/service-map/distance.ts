import { fold, foldWords } from '../search/fold.js';
/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Lower case, without accents, hyphens and apostrophes as spaces: "Mont-l’Étroit" → "mont l etroit". */
export function normalizeText(s: string): string {
  return foldWords(fold(s).replace(/[-'’‘_.,/]+/g, ' ').replace(/\bst(e?)\b/g, 'saint$1'));
}
