import { describe, expect, it } from 'vitest';
import {
  cacheDirectives,
  checkAllowOrigin,
  checkCacheControl,
  checkClock,
  checkConditional,
  checkContentType,
  checkExposeHeaders,
  checkSize,
  checkStatus,
  checkValidators,
  DEFAULT_CHECK_ORIGIN,
  formatCheck,
} from '../../../src/cli/doctor-checks.js';
import { RECOMMENDED_CACHE_CONTROL } from '../../../src/cli/hosting.js';
import { MAX_FEED_BYTES } from '../../../src/feed/limits.js';

const NOW = Date.parse('2026-11-25T09:00:00Z');
const httpDate = (ms: number) => new Date(ms).toUTCString();

describe('formatCheck', () => {
  it('pads the level and ends with the fix', () => {
    expect(formatCheck({ level: 'OK', subject: 'Status', detail: '200' })).toBe('OK    Status: 200');
    expect(formatCheck({ level: 'FAIL', subject: 'Feed', detail: 'broken.', fix: 'repair it.' })).toBe(
      'FAIL  Feed: broken. Fix: repair it.',
    );
  });

  it('ends a detail without punctuation before its fix', () => {
    expect(formatCheck({ level: 'WARN', subject: 'Feed', detail: 'odd (x)', fix: 'look.' })).toBe('WARN  Feed: odd (x). Fix: look.');
  });
});

describe('checkStatus', () => {
  it.each([
    [200, undefined, 'OK'],
    [200, 'https://elsewhere.example/status.json', 'WARN'],
    [204, undefined, 'FAIL'],
    [304, undefined, 'FAIL'],
    [404, undefined, 'FAIL'],
    [503, undefined, 'FAIL'],
  ] as const)('%i (redirected to %s): %s', (status, redirectedTo, level) => {
    expect(checkStatus(status, redirectedTo).level).toBe(level);
  });
});

describe('checkContentType', () => {
  it.each([
    ['application/json', 'OK'],
    ['application/json; charset=utf-8', 'OK'],
    ['Application/JSON', 'OK'],
    ['application/feed+json', 'OK'],
    ['text/plain', 'WARN'],
    ['text/html; charset=utf-8', 'WARN'],
    ['application/jsonx', 'WARN'],
    [null, 'WARN'],
  ])('%s: %s', (value, level) => {
    expect(checkContentType(value).level).toBe(level);
  });
});

describe('cacheDirectives', () => {
  it('reads names case-insensitively, arguments unquoted, bare directives as empty', () => {
    expect([...cacheDirectives('Public, MAX-AGE="10" ,stale-if-error=86400,, no-transform')]).toEqual([
      ['public', ''],
      ['max-age', '10'],
      ['stale-if-error', '86400'],
      ['no-transform', ''],
    ]);
  });
});

describe('checkCacheControl', () => {
  it.each([
    [RECOMMENDED_CACHE_CONTROL, 'OK'],
    ['max-age=0', 'OK'],
    ['max-age=60', 'OK'],
    ['max-age=61', 'WARN'],
    ['public, max-age=600', 'WARN'],
    ['max-age=600, s-maxage=30', 'OK'],
    ['max-age=10, s-maxage=300', 'WARN'],
    ['no-store', 'WARN'],
    ['max-age=10, no-store', 'WARN'],
    ['private, max-age=10', 'WARN'],
    ['no-cache', 'WARN'],
    ['public', 'WARN'],
    ['max-age=ten', 'WARN'],
    [null, 'WARN'],
    ['', 'WARN'],
  ])('%s: %s', (value, level) => {
    const check = checkCacheControl(value);
    expect(check.level).toBe(level);
    if (level === 'WARN') expect(check.fix).toBe(`send Cache-Control: ${RECOMMENDED_CACHE_CONTROL}`);
  });

  it('says how long news waits in caches', () => {
    expect(checkCacheControl('max-age=3600').detail).toBe(
      '"max-age=3600": news can wait 1 h in caches before users see it (more than 60 s).',
    );
  });
});

