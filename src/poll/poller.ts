import { parseFeed, type FeedFormat } from '../feed/adapters/detect.js';
import { FeedError, type FeedErrorDetail } from '../feed/errors.js';
import type { FeedProblem, StatusModel } from '../feed/model.js';

export const MIN_INTERVAL_S = 10;

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

export interface PollerEnvironment {
  fetch: typeof fetch;
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  warn: (message: string) => void;
}

export const browserEnvironment = (): PollerEnvironment => ({
  fetch: (...args) => globalThis.fetch(...args),
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  warn: (message) => console.warn(`[status-banner] ${message}`),
});

export function clampInterval(seconds: number): number {
  return Math.max(MIN_INTERVAL_S, Number.isFinite(seconds) ? seconds : 60);
}

/** Fetches and parses one feed on a timer; shares each result with every listener. */
export class Poller implements FeedSource {
  private readonly listeners = new Set<FeedListener>();
  private timer: unknown;
  private last: FeedSnapshot | undefined;
  private lastWarning = '';

  constructor(
    private readonly options: PollOptions,
    private readonly env: PollerEnvironment = browserEnvironment(),
  ) {}

  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener);
    if (this.last) listener.snapshot(this.last);
    if (this.listeners.size === 1) void this.poll();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  private stop(): void {
    this.env.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.stop();
    if (this.listeners.size === 0) return;
    this.timer = this.env.setTimeout(() => void this.poll(), clampInterval(this.options.interval) * 1000);
  }

  private async poll(): Promise<void> {
    try {
      const response = await this.env.fetch(this.options.src, { cache: 'no-cache', credentials: 'omit' });
      if (!response.ok) throw new FeedError('http', `HTTP ${response.status} from ${this.options.src}`, response.status);
      let doc: unknown;
      try {
        doc = JSON.parse(await response.text());
      } catch {
        throw new FeedError('parse', `${this.options.src} is not valid JSON`);
      }
      const { model, problems } = parseFeed(doc, this.options.format);
      this.last = { model, problems, receivedAt: this.env.now(), clockOffset: 0 };
      this.lastWarning = '';
      for (const problem of problems) this.warn(`dropped ${problem.path}: ${problem.message}`);
      for (const listener of this.listeners) listener.snapshot(this.last);
    } catch (cause) {
      const error = cause instanceof FeedError ? cause : new FeedError('network', `cannot reach ${this.options.src}`);
      const detail: FeedErrorDetail = {
        kind: error.kind,
        message: error.message,
        retryAt: this.env.now() + clampInterval(this.options.interval) * 1000,
      };
      this.warn(error.message);
      for (const listener of this.listeners) listener.error(detail);
    }
    this.schedule();
  }

  /** One warning per distinct failure, not one per poll. */
  private warn(message: string): void {
    if (message === this.lastWarning) return;
    this.lastWarning = message;
    this.env.warn(message);
  }
}
