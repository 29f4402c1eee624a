/**
 * Why a feed could not be shown. `load` is the loader's own: the element chunk could not be
 * loaded, or failed its integrity check.
 */
export const FEED_ERROR_KINDS = ['network', 'http', 'timeout', 'too-large', 'parse', 'schema', 'version', 'load'] as const;
export type FeedErrorKind = (typeof FEED_ERROR_KINDS)[number];

/** Detail of `status-banner-error`. `retryAt` is epoch ms of the next attempt, when one is planned. */
export interface FeedErrorDetail {
  kind: FeedErrorKind;
  message: string;
  retryAt?: number;
}

export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    /** HTTP status, when the failure was an HTTP response. */
    readonly status?: number,
    /** Minimum delay before the next attempt (Retry-After), ms. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
