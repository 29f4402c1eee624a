import { FeedError } from '../errors.js';
import type { ParseResult } from '../model.js';
import { isNativeFeed, parseNative } from './native.js';

export const FEED_FORMATS = ['auto', 'native'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

interface FormatReader {
  name: Exclude<FeedFormat, 'auto'>;
  /** Cheap shape test used by `auto`. */
  matches(doc: unknown): boolean;
  parse(doc: unknown): ParseResult;
}

/** Order matters for `auto`: the first reader whose shape matches wins. */
const READERS: readonly FormatReader[] = [{ name: 'native', matches: isNativeFeed, parse: parseNative }];

/** Parses a decoded JSON document in the given format; throws FeedError when it is rejected whole. */
export function parseFeed(doc: unknown, format: FeedFormat = 'auto'): ParseResult {
  const reader = format === 'auto' ? READERS.find((candidate) => candidate.matches(doc)) : READERS.find((candidate) => candidate.name === format);
  if (!reader) {
    throw new FeedError('schema', `unrecognised feed: expected one of ${READERS.map((candidate) => candidate.name).join(', ')}`);
  }
  return reader.parse(doc);
}
