import { REGISTRY_KEY, type PollerEnvironment } from './environment.js';
import { createFeedSource, type FeedListener, type FeedParser, type FeedSource, type PollOptions } from './feed-source.js';

export interface FeedRegistry {
  /**
   * Subscribes to the page's one source for these options, however many elements show the feed.
   * `env` only serves the call that creates the source (tests, the polling benchmark).
   */
  subscribe(options: PollOptions, listener: FeedListener, env?: PollerEnvironment): () => void;
  /** Installs the full reader of documents for every source of the page, from the next body on. */
  useParser(parser: FeedParser): void;
}

function createRegistry(): FeedRegistry {
  // Kept when idle: an element that comes back (a route change) finds its data and its schedule.
  const sources = new Map<string, FeedSource>();
  let parser: FeedParser | undefined;
  return {
    useParser(installed) {
      parser = installed;
    },
    subscribe(options, listener, env) {
      const key = JSON.stringify([options.src, options.format, options.interval, !!options.sameOrigin]);
      let source = sources.get(key);
      if (!source) sources.set(key, (source = createFeedSource(options, env, () => parser)));
      return source.subscribe(listener);
    },
  };
}

/**
 * The page's one registry, on a global symbol: the loader creates it, and the element chunk (or a
 * second copy of the script, or the npm build beside the script tag) finds it there, so a feed is
 * polled once per page however many copies of the code run.
 */
export function feedRegistry(): FeedRegistry {
  const page = globalThis as { [REGISTRY_KEY]?: FeedRegistry };
  return (page[REGISTRY_KEY] ??= createRegistry());
}
