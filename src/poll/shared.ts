import type { FeedListener, FeedSource, PollOptions } from './poller.js';
import { Poller } from './poller.js';

const sources = new Map<string, { source: FeedSource; users: number }>();

/** One poller per feed URL and format in this page, however many elements show it. */
export function subscribeFeed(options: PollOptions, listener: FeedListener): () => void {
  const key = `${options.format} ${options.src}`;
  let entry = sources.get(key);
  if (!entry) {
    entry = { source: new Poller(options), users: 0 };
    sources.set(key, entry);
  }
  entry.users += 1;
  const unsubscribe = entry.source.subscribe(listener);
  const shared = entry;
  return () => {
    unsubscribe();
    shared.users -= 1;
    if (shared.users === 0 && sources.get(key) === shared) sources.delete(key);
  };
}
