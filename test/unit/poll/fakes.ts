/** Fakes of the page around the polling engine: visibility, network, Web Locks, BroadcastChannel. */
import { http, HttpResponse } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import type { FeedErrorDetail } from '../../../src/feed/errors.js';
import { browserEnvironment, type PollerEnvironment } from '../../../src/poll/environment.js';
import type { FeedReading } from '../../../src/poll/feed-source.js';

export const FEED = 'https://status.example/feed.json';

/** A valid native feed; `updated` makes bodies distinct. */
export function feedText({ updated = '2026-11-24T09:40:00Z', pollInterval }: { updated?: string; pollInterval?: number } = {}): string {
  return JSON.stringify({ version: 1, updated_at: updated, poll_interval: pollInterval, incidents: [] });
}

/** MSW and fake timers from `start`, for a whole test file: the feed server and a clock to advance. */
export function feedServerWithFakeClock(start: number) {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => vi.useFakeTimers({ now: start }));
  afterEach(() => {
    server.resetHandlers();
    vi.useRealTimers();
  });
  afterAll(() => server.close());
  return { server, tick: (ms = 0) => vi.advanceTimersByTimeAsync(ms) };
}

type Reply = Response | (() => Response | Promise<Response>);

/** Serves `replies` in turn (the last one repeats) and records every request that reached the feed. */
export function serveFeed(server: SetupServer, ...replies: Reply[]): Request[] {
  const requests: Request[] = [];
  server.use(
    http.get(FEED, async ({ request }) => {
      requests.push(request);
      const reply = replies[Math.min(requests.length, replies.length) - 1] ?? HttpResponse.text(feedText());
      return typeof reply === 'function' ? reply() : reply.clone();
    }),
  );
  return requests;
}

export class Recorder {
  readonly readings: FeedReading[] = [];
  readonly errors: FeedErrorDetail[] = [];
  reading = (reading: FeedReading) => void this.readings.push(reading);
  error = (detail: FeedErrorDetail) => void this.errors.push(detail);
}

/** One browsing context: its document, window and navigator, with the events a browser fires. */
export class FakePage {
  readonly document = Object.assign(new EventTarget(), { hidden: false });
  readonly window = new EventTarget();
  readonly navigator: { onLine: boolean; locks?: FakeLocks };

  constructor(locks?: FakeLocks) {
    this.navigator = { onLine: true, locks };
  }

  setHidden(hidden: boolean): void {
    this.document.hidden = hidden;
    this.document.dispatchEvent(new Event('visibilitychange'));
  }

  setOnline(online: boolean): void {
    this.navigator.onLine = online;
    this.window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  }

  /** `pageshow`; persisted when the page comes back from the back/forward cache. */
  show(persisted: boolean): void {
    this.window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted }));
  }
}

/** The engine's environment over the real (faked by Vitest) timers and fetch (intercepted by MSW). */
export function environment(page?: FakePage, overrides: Partial<PollerEnvironment> = {}): PollerEnvironment & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    ...browserEnvironment(),
    random: () => 0.5,
    warn: (message) => void warnings.push(message),
    document: page?.document,
    window: page?.window,
    navigator: page?.navigator,
    BroadcastChannel: page?.navigator.locks ? FakeChannel : undefined,
    ...overrides,
    warnings,
  };
}

/** Web Locks, exclusive mode: one holder per name, the others wait in order; a waiter can abort. */
export class FakeLocks {
  private readonly queues = new Map<string, (() => void)[]>();

  request(name: string, { signal }: { signal: AbortSignal }, grant: () => Promise<void>): Promise<unknown> {
    const aborted = () => new DOMException('The lock request was aborted.', 'AbortError');
    return new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(aborted());
        return;
      }
      const queue = this.queues.get(name) ?? [];
      this.queues.set(name, queue);
      const start = () => {
        signal.removeEventListener('abort', abort);
        grant()
          .then(resolve, reject)
          .finally(() => {
            queue.shift();
            queue[0]?.();
          });
      };
      const abort = () => {
        const position = queue.indexOf(start);
        if (position < 1) return;
        queue.splice(position, 1);
        reject(aborted());
      };
      signal.addEventListener('abort', abort);
      queue.push(start);
      if (queue.length === 1) queueMicrotask(start);
    });
  }

  holders(name: string): number {
    return Math.min(1, this.queues.get(name)?.length ?? 0);
  }

  waiting(name: string): number {
    return Math.max(0, (this.queues.get(name)?.length ?? 0) - 1);
  }
}

/** BroadcastChannel: every other open channel of the same name gets a structured clone, asynchronously. */
export class FakeChannel {
  static readonly open = new Set<FakeChannel>();
  static posted = 0;
  onmessage: BroadcastChannel['onmessage'] = null;

  constructor(readonly name: string) {
    FakeChannel.open.add(this);
  }

  postMessage(data: unknown): void {
    FakeChannel.posted += 1;
    for (const other of FakeChannel.open) {
      if (other === this || other.name !== this.name) continue;
      const copy: unknown = structuredClone(data);
      queueMicrotask(() => {
        if (FakeChannel.open.has(other)) other.onmessage?.call(other as never, { data: copy } as MessageEvent);
      });
    }
  }

  close(): void {
    FakeChannel.open.delete(this);
  }
}

/** A BroadcastChannel whose constructor throws, as in some sandboxed frames. */
export const ThrowingChannel = function () {
  throw new DOMException('The operation is insecure.', 'SecurityError');
} as unknown as typeof FakeChannel;
