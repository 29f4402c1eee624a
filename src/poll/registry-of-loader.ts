/**
 * The element chunk's way to the page's feed registry. The chunk only ever runs after the loader,
 * which created the registry, so the chunk carries no poller of its own: the element build
 * (vite.config.ts, mode `element`) puts this module in place of registry.ts.
 */
import { REGISTRY_KEY } from './environment.js';
import type { FeedRegistry } from './registry.js';

export function feedRegistry(): FeedRegistry {
  return (globalThis as unknown as { [REGISTRY_KEY]: FeedRegistry })[REGISTRY_KEY];
}
