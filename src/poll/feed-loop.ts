import { FeedError, type FeedErrorDetail } from '../feed/errors.js';
import type { PollerEnvironment } from './environment.js';
import { fetchFeed } from './fetch-feed.js';
import type { SharedState } from './shared-state.js';
import { afterFailure, afterSuccess, wakeAt, type Schedule } from './timing.js';

/** setTimeout fires at once past 2^31 - 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface FeedLoopOptions {
  src: string;
  /** Refuse a final URL on another origin (the fallback page's `?src=`). */
  sameOrigin?: boolean;
  /** The interval in force now, ms (it follows the feed's `poll_interval`). */
  intervalMs(): number;
  /** Takes a new body; throws FeedError when the document is rejected, which counts as a failure. */
  accept(text: string, receivedAt: number, clockOffset: number): void;
  /** An attempt failed, here or in the leading tab; called once per distinct failure. */
  report(error: FeedErrorDetail): void;
  /** An attempt of this tab ended: what to share with the other tabs and the next page load. */
  settled(state: SharedState): void;
}

export interface FeedLoop {
  /** Whether this tab polls: it leads, and someone listens on a visible page. */
  setActive(active: boolean): void;
  /** Re-arms the timer for the state in force (the page woke, the network came back). */
  wake(): void;
  /** Drops the request in flight: its result, if it still comes, is stale. */
  cancel(): void;
  state(): SharedState;
  /** Takes a state from another tab or from storage, already checked. */
  adopt(state: SharedState): void;
}

/**
 * The fetch loop of one feed: one request at a time, the schedule after each (interval with
 * jitter, backoff with Retry-After), and the last good body. It polls only while active; an
 * inactive tab follows the leader's states through `adopt`.
 */
export function createFeedLoop(options: FeedLoopOptions, env: PollerEnvironment): FeedLoop {
  let schedule: Schedule = { checkedAt: 0, failures: 0, nextAt: 0 };
  let body: Pick<SharedState, 'text' | 'receivedAt' | 'clockOffset'> = {};
  let error: FeedErrorDetail | undefined;
  let timer: unknown;
  /** The attempt under way, if any: a result whose attempt is no longer this one is stale. */
  let attempt: object | undefined;
  let controller: AbortController | undefined;
  let active = false;

  const state = (): SharedState => ({ ...schedule, ...body, error });

  function arm(at: number): void {
    env.clearTimeout(timer);
    timer = active && at < Infinity ? env.setTimeout(() => void poll(), Math.min(Math.max(at - env.now(), 0), MAX_TIMER_MS)) : undefined;
  }

  function wake(): void {
    // A request in flight re-arms the timer when it settles.
    if (!attempt) arm(wakeAt(schedule, options.intervalMs(), env.now()));
  }

  /** Records how an attempt ended; a failure already reported (same retry time) is not reported again. */
  function settle(next?: FeedErrorDetail): void {
    if (!next) error = undefined;
    else if (next.retryAt !== error?.retryAt) options.report((error = next));
  }

  function take(text: string, receivedAt: number, clockOffset: number): void {
    if (text !== body.text) options.accept(text, receivedAt, clockOffset);
    body = { text, receivedAt, clockOffset };
  }

  async function poll(): Promise<void> {
    if (env.navigator?.onLine === false) return;
    const mine = (attempt = {});
    const { src, sameOrigin } = options;
    const request = (reload: boolean) => fetchFeed(src, (controller = new AbortController()), env, { sameOrigin, reload });
    try {
      let response = await request(false);
      // A 304 with nothing to reuse (a first load, a cleared cache) would leave nothing to show.
      if (!response && body.text === undefined && attempt === mine) {
        response = await request(true);
        if (!response) throw new FeedError('http', `HTTP 304 from ${src} with no earlier copy`);
      }
      if (attempt !== mine) return;
      if (response) take(response.text, env.now(), response.clockOffset);
      schedule = afterSuccess(env.now(), options.intervalMs(), env.random);
      settle();
    } catch (caught) {
      if (attempt !== mine) return;
      const { kind, message, retryAfterMs } = caught as FeedError;
      schedule = afterFailure(schedule, env.now(), options.intervalMs(), env.random, retryAfterMs);
      settle({ kind, message, retryAt: schedule.nextAt });
    }
    attempt = undefined;
    options.settled(state());
    arm(schedule.nextAt);
  }

  return {
    setActive(value) {
      active = value;
      wake();
    },
    wake,
    cancel() {
      controller?.abort();
      attempt = undefined;
    },
    state,
    adopt(shared) {
      const { checkedAt, failures, nextAt, text, receivedAt = 0, clockOffset = 0 } = shared;
      schedule = { checkedAt, failures, nextAt };
      try {
        if (text !== undefined) take(text, receivedAt, clockOffset);
      } catch (rejected) {
        const { kind, message } = rejected as FeedError;
        options.report({ kind, message, retryAt: nextAt });
      }
      settle(shared.error);
      wake();
    },
  };
}
