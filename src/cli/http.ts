import { MAX_FEED_BYTES } from '../feed/limits.js';
import { TIMEOUT_MS } from '../poll/fetch-feed.js';
import { InputError } from './errors.js';

/**
 * The CLI reads past the banners' cap, to say by how much a feed is over it, but not without
 * end: a hostile URL could stream forever.
 */
const READ_LIMIT_BYTES = 8 * MAX_FEED_BYTES;

export interface FetchedBody {
  response: Response;
  body: Uint8Array;
}

/** `scheme://…`: anything else is a file path, even with a colon in it. */
export function isUrl(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
}

/**
 * One GET of a feed URL (http and https only), with the banner's timeout, the body read whole
 * whatever the status. Network failures and bodies past READ_LIMIT_BYTES are InputErrors.
 */
export async function fetchBody(source: string, headers: Record<string, string> = {}): Promise<FetchedBody> {
  const url = new URL(source);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`${source}: only http and https URLs can be fetched`);
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    return { response, body: await readLimited(source, response) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new InputError(`cannot fetch ${source}: ${cause}`);
  }
}

/** A successful GET of a feed, for `validate`: any other status is the answer. */
export async function fetchFeedBytes(source: string): Promise<FetchedBody> {
  const fetched = await fetchBody(source);
  if (!fetched.response.ok) throw new InputError(`cannot fetch ${source}: HTTP ${fetched.response.status}`);
  return fetched;
}

async function readLimited(source: string, response: Response): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    if (size > READ_LIMIT_BYTES) {
      await reader?.cancel();
      throw new InputError(
        `${source} is larger than ${READ_LIMIT_BYTES / 1024} KiB, far over the ${MAX_FEED_BYTES / 1024} KiB every banner reads`,
      );
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}
