import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, type FeedErrorDetail } from '../feed/errors.js';
import type { FeedProblem, StatusModel } from '../feed/model.js';
import { parseFeed } from '../feed/parse.js';
import type { FeedReading, PollOptions } from '../poll/feed-source.js';
import { feedRegistry } from '../poll/registry.js';

/** One good reading of the feed, as the model every presenter reads. */
export interface FeedSnapshot {
  model: StatusModel;
  /** Items dropped from an otherwise valid document. */
  problems: FeedProblem[];
  /** Local epoch ms at which the response arrived. */
  receivedAt: number;
  /** Server clock minus local clock, ms; add it to Date.now() for the feed's "now". */
  clockOffset: number;
}

/** What a host tells its FeedController, as callbacks (the shape of Lit's `Task`). */
export interface FeedControllerConfig {
  /** The feed to follow now (its `src` may be relative to the page); undefined follows none. Read at every update. */
  options(): PollOptions | undefined;
  snapshot(snapshot: FeedSnapshot): void;
  error(detail: FeedErrorDetail): void;
}

type Outcome = FeedSnapshot | FeedError;
/** Every element showing one reading shares its parse, and its one warning per dropped item. */
const outcomes = new WeakMap<FeedReading, Outcome>();

/**
 * The reading as a snapshot. The poller has already parsed it when the parser was installed before
 * the body arrived; a body the loader accepted earlier (on its shape alone) is parsed here, once.
 */
function snapshotOf(reading: FeedReading): Outcome {
  let outcome = outcomes.get(reading);
  if (!outcome) {
    try {
      const { model, problems } = reading.parsed ?? parseFeed(reading.doc, reading.format);
      outcome = { model, problems, receivedAt: reading.receivedAt, clockOffset: reading.clockOffset };
      for (const problem of problems) console.warn(`[status-banner] dropped ${problem.path}: ${problem.message}`);
    } catch (error) {
      outcome = error instanceof FeedError ? error : new FeedError('schema', String(error));
      console.warn(`[status-banner] ${outcome.message}`);
    }
    outcomes.set(reading, outcome);
  }
  return outcome;
}

/**
 * Connects an element to the page's shared poller for its feed, parses what it reads into the
 * model, and re-subscribes when the options change. A document the poller accepted but the
 * adapter rejects whole is reported as an error, and the last good model stays.
 */
export class FeedController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;
  private subscribedTo = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly config: FeedControllerConfig,
  ) {
    host.addController(this);
    feedRegistry().useParser(parseFeed);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.release();
  }

  private sync(): void {
    const options = this.config.options();
    const wanted = options ? JSON.stringify(options) : '';
    if (wanted === this.subscribedTo) return;
    this.release();
    // Remembered before subscribing, so that an unusable URL is reported once, not at every update.
    this.subscribedTo = wanted;
    if (!options) return;
    let src: string;
    try {
      src = new URL(options.src, document.baseURI).href;
    } catch {
      this.config.error({ kind: 'network', message: `invalid feed URL: ${options.src}` });
      return;
    }
    this.unsubscribe = feedRegistry().subscribe(
      { ...options, src },
      {
        reading: (reading) => {
          const outcome = snapshotOf(reading);
          if (outcome instanceof FeedError) this.config.error({ kind: outcome.kind, message: outcome.message });
          else this.config.snapshot(outcome);
        },
        error: (detail) => this.config.error(detail),
      },
    );
  }

  private release(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = '';
  }
}
