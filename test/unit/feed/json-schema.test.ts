import { describe, expect, it } from 'vitest';
import { feedJsonSchema } from '../../../src/feed/json-schema.js';

interface JsonSchema {
  title?: string;
  additionalProperties?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

/** Every object schema in `schema`, nested ones included. */
function objects(schema: JsonSchema): JsonSchema[] {
  const nested = [...Object.values(schema.properties ?? {}), ...(schema.items ? [schema.items] : [])];
  return [...(schema.properties ? [schema] : []), ...nested.flatMap(objects)];
}

describe('the published JSON Schema', () => {
  const schema = feedJsonSchema() as JsonSchema;

  it('is titled as the feed and its version', () => {
    expect(schema.title).toBe('status-banner feed, version 1');
  });

  // Input mode: readers ignore fields they do not know, so a feed may carry its own.
  it('allows unknown fields in every object, as readers ignore them', () => {
    expect(objects(schema).length).toBeGreaterThan(3);
    expect(objects(schema).filter((object) => object.additionalProperties === false)).toEqual([]);
  });
});
