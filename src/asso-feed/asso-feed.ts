import { define } from '../define.js';
import { AssoFeed } from './asso-feed.component.js';

export { AssoFeed };
define('asso-feed', AssoFeed);

declare global {
  interface HTMLElementTagNameMap {
    'asso-feed': AssoFeed;
  }
}
