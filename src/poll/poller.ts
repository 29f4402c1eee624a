import { parseFeed, type FeedFormat } from '../feed/parse.js';
import { FeedError, type FeedErrorDetail } from '../feed/errors.js';
import type { FeedProblem, StatusModel } from '../feed/model.js';
import { fetchFeed, type FetchEnvironment } from './fetch-feed.js';
import { pageStorage, type KeyValueStorage } from '../storage.js';
import { afterFailure, afterSuccess, MAX_FEED_INTERVAL_S, pollIntervalMs, wakeAt, type Schedule } from './timing.js';

export interface PollOptions {
  src: string;
  format: FeedFormat;
  /** Base interval, seconds (clamped to at least MIN_INTERVAL_S). */
  interval: number;
}

/** One good result, as every subscriber receives it. */
export interface FeedSnapshot {
  model: StatusModel;
  /** Items dropped from an otherwise valid document. */
  problems: FeedProblem[];
  /** Local epoch ms at which the response arrived. */
  receivedAt: number;
  /** Server clock minus local clock, ms; add it to Date.now() for the feed's "now". */
  clockOffset: number;
}

export interface FeedListener {
  snapshot(snapshot: FeedSnapshot): void;
  error(detail: FeedErrorDetail): void;
}

/** What the element's controller needs from a feed source; the engine behind it may change. */
export interface FeedSource {
  subscribe(listener: FeedListener): () => void;
}

type LockGrant = () => Promise<void>;
type Channel = Pick<BroadcastChannel, 'postMessage' | 'close' | 'onmessage'>;

/** Everything the engine touches in the page, injected so that tests can fake it. */
export interface PollerEnvironment extends FetchEnvironment {
  random: () => number;
  warn: (message: string) => void;
  /** `hidden` and `visibilitychange`; absent outside a browser. */
  document?: EventTarget & { readonly hidden: boolean };
  /** `online` and `pageshow`. */
  window?: EventTarget;
  navigator?: {
    readonly onLine?: boolean;
    readonly locks?: { request(name: string, options: { signal: AbortSignal }, grant: LockGrant): Promise<unknown> };
  };
  BroadcastChannel?: new (name: string) => Channel;
  /** Carries the last good state across page loads; absent or throwing means none is kept. */
  storage?: KeyValueStorage;
}

