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

// Generated in each test, not while Vitest collects them: Stryker counts code run at collection as
// static, and tests each such mutant by reloading and running every test of the module, not only the covering ones.
describe('the published JSON Schema', () => {
  it('is titled as the feed and its version', () => {
    expect((feedJsonSchema() as JsonSchema).title).toBe('status-banner feed, version 1');
  });

  // Input mode: readers ignore fields they do not know, so a feed may carry its own.
  it('allows unknown fields in every object, as readers ignore them', () => {
    const all = objects(feedJsonSchema());
    expect(all.length).toBeGreaterThan(3);
    expect(all.filter((object) => object.additionalProperties === false)).toEqual([]);
  });
});
