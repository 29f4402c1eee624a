/**
 * The judgements `status-banner doctor` makes on a hosted feed, one per aspect, as pure
 * functions of what the host answered: each says OK, WARN or FAIL, what was seen, and how to fix it.
 */
import { MAX_FEED_BYTES } from '../feed/limits.js';
import { sizeVerdict } from './feed-size.js';
import { MAX_FEED_MAX_AGE, RECOMMENDED_CACHE_CONTROL } from './hosting.js';
import { formatSpan } from './time.js';
import { parseHttpDate } from '../poll/timing.js';

export type CheckLevel = 'OK' | 'WARN' | 'FAIL';

export interface Check {
  level: CheckLevel;
  /** What was checked, e.g. `Cache-Control`. */
  subject: string;
  /** What was seen, and what it means for users. */
  detail: string;
  /** What to change; absent when nothing needs to. */
  fix?: string;
}

/** The Origin `doctor` sends unless told the app's: a site the host cannot have allowed by name. */
export const DEFAULT_CHECK_ORIGIN = 'https://example.invalid';

/** A clock further off than this shows users ETAs and "updated" times off by a minute or more. */
export const MAX_CLOCK_SKEW_MS = 30_000;

/** `WARN  Cache-Control: … Fix: …`, one line. */
export function formatCheck({ level, subject, detail, fix }: Check): string {
  const sentence = fix && !/[.!?]$/.test(detail) ? '.' : '';
  return `${level.padEnd(4)}  ${subject}: ${detail}${sentence}${fix ? ` Fix: ${fix}` : ''}`;
}

export function checkStatus(status: number, redirectedTo: string | undefined): Check {
  if (status !== 200) {
    return {
      level: 'FAIL',
      subject: 'Status',
      detail: `HTTP ${status}: banners get no feed and keep their last state.`,
      fix: 'check the URL, and that the publish command uploaded the file there.',
    };
  }
  if (redirectedTo) {
    return {
      level: 'WARN',
      subject: 'Status',
      detail: `200 after a redirect to ${redirectedTo}: every poll costs one more request.`,
      fix: 'give the banner the final URL.',
    };
  }
  return { level: 'OK', subject: 'Status', detail: '200' };
}

export function checkContentType(value: string | null): Check {
  const type = value?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json' || type?.endsWith('+json')) return { level: 'OK', subject: 'Content-Type', detail: value ?? '' };
  return {
    level: 'WARN',
    subject: 'Content-Type',
    detail: `${value ? `"${value}"` : 'missing'}: banners read the feed anyway, but caches and proxies may not compress or treat it as JSON.`,
    fix: 'serve status.json as application/json.',
  };
}

/** Directives of a Cache-Control header, lower-cased: `max-age=10` → `max-age` → `10`; a bare directive maps to ''. */
export function cacheDirectives(value: string): Map<string, string> {
  return new Map(
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', argument = ''] = part.split('=', 2);
        return [name.trim().toLowerCase(), argument.trim().replace(/^"(.*)"$/, '$1')] as const;
      }),
  );
}

export function checkCacheControl(value: string | null): Check {
  const subject = 'Cache-Control';
  const fix = `send Cache-Control: ${RECOMMENDED_CACHE_CONTROL}`;
  if (!value) {
    return { level: 'WARN', subject, detail: 'missing: caches guess how long to keep the feed, and may keep news from users.', fix };
  }
  const directives = cacheDirectives(value);
  if (directives.has('no-store')) {
    return { level: 'WARN', subject, detail: `"${value}": every poll of every user reaches your host, and no CDN can absorb it.`, fix };
  }
  if (directives.has('private')) {
    return { level: 'WARN', subject, detail: `"${value}": a CDN may not cache the feed, so every poll reaches your host.`, fix };
  }
  const maxAge = directives.get('s-maxage') ?? directives.get('max-age');
  if (maxAge === undefined || !/^\d+$/.test(maxAge)) {
    return { level: 'WARN', subject, detail: `"${value}" has no max-age: caches guess how long to keep the feed.`, fix };
  }
  if (Number(maxAge) > MAX_FEED_MAX_AGE) {
    return {
      level: 'WARN',
      subject,
      detail: `"${value}": news can wait ${formatSpan(Number(maxAge) * 1000)} in caches before users see it (more than ${MAX_FEED_MAX_AGE} s).`,
      fix,
    };
  }
  return { level: 'OK', subject, detail: value };
}

export function checkValidators(etag: string | null, lastModified: string | null): Check {
  if (etag) return { level: 'OK', subject: 'Validator', detail: `ETag ${etag}` };
  if (lastModified) return { level: 'OK', subject: 'Validator', detail: `Last-Modified ${lastModified}` };
  return {
    level: 'WARN',
    subject: 'Validator',
    detail: 'no ETag or Last-Modified: every poll downloads the whole feed, even when nothing changed.',
    fix: 'enable ETag or Last-Modified on the host (most static hosts send them).',
  };
}

