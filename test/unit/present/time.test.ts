import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatRelative, refreshDelay } from '../../../src/present/time.js';

const NOW = Date.parse('2026-11-24T09:40:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('formatRelative', () => {
  const cases: [number, string, string][] = [
    [0, 'now', 'maintenant'],
    [30_000, 'now', 'maintenant'],
    [50_000, 'in 1 minute', 'dans 1 minute'],
    [40 * MINUTE, 'in 40 minutes', 'dans 40 minutes'],
    [-5 * MINUTE, '5 minutes ago', 'il y a 5 minutes'],
    [89 * MINUTE, 'in 89 minutes', 'dans 89 minutes'],
    [2 * HOUR, 'in 2 hours', 'dans 2 heures'],
    [-3 * HOUR, '3 hours ago', 'il y a 3 heures'],
    [30 * HOUR, 'in 30 hours', 'dans 30 heures'],
    [48 * HOUR, 'in 2 days', 'dans 2 jours'],
    [-24 * 7 * HOUR, '7 days ago', 'il y a 7 jours'],
    [-44 * 24 * HOUR, '44 days ago', 'il y a 44 jours'],
    [-84 * 24 * HOUR, '3 months ago', 'il y a 3 mois'],
    [17 * 30 * 24 * HOUR, 'in 17 months', 'dans 17 mois'],
    [-3.7 * 365 * 24 * HOUR, '4 years ago', 'il y a 4 ans'],
  ];
  for (const [offset, english, french] of cases) {
    it(`${offset} ms → "${english}" / "${french}"`, () => {
      expect(formatRelative(NOW + offset, NOW, { locale: 'en' })).toBe(english);
      expect(formatRelative(NOW + offset, NOW, { locale: 'fr' })).toBe(french);
    });
  }

  it('uses the words of other locales, and falls back to English for an invalid tag', () => {
    expect(formatRelative(NOW + 40 * MINUTE, NOW, { locale: 'de-DE' })).toBe('in 40 Minuten');
    expect(formatRelative(NOW + 40 * MINUTE, NOW, { locale: 'not a tag!' })).toBe('in 40 minutes');
  });
});

describe('formatAbsolute', () => {
  // Spaces are no-break spaces (\u00a0): a time never wraps across two lines.
  const eta = Date.parse('2026-11-24T10:30:00Z');

  it('shows the clock time alone when the target is today in the zone', () => {
    expect(formatAbsolute(eta, NOW, { locale: 'en-US', timeZone: 'UTC' })).toBe('10:30\u00a0AM');
    expect(formatAbsolute(eta, NOW, { locale: 'fr', timeZone: 'Europe/Paris' })).toBe('11:30');
    expect(formatAbsolute(eta, NOW, { locale: 'en-GB', timeZone: 'Asia/Kolkata' })).toBe('16:00');
  });

  it('adds the date when the target falls on another day in that zone', () => {
    // In Los Angeles both instants fall on the 24th (01:40 and 02:30).
    expect(formatAbsolute(eta, NOW, { locale: 'en-US', timeZone: 'America/Los_Angeles' })).toBe('2:30\u00a0AM');
    const tomorrow = Date.parse('2026-11-25T02:00:00Z');
    expect(formatAbsolute(tomorrow, NOW, { locale: 'en-US', timeZone: 'UTC' })).toBe('Wed,\u00a0Nov\u00a025,\u00a02:00\u00a0AM');
    expect(formatAbsolute(tomorrow, NOW, { locale: 'fr', timeZone: 'Europe/Paris' })).toBe('mer.\u00a025\u00a0nov.,\u00a003:00');
    // 23:30 in Tokyo on the 24th is still "today" there for a 18:40 now.
    expect(formatAbsolute(Date.parse('2026-11-24T14:30:00Z'), NOW, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('23:30');
  });
});

describe('formatAbsolute: the year when the date is over half a year away', () => {
  const cases: [string, string, string][] = [
    ['five months ago: no year', '2026-06-24T09:40:00Z', 'Wed,\u00a0Jun\u00a024,\u00a09:40\u00a0AM'],
    ['three years ago', '2023-03-12T08:15:00Z', 'Sun,\u00a0Mar\u00a012,\u00a02023,\u00a08:15\u00a0AM'],
    ['next year, over half a year ahead', '2027-08-01T10:00:00Z', 'Sun,\u00a0Aug\u00a01,\u00a02027,\u00a010:00\u00a0AM'],
  ];
  for (const [name, target, expected] of cases) {
    it(name, () => {
      expect(formatAbsolute(Date.parse(target), NOW, { locale: 'en-US', timeZone: 'UTC' })).toBe(expected);
    });
  }
});

describe('formatAbsolute: hours as each locale writes them', () => {
  // 07:27 UTC, on the same day as now, and the next day at 07:27.
  const morning = Date.parse('2026-11-24T07:27:00Z');
  const nextMorning = morning + 24 * HOUR;
  const now = Date.parse('2026-11-24T06:00:00Z');
  it.each([
    ['fr', '07:27', 'mer.\u00a025\u00a0nov.,\u00a007:27'],
    ['de', '07:27', 'Mi.,\u00a025.\u00a0Nov.,\u00a007:27'],
    ['en-GB', '07:27', 'Wed\u00a025\u00a0Nov,\u00a007:27'],
    ['en-US', '7:27\u00a0AM', 'Wed,\u00a0Nov\u00a025,\u00a07:27\u00a0AM'],
    ['es', '7:27', 'mié,\u00a025\u00a0nov,\u00a07:27'],
  ])('%s: %j today, %j another day', (locale, today, otherDay) => {
    expect(formatAbsolute(morning, now, { locale, timeZone: 'UTC' })).toBe(today);
    expect(formatAbsolute(nextMorning, now, { locale, timeZone: 'UTC' })).toBe(otherDay);
  });
});

describe('times a Date cannot hold', () => {
  it('get no text instead of a RangeError from Intl', () => {
    for (const target of [NaN, Infinity, 8.64e15 + 1, -1e300]) {
      expect(formatRelative(target, NOW, { locale: 'en' })).toBe('');
      expect(formatAbsolute(target, NOW, { locale: 'en', timeZone: 'UTC' })).toBe('');
    }
    expect(formatAbsolute(8.64e15, NOW, { locale: 'en-US', timeZone: 'UTC' })).not.toBe('');
  });
});

describe('refreshDelay', () => {
  it('refreshes often while a relative text changes by the minute, rarely for far times', () => {
    expect(refreshDelay(NOW + 10 * MINUTE, NOW)).toBe(15_000);
    expect(refreshDelay(NOW - 10 * MINUTE, NOW)).toBe(15_000);
    expect(refreshDelay(NOW + 5 * HOUR, NOW)).toBe(5 * MINUTE);
    expect(refreshDelay(NOW + 72 * HOUR, NOW)).toBe(HOUR);
  });
});
