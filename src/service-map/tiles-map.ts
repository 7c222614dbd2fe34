/**
 * The detailed map, with Leaflet and a tile provider, created only after the
 * visitor pressed the consent button. Leaflet and its stylesheet are loaded
 * here with a dynamic import; the stylesheet is adopted by the element's
 * shadow root only (nothing leaks into the page). Markers are Leaflet
 * DivIcons: keyboard-focusable, and they load no image.
 */
import type * as Leaflet from 'leaflet';
import type { TileSource } from './tiles.js';

export interface TilePlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  approx: boolean;
}

export interface TileMap {
  update(places: readonly TilePlace[], selected?: string): void;
  destroy(): void;
}

let sheet: CSSStyleSheet | undefined;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export async function createTileMap(
  container: HTMLElement,
  root: ShadowRoot,
  source: TileSource,
  onSelect: (id: string) => void,
  strings: { zoomIn: string; zoomOut: string },
): Promise<TileMap> {
  const [L, { LEAFLET_CSS }] = await Promise.all([
    import('leaflet/dist/leaflet-src.esm.js'),
    import('./leaflet-styles.js'),
  ]);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(LEAFLET_CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const lf = L as unknown as typeof Leaflet;
  // No zoom or fade animation for visitors who asked for reduced motion.
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = lf.map(container, {
    zoomSnap: 0.5,
    attributionControl: true,
    zoomControl: false,
    zoomAnimation: !still,
    fadeAnimation: !still,
    markerZoomAnimation: !still,
  });
  lf.control.zoom({ zoomInTitle: strings.zoomIn, zoomOutTitle: strings.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  const link = source.attributionUrl
    ? `<a href="${escapeHtml(source.attributionUrl)}">${escapeHtml(source.attribution)}</a>`
    : escapeHtml(source.attribution);
  lf.tileLayer(source.url, { maxZoom: source.maxZoom, attribution: link }).addTo(map);
  const layer = lf.layerGroup().addTo(map);
  let fittedFor = '';
  return {
    update(places, selected) {
      layer.clearLayers();
      for (const p of places) {
        const icon = lf.divIcon({
          className: 'tile-marker' + (p.approx ? ' approx' : '') + (p.id === selected ? ' selected' : ''),
          iconSize: [18, 18],
          html: '',
        });
        const m = lf.marker([p.lat, p.lon], { icon, title: p.name, alt: p.name, keyboard: true });
        m.on('click', () => onSelect(p.id));
        m.on('keypress', (e: Leaflet.LeafletEvent) => {
          const key = (e as unknown as { originalEvent: KeyboardEvent }).originalEvent.key;
          if (key === 'Enter' || key === ' ') onSelect(p.id);
        });
        layer.addLayer(m);
      }
      const key = places.map((p) => p.id).join('|');
      if (key !== fittedFor) {
        fittedFor = key;
        if (places.length)
          map.fitBounds(lf.latLngBounds(places.map((p) => [p.lat, p.lon] as [number, number])).pad(0.2), {
            maxZoom: 13,
          });
        else map.setView([46.6, 2.5], 5);
      }
    },
    destroy() {
      map.remove();
    },
  };
}
