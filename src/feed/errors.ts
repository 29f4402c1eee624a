/**
 * Why a feed could not be shown. `load` is the loader's own: the element chunk could not be
 * loaded, or failed its integrity check.
 */
export const FEED_ERROR_KINDS = ['network', 'http', 'timeout', 'too-large', 'parse', 'schema', 'version', 'load'] as const;
/**
 * `network` (no response, or CORS refused it), `http` (a status other than 2xx or 304), `timeout`
 * (10 s), `too-large` (over 1 MiB), `parse` (not JSON), `schema` (not a feed the banner reads),
 * `version` (a native feed of another version), `load` (the loader could not load the element).
 */
export type FeedErrorKind = (typeof FEED_ERROR_KINDS)[number];

/** Detail of `status-banner-error`. `retryAt` is epoch ms of the next attempt, when one is planned. */
export interface FeedErrorDetail {
  kind: FeedErrorKind;
  message: string;
  retryAt?: number;
}

/**
 * Why a feed was rejected whole, thrown by `parseFeed` (`schema`, `version`) and by the poller;
 * the element turns it into a `status-banner-error` event. One invalid item is never a FeedError: it
 * is dropped and listed in `problems`.
 *
 * @example
 * ```ts
 * try {
 *   parseFeed(doc);
 * } catch (error) {
 *   if (error instanceof FeedError && error.kind === 'version') console.error(error.message);
 * }
 * ```
 */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    /** Why, as in `status-banner-error`'s `detail.kind`. */
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
