/**
 * The polling engine's decisions, as plain functions of time: when to poll next, how to back
 * off, what a Retry-After or a Date header means. No timers, no I/O.
 *
 * One rule bounds them all: a visible banner never goes more than MAX_WAIT_MS without asking,
 * whatever a header, a stored schedule or another tab says. Only the feed's `poll_interval: 0`
 * (the operator's kill switch) stops polling.
 */

import { MAX_POLL_INTERVAL_S } from '../feed/limits.js';
import { ATTRIBUTE_DEFAULTS } from '../present/attributes.js';

export const MIN_INTERVAL_S = 10;
export const MAX_BACKOFF_MS = 600_000;
/** The longest a visible banner waits before asking again, jitter, backoff and Retry-After included. */
export const MAX_WAIT_MS = MAX_POLL_INTERVAL_S * 1000;
/**
 * Largest clock correction taken from a `Date` header. Device clocks that are wrong are wrong by
 * minutes, or by whole hours (a wrong time zone, at most 14 h off); a difference over a day is far
 * likelier a broken server clock or a replayed response, and believing it would move every ETA
 * by that much. Beyond it the local clock is used.
 */
export const MAX_CLOCK_OFFSET_MS = 86_400_000;

/** Where the polling stands; tabs share it so that a new leader keeps the rhythm and the backoff. */
export interface Schedule {
  /** Local epoch ms of the last successful check (new body, same body or 304); 0 before any. */
  checkedAt: number;
  /** Failed attempts since the last success. */
  failures: number;
  /** Local epoch ms of the next attempt; Infinity once the feed has stopped polling. */
  nextAt: number;
}

/** The element's `interval`, seconds: 10 s – 15 min, garbage read as the default. */
export function clampInterval(seconds: number): number {
  return Math.min(MAX_POLL_INTERVAL_S, Math.max(MIN_INTERVAL_S, Number.isFinite(seconds) ? seconds : ATTRIBUTE_DEFAULTS.interval));
}

/** The interval in force, ms: the feed's `poll_interval` wins over the element's; 0 is the operator's kill switch. */
export function pollIntervalMs(baseSeconds: number, feedSeconds?: number): number {
  return feedSeconds === 0 ? Infinity : clampInterval(feedSeconds ?? baseSeconds) * 1000;
}

/** A delay from now, never past the longest wait; Infinity (the kill switch) stays Infinity. */
function capped(now: number, delayMs: number): number {
  return delayMs === Infinity ? Infinity : now + Math.min(delayMs, MAX_WAIT_MS);
}

/** ±20% jitter: clients that loaded together drift apart instead of hitting the host in step. */
export function afterSuccess(now: number, intervalMs: number, random: () => number): Schedule {
  return { checkedAt: now, failures: 0, nextAt: capped(now, intervalMs * (0.8 + 0.4 * random())) };
}

/**
 * Exponential backoff with full jitter: uniform between the interval and
 * min(10 min, interval × 2^failures). The floor is the interval, so a failing host never sees
 * more traffic than a healthy one. `minimumMs` (Retry-After) is honoured as a floor, and the
 * whole is capped at MAX_WAIT_MS: a header asking for a day does not silence the banner for a day.
 */
export function afterFailure(
  { checkedAt, failures }: Schedule,
  now: number,
  intervalMs: number,
  random: () => number,
  minimumMs = 0,
): Schedule {
  const spread = Math.max(0, Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** (failures + 1)) - intervalMs);
  return { checkedAt, failures: failures + 1, nextAt: capped(now, Math.max(intervalMs + random() * spread, minimumMs)) };
}

/**
 * When to poll as the page wakes up (visible, online, restored from the back/forward cache, new
 * leader, a state from another tab or from storage): at once if the data is older than the
 * interval, or dated in the future (the clock went back); a backoff in progress is kept, but
 * never further than MAX_WAIT_MS away.
 */
export function wakeAt({ checkedAt, failures, nextAt }: Schedule, intervalMs: number, now: number): number {
  if (intervalMs === Infinity) return Infinity;
  if (checkedAt > now || (!failures && now - checkedAt >= intervalMs)) return now;
  return Math.min(nextAt, now + MAX_WAIT_MS);
}

const IMF_FIXDATE = /^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$/;

/**
 * An HTTP date in the one form RFC 9110 lets senders use, IMF-fixdate (`Sun, 06 Nov 1994 08:49:37
 * GMT`), as epoch ms; undefined for anything else. Strict on purpose: `Date.parse` alone reads
 * "garbage 2030" as a year, and rolls 31 February over into March.
 */
export function parseHttpDate(value: string | null): number | undefined {
  const ms = value !== null && IMF_FIXDATE.test(value) ? Date.parse(value) : NaN;
  // The round trip refuses impossible dates (31 Feb, 25:00, 60 s), unknown months and a wrong weekday.
  return !Number.isNaN(ms) && new Date(ms).toUTCString() === value ? ms : undefined;
}

/**
 * `Retry-After` as a delay, ms: delta-seconds or an IMF-fixdate; undefined when absent or
 * unreadable. The caller caps it (afterFailure), so a far date cannot stop polling.
 */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value !== null && /^\d{1,10}$/.test(value)) return Number(value) * 1000;
  const date = parseHttpDate(value);
  return date === undefined ? undefined : Math.max(0, date - now);
}

/**
 * Server clock minus local clock, ms, from a response's `Date` header; 0 when it is not an
 * IMF-fixdate, when a cache may have served the response (`Age`: its Date is then the cache's copy
 * time), or when it claims more than MAX_CLOCK_OFFSET_MS of difference. `Date` has one-second
 * resolution and arrives after some latency: differences under 2 s are noise.
 */
export function clockOffsetMs(date: string | null, age: string | null, now: number): number {
  const server = age === null ? parseHttpDate(date) : undefined;
  const offset = server === undefined ? 0 : server - now;
  return Math.abs(offset) >= 2000 && Math.abs(offset) <= MAX_CLOCK_OFFSET_MS ? offset : 0;
}
