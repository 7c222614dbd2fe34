/** Registers <service-map>. */
import { define } from '../define.js';
import { ServiceMap } from './service-map.component.js';

export { ServiceMap };

define('service-map', ServiceMap);

declare global {
  interface HTMLElementTagNameMap {
    'service-map': ServiceMap;
  }
}
