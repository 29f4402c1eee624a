import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FeedError } from '../../../src/feed/errors.js';
import { MAX_FEED_BYTES } from '../../../src/feed/limits.js';
import { fetchFeed, TIMEOUT_MS } from '../../../src/poll/fetch-feed.js';
import { environment, FEED, feedText, serveFeed } from './fakes.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-24T09:40:00Z') }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const fetchOnce = (controller = new AbortController()) => fetchFeed(FEED, controller, environment());

async function failure(pending: Promise<unknown>): Promise<FeedError> {
  const error = await pending.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof FeedError)) throw new Error(`expected a FeedError, got ${String(error)}`);
  return error;
}

/** A body that produces `chunks` chunks of 64 KiB, recording how many were pulled and whether it was cancelled. */
const CHUNK_BYTES = 64 * 1024;

function chunkedBody(chunks: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled += 1;
      if (state.pulled > chunks) controller.close();
      else controller.enqueue(new Uint8Array(CHUNK_BYTES).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('the request', () => {
  it('revalidates through the HTTP cache, sends no cookies and no custom header (no CORS preflight)', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    await fetchOnce();
    const [request] = requests;
    expect(request?.cache).toBe('no-cache');
    expect(request?.credentials).toBe('omit');
    expect([...(request?.headers.keys() ?? [])]).toEqual([]);
  });

  it('returns the body text', async () => {
    serveFeed(server, HttpResponse.text(feedText()));
    expect((await fetchOnce())?.text).toBe(feedText());
  });

  it('returns nothing for a 304, the unchanged feed', async () => {
    serveFeed(server, new HttpResponse(null, { status: 304 }));
    expect(await fetchOnce()).toBeUndefined();
  });

  it('bypasses the HTTP cache when asked to reload', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    await fetchFeed(FEED, new AbortController(), environment(), { reload: true });
    expect(requests[0]?.cache).toBe('reload');
  });
});

describe('redirects', () => {
  const ELSEWHERE = 'https://elsewhere.example/x.json';
  beforeEach(() => {
    server.use(
      http.get(FEED, () => HttpResponse.redirect(ELSEWHERE, 302)),
      http.get(ELSEWHERE, () => HttpResponse.text(feedText())),
    );
  });

  it('refuses a final URL on another origin when the feed must stay on its origin', async () => {
    const error = await failure(fetchFeed(FEED, new AbortController(), environment(), { sameOrigin: true }));
    expect(error).toMatchObject({ kind: 'network', message: `${FEED} redirected to another origin (${ELSEWHERE})` });
  });

  it('follows it otherwise (an element whose src its page owner wrote)', async () => {
    expect((await fetchOnce())?.text).toBe(feedText());
  });

  it('follows a redirect within the origin', async () => {
    server.use(
      http.get(FEED, () => HttpResponse.redirect(`${new URL(FEED).origin}/moved.json`, 302)),
      http.get(`${new URL(FEED).origin}/moved.json`, () => HttpResponse.text(feedText())),
    );
    expect((await fetchFeed(FEED, new AbortController(), environment(), { sameOrigin: true }))?.text).toBe(feedText());
  });
});

describe('HTTP failures', () => {
  it.each([404, 500, 502])('reports %i as kind http', async (status) => {
    serveFeed(server, new HttpResponse('nope', { status }));
    const error = await failure(fetchOnce());
    expect(error).toMatchObject({ kind: 'http', status, retryAfterMs: undefined });
    expect(error.message).toBe(`HTTP ${status} from ${FEED}`);
  });

  it.each([429, 503])('reads Retry-After in seconds on %i', async (status) => {
    serveFeed(server, new HttpResponse(null, { status, headers: { 'Retry-After': '120' } }));
    expect(await failure(fetchOnce())).toMatchObject({ kind: 'http', status, retryAfterMs: 120_000 });
  });

  it('reads Retry-After as an HTTP date', async () => {
    serveFeed(server, new HttpResponse(null, { status: 503, headers: { 'Retry-After': 'Tue, 24 Nov 2026 09:45:00 GMT' } }));
    expect(await failure(fetchOnce())).toMatchObject({ retryAfterMs: 300_000 });
  });

  it('ignores Retry-After on other statuses', async () => {
    serveFeed(server, new HttpResponse(null, { status: 500, headers: { 'Retry-After': '120' } }));
    expect(await failure(fetchOnce())).toMatchObject({ retryAfterMs: undefined });
  });

  it('reports a network error as kind network', async () => {
    serveFeed(server, () => HttpResponse.error());
    expect(await failure(fetchOnce())).toMatchObject({ kind: 'network', message: `cannot reach ${FEED}` });
  });
});

describe('limits', () => {
  it(`gives up after ${TIMEOUT_MS / 1000} s`, async () => {
    server.use(http.get(FEED, async () => delay('infinite')));
    const pending = failure(fetchOnce());
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
    const early = await Promise.race([pending, Promise.resolve('pending')]);
    expect(early).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ kind: 'timeout' });
  });

  it('also times out a body that stalls', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"version":'));
      },
    });
    serveFeed(server, () => new HttpResponse(stalled));
    const pending = failure(fetchOnce());
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
    expect(await pending).toMatchObject({ kind: 'timeout' });
  });

  it('rejects a declared Content-Length over 1 MiB, whatever the body', async () => {
    serveFeed(server, HttpResponse.text(feedText(), { headers: { 'Content-Length': String(MAX_FEED_BYTES + 1) } }));
    expect(await failure(fetchOnce())).toMatchObject({ kind: 'too-large' });
  });

  it('stops reading a body without Content-Length once it passes 1 MiB', async () => {
    const { stream, state } = chunkedBody(100);
    serveFeed(server, () => new HttpResponse(stream));
    expect(await failure(fetchOnce())).toMatchObject({ kind: 'too-large', message: `${FEED} is larger than 1024 KiB` });
    // 16 chunks of 64 KiB fill the cap: the 17th is over it, and a few more may be in the pipe.
    expect(state.pulled).toBeLessThan(MAX_FEED_BYTES / CHUNK_BYTES + 4);
  });

  it('accepts a body of exactly 1 MiB', async () => {
    const { stream } = chunkedBody(MAX_FEED_BYTES / CHUNK_BYTES);
    serveFeed(server, () => new HttpResponse(stream));
    expect((await fetchOnce())?.text.length).toBe(MAX_FEED_BYTES);
  });

  it('is aborted by its controller, with no result', async () => {
    server.use(http.get(FEED, async () => delay('infinite')));
    const controller = new AbortController();
    const pending = failure(fetchOnce(controller));
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'network' });
  });
});

describe('clock offset', () => {
  it('comes from Date when no cache answered', async () => {
    serveFeed(server, HttpResponse.text(feedText(), { headers: { Date: 'Tue, 24 Nov 2026 09:42:00 GMT' } }));
    expect((await fetchOnce())?.clockOffset).toBe(120_000);
  });

  it('is 0 when Age says a cache answered', async () => {
    serveFeed(server, HttpResponse.text(feedText(), { headers: { Date: 'Tue, 24 Nov 2026 09:42:00 GMT', Age: '12' } }));
    expect((await fetchOnce())?.clockOffset).toBe(0);
  });

  it('is 0 without a readable Date', async () => {
    serveFeed(server, HttpResponse.text(feedText()));
    expect((await fetchOnce())?.clockOffset).toBe(0);
  });
});
