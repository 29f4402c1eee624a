import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  afterSuccess,
  clampInterval,
  clockOffsetMs,
  MAX_BACKOFF_MS,
  MAX_CLOCK_OFFSET_MS,
  MAX_WAIT_MS,
  parseHttpDate,
  pollIntervalMs,
  retryAfterMs,
  wakeAt,
  type Schedule,
} from '../../../src/poll/timing.js';

const NOW = Date.parse('2026-11-24T09:40:00Z');
const MINUTE = 60_000;
const constant = (value: number) => () => value;
const healthy: Schedule = { checkedAt: NOW, failures: 0, nextAt: NOW + 60_000 };
const failing = (failures: number): Schedule => ({ ...healthy, failures });

describe('the element interval', () => {
  it.each([
    [3, 10],
    [10, 10],
    [45, 45],
    [900, 900],
    [3600, 900],
    [Number.NaN, 60],
    [Infinity, 60],
    [-5, 10],
  ])('%s s reads as %s s (10 s – 15 min)', (given, expected) => {
    expect(clampInterval(given)).toBe(expected);
  });
});

describe('the interval in force', () => {
  it.each([
    [60, undefined, 60_000],
    [60, 30, 30_000],
    [60, 5, 10_000],
    [60, 3600, 900_000],
    [7200, undefined, 900_000],
    [60, 0, Infinity],
  ])('element %s s, feed poll_interval %s: %s ms', (element, feed, expected) => {
    expect(pollIntervalMs(element, feed)).toBe(expected);
  });
});

describe('after a success', () => {
  it.each([
    [0, 48_000],
    [0.5, 60_000],
    [0.999_999, 71_999.976],
  ])('random %s: the next poll in %s ms (±20 %% jitter)', (random, delay) => {
    expect(afterSuccess(NOW, 60_000, constant(random))).toEqual({ checkedAt: NOW, failures: 0, nextAt: NOW + delay });
  });

  it('never jitters past 15 minutes', () => {
    expect(afterSuccess(NOW, 900_000, constant(1)).nextAt - NOW).toBe(MAX_WAIT_MS);
  });

  it('never schedules once the feed stopped polling', () => {
    expect(afterSuccess(NOW, Infinity, constant(0.5)).nextAt).toBe(Infinity);
  });
});

describe('after a failure', () => {
  it('counts the failure and keeps the time of the last success', () => {
    expect(afterFailure(healthy, NOW + 5000, 10_000, constant(0))).toEqual({ checkedAt: NOW, failures: 1, nextAt: NOW + 15_000 });
  });

  it.each([
    // failures so far, interval, random, Retry-After, expected delay
    [0, 10_000, 0, 0, 10_000],
    [0, 10_000, 1, 0, 20_000],
    [2, 10_000, 1, 0, 80_000],
    [2, 10_000, 0.5, 0, 45_000],
    [30, 10_000, 1, 0, MAX_BACKOFF_MS],
    [30, 60_000, 0, 0, 60_000],
    [3, 900_000, 1, 0, 900_000],
    [0, 10_000, 0, 120_000, 120_000],
    [4, 10_000, 1, 1000, 320_000],
    [0, 10_000, 0, 86_400_000, MAX_WAIT_MS],
    [0, 900_000, 1, 0, MAX_WAIT_MS],
  ])('after %s failures, interval %s ms, random %s, Retry-After %s ms: waits %s ms', (failures, interval, random, retryAfter, delay) => {
    expect(afterFailure(failing(failures), NOW, interval, constant(random), retryAfter).nextAt - NOW).toBe(delay);
  });

  it('spreads a thundering herd over the whole window', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16_807) % 2_147_483_647) - 1) / 2_147_483_646;
    const delays = Array.from({ length: 2000 }, () => afterFailure(failing(3), NOW, 10_000, random).nextAt - NOW);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(10_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(160_000);
    expect(delays.filter((delay) => delay < 85_000).length / delays.length).toBeCloseTo(0.5, 1);
  });
});

