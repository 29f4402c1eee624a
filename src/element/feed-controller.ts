import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedFormat } from '../feed/adapters/detect.js';
import type { FeedErrorDetail } from '../feed/errors.js';
import type { FeedSnapshot, PollOptions } from '../poll/poller.js';
import { subscribeFeed } from '../poll/shared.js';

export interface FeedHost extends ReactiveControllerHost {
  src: string | null;
  format: FeedFormat;
  interval: number;
  /** While true (preview mode), nothing is fetched. */
  readonly offline: boolean;
  feedSnapshot(snapshot: FeedSnapshot): void;
  feedError(detail: FeedErrorDetail): void;
}

/** Connects an element to the page's shared poller for its `src`, and re-subscribes when the options change. */
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
    const { src, format, interval, offline } = this.host;
    const wanted = src && !offline ? JSON.stringify([src, format, interval]) : '';
    if (wanted === this.subscribedTo) return;
    this.release();
    if (!src || offline) return;
    let absolute: string;
    try {
      absolute = new URL(src, document.baseURI).href;
    } catch {
      this.host.feedError({ kind: 'network', message: `invalid feed URL: ${src}` });
      return;
    }
    const options: PollOptions = { src: absolute, format, interval };
    this.subscribedTo = wanted;
    this.unsubscribe = subscribeFeed(options, {
      snapshot: (snapshot) => this.host.feedSnapshot(snapshot),
      error: (detail) => this.host.feedError(detail),
    });
  }

  private release(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = '';
  }
}
