/** Registers `<values-charter>` (skipped when the tag is already defined). */
import { define } from '../define.js';
import { ValuesCharter } from './values-charter.component.js';

export { ValuesCharter };
export { formatFigure, type CharterLayout } from './values-charter.component.js';
define('values-charter', ValuesCharter);

declare global {
  interface HTMLElementTagNameMap {
    'values-charter': ValuesCharter;
  }
}
