import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { PollerEnvironment } from '../../../src/poll/environment.js';
import { parseFeed } from '../../../src/feed/parse.js';
import { createFeedSource } from '../../../src/poll/feed-source.js';
import { environment, feedServerWithFakeClock, FakePage, FEED, feedText, Recorder, serveFeed } from './fakes.js';

const START = Date.parse('2026-11-24T09:40:00Z');
const { server, tick } = feedServerWithFakeClock(START);

/** Subscribes one recorder to a fresh source and records when each request reached the feed. */
function start(env: PollerEnvironment = environment(), interval = 60) {
  const recorder = new Recorder();
  // With the full parser installed, as once the element chunk has loaded.
  const source = createFeedSource({ src: FEED, format: 'auto', interval }, env, () => parseFeed);
  const unsubscribe = source.subscribe(recorder);
  return { recorder, source, unsubscribe };
}

/** Records when each request reached the feed; returns a reader of those times, in seconds since START. */
function timed(requests: Request[]) {
  const times: number[] = [];
  const push = requests.push.bind(requests);
  requests.push = (...items) => {
    times.push((Date.now() - START) / 1000);
    return push(...items);
  };
  return () => [...times];
}

describe('timing', () => {
  it('fetches at once on subscribe and shows the feed', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const { recorder } = start();
    await tick();
    expect(requests).toHaveLength(1);
    expect(recorder.readings).toHaveLength(1);
    expect(recorder.readings[0]).toMatchObject({
      receivedAt: START,
      clockOffset: 0,
      doc: { version: 1, updated_at: '2026-11-24T09:40:00Z', incidents: [] },
    });
  });

  it.each([
    [0, 48],
    [0.5, 60],
    [1, 72],
  ])('polls again after the interval with ±20%% jitter (random %f → %i s)', async (random, after) => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const at = timed(requests);
    start(environment(undefined, { random: () => random }));
    await tick(after * 1000 - 1);
    expect(at()).toEqual([0]);
    await tick(1);
    expect(at()).toEqual([0, after]);
  });

  it('clamps the interval to at least 10 s', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    start(environment(), 1);
    await tick(9999);
    expect(requests).toHaveLength(1);
    await tick(1);
    expect(requests).toHaveLength(2);
  });

  it.each([
    [30, 30],
    [5, 10],
  ])("follows the feed's poll_interval %i (clamped: %i s)", async (pollInterval, expected) => {
    const requests = serveFeed(server, HttpResponse.text(feedText({ pollInterval })));
    const at = timed(requests);
    start();
    await tick(expected * 1000 * 2);
    expect(at()).toEqual([0, expected, expected * 2]);
  });

  it('stops polling on poll_interval 0, the kill switch, and keeps showing the feed', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText({ pollInterval: 0 })));
    const { recorder } = start();
    await tick(86_400_000);
    expect(requests).toHaveLength(1);
    expect(recorder.readings).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops every timer when the last subscriber leaves', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const { source, unsubscribe } = start();
    const other = source.subscribe(new Recorder());
    await tick(60_000);
    unsubscribe();
    await tick(60_000);
    expect(requests).toHaveLength(3);
    other();
    expect(vi.getTimerCount()).toBe(0);
    await tick(3_600_000);
    expect(requests).toHaveLength(3);
  });

  it('hands a late subscriber the current snapshot without a request', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const { source } = start();
    await tick(1000);
    const late = new Recorder();
    source.subscribe(late);
    await tick();
    expect(late.readings).toHaveLength(1);
    expect(requests).toHaveLength(1);
  });
});

describe('unchanged feed', () => {
  it('shows an identical body only once', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const { recorder } = start();
    await tick(120_000);
    expect(requests).toHaveLength(3);
    expect(recorder.readings).toHaveLength(1);
  });

  it('shows nothing new on a 304', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()), new HttpResponse(null, { status: 304 }));
    const { recorder } = start();
    await tick(120_000);
    expect(requests).toHaveLength(3);
    expect(recorder.readings).toHaveLength(1);
    expect(recorder.errors).toEqual([]);
  });

  it('shows a changed body', async () => {
    serveFeed(server, HttpResponse.text(feedText()), HttpResponse.text(feedText({ updated: '2026-11-24T09:41:00Z' })));
    const { recorder } = start();
    await tick(60_000);
    expect(recorder.readings.map((reading) => Date.parse((reading.doc as { updated_at: string }).updated_at))).toEqual([
      Date.parse('2026-11-24T09:40:00Z'),
      Date.parse('2026-11-24T09:41:00Z'),
    ]);
  });

  it('takes the clock offset from Date', async () => {
    serveFeed(server, HttpResponse.text(feedText(), { headers: { Date: 'Tue, 24 Nov 2026 09:38:00 GMT' } }));
    const { recorder } = start();
    await tick();
    expect(recorder.readings[0]?.clockOffset).toBe(-120_000);
  });
});

