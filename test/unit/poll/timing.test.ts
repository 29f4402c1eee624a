import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  afterSuccess,
  clampInterval,
  clockOffsetMs,
  MAX_BACKOFF_MS,
  pollIntervalMs,
  retryAfterMs,
  wakeAt,
  type Schedule,
} from '../../../src/poll/timing.js';

const NOW = Date.parse('2026-11-24T09:40:00Z');
const constant = (value: number) => () => value;
const healthy: Schedule = { checkedAt: NOW, failures: 0, nextAt: NOW + 60_000 };

describe('interval in force', () => {
  it('clamps the element interval to at least 10 s and reads garbage as the default', () => {
    expect(clampInterval(3)).toBe(10);
    expect(clampInterval(45)).toBe(45);
    expect(clampInterval(Number.NaN)).toBe(60);
  });

  it("lets the feed's poll_interval win, within 10 s – 15 min", () => {
    expect(pollIntervalMs(60)).toBe(60_000);
    expect(pollIntervalMs(60, 30)).toBe(30_000);
    expect(pollIntervalMs(60, 5)).toBe(10_000);
    expect(pollIntervalMs(60, 3600)).toBe(900_000);
  });

  it('stops polling on poll_interval 0, the kill switch', () => {
    expect(pollIntervalMs(60, 0)).toBe(Infinity);
  });
});

describe('after a success', () => {
  it('schedules the next poll within ±20% of the interval', () => {
    expect(afterSuccess(NOW, 60_000, constant(0))).toEqual({ checkedAt: NOW, failures: 0, nextAt: NOW + 48_000 });
    expect(afterSuccess(NOW, 60_000, constant(0.5)).nextAt).toBe(NOW + 60_000);
    expect(afterSuccess(NOW, 60_000, constant(0.999_999)).nextAt).toBeCloseTo(NOW + 72_000, -1);
  });

  it('never schedules once the feed stopped polling', () => {
    expect(afterSuccess(NOW, Infinity, constant(0.5)).nextAt).toBe(Infinity);
  });
});

describe('after a failure', () => {
  const failing = (failures: number): Schedule => ({ ...healthy, failures });

  it('counts the failure and keeps the time of the last success', () => {
    expect(afterFailure(healthy, NOW + 5000, 10_000, constant(0))).toEqual({ checkedAt: NOW, failures: 1, nextAt: NOW + 15_000 });
  });

  it('backs off between the interval and interval × 2^failures (full jitter)', () => {
    expect(afterFailure(failing(0), NOW, 10_000, constant(0)).nextAt - NOW).toBe(10_000);
    expect(afterFailure(failing(0), NOW, 10_000, constant(1)).nextAt - NOW).toBe(20_000);
    expect(afterFailure(failing(2), NOW, 10_000, constant(1)).nextAt - NOW).toBe(80_000);
    expect(afterFailure(failing(2), NOW, 10_000, constant(0.5)).nextAt - NOW).toBe(45_000);
  });

  it('never waits more than 10 minutes, however many failures', () => {
    expect(afterFailure(failing(30), NOW, 10_000, constant(1)).nextAt - NOW).toBe(MAX_BACKOFF_MS);
    expect(afterFailure(failing(30), NOW, 60_000, constant(0)).nextAt - NOW).toBe(60_000);
  });

  it('never polls a failing host more often than the interval, even one longer than the cap', () => {
    expect(afterFailure(failing(3), NOW, 900_000, constant(1)).nextAt - NOW).toBe(900_000);
  });

  it('honours Retry-After as a minimum, not a maximum', () => {
    expect(afterFailure(healthy, NOW, 10_000, constant(0), 120_000).nextAt - NOW).toBe(120_000);
    expect(afterFailure(failing(4), NOW, 10_000, constant(1), 1000).nextAt - NOW).toBe(320_000);
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

describe('waking up (visible, online, restored, new leader)', () => {
  it('polls at once when the data is older than the interval', () => {
    expect(wakeAt(healthy, 60_000, NOW + 60_000)).toBe(NOW + 60_000);
    expect(wakeAt({ checkedAt: 0, failures: 0, nextAt: 0 }, 60_000, NOW)).toBe(NOW);
  });

  it('keeps the schedule when the data is fresh', () => {
    expect(wakeAt(healthy, 60_000, NOW + 59_999)).toBe(NOW + 60_000);
  });

  it('keeps a backoff in progress', () => {
    expect(wakeAt({ checkedAt: 0, failures: 2, nextAt: NOW + 90_000 }, 60_000, NOW)).toBe(NOW + 90_000);
  });

  it('never polls again once the feed stopped polling', () => {
    expect(wakeAt({ checkedAt: NOW, failures: 0, nextAt: Infinity }, Infinity, NOW + 86_400_000)).toBe(Infinity);
  });
});

describe('Retry-After', () => {
  it('reads delta-seconds', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs('0', NOW)).toBe(0);
  });

  it('reads an HTTP date, relative to now', () => {
    expect(retryAfterMs('Tue, 24 Nov 2026 09:45:00 GMT', NOW)).toBe(300_000);
    expect(retryAfterMs('Tue, 24 Nov 2026 09:00:00 GMT', NOW)).toBe(0);
  });

  it('ignores an absent or unreadable value', () => {
    expect(retryAfterMs(null, NOW)).toBeUndefined();
    expect(retryAfterMs('soon', NOW)).toBeUndefined();
  });
});

describe('clock offset', () => {
  it('is the server Date minus the local clock', () => {
    expect(clockOffsetMs('Tue, 24 Nov 2026 09:45:00 GMT', null, NOW)).toBe(300_000);
    expect(clockOffsetMs('Tue, 24 Nov 2026 09:39:50 GMT', null, NOW)).toBe(-10_000);
  });

  it('is 0 when a cache answered (Age present), since its Date is the copy time', () => {
    expect(clockOffsetMs('Tue, 24 Nov 2026 09:45:00 GMT', '30', NOW)).toBe(0);
  });

  it('is 0 when Date is not readable (cross-origin without Access-Control-Expose-Headers) or not a date', () => {
    expect(clockOffsetMs(null, null, NOW)).toBe(0);
    expect(clockOffsetMs('yesterday', null, NOW)).toBe(0);
  });

  it('ignores differences within the header resolution and latency', () => {
    expect(clockOffsetMs('Tue, 24 Nov 2026 09:39:59 GMT', null, NOW + 800)).toBe(0);
  });
});
