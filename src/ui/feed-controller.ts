import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedErrorDetail } from '../feed/errors.js';
import type { FeedSnapshot, PollOptions } from '../poll/poller.js';
import { subscribeFeed } from '../poll/registry.js';

export interface FeedHost extends ReactiveControllerHost {
  /** The feed to follow now (its `src` may be relative to the page); undefined follows none (no src, preview). */
  feedOptions(): PollOptions | undefined;
  feedSnapshot(snapshot: FeedSnapshot): void;
  feedError(detail: FeedErrorDetail): void;
}

/** Connects an element to the page's shared poller for its feed, and re-subscribes when the options change. */
export class FeedController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;
  private subscribedTo = '';

  constructor(private readonly host: FeedHost) {
    host.addController(this);
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
    const options = this.host.feedOptions();
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
      this.host.feedError({ kind: 'network', message: `invalid feed URL: ${options.src}` });
      return;
    }
    this.unsubscribe = subscribeFeed(
      { ...options, src },
      {
        snapshot: (snapshot) => this.host.feedSnapshot(snapshot),
        error: (detail) => this.host.feedError(detail),
      },
    );
  }

  private release(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = '';
  }
}
