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
  type Check,
} from '../../../src/cli/doctor-checks.js';
import { RECOMMENDED_CACHE_CONTROL } from '../../../src/cli/hosting.js';
import { MAX_FEED_BYTES } from '../../../src/feed/limits.js';

const NOW = Date.parse('2026-11-25T09:00:00Z');
const httpDate = (ms: number) => new Date(ms).toUTCString();
const line = (check: Check) => formatCheck(check);
const CACHE_FIX = `Fix: send Cache-Control: ${RECOMMENDED_CACHE_CONTROL}`;
const APP = 'https://app.example.com';

describe('formatCheck', () => {
  it('pads the level and ends with the fix', () => {
    expect(formatCheck({ level: 'OK', subject: 'Status', detail: '200' })).toBe('OK    Status: 200');
    expect(formatCheck({ level: 'FAIL', subject: 'Feed', detail: 'broken!', fix: 'repair it.' })).toBe(
      'FAIL  Feed: broken! Fix: repair it.',
    );
  });

  it('ends a detail without final punctuation before its fix', () => {
    expect(formatCheck({ level: 'WARN', subject: 'Feed', detail: 'odd. (x)', fix: 'look.' })).toBe('WARN  Feed: odd. (x). Fix: look.');
  });
});

describe('checkStatus', () => {
  it.each([
    [200, undefined, 'OK    Status: 200'],
    [
      200,
      'https://elsewhere.example/status.json',
      'WARN  Status: 200 after a redirect to https://elsewhere.example/status.json: every poll costs one more request. Fix: give the banner the final URL.',
    ],
    [
      404,
      undefined,
      'FAIL  Status: HTTP 404: banners get no feed and keep their last state. Fix: check the URL, and that the publish command uploaded the file there.',
    ],
    [
      204,
      undefined,
      'FAIL  Status: HTTP 204: banners get no feed and keep their last state. Fix: check the URL, and that the publish command uploaded the file there.',
    ],
  ] as const)('%i, redirected to %s', (status, redirectedTo, expected) => {
    expect(line(checkStatus(status, redirectedTo))).toBe(expected);
  });
});

describe('checkContentType', () => {
  it.each([
    ['application/json', 'OK    Content-Type: application/json'],
    ['application/json; charset=utf-8', 'OK    Content-Type: application/json; charset=utf-8'],
    ['Application/JSON', 'OK    Content-Type: Application/JSON'],
    [' application/json ;charset=utf-8', 'OK    Content-Type:  application/json ;charset=utf-8'],
    ['application/feed+json', 'OK    Content-Type: application/feed+json'],
    [
      'text/plain',
      'WARN  Content-Type: "text/plain": banners read the feed anyway, but caches and proxies may not compress or treat it as JSON. Fix: serve status.json as application/json.',
    ],
    ['application/jsonx', expect.stringMatching(/^WARN {2}Content-Type: "application\/jsonx": /)],
    [
      null,
      'WARN  Content-Type: missing: banners read the feed anyway, but caches and proxies may not compress or treat it as JSON. Fix: serve status.json as application/json.',
    ],
  ])('%s', (value, expected) => {
    expect(line(checkContentType(value))).toEqual(expected);
  });
});

describe('cacheDirectives', () => {
  it('reads names case-insensitively, arguments unquoted, bare directives as empty', () => {
    expect([...cacheDirectives('Public, MAX-AGE="10" ,stale-if-error = 86400,, no-transform')]).toEqual([
      ['public', ''],
      ['max-age', '10'],
      ['stale-if-error', '86400'],
      ['no-transform', ''],
    ]);
  });
});

