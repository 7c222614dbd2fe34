/**
 * Bench page: Leaflet with leaflet.markercluster, the same 1000 markers, no
 * tiles (as in the element's default), DivIcons (no image requests), the
 * map fitted to the markers, clustering without animation.
 */
import * as Leaflet from 'leaflet';
import { feed, time } from './common.js';

const L = ((Leaflet as unknown as { default?: typeof Leaflet }).default ?? Leaflet) as typeof Leaflet;
(window as unknown as { L: typeof Leaflet }).L = L;

(window as unknown as { runBench: () => Promise<unknown> }).runBench = () =>
  time(
    async (stage) => {
      // leaflet.markercluster extends the global L: load it once L is set.
      // @ts-expect-error: the plugin ships no types; it extends the global L.
      await import('leaflet.markercluster');
      const div = document.createElement('div');
      div.style.cssText = 'width: 760px; height: 448px';
      stage.append(div);
      const map = L.map(div, { maxZoom: 18, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
      const group = (L as unknown as { markerClusterGroup: (o: object) => L.FeatureGroup }).markerClusterGroup({
        animate: false,
        chunkedLoading: false,
      });
      const icon = L.divIcon({ className: 'pin', iconSize: [14, 14] });
      const markers = feed.lieux.map((p) => L.marker([p.latitude, p.longitude], { icon, title: p.nom }));
      (group as unknown as { addLayers: (m: L.Marker[]) => void }).addLayers(markers);
      map.fitBounds(L.latLngBounds(feed.lieux.map((p) => [p.latitude, p.longitude] as [number, number])));
      group.addTo(map);
    },
    () => {
      const icons = [...document.querySelectorAll('.leaflet-marker-icon')];
      return icons.reduce((n, i) => n + (i.classList.contains('marker-cluster') ? Number(i.textContent) : 1), 0);
    },
  );
