import { css } from 'lit';

/**
 * Styles of `<values-charter>`. Grid is the default layout (also for an
 * unknown `layout` value); `list` and `accordion` override it. Columns follow
 * the element's own width (container queries), not the window's.
 */
export const valuesCharterStyles = css`
  :host {
    --_charter-accent: var(--asso-charter-accent, var(--_accent));
    --_charter-gap: var(--asso-charter-gap, var(--_space-l));
    --_column-min: var(--asso-charter-column-min, 16rem);
    --_icon-size: var(--asso-charter-icon-size, 1.75rem);
    --_figure-size: var(--asso-charter-figure-size, 2.5rem);
    --_card-background: var(--asso-charter-card-background, var(--_surface));
    --_card-border: var(--asso-charter-card-border, 1px solid var(--_border));
    --_columns: 1fr;
  }

  ul {
    margin: 0;
    padding: 0;
  }

  [part~='title'],
  [part~='group-title'],
  [part~='value-title'],
  [part~='figures-title'] {
    font-family: var(--_font-heading);
    line-height: 1.25;
    margin: 0 0 var(--_space-s);
  }
  [part~='title'] {
    font-size: var(--asso-charter-title-size, 1.4em);
  }
  [part~='group-title'],
  [part~='figures-title'] {
    font-size: 1.2em;
  }
  [part~='value-title'] {
    font-size: 1.1em;
    margin: 0;
  }

  [part~='intro'],
  [part~='group-description'] {
    max-width: 48rem;
    margin-block-end: var(--_space-m);
  }

  [part~='group'] + [part~='group'],
  [part~='values'] + [part~='group'],
  [part~='figures'] {
    margin-block-start: calc(var(--_charter-gap) * 1.5);
  }

  /* Values: grid (default) */
  [part~='values'] {
    list-style: none;
    display: grid;
    grid-template-columns: var(--_columns);
    gap: var(--_charter-gap);
  }
  @container (min-width: 36rem) {
    [part~='values'] {
      --_columns: repeat(auto-fit, minmax(min(100%, var(--_column-min)), 1fr));
    }
  }
  [part~='value'] {
    min-width: 0;
    border: var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-background);
    padding: var(--_space-m);
  }
  [part~='value-header'] {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
  }
  [part~='icon'] {
    flex: none;
    width: var(--_icon-size);
    height: var(--_icon-size);
    padding: calc(var(--_icon-size) * 0.2);
    box-sizing: content-box;
    border-radius: 50%;
    color: var(--_charter-accent);
    background: color-mix(in srgb, var(--_charter-accent) 12%, transparent);
  }
  [part~='value-body'] > :last-child {
    margin-block-end: 0;
  }
  [part~='value-text'] {
    margin: 0 0 var(--_space-s);
  }
  ul[part~='value-text'] {
    padding-inline-start: 1.25em;
  }
  [part~='commitments-title'],
  [part~='references-title'] {
    font-weight: 700;
    margin: var(--_space-s) 0 0.25rem;
  }
  [part~='commitments'],
  [part~='references'] {
    padding-inline-start: 1.25em;
    margin-block-end: var(--_space-s);
  }
  [part~='references'] {
    font-size: 0.92em;
  }
  [part~='references'] li + li,
  [part~='commitments'] li + li {
    margin-block-start: 0.2rem;
  }

  /* Values: list */
  :host([layout='list']) [part~='values'],
  :host([layout='accordion']) [part~='values'] {
    --_columns: 1fr;
    gap: 0;
  }
  :host([layout='list']) [part~='value'],
  :host([layout='accordion']) [part~='value'] {
    border: none;
    border-block-end: 1px solid var(--_border);
    border-radius: 0;
    background: none;
    padding: var(--_space-m) 0;
  }
  :host([layout='list']) [part~='value']:first-child,
  :host([layout='accordion']) [part~='value']:first-child {
    border-block-start: 1px solid var(--_border);
  }
  @container (min-width: 36rem) {
    :host([layout='list']) [part~='value-body'] {
      padding-inline-start: calc(var(--_icon-size) * 1.4 + var(--_space-s));
    }
  }

  /* Values: accordion (WAI-ARIA APG: a heading holding a button) */
  :host([layout='accordion']) [part~='value'] {
    padding: 0;
  }
  [part~='accordion-button'] {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_space-s) 0.25rem;
    border: none;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
  }
  [part~='accordion-button']::after {
    content: '';
    flex: none;
    margin-inline-start: auto;
    margin-inline-end: 0.4rem;
    width: 0.55em;
    height: 0.55em;
    border-inline-end: 2px solid var(--_charter-accent);
    border-block-end: 2px solid var(--_charter-accent);
    transform: translateY(-25%) rotate(45deg);
  }
  [part~='accordion-button'][aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  :host([layout='accordion']) [part~='value-header'] {
    margin: 0;
  }
  :host([layout='accordion']) [part~='value-body'] {
    padding: 0 0.25rem var(--_space-m);
  }
  @container (min-width: 36rem) {
    :host([layout='accordion']) [part~='value-body'] {
      padding-inline-start: calc(var(--_icon-size) * 1.4 + var(--_space-s) + 0.25rem);
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='accordion-button']::after {
      transition: transform 0.15s ease-out;
    }
  }

  /* Key figures */
  [part~='figure-list'] {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: var(--_charter-gap);
  }
  [part~='figure'] {
    text-align: center;
    padding: var(--_space-m) var(--_space-s);
    border-block-start: 3px solid var(--_charter-accent);
  }
  [part~='figure-value'] {
    display: block;
    font-family: var(--_font-heading);
    font-size: var(--_figure-size);
    font-weight: 700;
    line-height: 1.1;
    color: var(--_charter-accent);
    font-variant-numeric: tabular-nums;
  }
  [part~='figure-label'] {
    display: block;
    font-weight: 600;
    margin-block-start: 0.25rem;
  }
  [part~='figure-precision'] {
    display: block;
    font-size: 0.9em;
    color: var(--_muted);
    margin-block-start: 0.25rem;
  }

  [part~='document'],
  [part~='updated'] {
    margin: var(--_charter-gap) 0 0;
  }
  [part~='updated'] {
    font-size: 0.9em;
    color: var(--_muted);
  }
  [part~='document'] + [part~='updated'] {
    margin-block-start: var(--_space-s);
  }

  @media print {
    /* Every panel prints, with its header. */
    [part~='value-body'][hidden] {
      display: block;
    }
    [part~='accordion-button'] {
      display: flex;
    }
    [part~='accordion-button']::after {
      display: none;
    }
    /* On paper, the address of a legal reference is what the reader needs. */
    [part~='reference-link']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      word-break: break-all;
    }
    [part~='value'],
    [part~='figure'] {
      break-inside: avoid;
    }
  }
`;