describe('checkCacheControl', () => {
  it.each([
    [RECOMMENDED_CACHE_CONTROL, `OK    Cache-Control: ${RECOMMENDED_CACHE_CONTROL}`],
    ['max-age=0', 'OK    Cache-Control: max-age=0'],
    ['max-age=60', 'OK    Cache-Control: max-age=60'],
    ['max-age=600, s-maxage=30', 'OK    Cache-Control: max-age=600, s-maxage=30'],
    ['max-age=61', `WARN  Cache-Control: "max-age=61": news can wait 1 min in caches before users see it (more than 60 s). ${CACHE_FIX}`],
    [
      'max-age=10, s-maxage=300',
      `WARN  Cache-Control: "max-age=10, s-maxage=300": news can wait 5 min in caches before users see it (more than 60 s). ${CACHE_FIX}`,
    ],
    ['max-age=3600', `WARN  Cache-Control: "max-age=3600": news can wait 1 h in caches before users see it (more than 60 s). ${CACHE_FIX}`],
    [
      'max-age=10, no-store',
      `WARN  Cache-Control: "max-age=10, no-store": every poll of every user reaches your host, and no CDN can absorb it. ${CACHE_FIX}`,
    ],
    [
      'private, max-age=10',
      `WARN  Cache-Control: "private, max-age=10": a CDN may not cache the feed, so every poll reaches your host. ${CACHE_FIX}`,
    ],
    ['no-cache', `WARN  Cache-Control: "no-cache" has no max-age: caches guess how long to keep the feed. ${CACHE_FIX}`],
    ['max-age=ten', `WARN  Cache-Control: "max-age=ten" has no max-age: caches guess how long to keep the feed. ${CACHE_FIX}`],
    ['max-age=1x', `WARN  Cache-Control: "max-age=1x" has no max-age: caches guess how long to keep the feed. ${CACHE_FIX}`],
    ['max-age=x1', `WARN  Cache-Control: "max-age=x1" has no max-age: caches guess how long to keep the feed. ${CACHE_FIX}`],
    [null, `WARN  Cache-Control: missing: caches guess how long to keep the feed, and may keep news from users. ${CACHE_FIX}`],
    ['', `WARN  Cache-Control: missing: caches guess how long to keep the feed, and may keep news from users. ${CACHE_FIX}`],
  ])('%s', (value, expected) => {
    expect(line(checkCacheControl(value))).toBe(expected);
  });
});

describe('checkValidators and checkConditional', () => {
  it.each([
    ['"v1"', null, 'OK    Validator: ETag "v1"'],
    [null, 'Wed, 25 Nov 2026 09:00:00 GMT', 'OK    Validator: Last-Modified Wed, 25 Nov 2026 09:00:00 GMT'],
    ['"v1"', 'Wed, 25 Nov 2026 09:00:00 GMT', 'OK    Validator: ETag "v1"'],
    [
      null,
      null,
      'WARN  Validator: no ETag or Last-Modified: every poll downloads the whole feed, even when nothing changed. Fix: enable ETag or Last-Modified on the host (most static hosts send them).',
    ],
  ])('ETag %s, Last-Modified %s', (etag, lastModified, expected) => {
    expect(line(checkValidators(etag, lastModified))).toBe(expected);
  });

  it.each([
    [304, 'OK    Conditional request: 304 Not Modified with If-None-Match'],
    [
      200,
      'WARN  Conditional request: 200 with If-None-Match, not 304: every poll downloads the whole feed, even when nothing changed. Fix: make the host answer If-None-Match with 304 (a CDN in front of it usually does).',
    ],
  ])('a conditional answer %i', (status, expected) => {
    expect(line(checkConditional('If-None-Match', status))).toBe(expected);
  });
});

describe('checkAllowOrigin', () => {
  const PUBLIC = 'send Access-Control-Allow-Origin: * (the feed is public).';
  it.each([
    ['*', null, DEFAULT_CHECK_ORIGIN, 'OK    CORS Access-Control-Allow-Origin: *'],
    [
      null,
      null,
      DEFAULT_CHECK_ORIGIN,
      `FAIL  CORS Access-Control-Allow-Origin: missing: a banner on https://example.invalid cannot read the feed. Fix: ${PUBLIC}`,
    ],
    [
      APP,
      null,
      DEFAULT_CHECK_ORIGIN,
      `WARN  CORS Access-Control-Allow-Origin: "${APP}": only that site can read the feed, not a banner on https://example.invalid. Fix: if that is your app, check as it: status-banner doctor URL --origin ${APP}; else ${PUBLIC}`,
    ],
    [
      APP,
      null,
      'https://other.example.com',
      `FAIL  CORS Access-Control-Allow-Origin: "${APP}": only that site can read the feed, not a banner on https://other.example.com. Fix: ${PUBLIC}`,
    ],
    [APP, 'Origin', APP, `OK    CORS Access-Control-Allow-Origin: ${APP} (with Vary: Origin)`],
    [APP, 'Accept-Encoding, origin', APP, `OK    CORS Access-Control-Allow-Origin: ${APP} (with Vary: Origin)`],
    [APP, '*', APP, `OK    CORS Access-Control-Allow-Origin: ${APP} (with Vary: Origin)`],
    [
      APP,
      'Accept-Encoding',
      APP,
      `WARN  CORS Access-Control-Allow-Origin: "${APP}", the request's own Origin, without Vary: Origin: a CDN may hand this answer to other sites, whose banners then fail. Fix: add Vary: Origin, or ${PUBLIC}`,
    ],
    [APP, null, APP, expect.stringMatching(/^WARN {2}CORS Access-Control-Allow-Origin: .* without Vary: Origin: /)],
  ])('Allow-Origin %s, Vary %s, as %s', (allowOrigin, vary, origin, expected) => {
    expect(line(checkAllowOrigin({ allowOrigin, vary, origin }))).toEqual(expected);
  });
});

