import { delay, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PollOptions } from '../../../src/poll/feed-source.js';
import { feedRegistry } from '../../../src/poll/registry.js';
import { environment, FEED, feedText, Recorder, serveFeed } from './fakes.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
const subscriptions: (() => void)[] = [];
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  for (const unsubscribe of subscriptions.splice(0)) unsubscribe();
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms);
let sources = 0;
/** The page's sources outlive a test: each test reads its own feed URL (MSW ignores the query). */
const options = (): PollOptions => ({ src: `${FEED}?case=${(sources += 1)}`, format: 'auto', interval: 60 });

function subscribe(feed: PollOptions) {
  const recorder = new Recorder();
  subscriptions.push(feedRegistry().subscribe(feed, recorder, environment()));
  return recorder;
}

describe('sharing in a page', () => {
  it('sends one request for several elements showing the same feed', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const feed = options();
    const recorders = [subscribe(feed), subscribe(feed), subscribe({ ...feed })];
    await tick(60_000);
    expect(requests).toHaveLength(2);
    for (const recorder of recorders) expect(recorder.readings).toHaveLength(1);
  });

  it('shares a request already in flight with an element that connects meanwhile', async () => {
    const requests = serveFeed(server, async () => {
      await delay(2000);
      return HttpResponse.text(feedText());
    });
    const feed = options();
    subscribe(feed);
    await tick(1000);
    const late = subscribe(feed);
    await tick(1000);
    expect(requests).toHaveLength(1);
    expect(late.readings).toHaveLength(1);
  });

  it('polls separately for different feeds, formats or intervals', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const feed = options();
    subscribe(feed);
    subscribe(options());
    subscribe({ ...feed, format: 'native' });
    subscribe({ ...feed, interval: 30 });
    await tick();
    expect(requests).toHaveLength(4);
  });

  it('keeps the data for an element that comes back (a route change), without a new request', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const feed = options();
    subscribe(feed);
    await tick(10_000);
    subscriptions.pop()?.();
    await tick(10_000);
    const back = subscribe(feed);
    await tick();
    expect(requests).toHaveLength(1);
    expect(back.readings).toHaveLength(1);
  });
});
