import { describe, expect, it } from 'vitest';
import { FEED_ERROR_KINDS, FeedError } from '../../../src/feed/errors.js';

describe('feed error kinds', () => {
  // Pages listen for these in `status-banner-error`; the README lists them.
  it('are network, http, timeout, too-large, parse, schema, version and load', () => {
    expect(FEED_ERROR_KINDS).toEqual(['network', 'http', 'timeout', 'too-large', 'parse', 'schema', 'version', 'load']);
  });
});

describe('FeedError', () => {
  it.each<[string, FeedError, Partial<FeedError>]>([
    [
      'a schema error',
      new FeedError('schema', 'not a feed'),
      { kind: 'schema', message: 'not a feed', status: undefined, retryAfterMs: undefined },
    ],
    ['an HTTP error with its status', new FeedError('http', 'HTTP 404', 404), { kind: 'http', message: 'HTTP 404', status: 404 }],
    [
      'an HTTP error with a Retry-After',
      new FeedError('http', 'HTTP 503', 503, 120_000),
      { kind: 'http', message: 'HTTP 503', status: 503, retryAfterMs: 120_000 },
    ],
  ])('%s keeps what it was given', (_case, error, expected) => {
    expect(error).toMatchObject(expected);
  });

  it('is an Error named FeedError, so logs and `instanceof` read it as one', () => {
    const error = new FeedError('timeout', 'took too long');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FeedError');
    expect(String(error)).toBe('FeedError: took too long');
  });
});
