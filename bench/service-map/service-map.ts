/** Bench page: <service-map> draws 1000 places (SVG map of France, grouped markers, and the list). */
import '../../src/service-map/service-map.js';
import { feed, time } from './common.js';

(window as unknown as { runBench: () => Promise<unknown> }).runBench = () =>
  time(
    async (stage) => {
      const el = document.createElement('service-map');
      el.data = feed;
      stage.append(el);
      // The outlines module is bundled in the page (no network wait), and loaded on first use as in production.
      while (!el.shadowRoot?.querySelector('[part~="map-svg"] .markers > *')) await new Promise((r) => setTimeout(r));
      await el.updateComplete;
    },
    () => {
      const root = document.querySelector('service-map')!.shadowRoot!;
      const single = root.querySelectorAll('[part~="marker"]').length;
      const grouped = [...root.querySelectorAll('[part~="cluster"] .cluster-count')].reduce(
        (n, c) => n + Number(c.textContent),
        0,
      );
      return single + grouped;
    },
  );
