import { css } from 'lit';
import { checkStyles } from '../styles/controls.js';

export const styles = css`
  ${checkStyles}
  :host {
    --_marker: var(--asso-map-marker, var(--_accent));
    --_land: var(--asso-map-land, color-mix(in srgb, currentColor 7%, transparent));
    --_area: var(--asso-map-area, color-mix(in srgb, var(--_marker) 22%, transparent));
    --_map-height: var(--asso-map-height, 20rem);
    --_check-accent: var(--_marker);
  }
  .base {
    display: grid;
    gap: var(--_space-m);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: flex-end;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: min(100%, 11rem);
    flex: 1 1 11rem;
  }
  .field.search {
    flex: 2 1 14rem;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.45em 0.6em;
    min-height: 2.75rem;
    width: 100%;
  }
  select option {
    color: CanvasText;
    background: Canvas;
  }
  .hint {
    font-size: 0.875em;
    color: var(--_muted);
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .near-me[aria-pressed='true'] {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .count p {
    margin: 0;
  }
  .count p:first-child {
    font-weight: 600;
  }
  .geo-message {
    font-weight: normal;
  }
  .layout {
    display: grid;
    gap: var(--_space-m);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 46rem) {
    .base {
      --_map-height: var(--asso-map-height, 28rem);
    }
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
      align-items: start;
    }
    .list-area {
      max-height: var(--asso-map-list-height, calc(var(--_map-height) + 6rem));
      overflow: auto;
      padding-inline-end: 0.25rem;
    }
  }
  .map-area {
    display: grid;
    gap: var(--_space-s);
    min-width: 0;
  }
  .map-tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .zoom-button {
    min-width: 2.75rem;
    font-weight: 700;
  }
  .zoom-button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .map {
    /* Its size never depends on its content: the map's layout and paint stay inside it. */
    contain: strict;
  }
  .map,
  .tiles-map {
    position: relative;
    height: var(--_map-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }
  .map:focus-visible,
  .tiles-map:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Detailed map (Leaflet): markers and groups are DivIcons; the highlight is a bigger marker with a ring. */
  /* (.tiles-map first: Leaflet's own stylesheet, adopted after ours, sets its icons to display: block.) */
  .tiles-map .tile-marker,
  .tiles-map .tile-cluster {
    display: grid;
    place-items: center;
    cursor: pointer;
    outline: none;
  }
  .tile-marker .dot {
    width: 16px;
    height: 16px;
    border-radius: 50%;
    background: var(--_marker);
    border: 2px solid Canvas;
    box-sizing: border-box;
  }
  .tile-marker.approx .dot {
    background: Canvas;
    border: 2px dashed var(--_marker);
  }
  .tile-marker.hot .dot,
  .tile-marker.selected .dot {
    width: 22px;
    height: 22px;
    border-width: 3px;
    box-shadow:
      0 0 0 2px Canvas,
      0 0 0 5px var(--_marker);
  }
  .tile-cluster .disc {
    display: grid;
    place-items: center;
    width: 30px;
    height: 30px;
    border-radius: 50%;
    background: var(--_marker);
    color: Canvas;
    border: 3px solid Canvas;
    box-sizing: border-box;
    font: 700 13px/1 system-ui, sans-serif;
  }
  .tile-cluster.hot .disc,
  .tile-cluster.selected .disc {
    width: 36px;
    height: 36px;
    box-shadow:
      0 0 0 2px Canvas,
      0 0 0 5px var(--_marker);
  }
  .tile-marker:focus-visible,
  .tile-cluster:focus-visible {
    outline: 2.5px solid var(--_focus);
    outline-offset: 3px;
    border-radius: 50%;
  }
  .tiles-map .leaflet-control-attribution a {
    text-decoration: underline;
  }
  .tiles-wrap {
    position: relative;
  }
  .map-message {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    padding: var(--_space-m);
    text-align: center;
  }
  .map-svg {
    display: block;
    width: 100%;
    height: 100%;
  }
  .land {
    fill: var(--_land);
    stroke: color-mix(in srgb, currentColor 28%, transparent);
    /* In the outlines' units (tenths of km, scaled by the view): --_px is one screen pixel there. A
       non-scaling stroke would look the same but costs a transformed copy of every path at each layout. */
    stroke-width: calc(0.6 * var(--_px, 1));
    stroke-linejoin: round;
  }
  .area {
    fill: var(--_area);
  }
  .strong {
    fill: none;
    stroke: color-mix(in srgb, currentColor 55%, transparent);
    stroke-width: calc(1.1 * var(--_px, 1));
    stroke-linejoin: round;
  }
  .marker,
  .cluster {
    cursor: pointer;
    outline: none;
  }
  .pin {
    fill: var(--_marker);
    stroke: Canvas;
    stroke-width: 2.5;
  }
  .marker[data-approx] .pin {
    fill: Canvas;
    stroke: var(--_marker);
    stroke-width: 2.5;
    stroke-dasharray: 3 2;
  }
  .marker[data-hot] .pin,
  .marker[data-selected] .pin {
    stroke-width: 3;
  }
  .halo {
    fill: none;
    stroke: var(--_marker);
    stroke-width: 2;
  }
  .marker:focus-visible,
  .cluster:focus-visible {
    outline: 2.5px solid var(--_focus);
    outline-offset: 3px;
  }
  .cluster-disc {
    fill: var(--_marker);
    stroke: Canvas;
    stroke-width: 3;
  }
  .cluster[data-hot] .cluster-disc {
    stroke: var(--_marker);
    stroke-width: 3;
    fill: color-mix(in srgb, var(--_marker) 80%, Canvas);
  }
  .cluster-count {
    fill: Canvas;
    font-size: 13px;
    font-weight: 700;
    text-anchor: middle;
    pointer-events: none;
  }
  .leg {
    stroke: var(--_marker);
    stroke-width: 1.5;
  }
  .origin-halo {
    fill: color-mix(in srgb, var(--_marker) 25%, transparent);
  }
  .origin-dot {
    fill: CanvasText;
    stroke: Canvas;
    stroke-width: 2;
  }
  .inset-frame {
    fill: Canvas;
    stroke: var(--_border);
  }
  .inset-name {
    font-size: 10px;
    fill: currentColor;
  }
  .attribution {
    font-size: 0.8em;
    color: var(--_muted);
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .legend {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .approx-key {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    border: 2px dashed var(--_marker);
  }
  .tiles-placeholder {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }
  .tiles-placeholder p {
    margin: 0;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .more {
    margin-top: var(--_space-s);
    width: 100%;
  }
  .item {
    /* Places out of view are not laid out or painted until scrolled to (they stay in the accessibility tree). */
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
  }
  .item[data-hot],
  .item[data-selected] {
    border-color: var(--_marker);
    box-shadow: inset 0.25rem 0 0 var(--_marker);
  }
  .item-title {
    margin: 0;
    font-size: 1.05em;
  }
  .item-button {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
    font-weight: 700;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    display: block;
    width: 100%;
    min-height: 1.75rem;
  }
  .item-button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.75rem;
    margin: 0.15rem 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .tag {
    border: 1px dashed currentColor;
    border-radius: 1em;
    padding: 0 0.5em;
  }
  .details {
    margin-top: var(--_space-s);
    padding-top: var(--_space-s);
    border-top: 1px solid var(--_border);
  }
  .details:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  dl {
    display: grid;
    gap: 0.35rem;
    margin: 0 0 var(--_space-s);
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 30rem) {
    dl > div {
      grid-template-columns: 9rem minmax(0, 1fr);
      gap: var(--_space-s);
    }
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .hours {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .open-status {
    margin: 0;
  }
  .open-status strong {
    color: var(--_danger);
  }
  .open-status[data-open] strong {
    color: var(--asso-color-success, color-mix(in srgb, currentColor 30%, #137333));
  }
  .note {
    font-style: italic;
  }
  .services ul {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .services h4,
  .services h5,
  .services h6 {
    margin: var(--_space-s) 0 0.25rem;
    font-size: 1em;
  }
  .orphans {
    margin-top: var(--_space-m);
  }
  .detail-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin: var(--_space-s) 0 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .item {
      transition: border-color 0.15s;
    }
  }
  @media print {
    .details[aria-busy] {
      display: none;
    }
    .filters,
    .map-tools,
    .tiles-placeholder,
    .hint,
    .detail-actions {
      display: none;
    }
    .layout {
      grid-template-columns: minmax(0, 1fr) !important;
    }
    .list-area {
      max-height: none !important;
      overflow: visible !important;
    }
    .map {
      height: 16cm;
      break-inside: avoid;
      border-color: #999;
    }
    .item {
      break-inside: avoid;
    }
    .item-button {
      color: inherit;
      text-decoration: none;
    }
    .land {
      fill: #eee;
      stroke: #999;
    }
    .pin,
    .cluster-disc {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
