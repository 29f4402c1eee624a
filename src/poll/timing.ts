/**
 * The polling engine's decisions, as plain functions of time: when to poll next, how to back
 * off, what a Retry-After or a Date header means. No timers, no I/O.
 */

export const MIN_INTERVAL_S = 10;
/** Longest interval a feed may ask for with `poll_interval`. */
export const MAX_FEED_INTERVAL_S = 900;
export const MAX_BACKOFF_MS = 600_000;

/** Where the polling stands; tabs share it so that a new leader keeps the rhythm and the backoff. */
export interface Schedule {
  /** Local epoch ms of the last successful check (new body, same body or 304); 0 before any. */
  checkedAt: number;
  /** Failed attempts since the last success. */
  failures: number;
  /** Local epoch ms of the next attempt; Infinity once the feed has stopped polling. */
  nextAt: number;
}

export function clampInterval(seconds: number): number {
  return Math.max(MIN_INTERVAL_S, Number.isFinite(seconds) ? seconds : 60);
}

/** The interval in force, ms: the feed's `poll_interval` wins over the element's; 0 is the operator's kill switch. */
export function pollIntervalMs(baseSeconds: number, feedSeconds?: number): number {
  if (feedSeconds === undefined) return clampInterval(baseSeconds) * 1000;
  return feedSeconds === 0 ? Infinity : Math.min(MAX_FEED_INTERVAL_S, clampInterval(feedSeconds)) * 1000;
}

/** ±20% jitter: clients that loaded together drift apart instead of hitting the host in step. */
export function afterSuccess(now: number, intervalMs: number, random: () => number): Schedule {
  return { checkedAt: now, failures: 0, nextAt: now + intervalMs * (0.8 + 0.4 * random()) };
}

/**
 * Exponential backoff with full jitter: uniform between the interval and
 * min(10 min, interval × 2^failures). The floor is the interval, so a failing host never sees
 * more traffic than a healthy one. `minimumMs` (Retry-After) is honoured as a floor.
 */
export function afterFailure(
  { checkedAt, failures }: Schedule,
  now: number,
  intervalMs: number,
  random: () => number,
  minimumMs = 0,
): Schedule {
  const spread = Math.max(0, Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** (failures + 1)) - intervalMs);
  return { checkedAt, failures: failures + 1, nextAt: now + Math.max(intervalMs + random() * spread, minimumMs) };
}

/**
 * When to poll as the page wakes up (visible, online, restored from the back/forward cache, new
 * leader): at once if the data is older than the interval; a backoff in progress is kept.
 */
export function wakeAt({ checkedAt, failures, nextAt }: Schedule, intervalMs: number, now: number): number {
  return !failures && now - checkedAt >= intervalMs ? now : nextAt;
}

/** `Retry-After` as a delay, ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const delay = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isNaN(delay) ? undefined : Math.max(0, delay);
}

/**
 * Server clock minus local clock, ms, from a response's `Date` header; 0 when it is unreadable or
 * a cache may have served the response (`Age`), since its Date is then the cache's copy time.
 * `Date` has one-second resolution and arrives after some latency: smaller differences are noise.
 */
export function clockOffsetMs(date: string | null, age: string | null, now: number): number {
  const offset = date && age === null ? Date.parse(date) - now : NaN;
  return Math.abs(offset) >= 2000 ? offset : 0;
}