/** The answer to a request carrying the first response's validator (`header`: If-None-Match or If-Modified-Since). */
export function checkConditional(header: string, status: number): Check {
  const subject = 'Conditional request';
  if (status === 304) return { level: 'OK', subject, detail: `304 Not Modified with ${header}` };
  return {
    level: 'WARN',
    subject,
    detail: `${status} with ${header}, not 304: every poll downloads the whole feed, even when nothing changed.`,
    fix: `make the host answer ${header} with 304 (a CDN in front of it usually does).`,
  };
}

export interface CorsAnswer {
  allowOrigin: string | null;
  vary: string | null;
  /** The Origin the request was sent with. */
  origin: string;
}

export function checkAllowOrigin({ allowOrigin, vary, origin }: CorsAnswer): Check {
  const subject = 'CORS Access-Control-Allow-Origin';
  const fix = 'send Access-Control-Allow-Origin: * (the feed is public).';
  if (!allowOrigin) return { level: 'FAIL', subject, detail: `missing: a banner on ${origin} cannot read the feed.`, fix };
  if (allowOrigin === '*') return { level: 'OK', subject, detail: '*' };
  if (allowOrigin !== origin) {
    // Allowing only the app's own origin is fine, if that is the app: say how to check as the app.
    const level = origin === DEFAULT_CHECK_ORIGIN ? 'WARN' : 'FAIL';
    return {
      level,
      subject,
      detail: `"${allowOrigin}": only that site can read the feed, not a banner on ${origin}.`,
      fix: level === 'WARN' ? `if that is your app, check as it: status-banner doctor URL --origin ${allowOrigin}; else ${fix}` : fix,
    };
  }
  const varyOrigin = (vary ?? '').split(',').some((name) => ['origin', '*'].includes(name.trim().toLowerCase()));
  if (!varyOrigin) {
    return {
      level: 'WARN',
      subject,
      detail: `"${allowOrigin}", the request's own Origin, without Vary: Origin: a CDN may hand this answer to other sites, whose banners then fail.`,
      fix: `add Vary: Origin, or ${fix}`,
    };
  }
  return { level: 'OK', subject, detail: `${allowOrigin} (with Vary: Origin)` };
}

export function checkExposeHeaders(value: string | null): Check {
  const subject = 'CORS Access-Control-Expose-Headers';
  const names = (value ?? '').split(',').map((name) => name.trim().toLowerCase());
  if (names.includes('date') || names.includes('*')) return { level: 'OK', subject, detail: value ?? '' };
  return {
    level: 'WARN',
    subject,
    detail: `${value ? `"${value}" lacks Date` : 'missing'}: banners on other sites cannot read the Date header, so they trust users' clocks, which may be minutes off.`,
    fix: 'send Access-Control-Expose-Headers: Date.',
  };
}

/** `date` and `age` as the host sent them; `now`: this machine's clock when the answer arrived. */
export function checkClock(date: string | null, age: string | null, now: number): Check {
  const subject = 'Clock';
  // Read as banners read it (an IMF-fixdate, strictly): a Date they ignore is no correction.
  const server = parseHttpDate(date);
  if (server === undefined) {
    return {
      level: 'WARN',
      subject,
      detail: `${date ? `Date "${date}" is unreadable` : 'no Date header'}: banners cannot correct users' clocks.`,
      fix: 'send a Date header (every HTTP server should).',
    };
  }
  // A cached answer's Date is when the origin made it: Age says how long ago that was.
  const ageSeconds = age && /^\d+$/.test(age) ? Number(age) : 0;
  const skew = server + ageSeconds * 1000 - now;
  const cached = age === null ? '' : ` (served from a cache, Age ${age}: banners then keep users' own clocks)`;
  if (Math.abs(skew) < MAX_CLOCK_SKEW_MS) {
    return {
      level: 'OK',
      subject,
      detail: `the host's Date is within ${Math.ceil(Math.abs(skew) / 1000)} s of this machine's clock${cached}`,
    };
  }
  return {
    level: 'WARN',
    subject,
    detail: `the host's Date is ${formatSpan(Math.abs(skew))} ${skew > 0 ? 'ahead of' : 'behind'} this machine's clock${cached}: banners adopt the host's clock, so users would see ETAs off by as much.`,
    fix: "if this machine's clock is right (NTP), fix the host's; else fix this one's and run doctor again.",
  };
}

export function checkSize(bytes: number): Check {
  const { level, text } = sizeVerdict(bytes);
  if (level === 'ok') return { level: 'OK', subject: 'Size', detail: text };
  const archive = 'archive old items (status-banner archive --keep-days 7) or shorten texts.';
  if (level === 'warn')
    return { level: 'WARN', subject: 'Size', detail: `${text}: above 75 % of the cap every banner enforces.`, fix: archive };
  return {
    level: 'FAIL',
    subject: 'Size',
    detail: `${text}: over the ${MAX_FEED_BYTES / 1024} KiB every banner reads; banners reject it.`,
    fix: archive,
  };
}
