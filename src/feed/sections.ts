/** The schema of every section, for `<asso-feed>`, the validator CLI and the JSON Schema. */
import * as v from 'valibot';
import type { FeedSection } from './schema/index.js';
import { training } from './schema/formations.js';
import { gouvernance } from './schema/gouvernance.js';
import { place, service } from './schema/lieux.js';
import { valeurs } from './schema/valeurs.js';

export const ALL_SECTIONS: Record<FeedSection, v.GenericSchema> = {
  formations: v.array(training, 'liste'),
  lieux: v.array(place, 'liste'),
  services: v.array(service, 'liste'),
  gouvernance,
  valeurs,
};
