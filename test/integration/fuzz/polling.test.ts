/**
 * The polling rule as a property: whatever the responses (status, Retry-After, Date, body), the
 * stored state of an earlier load (sound, malformed, dated in the future) and the jumps of the
 * device clock, a visible page asks the feed again within 15 minutes, unless the feed's own
 * `poll_interval: 0` stopped it. No exception escapes. Runs, seeds and time budgets: ./budget.js.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFeedSource } from '../../../src/poll/feed-source.js';
import { MAX_WAIT_MS } from '../../../src/poll/timing.js';
import type { KeyValueStorage } from '../../../src/storage.js';
import { environment, FEED, Recorder } from '../../unit/poll/fakes.js';
import { fuzzBudget, runs } from './budget.js';

/** 20 s (./budget.js): a case plays up to a dozen polls through fake timers. */
const fuzz = fuzzBudget(20_000);
const BASE = Date.parse('2026-11-24T09:40:00Z');
const DAY = 86_400_000;

const httpDate = (ms: number) => new Date(ms).toUTCString();
const header = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('0', '5', '120', '86400', '99999999', 'garbage 2030', '-1', '1.5', 'Thu, 01 Jan 1970 00:00:00 GMT'),
  fc.integer({ min: -400 * DAY, max: 400 * DAY }).map((offset) => httpDate(BASE + offset)),
  fc.string(),
);
const body = fc.oneof(
  fc
    .record({ pollInterval: fc.constantFrom(undefined, 0, 5, 30, 900, 100_000, -3) })
    .map(({ pollInterval }) => JSON.stringify({ version: 1, poll_interval: pollInterval, incidents: [] })),
  fc.constantFrom('{', '<html>', '[]', '{"version": 2}', ''),
);
const response = fc.record({
  status: fc.constantFrom(200, 200, 200, 304, 429, 503, 500, 404),
  retryAfter: header,
  date: header,
  body,
});
const stored = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('{', 'null', '42', '{"checkedAt":"x"}'),
  fc
    .record({
      checkedAt: fc.integer({ min: -30 * DAY, max: 30 * DAY }),
      nextAt: fc.oneof(fc.integer({ min: -30 * DAY, max: 400 * DAY }), fc.constant(null)),
      receivedAt: fc.integer({ min: -30 * DAY, max: 30 * DAY }),
      failures: fc.integer({ min: 0, max: 40 }),
      clockOffset: fc.integer({ min: -2 * DAY, max: 2 * DAY }),
    })
    .map((state) =>
      JSON.stringify({
        ...state,
        checkedAt: BASE + state.checkedAt,
        nextAt: state.nextAt === null ? null : BASE + state.nextAt,
        receivedAt: BASE + state.receivedAt,
        text: JSON.stringify({ version: 1, incidents: [] }),
      }),
    ),
);

function memoryStorage(value: string | undefined): KeyValueStorage {
  const data = new Map<string, string>(value === undefined ? [] : [[`status-banner@2:${FEED}:last`, value]]);
  return { getItem: (key) => data.get(key) ?? null, setItem: (key, text) => void data.set(key, text) };
}

interface Reply {
  status: number;
  retryAfter: string | undefined;
  date: string | undefined;
  body: string;
}

function reply({ status, retryAfter, date, body: text }: Reply): Response {
  const headers = new Headers();
  if (retryAfter !== undefined) headers.set('Retry-After', retryAfter);
  if (date !== undefined) headers.set('Date', date);
  return new Response(status === 304 ? null : text, { status, headers });
}

beforeEach(() => vi.useFakeTimers({ now: BASE }));
afterEach(() => vi.useRealTimers());

describe('a visible page asks again within 15 minutes', () => {
  it(
    `whatever the headers, bodies, stored state and clock jumps (${runs(150)} cases planned)`,
    async () => {
      await fuzz.assert(
        fc.asyncProperty(
          fc.array(response, { minLength: 1, maxLength: 6 }),
          stored,
          fc.integer({ min: -10, max: 10_000 }),
          fc.array(fc.integer({ min: -2 * DAY, max: 2 * DAY }), { minLength: 6, maxLength: 6 }),
          fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
          async (responses, storedState, interval, jumps, random) => {
            vi.setSystemTime(BASE);
            let served = 0;
            // Set by the feed's own kill switch, poll_interval 0, once a body carrying it is read.
            const feed = { stopped: false };
            const fetch = vi.fn((): Promise<Response> => {
              const next = responses[Math.min(served, responses.length - 1)]!;
              served += 1;
              return Promise.resolve(reply(next));
            });
            const recorder = new Recorder();
            const env = environment(undefined, {
              fetch,
              storage: memoryStorage(storedState),
              random: () => random,
            });
            const unsubscribe = createFeedSource({ src: FEED, format: 'auto', interval }, env).subscribe({
              reading: (reading) => {
                recorder.reading(reading);
                feed.stopped = (reading.doc as { poll_interval?: unknown }).poll_interval === 0;
              },
              error: recorder.error,
            });
            try {
              for (const jump of jumps) {
                const before = fetch.mock.calls.length;
                await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
                if (!feed.stopped) expect(fetch.mock.calls.length, 'requests within 15 minutes').toBeGreaterThan(before);
                vi.setSystemTime(Date.now() + jump);
              }
            } finally {
              unsubscribe();
              vi.clearAllTimers();
            }
          },
        ),
        150,
      );
    },
    fuzz.timeout,
  );
});
