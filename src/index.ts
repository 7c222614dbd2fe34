/**
 * The package root: classes and functions, without side effects (no element
 * is registered). Register elements with the define entries
 * (`asso-widgets/values-charter.js`, …) or `asso-widgets/all.js`.
 */
export { AssoFeed } from './asso-feed/asso-feed.component.js';
export { AssoElement } from './base/asso-element.js';
export { feedContext, type FeedState } from './feed/context.js';
export type { AssoErrorDetail, AssoLoadDetail, FeedSource } from './feed/events.js';
export { FeedError, loadJson, clearFeedCache } from './feed/load.js';
export type { Problem } from './feed/problems.js';
export { validateFeed } from './feed/validate.js';
export { ALL_SECTIONS } from './feed/sections.js';
export type * from './feed/schema/index.js';
export * from './format/index.js';
export { ValuesCharter, formatFigure, type CharterLayout } from './values-charter/values-charter.component.js';
export { ICON_PATHS } from './values-charter/icons.js';
export { GovernanceOrganigram, type AssoSelectDetail } from './governance-organigram/governance-organigram.component.js';
export { buildTree, type OrgNode, type OrgTree } from './governance-organigram/tree.js';
export { FormationCatalogue } from './formation-catalogue/formation-catalogue.component.js';
export type { CatalogueFilterDetail, CatalogueOpenDetail } from './formation-catalogue/formation-catalogue.component.js';
export { auditTraining, INDICATOR_1_ITEMS, type TrainingAudit, type AuditItem } from './formation-catalogue/audit.js';
export { sessionIcs, icsFileName, escapeText as escapeIcsText, foldLine as foldIcsLine } from './formation-catalogue/ical.js';
export { intraQuote, quoteRequestHref, type QuoteResult } from './formation-catalogue/quote.js';
export { ServiceMap } from './service-map/service-map.component.js';
export type { MapFilterDetail, MapFilters, MapSelectDetail } from './service-map/service-map.component.js';
export { fromDataInclusion, placeFromStructure, serviceFromDataInclusion } from './service-map/data-inclusion.js';
export { isOpenAt, openStatus, parseOpeningHours, frenchHolidays, easter, type OpeningHours, type OpenStatus } from './service-map/opening-hours.js';
