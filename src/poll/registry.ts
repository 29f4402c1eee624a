import { createFeedSource, type FeedListener, type FeedSource, type PollerEnvironment, type PollOptions } from './poller.js';

/** Kept when idle: an element that comes back (a route change) finds its data and its schedule. */
const sources = new Map<string, FeedSource>();

/**
 * Subscribes to the page's one source for these options, however many elements show the feed.
 * `env` only serves the call that creates the source (tests, the polling benchmark).
 */
export function subscribeFeed(options: PollOptions, listener: FeedListener, env?: PollerEnvironment): () => void {
  const key = `${options.format} ${options.interval} ${options.src}`;
  let source = sources.get(key);
  if (!source) sources.set(key, (source = createFeedSource(options, env)));
  return source.subscribe(listener);
}
