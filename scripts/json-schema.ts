// The feed's JSON Schema, from the same valibot source as the types and the validation.
import { toJsonSchema } from '@valibot/to-json-schema';
import { feed } from '../src/feed/schema/index.js';

export function feedJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(feed, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://unpkg.com/asso-widgets/schema/feed.schema.json',
    title: 'asso-widgets feed, version 1',
    description:
      'One JSON document describing an organisation: identity, trainings (LHEO), places and services (data·inclusion v1), governance and values. Documentation: docs/feed.md.',
    ...schema,
  };
}
