import * as z from 'zod/mini';
import { feedSchema } from './schema.js';

/**
 * The JSON Schema of the native feed, generated from the zod schema the element parses with.
 * Input mode: unknown fields are allowed, as readers ignore them.
 */
export function feedJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(feedSchema, { io: 'input' }),
    title: 'status-banner feed, version 1',
  };
}
