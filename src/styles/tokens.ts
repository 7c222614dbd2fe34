/**
 * Global design tokens (tier 1), with defaults that inherit the page's font
 * and text colour so every element looks at home in any theme, light or dark.
 * Surfaces and borders are mixed from the text colour, never fixed colours.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    --_accent: var(--asso-color-accent, currentColor);
    --_border: var(--asso-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_surface: var(--asso-color-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_muted: var(--asso-color-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_danger: var(--asso-color-danger, #b3261e);
    --_focus: var(--asso-color-focus, currentColor);
    --_radius: var(--asso-radius-m, 0.5rem);
    --_space-s: var(--asso-space-s, 0.5rem);
    --_space-m: var(--asso-space-m, 1rem);
    --_space-l: var(--asso-space-l, 1.5rem);
    --_font-heading: var(--asso-font-heading, inherit);
    display: block;
    font: inherit;
    color: inherit;
    line-height: var(--asso-line-height, 1.5);
    container-type: inline-size;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4 {
    font-family: var(--_font-heading);
    line-height: 1.25;
    margin: 0 0 var(--_space-s);
  }
  p {
    margin: 0 0 var(--_space-s);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.35em 0.9em;
    cursor: pointer;
    min-height: 2.75rem;
  }
  button:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  .visually-hidden {
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    height: 1px;
    overflow: hidden;
    position: absolute;
    white-space: nowrap;
    width: 1px;
  }
  [part~='loading'] {
    min-height: var(--asso-loading-min-height, 12rem);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space-m);
  }
  [part~='error'] {
    border: 1px solid var(--_border);
    border-inline-start: 0.3rem solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space-m);
  }
  [part~='error'] p {
    margin: 0 0 var(--_space-s);
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='loading'] {
      animation: asso-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes asso-pulse {
    50% {
      opacity: 0.6;
    }
  }
  @media print {
    button {
      display: none;
    }
  }
`;
