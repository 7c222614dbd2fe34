/** Registers `<governance-organigram>` (unless the tag is already defined). */
import { define } from '../define.js';
import { GovernanceOrganigram } from './governance-organigram.component.js';

export { GovernanceOrganigram } from './governance-organigram.component.js';
export type { AssoSelectDetail } from './governance-organigram.component.js';

define('governance-organigram', GovernanceOrganigram);

declare global {
  interface HTMLElementTagNameMap {
    'governance-organigram': GovernanceOrganigram;
  }
}