describe('without the full parser (the loader alone)', () => {
  it('accepts a document of a known shape that only the adapters would reject, and the element reports it', async () => {
    serveFeed(server, HttpResponse.json({ version: 1, incidents: 'none' }));
    const recorder = new Recorder();
    createFeedSource({ src: FEED, format: 'auto', interval: 60 }, environment()).subscribe(recorder);
    await tick();
    expect(recorder.readings).toMatchObject([{ doc: { version: 1, incidents: 'none' }, parsed: undefined }]);
    expect(recorder.errors).toEqual([]);
  });

  it('still refuses what is not JSON, or not a status document, and backs off', async () => {
    serveFeed(server, HttpResponse.text('<html>'));
    const recorder = new Recorder();
    createFeedSource({ src: FEED, format: 'auto', interval: 60 }, environment()).subscribe(recorder);
    await tick();
    expect(recorder.errors).toEqual([{ kind: 'parse', message: `${FEED} is not valid JSON`, retryAt: START + 90_000 }]);
  });
});

describe('faults', () => {
  it.each([
    ['http', () => new HttpResponse('down', { status: 500 })],
    ['http', () => new HttpResponse('gone', { status: 404 })],
    ['network', () => HttpResponse.error()],
    ['parse', () => HttpResponse.text('{"version": 1, ')],
    ['schema', () => HttpResponse.json({ page: 'not a status document' })],
    ['schema', () => HttpResponse.json({ version: 1, incidents: 'none' })],
    ['schema', () => HttpResponse.json([1, 2, 3])],
    ['version', () => HttpResponse.json({ version: 2 })],
  ])('keeps the last good state on a %s failure and says when it will retry', async (kind, failing) => {
    serveFeed(server, HttpResponse.text(feedText()), failing);
    const { recorder, source } = start();
    await tick(60_000);
    expect(recorder.readings).toHaveLength(1);
    expect(recorder.errors).toEqual([{ kind, message: expect.any(String), retryAt: START + 60_000 + 90_000 }]);
    const late = new Recorder();
    source.subscribe(late);
    await tick();
    expect(late.readings).toEqual(recorder.readings);
  });

  it('backs off exponentially up to 10 minutes, then returns to the interval on the first success', async () => {
    let failing = true;
    const requests = serveFeed(server, () => (failing ? new HttpResponse(null, { status: 502 }) : HttpResponse.text(feedText())));
    const at = timed(requests);
    const { recorder } = start(environment(undefined, { random: () => 1 }), 10);
    await tick(1_820_000);
    const times = at();
    expect(times.slice(1).map((time, index) => time - times[index]!)).toEqual([20, 40, 80, 160, 320, 600, 600]);
    expect(recorder.errors.map((error) => (error.retryAt! - START) / 1000)).toEqual([20, 60, 140, 300, 620, 1220, 1820, 2420]);
    failing = false;
    await tick(600_000);
    await tick(12_000);
    expect(at().slice(-2)).toEqual([2420, 2432]);
  });

  it.each([
    ['120', 120],
    ['Tue, 24 Nov 2026 09:45:00 GMT', 300],
  ])('waits at least Retry-After %s on a 429', async (retryAfter, wait) => {
    const requests = serveFeed(server, new HttpResponse(null, { status: 429, headers: { 'Retry-After': retryAfter } }));
    const at = timed(requests);
    const { recorder } = start();
    await tick(wait * 1000 - 1);
    expect(at()).toEqual([0]);
    expect(recorder.errors[0]?.retryAt).toBe(START + wait * 1000);
    await tick(1);
    expect(at()).toEqual([0, wait]);
  });

  it('warns once per distinct failure, not once per poll', async () => {
    let status = 500;
    serveFeed(server, () => new HttpResponse(null, { status }));
    const env = environment(undefined, { random: () => 0 });
    start(env, 10);
    await tick(30_000);
    status = 502;
    await tick(30_000);
    expect(env.warnings).toEqual([`HTTP 500 from ${FEED}`, `HTTP 502 from ${FEED}`]);
  });

  it('keeps polling when a listener throws', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()), HttpResponse.text(feedText({ updated: '2026-11-24T09:41:00Z' })));
    const source = createFeedSource({ src: FEED, format: 'auto', interval: 60 }, environment());
    const failures: unknown[] = [];
    const onError = (error: unknown) => void failures.push(error);
    process.on('uncaughtException', onError);
    try {
      source.subscribe({
        reading: () => {
          throw new Error('listener bug');
        },
        error: () => undefined,
      });
      await tick(120_000);
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(requests).toHaveLength(3);
    expect(failures).toHaveLength(2);
  });
});