describe('waking up (visible, online, restored, new leader, a state adopted)', () => {
  it.each([
    ['data older than the interval: at once', healthy, 60_000, NOW + 60_000, NOW + 60_000],
    [
      'data exactly one interval old: at once, before its jittered poll',
      { checkedAt: NOW, failures: 0, nextAt: NOW + 70_000 },
      60_000,
      NOW + 60_000,
      NOW + 60_000,
    ],
    ['data read this very instant: keeps the schedule', { checkedAt: NOW, failures: 0, nextAt: NOW + 50_000 }, 60_000, NOW, NOW + 50_000],
    ['nothing read yet: at once', { checkedAt: 0, failures: 0, nextAt: 0 }, 60_000, NOW, NOW],
    ['fresh data: keeps the schedule', healthy, 60_000, NOW + 59_999, NOW + 60_000],
    ['a backoff in progress is kept', { checkedAt: 0, failures: 2, nextAt: NOW + 90_000 }, 60_000, NOW, NOW + 90_000],
    ['a backoff a day away: 15 minutes at most', { checkedAt: 0, failures: 2, nextAt: NOW + 86_400_000 }, 60_000, NOW, NOW + MAX_WAIT_MS],
    [
      'a schedule from a clock that was ahead: at once',
      { checkedAt: NOW + 3_600_000, failures: 0, nextAt: NOW + 3_660_000 },
      60_000,
      NOW,
      NOW,
    ],
    ['a stopped feed: never', { checkedAt: NOW, failures: 0, nextAt: Infinity }, Infinity, NOW + 86_400_000, Infinity],
  ])('%s', (_case, schedule, interval, now, expected) => {
    expect(wakeAt(schedule, interval, now)).toBe(expected);
  });
});

describe('HTTP dates (IMF-fixdate only)', () => {
  it.each([
    ['Tue, 24 Nov 2026 09:45:00 GMT', Date.parse('2026-11-24T09:45:00Z')],
    ['Sun, 06 Nov 1994 08:49:37 GMT', Date.parse('1994-11-06T08:49:37Z')],
    ['Thu, 01 Jan 1970 00:00:00 GMT', 0],
    // Date reads and writes it, but IMF-fixdate has four-digit years.
    ['Sat, 01 Jan 10000 00:00:00 GMT', undefined],
    ['Mon, 24 Nov 2026 09:45:00 GMT', undefined],
    ['Tue, 31 Feb 2026 09:45:00 GMT', undefined],
    ['Tue, 24 Nov 2026 24:00:00 GMT', undefined],
    ['Tue, 24 Nov 2026 09:60:00 GMT', undefined],
    ['Tue, 24 Foo 2026 09:45:00 GMT', undefined],
    ['Tue, 24 Nov 2026 09:45:00 UTC', undefined],
    ['Tuesday, 24-Nov-26 09:45:00 GMT', undefined],
    ['Tue Nov 24 09:45:00 2026', undefined],
    ['garbage 2030', undefined],
    ['2026-11-24T09:45:00Z', undefined],
    [' Tue, 24 Nov 2026 09:45:00 GMT', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %s', (value, expected) => {
    expect(parseHttpDate(value)).toBe(expected);
  });
});

describe('Retry-After', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['86400', 86_400_000],
    ['Tue, 24 Nov 2026 09:45:00 GMT', 300_000],
    ['Tue, 24 Nov 2026 09:00:00 GMT', 0],
    ['garbage 2030', undefined],
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    ['99999999999', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %s ms', (value, expected) => {
    expect(retryAfterMs(value, NOW)).toBe(expected);
  });
});

describe('clock offset', () => {
  it.each([
    ['server 5 min ahead', 'Tue, 24 Nov 2026 09:45:00 GMT', null, NOW, 5 * MINUTE],
    ['server 10 s behind', 'Tue, 24 Nov 2026 09:39:50 GMT', null, NOW, -10_000],
    ['a cache answered (Age): its Date is the copy time', 'Tue, 24 Nov 2026 09:45:00 GMT', '30', NOW, 0],
    ['Date unreadable (cross-origin without Expose-Headers)', null, null, NOW, 0],
    ['Date not an IMF-fixdate', 'yesterday', null, NOW, 0],
    ['Date a loose format Date.parse would read', '2026-11-24T10:40:00Z', null, NOW, 0],
    ['within the resolution and latency of the header', 'Tue, 24 Nov 2026 09:39:59 GMT', null, NOW + 800, 0],
    ['2 s exactly is past the noise', 'Tue, 24 Nov 2026 09:40:02 GMT', null, NOW, 2000],
    ['a day ahead exactly is still believed', 'Wed, 25 Nov 2026 09:40:00 GMT', null, NOW, MAX_CLOCK_OFFSET_MS],
    ['a server clock of 1970 is not believed', 'Thu, 01 Jan 1970 00:00:00 GMT', null, NOW, 0],
    ['a server clock years ahead is not believed', 'Fri, 01 Jan 2100 00:00:00 GMT', null, NOW, 0],
  ])('%s', (_case, date, age, now, expected) => {
    expect(clockOffsetMs(date, age, now)).toBe(expected);
  });
});
