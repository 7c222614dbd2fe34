/** Registers every element: the entry of the one-file bundle `dist/asso-widgets.js`. */
import './asso-feed/asso-feed.js';
import './values-charter/values-charter.js';
import './formation-catalogue/formation-catalogue.js';
import './service-map/service-map.js';
import './governance-organigram/governance-organigram.js';
