/**
 * The floor of the size budgets: an element with no code of its own, built on
 * the shared base like every asso-widgets element (Lit, @lit/context, loading,
 * validation of the organisation section with valibot, states, JSON-LD,
 * theming tokens). `scripts/size.mjs` bundles it to show what any element
 * costs before its first line of element code.
 */
import { html } from 'lit';
import { AssoElement } from '../../src/base/asso-element.js';
import { define } from '../../src/define.js';

class SizeFloor extends AssoElement {
  constructor() {
    super({});
  }
  protected isEmpty() {
    return false;
  }
  protected renderContent() {
    return html``;
  }
  protected renderEmpty() {
    return html``;
  }
  protected jsonLd() {
    return undefined;
  }
}

define('asso-size-floor', SizeFloor);