export const browserEnvironment = (): PollerEnvironment => ({
  fetch: (...args) => globalThis.fetch(...args),
  now: () => Date.now(),
  random: () => Math.random(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
  warn: (message) => console.warn(`[status-banner] ${message}`),
  document: globalThis.document,
  window: globalThis.window,
  navigator: globalThis.navigator,
  BroadcastChannel: globalThis.BroadcastChannel,
  storage: pageStorage(),
});

/** What the polling tab shares after each attempt, and answers to a tab that says hello. */
interface SharedState extends Schedule {
  /** The last good body, when it arrived and the clock offset it carried. */
  text?: string;
  receivedAt?: number;
  clockOffset?: number;
  /** Set while the last attempt failed. */
  error?: FeedErrorDetail;
}

const HELLO = 'hello';
/** A state kept from an earlier page load is shown only while this young; the feed may ask for up to 15 min. */
const MAX_RESTORED_AGE_MS = MAX_FEED_INTERVAL_S * 1000;

/** A stored state, checked: storage is shared with every script of the origin and may hold anything. */
function restorable(value: unknown, now: number): SharedState | undefined {
  const state = value as Partial<SharedState> | null;
  if (typeof state !== 'object' || state === null || typeof state.text !== 'string') return undefined;
  const { checkedAt, failures, receivedAt, clockOffset } = state;
  if (![checkedAt, failures, receivedAt, clockOffset].every(Number.isFinite)) return undefined;
  if (now - (receivedAt ?? 0) > MAX_RESTORED_AGE_MS) return undefined;
  // JSON has no Infinity: a stopped feed (poll_interval 0) comes back as null.
  return { ...state, nextAt: typeof state.nextAt === 'number' ? state.nextAt : Infinity, error: undefined } as SharedState;
}
/** setTimeout fires at once past 2^31 - 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Polls one feed for every listener in this page. Across tabs of one browser, the visible tabs
 * elect one leader per `src` with a Web Lock; it polls and shares each outcome over a
 * BroadcastChannel. A hidden tab lets go of both, so that all tabs hidden means no requests and a
 * page in the back/forward cache holds nothing open; on becoming visible it says hello and the
 * leader answers with the latest state. Where either API is missing or throws, the tab polls alone.
 */
export function createFeedSource(options: PollOptions, env: PollerEnvironment = browserEnvironment()): FeedSource {
  const { src, format } = options;
  // The lock's and the channel's name. Change it when SharedState changes: tabs still running the
  // previous version then poll on their own instead of misreading each other's messages.
  const name = `status-banner:${src}`;
  const listeners = new Set<FeedListener>();
  let snapshot: FeedSnapshot | undefined;
  let lastText: string | undefined;
  let lastError: FeedErrorDetail | undefined;
  let lastWarning = '';
  let schedule: Schedule = { checkedAt: 0, failures: 0, nextAt: 0 };
  let timer: unknown;
  let inFlight: AbortController | undefined;
  let awake = false;
  let leading = false;
  const locks = env.navigator?.locks;
  const OpenChannel = env.BroadcastChannel;
  /** Set once Web Locks or BroadcastChannel has thrown here: from then on this tab polls on its own. */
  let alone = false;
  let channel: Channel | undefined;
  let lockRequest: AbortController | undefined;
  let releaseLock: (() => void) | undefined;

  const storageKey = `${name}:last`;
  const interval = () => pollIntervalMs(options.interval, snapshot?.model.pollInterval);
  const shared = (): SharedState => ({
    ...schedule,
    text: lastText,
    receivedAt: snapshot?.receivedAt,
    clockOffset: snapshot?.clockOffset,
    error: lastError,
  });

  /** Listeners run in their own microtasks: a throwing listener never disturbs the engine. */
  function emit(deliver: (listener: FeedListener) => void): void {
    for (const listener of listeners) queueMicrotask(() => deliver(listener));
  }

  /** One warning per distinct failure, not one per poll. */
  function warn(message: string): void {
    if (message !== lastWarning) env.warn((lastWarning = message));
  }

  function report(detail: FeedErrorDetail): void {
    warn(detail.message);
    emit((listener) => listener.error(detail));
  }

  /** Records how an attempt ended, here or in the leading tab. */
  function settle(error?: FeedErrorDetail): void {
    if (!error) lastWarning = '';
    // Every tab hears every answer to a hello: an error already reported is not reported again.
    else if (error.retryAt !== lastError?.retryAt) report(error);
    lastError = error;
  }

  /** Parses a body and shows it; an identical body changes nothing. Throws FeedError when the document is rejected. */
  function accept(text: string, receivedAt: number, clockOffset: number): void {
    if (text === lastText) return;
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      throw new FeedError('parse', `${src} is not valid JSON`);
    }
    const { model, problems } = parseFeed(doc, format);
    const current: FeedSnapshot = { model, problems, receivedAt, clockOffset };
    lastText = text;
    snapshot = current;
    for (const problem of problems) warn(`dropped ${problem.path}: ${problem.message}`);
    emit((listener) => listener.snapshot(current));
  }

  function arm(at: number): void {
    env.clearTimeout(timer);
    timer = leading && at < Infinity ? env.setTimeout(() => void poll(), Math.min(Math.max(at - env.now(), 0), MAX_TIMER_MS)) : undefined;
  }

  /** A request in flight re-arms the timer when it settles. */
  function wake(): void {
    if (!inFlight) arm(wakeAt(schedule, interval(), env.now()));
  }

  async function poll(): Promise<void> {
    if (env.navigator?.onLine === false) return;
    const controller = (inFlight = new AbortController());
    try {
      const body = await fetchFeed(src, controller, env);
      if (inFlight !== controller) return;
      if (body) accept(body.text, env.now(), body.clockOffset);
      schedule = afterSuccess(env.now(), interval(), env.random);
      settle();
    } catch (error) {
      if (inFlight !== controller) return;
      const { kind, message, retryAfterMs } = error as FeedError;
      schedule = afterFailure(schedule, env.now(), interval(), env.random, retryAfterMs);
      settle({ kind, message, retryAt: schedule.nextAt });
    }
    inFlight = undefined;
    const state = shared();
    channel?.postMessage(state);
    persist(state);
    arm(schedule.nextAt);
  }

  /**
   * The next page load (a multi-page app navigating, a reload) shows this state at once and polls
   * only when it is due, instead of fetching on every load and drawing the banner a round trip late.
   */
  function persist(state: SharedState): void {
    try {
      env.storage?.setItem(storageKey, JSON.stringify({ ...state, error: undefined }));
    } catch {
      // Storage full or denied: every load then fetches, as without storage.
    }
  }

  function restore(): void {
    let state: SharedState | undefined;
    try {
      state = restorable(JSON.parse(env.storage?.getItem(storageKey) ?? 'null'), env.now());
    } catch {
      return;
    }
    if (state) receive(state);
  }

  /** Drops the request in flight: its result, if it still comes, is stale. */
  function cancel(): void {
    inFlight?.abort();
    inFlight = undefined;
  }

  function receive(state: SharedState): void {
    const { checkedAt, failures, nextAt, text, receivedAt = 0, clockOffset = 0, error } = state;
    schedule = { checkedAt, failures, nextAt };
    try {
      if (text !== undefined) accept(text, receivedAt, clockOffset);
    } catch (rejected) {
      const { kind, message } = rejected as FeedError;
      report({ kind, message, retryAt: nextAt });
    }
    settle(error);
    wake();
  }

  function lead(): void {
    leading = true;
    wake();
  }

  function connect(): void {
    if (locks && OpenChannel && !alone) {
      try {
        const request = (lockRequest = new AbortController());
        channel = new OpenChannel(name);
        channel.onmessage = ({ data }: MessageEvent<typeof HELLO | SharedState>) => {
          if (data !== HELLO) receive(data);
          else if (leading) channel?.postMessage(shared());
        };
        channel.postMessage(HELLO);
        locks
          .request(name, { signal: request.signal }, async () => {
            if (request.signal.aborted) return;
            lead();
            await new Promise<void>((resolve) => (releaseLock = resolve));
          })
          .catch(() => request.signal.aborted || goAlone());
        return;
      } catch {
        disconnect();
        alone = true;
      }
    }
    lead();
  }

  function goAlone(): void {
    disconnect();
    alone = true;
    connect();
  }

  function disconnect(): void {
    lockRequest?.abort();
    releaseLock?.();
    channel?.close();
    lockRequest = releaseLock = channel = undefined;
    leading = false;
  }

  /** Connects while someone listens and the page is visible; polls when due. */
  function update(): void {
    const shouldWake = listeners.size > 0 && !env.document?.hidden;
    if (shouldWake !== awake) {
      awake = shouldWake;
      if (awake) connect();
      else disconnect();
    }
    wake();
  }

  /** A request still in flight when the network comes back is probably dead: start over. */
  function online(): void {
    cancel();
    update();
  }

  function restored(event: Event): void {
    if ((event as PageTransitionEvent).persisted) update();
  }

  function listen(method: 'addEventListener' | 'removeEventListener'): void {
    env.document?.[method]('visibilitychange', update);
    env.window?.[method]('online', online);
    env.window?.[method]('pageshow', restored);
  }

  restore();

  return {
    subscribe(listener) {
      if (!listeners.size) listen('addEventListener');
      listeners.add(listener);
      const current = snapshot;
      if (current) queueMicrotask(() => listener.snapshot(current));
      update();
      return () => {
        if (!listeners.delete(listener) || listeners.size) return;
        listen('removeEventListener');
        cancel();
        update();
      };
    },
  };
}
