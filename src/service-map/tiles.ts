/**
 * Detailed background tiles, only when the site asks for them (`tiles`
 * attribute) and the visitor agrees (a button on a placeholder that names
 * the host and what it receives). This module only describes the source: it
 * requests nothing. Leaflet itself is loaded by `tiles-map.ts`, on demand.
 */

export interface TileSource {
  /** URL template with {z}, {x}, {y} (and optionally {s}). */
  url: string;
  /** Host that will receive the requests, named on the placeholder. */
  host: string;
  /** Who runs it, named on the placeholder. */
  provider: string;
  /** Attribution text (plain text, escaped before Leaflet gets it) and its link. */
  attribution: string;
  attributionUrl?: string;
  maxZoom: number;
}

/** Presets: PLAN IGN v2 from the IGN Géoplateforme, and OpenStreetMap's standard tiles. */
export const TILE_PRESETS: Record<string, TileSource> = {
  'ign-plan': {
    url:
      'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2' +
      '&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    host: 'data.geopf.fr',
    provider: 'IGN – Géoplateforme, Plan IGN v2',
    attribution: '© IGN – Plan IGN v2',
    attributionUrl: 'https://geoservices.ign.fr/',
    maxZoom: 19,
  },
  osm: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    host: 'tile.openstreetmap.org',
    provider: 'OpenStreetMap',
    attribution: '© les contributeurs d’OpenStreetMap',
    attributionUrl: 'https://www.openstreetmap.org/copyright',
    maxZoom: 19,
  },
};

/**
 * The tile source named by the `tiles` attribute: a preset name or an
 * http(s) URL template; undefined when absent or unusable (an address that
 * is not http(s), or has no {z}/{x}/{y}).
 */
export function tileSource(
  value: string | undefined,
  attribution?: string,
  providerLabel = '',
): TileSource | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const preset = TILE_PRESETS[v];
  if (preset) return preset;
  if (!/\{z\}/.test(v) || !/\{x\}/.test(v) || !/\{y\}/.test(v)) return undefined;
  try {
    const u = new URL(v.replace(/\{[a-z]\}/g, '0'), document.baseURI);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return { url: v, host: u.host, provider: providerLabel, attribution: attribution?.trim() || u.host, maxZoom: 19 };
  } catch {
    return undefined;
  }
}
