import { describe, expect, it } from 'vitest';
import { epoch, httpUrl, IMPACT_RANK, IMPACTS, INCIDENT_STATUSES, representable } from '../../../src/feed/model.js';

describe('the vocabulary', () => {
  it('has four impacts, ranked from none to critical', () => {
    expect(IMPACTS).toEqual(['none', 'minor', 'major', 'critical']);
    expect(IMPACT_RANK).toEqual({ none: 0, minor: 1, major: 2, critical: 3 });
  });

  it('has four incident statuses, resolved last', () => {
    expect(INCIDENT_STATUSES).toEqual(['investigating', 'identified', 'monitoring', 'resolved']);
  });
});

describe('httpUrl', () => {
  it.each<[string, unknown, string | undefined]>([
    ['https, as it is', 'https://status.example/i/1?x=1#y', 'https://status.example/i/1?x=1#y'],
    ['http, normalized', 'http://status.example', 'http://status.example/'],
    ['upper-case scheme and host, normalized', 'HTTPS://STATUS.EXAMPLE/A', 'https://status.example/A'],
    ['surrounding spaces, as the URL parser drops them', ' https://status.example/ ', 'https://status.example/'],
    ['javascript:', 'javascript:alert(1)', undefined],
    ['data:', 'data:text/html,<script>alert(1)</script>', undefined],
    ['mailto:', 'mailto:ops@status.example', undefined],
    ['ftp:', 'ftp://status.example/', undefined],
    ['a relative path', '/incidents/1', undefined],
    ['an empty string', '', undefined],
    ['a number', 42, undefined],
    ['null', null, undefined],
    ['undefined', undefined, undefined],
    // `new URL()` would stringify these into a valid URL: only strings are links.
    ['an array holding a URL', ['https://status.example/'], undefined],
    ['an object that stringifies to a URL', { toString: () => 'https://status.example/' }, undefined],
  ])('%s', (_case, value, expected) => {
    expect(httpUrl(value)).toBe(expected);
  });
});

describe('representable', () => {
  it.each<[string, number, number | undefined]>([
    ['the epoch', 0, 0],
    ['a time today', 1_795_513_500_000, 1_795_513_500_000],
    ['the last instant a Date holds', 8.64e15, 8.64e15],
    ['the first instant a Date holds', -8.64e15, -8.64e15],
    ['one ms past the last', 8.64e15 + 1, undefined],
    ['one ms before the first', -8.64e15 - 1, undefined],
    ['infinity', Infinity, undefined],
    ['NaN', NaN, undefined],
  ])('%s', (_case, ms, expected) => {
    expect(representable(ms)).toBe(expected);
  });
});

describe('epoch', () => {
  it.each<[string, unknown, number | undefined]>([
    ['UTC', '2026-11-24T09:40:00Z', Date.UTC(2026, 10, 24, 9, 40)],
    ['an offset', '2026-11-24T10:40:00+01:00', Date.UTC(2026, 10, 24, 9, 40)],
    ['a fraction of a second', '2026-11-24T09:40:00.250Z', Date.UTC(2026, 10, 24, 9, 40, 0, 250)],
    ['unreadable text', 'soon', undefined],
    ['an impossible date', '2026-02-31T25:00:00Z', undefined],
    ['30 February, which Date.parse rolls over to 2 March', '2027-02-30T10:00:00Z', undefined],
    ['31 April', '2027-04-31T10:00:00Z', undefined],
    ['29 February of a leap year', '2028-02-29T10:00:00Z', Date.UTC(2028, 1, 29, 10)],
    ['24:00, which Date.parse reads as the next day', '2027-03-01T24:00:00Z', undefined],
    ['an offset without its colon', '2026-11-24T10:40:00+0100', Date.UTC(2026, 10, 24, 9, 40)],
    ['a negative offset across midnight', '2026-11-23T23:10:00-10:30', Date.UTC(2026, 10, 24, 9, 40)],
    ['a lower-case z', '2026-11-24T09:40:00z', Date.UTC(2026, 10, 24, 9, 40)],
    ['Instatus, as Date#toString writes it', 'Sat Jun 11 2022 18:55:50 GMT+0000', Date.UTC(2022, 5, 11, 18, 55, 50)],
    ['an empty string', '', undefined],
    // Each form Date.parse reads an ISO time in, with an impossible date: each is held to the calendar.
    ['30 February without seconds', '2027-02-30T10:00Z', undefined],
    ['30 February with milliseconds', '2027-02-30T10:00:00.250Z', undefined],
    ['30 February with a tenth of a second', '2027-02-30T10:00:00.2Z', undefined],
    ['30 February with an offset', '2027-02-30T10:00:00+01:00', undefined],
    ['30 February with an offset without its colon', '2027-02-30T10:00:00+0100', undefined],
    ['30 February with a negative offset', '2027-02-30T10:00:00-02:30', undefined],
    ['30 February of an extended year', '+002027-02-30T10:00:00Z', undefined],
    ['30 February of a negative extended year', '-002027-02-30T10:00:00Z', undefined],
    ['an extended year', '+002026-11-24T09:40:00Z', Date.UTC(2026, 10, 24, 9, 40)],
    ['a time without seconds', '2026-11-24T09:40Z', Date.UTC(2026, 10, 24, 9, 40)],
    // Date.parse(42) reads the year 2042: only text is a time.
    ['a number', 42, undefined],
    ['null', null, undefined],
    ['undefined', undefined, undefined],
  ])('%s', (_case, value, expected) => {
    expect(epoch(value)).toBe(expected);
  });
});
