import { FeedError, type FeedErrorDetail } from '../feed/errors.js';
import type { ParseResult } from '../feed/model.js';
import { feedPollInterval, recognise, type DocumentFormat, type FeedFormat } from '../feed/triage.js';
import { browserEnvironment, PROTOCOL, type PollerEnvironment } from './environment.js';
import { createFeedLoop } from './feed-loop.js';
import { requestLeadership } from './leader-lock.js';
import { loadState, saveState } from './shared-state.js';
import { openTabChannel, type TabChannel } from './tab-channel.js';
import { pollIntervalMs } from './timing.js';

export interface PollOptions {
  src: string;
  format: FeedFormat;
  /** Base interval, seconds (clamped to 10 s – 15 min). */
  interval: number;
  /** Refuse a feed whose final URL, after redirects, is on another origin (the fallback page's `?src=`). */
  sameOrigin?: boolean;
}

/** One good body, decoded, as every subscriber receives it. Parsing it into a model is the subscriber's job. */
export interface FeedReading {
  text: string;
  /** The decoded JSON document, and its format as `recognise` read it (the subscribers parse it as that). */
  doc: unknown;
  format: DocumentFormat;
  /** The document read by the full parser, when one was installed before it arrived (see FeedParser). */
  parsed?: ParseResult;
  /** Local epoch ms at which the response arrived. */
  receivedAt: number;
  /** Server clock minus local clock, ms; add it to Date.now() for the feed's "now". */
  clockOffset: number;
}

export interface FeedListener {
  reading(reading: FeedReading): void;
  error(detail: FeedErrorDetail): void;
}

/**
 * The full reader of documents (zod and the adapters), when the code that has it is loaded. The
 * loader polls without it, checking only the shape (`recognise`); once the element chunk installs
 * it, a document the adapters reject whole is a failure like any other: reported, backed off, and
 * the last good state stays.
 */
export type FeedParser = (doc: unknown, format: FeedFormat) => ParseResult;

/** What the elements need from a feed source; the engine behind it may change. */
export interface FeedSource {
  subscribe(listener: FeedListener): () => void;
}

/**
 * Polls one feed for every listener in this page. Across tabs of one browser, the visible tabs
 * elect one leader per `src` with a Web Lock; it polls and shares each outcome over a
 * BroadcastChannel. A hidden tab lets go of both, so that all tabs hidden means no requests and a
 * page in the back/forward cache holds nothing open; on becoming visible it says hello and the
 * leader answers with the latest state. Where either API is missing or throws, the tab polls alone.
 */
export function createFeedSource(
  options: PollOptions,
  env: PollerEnvironment = browserEnvironment(),
  parser: () => FeedParser | undefined = () => undefined,
): FeedSource {
  const name = `${PROTOCOL}:${options.src}`;
  const storageKey = `${name}:last`;
  const listeners = new Set<FeedListener>();
  let reading: FeedReading | undefined;
  let lastWarning = '';
  let awake = false;
  let leading = false;
  /** Set once Web Locks or BroadcastChannel has thrown here: from then on this tab polls on its own. */
  let alone = false;
  let channel: TabChannel | undefined;
  let resign: (() => void) | undefined;

  /** Listeners run in their own microtasks: a throwing listener never disturbs the engine. */
  const emit = (deliver: (listener: FeedListener) => void) => {
    for (const listener of listeners) queueMicrotask(() => deliver(listener));
  };
  /** One warning per distinct failure, not one per poll. */
  const warn = (message: string) => {
    if (message !== lastWarning) env.warn((lastWarning = message));
  };

  const loop = createFeedLoop(
    {
      ...options,
      intervalMs: () => pollIntervalMs(options.interval, feedPollInterval(reading?.doc)),
      accept(text, receivedAt, clockOffset) {
        let doc: unknown;
        try {
          doc = JSON.parse(text);
        } catch {
          throw new FeedError('parse', `${options.src} is not valid JSON`);
        }
        const format = recognise(doc, options.format);
        const parsed = parser()?.(doc, format);
        const current = (reading = { text, doc, format, parsed, receivedAt, clockOffset });
        lastWarning = '';
        emit((listener) => listener.reading(current));
      },
      report(error) {
        warn(error.message);
        emit((listener) => listener.error(error));
      },
      settled(state) {
        channel?.share(state);
        saveState(env.storage, storageKey, state);
      },
    },
    env,
  );

  const setLeading = (value: boolean) => {
    leading = value;
    loop.setActive(value);
  };

  function connect(): void {
    const locks = env.navigator?.locks;
    if (locks && env.BroadcastChannel && !alone) {
      try {
        channel = openTabChannel(env.BroadcastChannel, name, env.now, {
          state: (state) => loop.adopt(state),
          hello: () => leading && channel?.share(loop.state()),
        });
        resign = requestLeadership(locks, name, () => setLeading(true), goAlone);
        return;
      } catch {
        disconnect();
        alone = true;
      }
    }
    setLeading(true);
  }

  function goAlone(): void {
    disconnect();
    alone = true;
    connect();
  }

  function disconnect(): void {
    resign?.();
    channel?.close();
    resign = channel = undefined;
    setLeading(false);
  }

  /** Connects while someone listens and the page is visible; polls when due. */
  function update(): void {
    const shouldWake = listeners.size > 0 && !env.document?.hidden;
    if (shouldWake !== awake) {
      awake = shouldWake;
      if (awake) connect();
      else disconnect();
    }
    loop.wake();
  }

  /** A request still in flight when the network comes back is probably dead: start over. */
  function online(): void {
    loop.cancel();
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

  const stored = loadState(env.storage, storageKey, env.now());
  if (stored) loop.adopt(stored);

  return {
    subscribe(listener) {
      if (!listeners.size) listen('addEventListener');
      listeners.add(listener);
      const current = reading;
      if (current) queueMicrotask(() => listener.reading(current));
      update();
      return () => {
        if (!listeners.delete(listener) || listeners.size) return;
        listen('removeEventListener');
        loop.cancel();
        update();
      };
    },
  };
}
