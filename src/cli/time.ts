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

/** The latest time the feed can hold: its format has four-digit years. */
export const LATEST_TIME = Date.UTC(9999, 11, 31, 23, 59, 59);

/**
 * The schema's own pattern (src/feed/schema.ts), with its parts named: date, time with optional
 * seconds and fraction, then `Z` or an offset with or without its colon.
 */
const ISO_TIME =
  /^(?<year>\d{4})-(?<month>\d\d)-(?<day>\d\d)T(?<hour>\d\d):(?<minute>\d\d)(?::(?<second>\d\d)(?:\.(?<fraction>\d+))?)?(?:Z|(?<sign>[+-])(?<offsetHours>\d\d):?(?<offsetMinutes>\d\d))$/i;

/** Offsets in use on Earth run from -12:00 to +14:00; ±14:00 bounds both, as ISO 8601 profiles do. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** An ISO time read: its epoch ms, or why no clock or calendar has it. */
export type IsoTimeReading = { ms: number } | { problem: string };

/**
 * Reads an ISO 8601 time with offset; undefined when the text does not have that shape. Every
 * component is range-checked, because Date.parse rolls impossible values over (`2027-02-30`
 * becomes March 2, `T24:00` the next day) instead of refusing them.
 */
export function parseIsoTime(text: string): IsoTimeReading | undefined {
  const parts = ISO_TIME.exec(text)?.groups;
  if (!parts) return undefined;
  const { year = '', month = '', day = '', hour = '', minute = '', second = '00', fraction = '', sign = '+' } = parts;
  const { offsetHours = '00', offsetMinutes = '00' } = parts;
  const days = daysInMonth(Number(year), Number(month));
  if (Number(month) < 1 || Number(month) > 12) return { problem: `is not a date (there is no month ${month})` };
  if (Number(day) < 1 || Number(day) > days) return { problem: `is not a date (${year}-${month} has ${days} days)` };
  if (Number(hour) > 23) return { problem: `is not a time (hour ${hour} is past 23)` };
  if (Number(minute) > 59) return { problem: `is not a time (minute ${minute} is past 59)` };
  if (Number(second) > 59) return { problem: `is not a time (second ${second} is past 59)` };
  if (Number(offsetMinutes) > 59) return { problem: `has an impossible offset (minute ${offsetMinutes} is past 59)` };
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  if (Math.abs(offset) > MAX_OFFSET_MINUTES)
    return { problem: `has an impossible offset (${sign}${offsetHours}:${offsetMinutes} is beyond ±14:00)` };
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  date.setUTCHours(Number(hour), Number(minute), Number(second), Number(fraction.slice(0, 3).padEnd(3, '0')));
  return { ms: date.getTime() - offset * 60_000 };
}

/** Days in a month of the proleptic Gregorian calendar, which ISO 8601 uses. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads a flag that takes a time: a duration counted from `base`, or an ISO 8601 time with an
 * offset (the feed's own format, so whatever is accepted here is accepted by the schema).
 */
export function parseTime(flag: string, text: string, base: number): number {
  const trimmed = text.trim();
  const duration = parseDuration(trimmed);
  const reading = duration === undefined ? parseIsoTime(trimmed) : { ms: base + duration };
  if (!reading) {
    throw new InputError(
      `--${flag} "${text}": expected a duration like 45m, 2h, 1h30m, 90s, 1d or an ISO 8601 time with offset like 2026-11-25T10:30:00Z`,
    );
  }
  if ('problem' in reading) throw new InputError(`--${flag}: ${trimmed} ${reading.problem}`);
  if (reading.ms > LATEST_TIME) throw new InputError(`--${flag}: ${trimmed} is too far ahead (feed times end with the year 9999)`);
  return reading.ms;
}

/** Like parseTime, for promises to users: a time already past would be shown as a broken promise. */
export function parseFutureTime(flag: string, text: string, now: number): number {
  const time = parseTime(flag, text, now);
  if (time <= now) throw new InputError(`--${flag} ${text} is in the past (now is ${isoTime(now)})`);
  return time;
}

/**
 * The flags of an open incident's promises (open, update): when it should be fixed, and when the
 * next update comes, both read with parseFutureTime. Each command words their help: update also
 * takes `--eta none`.
 */
export const PROMISE_OPTIONS = { eta: { type: 'string' }, 'next-update': { type: 'string' } } as const;

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
