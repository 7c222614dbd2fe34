/** Registers `<formation-catalogue>` (the define entry: import it for its side effect). */
import { define } from '../define.js';
import { FormationCatalogue } from './formation-catalogue.component.js';

export { FormationCatalogue };
export type { CatalogueFilterDetail, CatalogueOpenDetail } from './formation-catalogue.component.js';

define('formation-catalogue', FormationCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'formation-catalogue': FormationCatalogue;
  }
}