describe('checkValidators and checkConditional', () => {
  it.each([
    ['"v1"', null, 'OK', 'ETag "v1"'],
    [null, 'Wed, 25 Nov 2026 09:00:00 GMT', 'OK', 'Last-Modified Wed, 25 Nov 2026 09:00:00 GMT'],
    ['"v1"', 'Wed, 25 Nov 2026 09:00:00 GMT', 'OK', 'ETag "v1"'],
  ])('ETag %s, Last-Modified %s: %s', (etag, lastModified, level, detail) => {
    expect(checkValidators(etag, lastModified)).toEqual({ level, subject: 'Validator', detail });
  });

  it('warns without either', () => {
    expect(checkValidators(null, null).level).toBe('WARN');
  });

  it.each([
    [304, 'OK'],
    [200, 'WARN'],
    [412, 'WARN'],
  ])('a conditional answer %i: %s', (status, level) => {
    expect(checkConditional('If-None-Match', status).level).toBe(level);
  });
});

describe('checkAllowOrigin', () => {
  const APP = 'https://app.example.com';
  it.each([
    ['*', null, DEFAULT_CHECK_ORIGIN, 'OK'],
    [null, null, DEFAULT_CHECK_ORIGIN, 'FAIL'],
    [APP, null, DEFAULT_CHECK_ORIGIN, 'WARN'],
    [APP, null, 'https://other.example.com', 'FAIL'],
    [APP, 'Origin', APP, 'OK'],
    [APP, 'Accept-Encoding, origin', APP, 'OK'],
    [APP, '*', APP, 'OK'],
    [APP, 'Accept-Encoding', APP, 'WARN'],
    [APP, null, APP, 'WARN'],
  ])('Allow-Origin %s, Vary %s, as %s: %s', (allowOrigin, vary, origin, level) => {
    expect(checkAllowOrigin({ allowOrigin, vary, origin }).level).toBe(level);
  });
});

describe('checkExposeHeaders', () => {
  it.each([
    ['Date', 'OK'],
    ['ETag, date', 'OK'],
    ['*', 'OK'],
    ['ETag', 'WARN'],
    ['Dates', 'WARN'],
    [null, 'WARN'],
  ])('%s: %s', (value, level) => {
    expect(checkExposeHeaders(value).level).toBe(level);
  });
});

describe('checkClock', () => {
  it.each([
    [httpDate(NOW), null, 'OK', "the host's Date is within 0 s of this machine's clock"],
    [httpDate(NOW + 29_000), null, 'OK', "the host's Date is within 29 s of this machine's clock"],
    [httpDate(NOW - 29_000), null, 'OK', "the host's Date is within 29 s of this machine's clock"],
    [httpDate(NOW + 30_000), null, 'WARN', undefined],
    [httpDate(NOW - 30_000), null, 'WARN', undefined],
    [
      httpDate(NOW - 120_000),
      '120',
      'OK',
      "the host's Date is within 0 s of this machine's clock (served from a cache, Age 120: banners then keep users' own clocks)",
    ],
    [null, null, 'WARN', "no Date header: banners cannot correct users' clocks."],
    ['yesterday', null, 'WARN', 'Date "yesterday" is unreadable: banners cannot correct users\' clocks.'],
  ])('Date %s, Age %s: %s', (date, age, level, detail) => {
    const check = checkClock(date, age, NOW);
    expect(check.level).toBe(level);
    if (detail) expect(check.detail).toBe(detail);
  });

  it('says which way the host is off, and by how much', () => {
    expect(checkClock(httpDate(NOW + 5 * 60_000), null, NOW).detail).toMatch(/^the host's Date is 5 min ahead of this machine's clock: /);
    expect(checkClock(httpDate(NOW - 2 * 3_600_000), null, NOW).detail).toMatch(/^the host's Date is 2 h behind this machine's clock: /);
  });
});

describe('checkSize', () => {
  it.each([
    [1024, 'OK'],
    [0.75 * MAX_FEED_BYTES, 'OK'],
    [0.75 * MAX_FEED_BYTES + 1, 'WARN'],
    [MAX_FEED_BYTES, 'WARN'],
    [MAX_FEED_BYTES + 1, 'FAIL'],
  ])('%i bytes: %s', (bytes, level) => {
    expect(checkSize(bytes).level).toBe(level);
  });
});