describe('page life', () => {
  it('sends nothing while the page is hidden, and polls at once when it shows', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const page = new FakePage();
    page.document.hidden = true;
    start(environment(page));
    await tick(600_000);
    expect(requests).toHaveLength(0);
    page.setHidden(false);
    await tick();
    expect(requests).toHaveLength(1);
  });

  it('stops when the page hides, and on showing polls at once only if the data is older than the interval', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const at = timed(requests);
    const page = new FakePage();
    start(environment(page));
    await tick(30_000);
    page.setHidden(true);
    await tick(20_000);
    page.setHidden(false);
    await tick();
    expect(at()).toEqual([0]);
    await tick(10_000);
    expect(at()).toEqual([0, 60]);
    page.setHidden(true);
    await tick(600_000);
    expect(at()).toEqual([0, 60]);
    page.setHidden(false);
    await tick();
    expect(at()).toEqual([0, 60, 660]);
  });

  it('sends nothing while offline, and polls at once when back online', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const at = timed(requests);
    const page = new FakePage();
    start(environment(page));
    await tick();
    page.setOnline(false);
    await tick(300_000);
    expect(at()).toEqual([0]);
    page.setOnline(true);
    await tick();
    expect(at()).toEqual([0, 300]);
  });

  it('polls on pageshow from the back/forward cache when the data is stale, and not on a plain pageshow', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const page = new FakePage();
    const { unsubscribe } = start(environment(page));
    await tick();
    vi.setSystemTime(START + 120_000); // a frozen page runs no timers
    page.show(false);
    await tick();
    expect(requests).toHaveLength(1);
    page.show(true);
    await tick();
    expect(requests).toHaveLength(2);
    unsubscribe();
  });

  it('never listens for unload', async () => {
    serveFeed(server, HttpResponse.text(feedText()));
    const page = new FakePage();
    const types: string[] = [];
    for (const target of [page.window, page.document]) {
      const add = target.addEventListener.bind(target);
      target.addEventListener = (type: string, ...rest: [EventListenerOrEventListenerObject | null]) => {
        types.push(type);
        add(type, ...rest);
      };
    }
    start(environment(page));
    await tick();
    expect(types.sort()).toEqual(['online', 'pageshow', 'visibilitychange']);
  });

  it('aborts the request in flight when a new poll starts, and drops its late result', async () => {
    const page = new FakePage();
    const signals: AbortSignal[] = [];
    let answerLate: (response: Response) => void = () => undefined;
    const late = new Promise<Response>((resolve) => (answerLate = resolve));
    const replies = [late, Promise.resolve(new Response(feedText({ updated: '2026-11-24T09:41:00Z' })))];
    // This fetch ignores aborts, as a slow network can: the stale answer still arrives.
    const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
      signals.push(init!.signal!);
      return replies[signals.length - 1]!;
    };
    const { recorder } = start(environment(page, { fetch }));
    await tick(5000);
    page.setOnline(true);
    await tick();
    expect(signals).toHaveLength(2);
    expect(signals[0]?.aborted).toBe(true);
    answerLate(new Response(feedText()));
    await tick();
    expect(recorder.readings.map((reading) => Date.parse((reading.doc as { updated_at: string }).updated_at))).toEqual([
      Date.parse('2026-11-24T09:41:00Z'),
    ]);
    expect(recorder.errors).toEqual([]);
  });
});
