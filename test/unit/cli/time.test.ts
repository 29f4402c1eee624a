import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/cli/errors.js';
import {
  daysInMonth,
  describeTime,
  formatSpan,
  isoTime,
  LATEST_TIME,
  parseDuration,
  parseFutureTime,
  parseIsoTime,
  parseTime,
} from '../../../src/cli/time.js';

const MINUTE = 60_000;
const NOW = Date.parse('2026-11-25T09:00:00Z');

describe('parseDuration', () => {
  it.each([
    ['45m', 45 * MINUTE],
    ['2h', 120 * MINUTE],
    ['1h30m', 90 * MINUTE],
    ['90s', 90_000],
    ['1s', 1_000],
    ['1d', 1440 * MINUTE],
    ['1d2h3m4s', (1440 + 120 + 3) * MINUTE + 4000],
    ['0h5m', 5 * MINUTE],
  ])('%s is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '45', 'm', '0m', '0s', '0d0h', '1.5h', '30m1h', '-5m', '45 m', '45min', 'PT45M', ' 45m'])(
    '"%s" is not a duration',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});

describe('daysInMonth', () => {
  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2026, 3, 31],
    [2026, 4, 30],
    [2026, 5, 31],
    [2026, 6, 30],
    [2026, 7, 31],
    [2026, 8, 31],
    [2026, 9, 30],
    [2026, 10, 31],
    [2026, 11, 30],
    [2026, 12, 31],
    [2024, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [2023, 2, 28],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('parseIsoTime', () => {
  it.each([
    ['2026-11-25T10:30Z', '2026-11-25T10:30:00.000Z'],
    ['2026-11-25T10:30:15Z', '2026-11-25T10:30:15.000Z'],
    ['2026-11-25T10:30:15.5Z', '2026-11-25T10:30:15.500Z'],
    ['2026-11-25T10:30:15.123456Z', '2026-11-25T10:30:15.123Z'],
    ['2026-11-25t10:30z', '2026-11-25T10:30:00.000Z'],
    ['2026-11-25T11:30+01:00', '2026-11-25T10:30:00.000Z'],
    ['2026-11-25T09:30-01:00', '2026-11-25T10:30:00.000Z'],
    ['2026-11-25T11:30+0100', '2026-11-25T10:30:00.000Z'],
    ['2026-11-25T10:30-00:00', '2026-11-25T10:30:00.000Z'],
    ['2026-11-26T00:00+14:00', '2026-11-25T10:00:00.000Z'],
    ['2026-11-25T00:00-14:00', '2026-11-25T14:00:00.000Z'],
    ['2026-11-25T23:59+13:59', '2026-11-25T10:00:00.000Z'],
    ['2024-02-29T00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29T00:00Z', '2000-02-29T00:00:00.000Z'],
    ['2026-01-31T00:00Z', '2026-01-31T00:00:00.000Z'],
    ['2026-04-30T00:00Z', '2026-04-30T00:00:00.000Z'],
    ['2026-12-01T00:00Z', '2026-12-01T00:00:00.000Z'],
    ['2026-11-25T23:59:59Z', '2026-11-25T23:59:59.000Z'],
    ['0050-06-15T00:00Z', '0050-06-15T00:00:00.000Z'],
    ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59.000Z'],
  ])('reads %s as %s', (text, utc) => {
    const reading = parseIsoTime(text);
    expect(reading).toEqual({ ms: Date.parse(utc) });
    expect(new Date((reading as { ms: number }).ms).toISOString()).toBe(utc);
  });

  it.each([
    ['2027-02-30T10:00Z', 'is not a date (2027-02 has 28 days)'],
    ['2023-02-29T00:00Z', 'is not a date (2023-02 has 28 days)'],
    ['1900-02-29T00:00Z', 'is not a date (1900-02 has 28 days)'],
    ['2026-04-31T00:00Z', 'is not a date (2026-04 has 30 days)'],
    ['2026-01-32T00:00Z', 'is not a date (2026-01 has 31 days)'],
    ['2026-11-00T00:00Z', 'is not a date (2026-11 has 30 days)'],
    ['2026-00-10T00:00Z', 'is not a date (there is no month 00)'],
    ['2026-13-01T00:00Z', 'is not a date (there is no month 13)'],
    ['2026-11-25T24:00Z', 'is not a time (hour 24 is past 23)'],
    ['2026-11-25T23:60Z', 'is not a time (minute 60 is past 59)'],
    ['2026-11-25T23:59:60Z', 'is not a time (second 60 is past 59)'],
    ['2026-11-25T10:00+02:60', 'has an impossible offset (minute 60 is past 59)'],
    ['2026-11-25T10:00+14:01', 'has an impossible offset (+14:01 is beyond ±14:00)'],
    ['2026-11-25T10:00-14:30', 'has an impossible offset (-14:30 is beyond ±14:00)'],
    ['2026-11-25T10:00+1500', 'has an impossible offset (+15:00 is beyond ±14:00)'],
  ])('refuses %s: %s', (text, problem) => {
    expect(parseIsoTime(text)).toEqual({ problem });
  });

  it.each([
    '',
    '2026-11-25',
    '2026-11-25T10:30',
    '2026-11-25 10:30Z',
    '26-11-25T10:30Z',
    '2026-11-25T1:30Z',
    '2026-11-25T10:30:15.Z',
    '2026-11-25T10:30+1',
    '2026-11-25T10:30+01:0',
    ' 2026-11-25T10:30Z',
    '2026-11-25T10:30Z ',
  ])('"%s" is not shaped like an ISO time', (text) => {
    expect(parseIsoTime(text)).toBeUndefined();
  });
});

describe('parseTime', () => {
  it('counts a duration from the base', () => {
    expect(parseTime('eta', ' 45m ', NOW)).toBe(NOW + 45 * MINUTE);
  });

  it('reads an ISO time with an offset', () => {
    expect(parseTime('eta', '2026-11-25T11:30:00+02:00', NOW)).toBe(Date.parse('2026-11-25T09:30:00Z'));
  });

  it('accepts the latest time the feed can hold', () => {
    expect(parseTime('eta', '9999-12-31T23:59:59Z', NOW)).toBe(LATEST_TIME);
  });

  it.each([
    [
      'from',
      '2026-11-25 10:00',
      '--from "2026-11-25 10:00": expected a duration like 45m, 2h, 1h30m, 90s, 1d or an ISO 8601 time with offset like 2026-11-25T10:30:00Z',
    ],
    [
      'eta',
      '45 minutes',
      '--eta "45 minutes": expected a duration like 45m, 2h, 1h30m, 90s, 1d or an ISO 8601 time with offset like 2026-11-25T10:30:00Z',
    ],
    ['eta', '2027-02-30T10:00Z', '--eta: 2027-02-30T10:00Z is not a date (2027-02 has 28 days)'],
    ['until', ' 2026-11-25T24:00Z ', '--until: 2026-11-25T24:00Z is not a time (hour 24 is past 23)'],
    ['next-update', '2026-11-25T10:00+15:00', '--next-update: 2026-11-25T10:00+15:00 has an impossible offset (+15:00 is beyond ±14:00)'],
    ['eta', '9999-12-31T23:59:59-00:01', '--eta: 9999-12-31T23:59:59-00:01 is too far ahead (feed times end with the year 9999)'],
    ['eta', '99999999d', '--eta: 99999999d is too far ahead (feed times end with the year 9999)'],
  ])('refuses --%s %s, naming the flag and the value', (flag, text, message) => {
    expect(() => parseTime(flag, text, NOW)).toThrow(new InputError(message));
  });
});

describe('parseFutureTime', () => {
  it('refuses a promise that is already past, even by a second', () => {
    expect(() => parseFutureTime('eta', '2026-11-25T09:00:00Z', NOW)).toThrow(
      new InputError('--eta 2026-11-25T09:00:00Z is in the past (now is 2026-11-25T09:00:00Z)'),
    );
  });

  it('accepts a time one second ahead', () => {
    expect(parseFutureTime('eta', '2026-11-25T09:00:01Z', NOW)).toBe(NOW + 1000);
  });
});

describe('isoTime', () => {
  it('writes the feed format, to the second', () => {
    expect(isoTime(Date.parse('2026-11-25T09:30:15.999Z'))).toBe('2026-11-25T09:30:15Z');
  });
});

describe('describeTime', () => {
  it('says a future time in UTC with how far ahead it is', () => {
    expect(describeTime(NOW + 95 * MINUTE, NOW)).toBe('2026-11-25 10:35 UTC (in 1 h 35 min)');
  });

  it('says a past time with how long ago it was', () => {
    expect(describeTime(NOW - 3 * 1440 * MINUTE - 5 * 60 * MINUTE, NOW)).toBe('2026-11-22 04:00 UTC (3 d 5 h ago)');
  });

  it('counts now itself as ahead', () => {
    expect(describeTime(NOW, NOW)).toBe('2026-11-25 09:00 UTC (in less than a minute)');
  });
});

describe('formatSpan', () => {
  it.each([
    [29_999, 'less than a minute'],
    [30_000, '1 min'],
    [45 * MINUTE, '45 min'],
    [60 * MINUTE, '1 h'],
    [95 * MINUTE, '1 h 35 min'],
    [1440 * MINUTE, '1 d'],
    [(1440 + 59) * MINUTE, '1 d'],
    [(2 * 1440 + 180 + 20) * MINUTE, '2 d 3 h'],
  ])('%i ms is "%s"', (ms, text) => {
    expect(formatSpan(ms)).toBe(text);
  });
});
