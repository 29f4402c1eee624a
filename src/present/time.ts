import { representable } from '../feed/model.js';

/**
 * Time texts: relative ("in 40 minutes") and absolute ("10:30", in the user's time zone).
 * Formatters are cached per locale+zone because Intl constructors are slow and
 * the banner re-renders its times every tick.
 */

export interface TimeFormatOptions {
  locale: string;
  /** IANA zone; the user's own when absent (tests pass one). */
  timeZone?: string;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

const cache = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(key: string, create: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter as T;
}

/** Intl throws RangeError on what a Date cannot hold: such a time gets no text rather than breaking the banner. */
function isTime(ms: number): boolean {
  return representable(ms) !== undefined;
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** "in 40 minutes", "5 minutes ago", "now", "3 months ago": rounded to the unit a person would use. */
export function formatRelative(target: number, now: number, { locale }: TimeFormatOptions): string {
  if (!isTime(target) || !isTime(now)) return '';
  const tag = safeLocale(locale);
  // `auto` only for "now": for days it says "tomorrow", which is wrong 30 hours ahead at 23:00.
  const rtf = cached(`r|${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'always' }));
  const diff = target - now;
  const size = Math.abs(diff);
  if (size < 45 * SECOND) return cached(`n|${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })).format(0, 'second');
  if (size < 90 * MINUTE) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (size < 36 * HOUR) return rtf.format(Math.round(diff / HOUR), 'hour');
  if (size < 45 * DAY) return rtf.format(Math.round(diff / DAY), 'day');
  if (size < 18 * MONTH) return rtf.format(Math.round(diff / MONTH), 'month');
  return rtf.format(Math.round(diff / YEAR), 'year');
}

/**
 * How the locale writes hours in its own short time style: '2-digit' where it pads them ("07:27" in
 * French, German, British English), 'numeric' where it does not ("7:27 AM" in American English).
 * `hour: 'numeric'` alone would drop the French zero.
 */
function hourStyle(tag: string): '2-digit' | 'numeric' {
  const style = cached(`h|${tag}`, () => new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: 'UTC' }));
  // 01:00 UTC: a one-digit hour in every locale that does not pad.
  return style.formatToParts(HOUR).some((part) => part.type === 'hour' && part.value.length > 1) ? '2-digit' : 'numeric';
}

/**
 * The clock time alone when the target is today (in the zone), else with the date, and its year when
 * over half a year away; hours as the locale writes them.
 */
export function formatAbsolute(target: number, now: number, { locale, timeZone }: TimeFormatOptions): string {
  if (!isTime(target) || !isTime(now)) return '';
  const tag = safeLocale(locale);
  const zone = timeZone ?? '';
  const day = cached(
    `d|${tag}|${zone}`,
    () => new Intl.DateTimeFormat(tag, { timeZone: timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }),
  );
  const sameDay = day.format(target) === day.format(now);
  const farOff = Math.abs(target - now) > YEAR / 2;
  const key = `${sameDay ? 't' : farOff ? 'y' : 'dt'}|${tag}|${zone}`;
  const formatter = cached(
    key,
    () =>
      new Intl.DateTimeFormat(tag, {
        timeZone: timeZone,
        hour: hourStyle(tag),
        minute: '2-digit',
        ...(sameDay ? {} : { weekday: 'short', day: 'numeric', month: 'short', year: farOff ? 'numeric' : undefined }),
      }),
  );
  // No-break spaces: "10:00" and "AM" on two lines reads as two things.
  return formatter.format(target).replace(/\s/g, '\u00a0');
}

/** Delay until a relative text shown for `target` may read differently; the banner re-renders then. */
export function refreshDelay(target: number, now: number): number {
  const size = Math.abs(target - now);
  if (size < 90 * MINUTE) return 15 * SECOND;
  if (size < 36 * HOUR) return 5 * MINUTE;
  return HOUR;
}
