import { timeSchema } from '../feed/schema.js';
import { InputError } from './errors.js';

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 } as const;
const DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** `45m`, `2h`, `1h30m`, `90s`, `1d` → milliseconds; undefined when the text is not such a duration. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match || match[0] === '') return undefined;
  const [, days, hours, minutes, seconds] = match;
  const ms =
    Number(days ?? 0) * UNIT_MS.d + Number(hours ?? 0) * UNIT_MS.h + Number(minutes ?? 0) * UNIT_MS.m + Number(seconds ?? 0) * UNIT_MS.s;
  return ms > 0 ? ms : undefined;
}

/**
 * Reads a flag that takes a time: a duration counted from `base`, or an ISO 8601 time with an
 * offset (the feed's own rule, so whatever is accepted here is accepted by the schema).
 */
export function parseTime(flag: string, text: string, base: number): number {
  const trimmed = text.trim();
  const duration = parseDuration(trimmed);
  if (duration !== undefined) return base + duration;
  if (timeSchema.safeParse(trimmed).success) return Date.parse(trimmed);
  throw new InputError(
    `--${flag} "${text}": expected a duration like 45m, 2h, 1h30m, 90s, 1d or an ISO 8601 time with offset like 2026-11-25T10:30:00Z`,
  );
}

/** Like parseTime, for promises to users: a time already past would be shown as a broken promise. */
export function parseFutureTime(flag: string, text: string, now: number): number {
  const time = parseTime(flag, text, now);
  if (time <= now) throw new InputError(`--${flag} ${text} is in the past (now is ${isoTime(now)})`);
  return time;
}

/** The feed's time format, to the second. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Operator-facing: UTC, with the distance from now, e.g. `2026-11-25 10:45 UTC (in 45 min)`. */
export function describeTime(ms: number, now: number): string {
  const stamp = isoTime(ms)
    .replace('T', ' ')
    .replace(/:\d{2}Z$/, ' UTC');
  const distance = formatSpan(Math.abs(ms - now));
  return `${stamp} (${ms >= now ? `in ${distance}` : `${distance} ago`})`;
}

/** `1 h 35 min`, `45 min`, `2 d 3 h`: the two largest units, rounded to the minute. */
export function formatSpan(ms: number): string {
  const minutes = Math.round(ms / UNIT_MS.m);
  if (minutes < 1) return 'less than a minute';
  const parts: string[] = [];
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (rest && !days) parts.push(`${rest} min`);
  return parts.join(' ');
}
