/**
 * The feed, version 1: one JSON document describing an organisation.
 * This file is the single source of the TypeScript types, of the runtime
 * validation and of `schema/feed.schema.json`.
 */
import * as v from 'valibot';
import { feedVersion, text } from './common.js';
import { training } from './formations.js';
import { gouvernance } from './gouvernance.js';
import { place, service } from './lieux.js';
import { organisation } from './organisation.js';
import { valeurs } from './valeurs.js';

export const FEED_MAJOR_VERSION = 1;

export const feed = v.object({
  /** Address of the JSON Schema, for editors. Ignored by the widgets. */
  $schema: v.optional(v.string('texte')),
  /** Format version, "1.0". Widgets accept any 1.x and ignore fields they do not know. */
  version: feedVersion,
  organisation,
  formations: v.optional(v.array(training, 'liste')),
  lieux: v.optional(v.array(place, 'liste')),
  services: v.optional(v.array(service, 'liste')),
  gouvernance: v.optional(gouvernance),
  valeurs: v.optional(valeurs),
  /** Free note for the feed's authors; never shown. */
  commentaire: v.optional(text),
});

export type Feed = v.InferOutput<typeof feed>;
export type FeedSection = 'formations' | 'lieux' | 'services' | 'gouvernance' | 'valeurs';
export * from './common.js';
export * from './organisation.js';
export * from './valeurs.js';
export * from './formations.js';
export * from './lieux.js';
export * from './gouvernance.js';
