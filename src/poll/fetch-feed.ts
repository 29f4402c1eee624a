import { FeedError } from '../feed/errors.js';
import { MAX_FEED_BYTES } from '../feed/limits.js';
import { clockOffsetMs, retryAfterMs } from './timing.js';

export const TIMEOUT_MS = 10_000;

export interface FeedBody {
  text: string;
  /** Server clock minus local clock, ms. */
  clockOffset: number;
}

export interface FetchOptions {
  /** Bypass the HTTP cache: a 304 with no copy to reuse leaves nothing to read. */
  reload?: boolean;
  /** Refuse a response whose final URL (after redirects) is on another origin than `src`. */
  sameOrigin?: boolean;
}

export interface FetchEnvironment {
  fetch: typeof fetch;
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/**
 * One request for the feed. No custom headers (they would force a CORS preflight), `no-cache` so
 * the browser's HTTP cache revalidates with ETag / Last-Modified, no cookies. Resolves undefined
 * for a 304; every failure is thrown as a FeedError. `controller` aborts it, and is aborted once
 * it settles so that an unread body stops downloading.
 */
export async function fetchFeed(
  src: string,
  controller: AbortController,
  env: FetchEnvironment,
  { reload = false, sameOrigin = false }: FetchOptions = {},
): Promise<FeedBody | undefined> {
  const tooLarge = () => new FeedError('too-large', `${src} is larger than ${MAX_FEED_BYTES / 1024} KiB`);
  const timeout = env.setTimeout(
    () => controller.abort(new FeedError('timeout', `${src} did not answer within ${TIMEOUT_MS / 1000} s`)),
    TIMEOUT_MS,
  );
  try {
    const response = await env.fetch(src, { cache: reload ? 'reload' : 'no-cache', credentials: 'omit', signal: controller.signal });
    const { status, headers } = response;
    // `fetch` follows redirects: the final address is what must be on the origin, not the first.
    if (sameOrigin && new URL(response.url || src).origin !== new URL(src).origin) {
      throw new FeedError('network', `${src} redirected to another origin (${response.url})`);
    }
    if (status === 304) return undefined;
    if (!response.ok) {
      const retryAfter = status === 429 || status === 503 ? retryAfterMs(headers.get('retry-after'), env.now()) : undefined;
      throw new FeedError('http', `HTTP ${status} from ${src}`, status, retryAfter);
    }
    const clockOffset = clockOffsetMs(headers.get('date'), headers.get('age'), env.now());
    if (Number(headers.get('content-length')) > MAX_FEED_BYTES) throw tooLarge();
    // Content-Length may be absent, or count compressed bytes: the cap holds on what actually arrives.
    const reader = response.body?.getReader();
    // Not every fetch errors a pending read when its request is aborted: a stalled body must still time out.
    controller.signal.addEventListener('abort', () => void reader?.cancel().catch(() => undefined));
    const decoder = new TextDecoder();
    let text = '';
    let size = 0;
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      size += chunk.value.byteLength;
      if (size > MAX_FEED_BYTES) throw tooLarge();
      text += decoder.decode(chunk.value, { stream: true });
    }
    controller.signal.throwIfAborted();
    return { text: text + decoder.decode(), clockOffset };
  } catch (error) {
    const reason: unknown = controller.signal.reason;
    throw error instanceof FeedError ? error : reason instanceof FeedError ? reason : new FeedError('network', `cannot reach ${src}`);
  } finally {
    env.clearTimeout(timeout);
    controller.abort();
  }
}
