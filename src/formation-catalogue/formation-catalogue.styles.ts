import { css } from 'lit';
import { checkStyles } from '../styles/controls.js';

export const styles = css`
  ${checkStyles}
  :host {
    --_c-accent: var(--asso-catalogue-accent, var(--_accent));
    --_c-surface: var(--asso-catalogue-card-surface, var(--_surface));
    --_c-border: var(--asso-catalogue-border, var(--_border));
    --_c-field: var(--asso-catalogue-field-background, transparent);
    --_c-min: var(--asso-catalogue-card-min-width, 22rem);
    --_check-accent: var(--_c-accent);
  }
  a {
    color: var(--_c-accent);
  }
  [hidden] {
    display: none !important;
  }
  ul {
    margin: 0 0 var(--_space-s);
    padding-inline-start: 1.25rem;
  }

  /* ---- Filters ---- */
  .filters {
    display: grid;
    gap: var(--_space-s) var(--_space-m);
    grid-template-columns: 1fr;
    align-items: end;
    margin-block-end: var(--_space-m);
  }
  @container (min-width: 36rem) {
    .filters {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .search,
    .check,
    .clear {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 60rem) {
    .filters {
      grid-template-columns: repeat(5, minmax(0, 1fr));
    }
    .check {
      grid-column: 1 / 4;
    }
    .clear {
      grid-column: 4 / -1;
      justify-self: end;
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  .field label,
  .label {
    font-weight: 600;
  }
  .label {
    margin: 0 0 0.2rem;
  }
  .hint {
    font-size: 0.875em;
    color: var(--_muted);
  }
  input[type='search'],
  input[type='number'],
  select {
    font: inherit;
    color: inherit;
    background-color: var(--_c-field);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    padding: 0.4rem 0.6rem;
    min-height: 2.75rem;
    width: 100%;
    max-width: 100%;
  }
  input[type='search'],
  input[type='number'],
  select {
    border-color: color-mix(in srgb, currentColor 55%, transparent);
  }
  option {
    color: CanvasText;
    background-color: Canvas;
  }
  .count {
    font-weight: 600;
    margin-block: var(--_space-s);
  }

  /* ---- The list ---- */
  .list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space-m);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_c-min)), 1fr));
  }
  .card {
    content-visibility: auto;
    contain-intrinsic-size: auto 15rem;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    padding: var(--_space-m);
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }
  .card > * {
    margin: 0;
  }
  .card-title {
    font-size: 1.15em;
  }
  .card-title a {
    text-decoration-thickness: 1px;
  }
  .meta {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  [part~='badge'] {
    display: inline-block;
    font-size: 0.85em;
    line-height: 1.3;
    padding: 0.1rem 0.55rem;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  [part~='badge'][data-kind='full'],
  [part~='badge'][data-kind='few'] {
    border-color: var(--_danger);
    border-width: 2px;
    font-weight: 600;
  }
  [part~='badge'][data-kind='new'],
  [part~='badge'][data-kind='certifying'] {
    color: var(--_c-accent);
  }
  .next .label {
    font-weight: 600;
  }
  .more {
    color: var(--_muted);
    white-space: nowrap;
  }
  .price strong {
    font-size: 1.1em;
  }
  .card .price {
    margin-block-start: auto;
  }
  .no-results {
    border: 1px dashed var(--_c-border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
  }
  [part~='audit'] {
    border-inline-start: 0.25rem solid var(--_danger);
    padding: 0.25rem 0.75rem;
    background: color-mix(in srgb, var(--_danger) 6%, transparent);
  }

  /* ---- One training ---- */
  .detail {
    max-width: var(--asso-catalogue-detail-max-width, 56rem);
  }
  .detail .meta {
    margin-block-end: var(--_space-s);
  }
  .detail-title:focus {
    outline: none;
  }
  .detail-title:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .lead {
    font-size: 1.1em;
  }
  .detail-loading {
    color: var(--_muted);
  }
  .chunk-error {
    border-inline-start: 0.25rem solid var(--_danger);
    padding: 0.25rem 0.75rem;
    margin-block: var(--_space-m);
  }
  .chunk-error p {
    margin: 0 0 var(--_space-s);
  }
  @media (forced-colors: active) {
    [part~='badge'],
    .card {
      border-color: CanvasText;
    }
  }

  /* ---- Print (the rules of a training's page come with it: detail.ts) ---- */
  @media print {
    :host {
      color: #000;
      font-size: 11pt;
    }
    .filters,
    .back,
    .count {
      display: none !important;
    }
    .card {
      content-visibility: visible;
      break-inside: avoid;
    }
  }
`;
