import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { FeedError, type FeedErrorDetail } from '../../../src/feed/errors.js';
import { createFeedLoop, type FeedLoopOptions } from '../../../src/poll/feed-loop.js';
import type { SharedState } from '../../../src/poll/shared-state.js';
import { MAX_WAIT_MS } from '../../../src/poll/timing.js';
import { environment, FEED, feedServerWithFakeClock, feedText, serveFeed } from './fakes.js';

const START = Date.parse('2026-11-24T09:40:00Z');
const { server, tick } = feedServerWithFakeClock(START);

/** A loop over FEED, active at once, recording what it accepts, reports and settles. */
function run(overrides: Partial<FeedLoopOptions> = {}) {
  const accepted: string[] = [];
  const reported: FeedErrorDetail[] = [];
  const settled: SharedState[] = [];
  const loop = createFeedLoop(
    {
      src: FEED,
      intervalMs: () => 60_000,
      accept: (text) => void accepted.push(text),
      report: (error) => void reported.push(error),
      settled: (state) => void settled.push(state),
      ...overrides,
    },
    environment(),
  );
  loop.setActive(true);
  return { loop, accepted, reported, settled };
}

describe('a 304 with nothing to reuse', () => {
  it('asks again past the HTTP cache, and shows what comes', async () => {
    const requests = serveFeed(server, new HttpResponse(null, { status: 304 }), HttpResponse.text(feedText()));
    const { accepted, reported } = run();
    await tick();
    expect(requests.map((request) => request.cache)).toEqual(['no-cache', 'reload']);
    expect(accepted).toEqual([feedText()]);
    expect(reported).toEqual([]);
  });

  it('is a failure, with its reason, when the reload is a 304 too: never "Loading…" forever', async () => {
    serveFeed(server, new HttpResponse(null, { status: 304 }));
    const { reported, settled } = run();
    await tick();
    expect(reported).toEqual([{ kind: 'http', message: `HTTP 304 from ${FEED} with no earlier copy`, retryAt: expect.any(Number) }]);
    expect(settled.at(-1)?.failures).toBe(1);
  });

  it('is the unchanged feed once a body was read', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()), new HttpResponse(null, { status: 304 }));
    const { accepted, reported, settled } = run();
    await tick(60_000);
    expect(requests).toHaveLength(2);
    expect(accepted).toHaveLength(1);
    expect(reported).toEqual([]);
    expect(settled.at(-1)).toMatchObject({ failures: 0, text: feedText() });
  });
});

describe('accepting a body', () => {
  it('counts a rejected document as a failure and keeps the last good body', async () => {
    serveFeed(server, HttpResponse.text(feedText()), HttpResponse.text('{"broken"'));
    let calls = 0;
    const { reported, settled } = run({
      accept: () => {
        calls += 1;
        if (calls > 1) throw new FeedError('parse', 'not JSON');
      },
    });
    await tick(60_000);
    expect(reported).toEqual([{ kind: 'parse', message: 'not JSON', retryAt: expect.any(Number) }]);
    expect(settled.at(-1)).toMatchObject({ failures: 1, text: feedText() });
  });

  it('does not accept the same body twice', async () => {
    serveFeed(server, HttpResponse.text(feedText()));
    const { accepted } = run();
    await tick(180_000);
    expect(accepted).toEqual([feedText()]);
  });
});

describe('the longest wait', () => {
  it.each(['86400', 'Wed, 24 Nov 2027 09:40:00 GMT'])(
    'Retry-After %j delays the next request by 15 minutes at most',
    async (retryAfter) => {
      const requests = serveFeed(
        server,
        new HttpResponse('busy', { status: 503, headers: { 'Retry-After': retryAfter } }),
        HttpResponse.text(feedText()),
      );
      const { settled } = run();
      await tick();
      expect(settled.at(-1)?.nextAt).toBe(START + MAX_WAIT_MS);
      await tick(MAX_WAIT_MS);
      expect(requests).toHaveLength(2);
    },
  );
});

describe('cancelling', () => {
  it('drops the result of the request in flight', async () => {
    server.use(
      http.get(FEED, async () => {
        await delay(5000);
        return HttpResponse.text(feedText());
      }),
    );
    const { loop, accepted, settled } = run();
    await tick(1000);
    loop.cancel();
    await tick(5000);
    expect(accepted).toEqual([]);
    expect(settled).toEqual([]);
  });

  it('polls nothing while inactive', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const { loop } = run();
    loop.setActive(false);
    await tick(600_000);
    expect(requests).toHaveLength(0);
    vi.clearAllTimers();
  });
});
