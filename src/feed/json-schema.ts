import * as z from 'zod/mini';
import { feedSchema, localizedTextObjectSchema, timeSchema } from './schema.js';

// Node only (build, CLI): the browser bundle never pays for the registry or the generator.
z.globalRegistry.add(timeSchema, { format: 'date-time' });
// The zod check behind it (at least one language) has no JSON Schema of its own.
z.globalRegistry.add(localizedTextObjectSchema, { minProperties: 1 });

/**
 * The JSON Schema of the native feed, generated from the zod schema the element parses with.
 * Input mode: unknown fields are allowed, as readers ignore them.
 */
export function feedJsonSchema(): Record<string, unknown> {
  return {
    // Stryker disable next-line StringLiteral: equivalent here; zod writes `additionalProperties: false` only for 'output', and tells 'input' from other values only by defaults, prefaults and transforms, which this schema has none of.
    ...z.toJSONSchema(feedSchema, { io: 'input' }),
    title: 'status-banner feed, version 1',
  };
}
