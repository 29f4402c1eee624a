import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/cli/errors.js';
import { describeTime, formatSpan, parseDuration, parseFutureTime, parseTime } from '../../../src/cli/time.js';

const MINUTE = 60_000;
const NOW = Date.parse('2026-11-25T09:00:00Z');

describe('durations', () => {
  it.each([
    ['45m', 45 * MINUTE],
    ['2h', 120 * MINUTE],
    ['1h30m', 90 * MINUTE],
    ['90s', 90_000],
    ['1d', 1440 * MINUTE],
    ['1d2h3m4s', (1440 + 120 + 3) * MINUTE + 4000],
  ])('%s is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '45', 'm', '0m', '1.5h', '30m1h', '-5m', '45 m', '45min', 'PT45M'])('"%s" is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('times', () => {
  it('counts a duration from the base and reads ISO times with an offset', () => {
    expect(parseTime('eta', ' 45m ', NOW)).toBe(NOW + 45 * MINUTE);
    expect(parseTime('eta', '2026-11-25T11:30:00+02:00', NOW)).toBe(Date.parse('2026-11-25T09:30:00Z'));
  });

  it('refuses times without an offset, naming the flag', () => {
    expect(() => parseTime('from', '2026-11-25 10:00', NOW)).toThrow(
      new InputError(
        '--from "2026-11-25 10:00": expected a duration like 45m, 2h, 1h30m, 90s, 1d or an ISO 8601 time with offset like 2026-11-25T10:30:00Z',
      ),
    );
  });

  it('refuses a promise that is already past, even by a second', () => {
    expect(() => parseFutureTime('eta', '2026-11-25T09:00:00Z', NOW)).toThrow(
      /--eta 2026-11-25T09:00:00Z is in the past \(now is 2026-11-25T09:00:00Z\)/,
    );
    expect(parseFutureTime('eta', '2026-11-25T09:00:01Z', NOW)).toBe(NOW + 1000);
  });

  it('describes times for the operator in UTC with the distance from now', () => {
    expect(describeTime(NOW + 95 * MINUTE, NOW)).toBe('2026-11-25 10:35 UTC (in 1 h 35 min)');
    expect(describeTime(NOW - 3 * 1440 * MINUTE - 5 * 60 * MINUTE, NOW)).toBe('2026-11-22 04:00 UTC (3 d 5 h ago)');
    expect(formatSpan(20_000)).toBe('less than a minute');
  });
});