describe('checkExposeHeaders', () => {
  const MISSING =
    ": banners on other sites cannot read the Date header, so they trust users' clocks, which may be minutes off. Fix: send Access-Control-Expose-Headers: Date.";
  it.each([
    ['Date', 'OK    CORS Access-Control-Expose-Headers: Date'],
    ['ETag, date', 'OK    CORS Access-Control-Expose-Headers: ETag, date'],
    ['*', 'OK    CORS Access-Control-Expose-Headers: *'],
    ['ETag', `WARN  CORS Access-Control-Expose-Headers: "ETag" lacks Date${MISSING}`],
    ['Dates', `WARN  CORS Access-Control-Expose-Headers: "Dates" lacks Date${MISSING}`],
    [null, `WARN  CORS Access-Control-Expose-Headers: missing${MISSING}`],
  ])('%s', (value, expected) => {
    expect(line(checkExposeHeaders(value))).toBe(expected);
  });
});

describe('checkClock', () => {
  const FIX = "Fix: if this machine's clock is right (NTP), fix the host's; else fix this one's and run doctor again.";
  const ADOPT = "banners adopt the host's clock, so users would see ETAs off by as much.";
  it.each([
    [httpDate(NOW), null, "OK    Clock: the host's Date is within 0 s of this machine's clock"],
    [httpDate(NOW + 29_000), null, "OK    Clock: the host's Date is within 29 s of this machine's clock"],
    [httpDate(NOW - 29_000), null, "OK    Clock: the host's Date is within 29 s of this machine's clock"],
    [httpDate(NOW + 30_000), null, `WARN  Clock: the host's Date is 1 min ahead of this machine's clock: ${ADOPT} ${FIX}`],
    [httpDate(NOW - 30_000), null, `WARN  Clock: the host's Date is 1 min behind this machine's clock: ${ADOPT} ${FIX}`],
    [httpDate(NOW - 2 * 3_600_000), null, `WARN  Clock: the host's Date is 2 h behind this machine's clock: ${ADOPT} ${FIX}`],
    [
      httpDate(NOW - 120_000),
      '120',
      "OK    Clock: the host's Date is within 0 s of this machine's clock (served from a cache, Age 120: banners then keep users' own clocks)",
    ],
    [
      httpDate(NOW - 120_000),
      'soon',
      `WARN  Clock: the host's Date is 2 min behind this machine's clock (served from a cache, Age soon: banners then keep users' own clocks): ${ADOPT} ${FIX}`,
    ],
    [null, null, "WARN  Clock: no Date header: banners cannot correct users' clocks. Fix: send a Date header (every HTTP server should)."],
    [
      'yesterday',
      null,
      'WARN  Clock: Date "yesterday" is unreadable: banners cannot correct users\' clocks. Fix: send a Date header (every HTTP server should).',
    ],
    // Date.parse reads these; banners do not (an ISO time, a wrong weekday), so neither does doctor.
    [
      new Date(NOW).toISOString(),
      null,
      `WARN  Clock: Date "${new Date(NOW).toISOString()}" is unreadable: banners cannot correct users' clocks. Fix: send a Date header (every HTTP server should).`,
    ],
  ])('Date %s, Age %s', (date, age, expected) => {
    expect(line(checkClock(date, age, NOW))).toBe(expected);
  });
});

describe('checkSize', () => {
  const ARCHIVE = 'Fix: archive old items (status-banner archive --keep-days 7) or shorten texts.';
  it.each([
    [1024, 'OK    Size: 1 KiB of 1024 KiB (0 %)'],
    [0.75 * MAX_FEED_BYTES, 'OK    Size: 768 KiB of 1024 KiB (75 %)'],
    [0.75 * MAX_FEED_BYTES + 1, `WARN  Size: 769 KiB of 1024 KiB (75 %): above 75 % of the cap every banner enforces. ${ARCHIVE}`],
    [MAX_FEED_BYTES + 1, `FAIL  Size: 1025 KiB of 1024 KiB (100 %): over the 1024 KiB every banner reads; banners reject it. ${ARCHIVE}`],
  ])('%i bytes', (bytes, expected) => {
    expect(line(checkSize(bytes))).toBe(expected);
  });
});
