import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PollerEnvironment } from '../../../src/poll/environment.js';
import { createFeedSource } from '../../../src/poll/feed-source.js';
import { environment, FakeChannel, FakeLocks, FakePage, FEED, feedText, Recorder, serveFeed, ThrowingChannel } from './fakes.js';

const START = Date.parse('2026-11-24T09:40:00Z');
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
const opened: (() => void)[] = [];
let locks: FakeLocks;
beforeEach(() => {
  vi.useFakeTimers({ now: START });
  locks = new FakeLocks();
});
afterEach(() => {
  for (const close of opened.splice(0)) close();
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

/** A tab of the same browser (same locks, same channels) showing the feed. */
function openTab({ hidden = false, overrides = {} }: { hidden?: boolean; overrides?: Partial<PollerEnvironment> } = {}) {
  const page = new FakePage(locks);
  page.document.hidden = hidden;
  const recorder = new Recorder();
  const source = createFeedSource({ src: FEED, format: 'auto', interval: 60 }, environment(page, overrides));
  const close = source.subscribe(recorder);
  opened.push(close);
  return { page, recorder, close };
}

/** Request times in seconds since START. */
function requestTimes(requests: Request[]) {
  const times: number[] = [];
  const push = requests.push.bind(requests);
  requests.push = (...items) => {
    times.push((Date.now() - START) / 1000);
    return push(...items);
  };
  return times;
}

describe('across tabs', () => {
  it('sends one request per interval for three tabs, and every tab shows the feed', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const times = requestTimes(requests);
    const tabs = [openTab(), openTab(), openTab()];
    await tick(300_000);
    expect(times).toEqual([0, 60, 120, 180, 240, 300]);
    for (const tab of tabs) expect(tab.recorder.readings).toHaveLength(1);
    expect(locks.waiting(`status-banner@2:${FEED}`)).toBe(2);
  });

  it('shows the shared result at once in a tab that opens later, without a request', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText(), { headers: { Date: 'Tue, 24 Nov 2026 09:43:00 GMT' } }));
    const first = openTab();
    await tick(10_000);
    const late = openTab();
    await tick();
    expect(requests).toHaveLength(1);
    expect(late.recorder.readings).toEqual(first.recorder.readings);
    expect(late.recorder.readings[0]?.clockOffset).toBe(180_000);
  });

  it('passes the lead to another tab when the leader closes, keeping the rhythm', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const times = requestTimes(requests);
    const leader = openTab();
    const follower = openTab();
    await tick(30_000);
    leader.close();
    await tick(90_000);
    expect(times).toEqual([0, 60, 120]);
    expect(follower.recorder.readings).toHaveLength(1);
  });

  it('passes the lead to a visible tab when the leader hides', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const times = requestTimes(requests);
    const leader = openTab();
    openTab();
    await tick(30_000);
    leader.page.setHidden(true);
    await tick(90_000);
    expect(times).toEqual([0, 60, 120]);
  });

  it('sends nothing while every tab is hidden, and polls at once when one shows with stale data', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const times = requestTimes(requests);
    const tabs = [openTab(), openTab(), openTab()];
    await tick(10_000);
    for (const tab of tabs) tab.page.setHidden(true);
    await tick(600_000);
    expect(times).toEqual([0]);
    tabs[2]!.page.setHidden(false);
    await tick();
    expect(times).toEqual([0, 610]);
  });

  it('catches a tab up when it shows, from the leader, without a request', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()), HttpResponse.text(feedText({ updated: '2026-11-24T09:41:00Z' })));
    openTab();
    const background = openTab({ hidden: true });
    await tick(90_000);
    expect(background.recorder.readings).toEqual([]);
    background.page.setHidden(false);
    await tick();
    expect(requests).toHaveLength(2);
    expect(background.recorder.readings.map((reading) => Date.parse((reading.doc as { updated_at: string }).updated_at))).toEqual([
      Date.parse('2026-11-24T09:41:00Z'),
    ]);
  });

  it('keeps a Retry-After across a change of leader', async () => {
    const requests = serveFeed(server, new HttpResponse(null, { status: 503, headers: { 'Retry-After': '300' } }));
    const times = requestTimes(requests);
    const leader = openTab();
    const follower = openTab();
    await tick(10_000);
    expect(follower.recorder.errors).toEqual([{ kind: 'http', message: `HTTP 503 from ${FEED}`, retryAt: START + 300_000 }]);
    leader.close();
    await tick(289_999);
    expect(times).toEqual([0]);
    await tick(1);
    expect(times).toEqual([0, 300]);
  });

  it('keeps the kill switch across a change of leader', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText({ pollInterval: 0 })));
    const leader = openTab();
    openTab();
    await tick(1000);
    leader.close();
    await tick(86_400_000);
    expect(requests).toHaveLength(1);
  });

  it('reports an error once per tab, however many tabs say hello afterwards', async () => {
    serveFeed(server, new HttpResponse(null, { status: 500 }));
    openTab();
    const follower = openTab();
    await tick(1000);
    const late = openTab();
    openTab();
    await tick();
    expect(follower.recorder.errors).toHaveLength(1);
    expect(late.recorder.errors).toEqual(follower.recorder.errors);
  });
});

describe('without cross-tab APIs, each tab polls alone', () => {
  it.each([
    ['Web Locks are missing', { navigator: { onLine: true } }],
    ['BroadcastChannel is missing', { BroadcastChannel: undefined }],
    ['BroadcastChannel throws', { BroadcastChannel: ThrowingChannel }],
    [
      'the lock request is refused',
      { navigator: { onLine: true, locks: { request: () => Promise.reject(new DOMException('denied', 'SecurityError')) } } },
    ],
  ])('when %s', async (_case, overrides: Partial<PollerEnvironment>) => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const tabs = [openTab({ overrides }), openTab({ overrides })];
    await tick(60_000);
    expect(requests).toHaveLength(4);
    for (const tab of tabs) expect(tab.recorder.readings).toHaveLength(1);
    expect(FakeChannel.open.size).toBe(0);
  });
});
