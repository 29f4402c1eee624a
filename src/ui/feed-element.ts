import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { FeedErrorDetail } from '../feed/errors.js';
import type { FeedFormat } from '../feed/parse.js';
import type { PollOptions } from '../poll/feed-source.js';
import { ATTRIBUTE_DEFAULTS } from '../present/attributes.js';
import { FeedController, type FeedSnapshot } from './feed-controller.js';

/**
 * What `<status-banner>` and `<status-page>` share as elements that show a status feed: the
 * attributes that name the feed and say how to read it, the last good reading, and the
 * FeedController that follows the feed with the page's shared poller. Not a custom element itself.
 *
 * The attributes are declared here, in `static properties` and as fields, rather than spread from
 * a shared object into each element's own: Lit merges static properties up the class chain, and
 * the custom elements manifest lists them on both elements as inherited members, which it cannot
 * do for a spread. An element may redeclare a field to give it another default or description.
 */
export abstract class FeedElement extends LitElement {
  // Typed wide, so that an element's own `properties` (its other attributes) may differ from these.
  static override properties: PropertyDeclarations = {
    src: { type: String },
    format: { type: String },
    interval: { type: Number },
    locale: { type: String },
    snapshot: { state: true, attribute: false },
  };

  /** Feed URL, absolute or relative to the page. */
  src: string | null = null;
  /** Feed format; `auto` detects it from the document's shape. */
  format: FeedFormat = 'auto';
  /** Base poll interval in seconds (at least 10); the feed's `poll_interval` may override it. */
  interval: number = ATTRIBUTE_DEFAULTS.interval;
  /** BCP 47 tag for UI strings and dates; defaults to the nearest `lang`, then the browser's language. */
  locale: string | null = null;

  /** The last good reading of the feed: it stays when a later read fails. */
  protected snapshot: FeedSnapshot | undefined;

  constructor() {
    super();
    new FeedController(this, {
      options: () => this.feedOptions(),
      snapshot: (snapshot) => {
        this.snapshot = snapshot;
        this.feedRead(snapshot);
      },
      error: (detail) => this.feedFailed(detail),
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another feed: what the previous one said is not this one's state, nor its "last known state".
    if (this.hasUpdated && (changed.has('src') || changed.has('format'))) {
      this.snapshot = undefined;
      this.feedChanged();
    }
  }

  /** The element now follows another feed; `snapshot` is already cleared. */
  protected feedChanged(): void {
    // Nothing more by default.
  }

  /** The feed to follow now, read at every update: `src` as the attributes say; none without it. */
  protected feedOptions(): PollOptions | undefined {
    return this.src ? { src: this.src, format: this.format, interval: this.interval } : undefined;
  }

  /** A new good reading arrived; `snapshot` already holds it. */
  protected abstract feedRead(snapshot: FeedSnapshot): void;

  /** The feed could not be read, or was rejected whole; `snapshot` keeps the last good reading. */
  protected abstract feedFailed(detail: FeedErrorDetail): void;
}
