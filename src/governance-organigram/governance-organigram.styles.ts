import { css } from 'lit';

/**
 * The tree is nested lists. Without `data-layout="chart"` (narrow
 * containers, print when the chart would be too small) it is an indented
 * tree; with it, a top-down chart of block and inline-block boxes whose
 * connector lines are backgrounds of the lists and their items: no layout
 * library, no measuring in JavaScript.
 */
export const styles = css`
  :host {
    --_node-w: var(--asso-organigram-node-width, 13rem);
    --_node-bg: var(--asso-organigram-node-background, var(--_surface));
    --_line: var(--asso-organigram-line-color, color-mix(in srgb, currentColor 55%, transparent));
    --_gap: var(--asso-organigram-gap, 1rem);
    --_v: var(--asso-organigram-level-gap, 2rem);
    --_tie: var(--asso-organigram-tie-color, var(--_accent));
  }
  [part='base'] {
    position: relative;
    display: grid;
    gap: var(--_space-m);
  }
  .ruler {
    position: absolute;
    inset-inline: 0;
    top: 0;
    height: 0;
  }
  [part='title'] {
    font-size: var(--asso-organigram-title-size, 1.35em);
    margin: 0;
  }
  [part~='introduction'] {
    margin: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s);
  }
  .search {
    display: flex;
    flex-direction: column;
    flex: 1 1 16rem;
    gap: 0.25rem;
  }
  /* The number of matches, shown and announced; out of the flow when empty. */
  [part='status'] {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part='status']:empty {
    position: absolute;
  }
  input {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.4em 0.6em;
    min-height: 2.75rem;
  }
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.875em;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Samples drawn exactly like the lines: ties in their colour and width,
     the hierarchy like the connectors. */
  .swatch {
    flex: none;
    fill: none;
    stroke: var(--_tie);
    stroke-width: 1.5;
    vertical-align: middle;
    margin-inline-end: 0.4em;
  }
  .swatch path:not([stroke-dasharray]) {
    stroke: var(--_line);
    stroke-width: 1;
  }
  .staff-swatch {
    display: inline-block;
    width: 1.5em;
    height: 0.9em;
    border: 1px dashed currentColor;
    border-radius: 3px;
    vertical-align: middle;
    margin-inline-end: 0.4em;
  }
  .updated {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }

  /* ——— the tree (indented) ——— */
  .chart {
    position: relative;
    overflow-x: auto;
    padding: 4px;
  }
  /* Secondary ties: lines over the chart, drawn by tie-lines.ts. */
  .tie-lines {
    position: absolute;
    left: 0;
    top: 0;
    overflow: visible;
    pointer-events: none;
  }
  .tie-line {
    fill: none;
    stroke: var(--_tie);
    stroke-width: 1.5;
  }
  .tie-head {
    fill: var(--_tie);
  }
  [role='tree'],
  [role='group'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [role='treeitem']:focus {
    outline: none;
  }
  .card:has(> [role='treeitem']:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Neither cards nor items are positioned: a positioned box has a layer
     of its own, and a thousand of them make a 500-node chart's first
     render about a tenth slower. */
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
    max-width: 36rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_node-bg);
    cursor: pointer;
  }
  .card:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  [data-staff] > .card {
    border-style: dashed;
  }
  [data-match] > .card {
    border-color: var(--_accent);
    box-shadow: 0 0 0 2px var(--_accent);
  }
  mark {
    background: var(--asso-organigram-mark-background, Mark);
    color: var(--asso-organigram-mark-color, MarkText);
  }
  .card[data-kids] {
    padding-inline-end: 2rem;
  }
  .kind:empty,
  .people:empty,
  .desc:empty,
  .card:not([data-kids]) > .twisty {
    display: none;
  }
  .kind {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .name {
    font-weight: 700;
    line-height: 1.3;
  }
  .desc {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
  }
  .people {
    white-space: pre-line;
  }
  .tie {
    font-style: italic;
  }
  /* In the top corner of the card's end padding (2rem), first in the flex
     column but taking no room from the text (its margins cancel its size
     and the gap after it). */
  .twisty {
    order: -1;
    align-self: flex-end;
    flex: none;
    margin-block: -0.25rem -1.6rem;
    margin-inline-end: -1.75rem;
    width: 1.75rem;
    height: 1.75rem;
    display: grid;
    place-items: center;
    border-radius: 50%;
  }
  .twisty:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .twisty::before {
    content: '';
    width: 0.45rem;
    height: 0.45rem;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-20%) rotate(45deg);
  }
  [aria-expanded='false'] ~ .twisty::before {
    transform: rotate(-45deg);
  }
  /*
   * Connector lines are backgrounds of the list items, not pseudo-elements:
   * no extra boxes to style and lay out. Each item draws its piece of the
   * line down the left (to its tick only when it is the last one) and its
   * tick towards its card (dashed for a staff post). Written as longhands,
   * with no custom property set per item and var() only where the theme
   * needs it: a var() in a shorthand makes the browser parse the shorthand
   * again for every item (a 500-node chart styles about a fifth faster).
   */
  :is([data-layout='tree'] [role='group'], [data-layout='chart'] :is(.staff, .children)) > .item {
    background-image: linear-gradient(var(--_line), var(--_line)), linear-gradient(var(--_line), var(--_line));
    background-repeat: no-repeat;
  }
  :is([data-layout='tree'] [role='group'], [data-layout='chart'] .staff) > .item[data-staff] {
    background-image:
      linear-gradient(var(--_line), var(--_line)),
      repeating-linear-gradient(to right, var(--_line) 0 4px, transparent 4px 7px);
  }
  [data-layout='tree'] [role='group'] {
    margin-inline-start: 0.75rem;
  }
  [data-layout='tree'] .item {
    padding-top: 0.5rem;
  }
  [data-layout='tree'] [role='group'] > .item {
    padding-inline-start: 0.75rem;
    background-position: 0 0, 0 1.6rem;
    background-size: 1px 100%, 0.75rem 1px;
  }
  [data-layout='tree'] [role='group'] > .item:last-child {
    background-size: 1px 1.6rem, 0.75rem 1px;
  }

  /* ——— the chart (top-down) ——— */
  /*
   * Block and inline-block boxes, not flexboxes: siblings in a row are
   * inline-blocks on one line that does not wrap, each as wide as what it
   * holds, and a card is centred in its item by its margins. A 500-node
   * chart lays out about a quarter faster than with nested flexboxes.
   */
  [data-layout='chart'] [role='tree'],
  [data-layout='chart'] .children:not([data-stack]) {
    white-space: nowrap;
    text-align: center;
  }
  [data-layout='chart'] [role='tree'] {
    width: max-content;
    min-width: 100%;
  }
  /* Measured for print at its own width. */
  [data-printing] [role='tree'] {
    min-width: 0;
  }
  [data-layout='chart'] :is([role='tree'], .children:not([data-stack])) > .item {
    display: inline-block;
    vertical-align: top;
  }
  [data-layout='chart'] [role='tree'] > .item + .item {
    margin-inline-start: calc(var(--_gap) * 3);
  }
  /* A card's width is fixed: its text is not measured to size the chart (a
     500-node chart lays out about a third faster). Only inline-size
     containment: layout containment would make each card a stacking
     context, with its own paint properties. */
  [data-layout='chart'] .card {
    width: var(--_node-w);
    max-width: none;
    margin-inline: auto;
    contain: inline-size;
    white-space: normal;
    text-align: start;
  }
  /* Staff posts hang beside the line that goes down from the post they
     serve; three or more leaves hang in a column under their parent's left
     side. The list is centred with its start padding (--_m), so that its
     content starts at the parent card's centre, or at its left side. */
  [data-layout='chart'] :is(.staff, .children[data-stack]) {
    width: fit-content;
    margin-inline: auto;
    padding-inline-start: var(--_m);
  }
  [data-layout='chart'] :is(.staff, [data-stack]) > .item {
    width: fit-content;
  }
  /* Staff posts: the line at the list's start, ticks as long as the gap. */
  [data-layout='chart'] .staff {
    --_m: calc(var(--_node-w) + var(--_gap));
  }
  [data-layout='chart'] .staff > .item {
    padding: 0.5rem 0 0 var(--_gap);
    background-position: 0 0, 0 1.9rem;
    background-size: 1px 100%, var(--_gap) 1px;
  }
  [data-layout='chart'] .staff > .item:last-child {
    background-size: 1px 1.9rem, var(--_gap) 1px;
  }
  /* Stacked leaves: the line 0.75rem into the list's 1.5rem start. */
  [data-layout='chart'] [data-stack] > .item {
    padding: 0.5rem 0 0 1.5rem;
    background-position: 0.75rem 0, 0.75rem 1.9rem;
    background-size: 1px 100%, 0.75rem 1px;
  }
  [data-layout='chart'] [data-stack] > .item:last-child {
    background-size: 1px 1.9rem, 0.75rem 1px;
  }
  /* The line down from a card to its children's row (or column), and on
     past its staff posts: backgrounds of the lists too, not positioned
     pseudo-elements. */
  [data-layout='chart'] :is(.children, .staff[data-stalk]) {
    background-image: linear-gradient(var(--_line), var(--_line));
    background-repeat: no-repeat;
  }
  [data-layout='chart'] .staff[data-stalk] {
    background-position: var(--_m) 0;
    background-size: 1px 100%;
  }
  [data-layout='chart'] .children {
    padding-top: calc(var(--_v) / 2);
    background-position: calc(50% + 0.5px) 0;
    background-size: 1px calc(var(--_v) / 2);
  }
  /* Siblings in a row: a line down from the bar above each card, the bar
     spanning from the first sibling's centre to the last one's. */
  [data-layout='chart'] .children:not([data-stack]) > .item {
    padding: calc(var(--_v) / 2) calc(var(--_gap) / 2) 0;
    background-position: 50% 0, 0 0;
    background-size: 1px calc(var(--_v) / 2), 100% 1px;
  }
  [data-layout='chart'] .children:not([data-stack]) > :first-child {
    background-position: 50% 0, 100% 0;
    background-size: 1px calc(var(--_v) / 2), 50% 1px;
  }
  [data-layout='chart'] .children:not([data-stack]) > :last-child {
    background-size: 1px calc(var(--_v) / 2), 50% 1px;
  }
  [data-layout='chart'] .children:not([data-stack]) > :only-child {
    background-size: 1px calc(var(--_v) / 2), 0 0;
  }
  [data-layout='chart'] .children[data-stack] {
    --_m: 1.5rem;
    padding-top: 0.5rem;
    background-position: 2.25rem 0;
    background-size: 1px 0.5rem;
  }

  /* The details dialog's own styles come with its code (details.ts). */
  @media screen {
    [hidden] {
      display: none !important;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .twisty::before {
      transition: transform 0.15s;
    }
  }
  @media print {
    :where([role='group'][hidden]) {
      display: block;
    }
    .toolbar,
    .twisty,
    dialog {
      display: none;
    }
    .chart {
      overflow: visible;
      zoom: var(--_zoom, 1);
      print-color-adjust: exact;
    }
    .card {
      break-inside: avoid;
      background: none;
    }
  }
`;
