import { describe, expect, it } from 'vitest';
import {
  addToArchive,
  archivePathFor,
  countArchived,
  DEFAULT_KEEP_DAYS,
  describeArchived,
  incidentEnd,
  maintenanceEnd,
  MIN_KEEP_DAYS,
  parseKeepDays,
  splitByAge,
} from '../../../src/cli/archive.js';
import { InputError } from '../../../src/cli/errors.js';
import type { Feed, FeedIncident, FeedMaintenance } from '../../../src/feed/schema.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-25T09:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function resolved(id: string, endedAt: number, extra: Partial<FeedIncident> = {}): FeedIncident {
  return { id, title: id, impact: 'minor', status: 'resolved', resolved_at: iso(endedAt), ...extra };
}

function window(id: string, endsAt: number | undefined): FeedMaintenance {
  return { id, title: id, starts_at: iso((endsAt ?? NOW) - DAY), ...(endsAt !== undefined && { ends_at: iso(endsAt) }) };
}

describe('parseKeepDays', () => {
  it.each([
    ['7', 7],
    ['30', 30],
    [' 45 ', 45],
    ['3650', 3650],
  ])('reads "%s" as %i', (text, days) => {
    expect(parseKeepDays(text)).toBe(days);
  });

  it.each([
    ['6', '--keep-days: 6 is under 7, the days the fallback page lists resolved incidents for'],
    ['0', '--keep-days: 0 is under 7, the days the fallback page lists resolved incidents for'],
    ['', '--keep-days "": expected a whole number of days, like 30'],
    ['7.5', '--keep-days "7.5": expected a whole number of days, like 30'],
    ['-10', '--keep-days "-10": expected a whole number of days, like 30'],
    ['1e3', '--keep-days "1e3": expected a whole number of days, like 30'],
    ['thirty', '--keep-days "thirty": expected a whole number of days, like 30'],
    ['99999999999999999999', '--keep-days "99999999999999999999": expected a whole number of days, like 30'],
  ])('refuses "%s"', (text, message) => {
    expect(() => parseKeepDays(text)).toThrow(new InputError(message));
  });

  it('defaults to 30 days and never goes under the fallback page’s 7', () => {
    expect([DEFAULT_KEEP_DAYS, MIN_KEEP_DAYS]).toEqual([30, 7]);
  });
});

describe('archivePathFor', () => {
  it.each([
    ['/srv/www/status.json', '/srv/www/status.archive.json'],
    ['/srv/www/feed.json', '/srv/www/feed.archive.json'],
    ['/srv/www/status', '/srv/www/status.archive.json'],
    ['/srv/www/status.feed', '/srv/www/status.feed.archive.json'],
  ])('%s → %s', (feed, archive) => {
    expect(archivePathFor(feed)).toBe(archive);
  });
});

describe('incidentEnd', () => {
  const at = (offsetDays: number) => iso(NOW - offsetDays * DAY);
  it.each([
    ['an open incident has none', { status: 'monitoring', resolved_at: at(1) }, undefined],
    ['resolved_at first', { resolved_at: at(1), updated_at: at(2), started_at: at(3) }, NOW - DAY],
    ['then updated_at', { updated_at: at(2), started_at: at(3) }, NOW - 2 * DAY],
    ['a null resolved_at falls through', { resolved_at: null, updated_at: at(2) }, NOW - 2 * DAY],
    [
      'then the newest update, whatever their order',
      {
        updates: [
          { at: at(5), status: 'investigating', message: 'x' },
          { at: at(4), status: 'resolved', message: 'x' },
        ],
        started_at: at(6),
      },
      NOW - 4 * DAY,
    ],
    ['then started_at', { updates: [], started_at: at(6) }, NOW - 6 * DAY],
    ['a resolved incident with no time at all has none', {}, undefined],
  ] as const)('%s', (_case, fields, end) => {
    expect(incidentEnd({ id: 'i', title: 't', impact: 'minor', status: 'resolved', ...fields } as FeedIncident)).toBe(end);
  });
});

describe('maintenanceEnd', () => {
  it('is ends_at', () => {
    expect(maintenanceEnd(window('m', NOW - DAY))).toBe(NOW - DAY);
  });

  it('is undefined without an end', () => {
    expect(maintenanceEnd(window('m', undefined))).toBeUndefined();
  });
});

describe('splitByAge', () => {
  const LIMIT = NOW - 30 * DAY;

  it.each([
    ['an incident resolved one second past the limit', [resolved('a', LIMIT - 1000)], []],
    ['an incident resolved exactly at the limit stays', [], [resolved('a', LIMIT)]],
    ['an incident resolved after the limit stays', [], [resolved('a', LIMIT + 1000)]],
    ['an open incident stays, however old', [], [resolved('a', LIMIT - 100 * DAY, { status: 'identified' })]],
  ])('%s', (_case, archived, kept) => {
    const { remaining, archived: moved } = splitByAge({ version: 1, incidents: [...archived, ...kept] }, NOW, 30);
    expect(moved.incidents).toEqual(archived);
    expect(remaining.incidents).toEqual(kept);
  });

  it.each([
    ['a window ended one second past the limit', [window('m', LIMIT - 1000)], []],
    ['a window ended exactly at the limit stays', [], [window('m', LIMIT)]],
    ['a window without an end stays', [], [window('m', undefined)]],
  ])('%s', (_case, archived, kept) => {
    const { remaining, archived: moved } = splitByAge({ version: 1, maintenances: [...archived, ...kept] }, NOW, 30);
    expect(moved.maintenances).toEqual(archived);
    expect(remaining.maintenances).toEqual(kept);
  });

  it('counts keepDays in whole days from now', () => {
    const feed: Feed = { version: 1, incidents: [resolved('a', NOW - 7 * DAY - 1000), resolved('b', NOW - 7 * DAY + 1000)] };
    expect(splitByAge(feed, NOW, 7).archived.incidents.map(({ id }) => id)).toEqual(['a']);
  });

  it('keeps the order and fields of what stays, and lists what moves newest first', () => {
    const feed = {
      version: 1 as const,
      'x-owner': 'sre',
      incidents: [
        resolved('old', NOW - 90 * DAY),
        resolved('new', NOW - 1 * DAY),
        resolved('older', NOW - 40 * DAY),
        resolved('newer', NOW - 2 * DAY),
      ],
    };
    const { remaining, archived } = splitByAge(feed, NOW, 30);
    expect(remaining).toEqual({ ...feed, incidents: [feed.incidents[1], feed.incidents[3]] });
    expect(archived.incidents.map(({ id }) => id)).toEqual(['older', 'old']);
    expect(feed.incidents).toHaveLength(4);
  });

  it('sorts what moves by end, newest first, maintenances too', () => {
    const feed: Feed = {
      version: 1,
      maintenances: [window('a', NOW - 90 * DAY), window('b', NOW - 40 * DAY), window('c', NOW - 60 * DAY)],
    };
    expect(splitByAge(feed, NOW, 30).archived.maintenances.map(({ id }) => id)).toEqual(['b', 'c', 'a']);
  });

  it('adds no list the feed did not have', () => {
    const { remaining, archived } = splitByAge({ version: 1 }, NOW, 30);
    expect(remaining).toEqual({ version: 1 });
    expect(archived).toEqual({ incidents: [], maintenances: [] });
  });
});

describe('addToArchive', () => {
  const moved = { incidents: [resolved('b', NOW - 31 * DAY)], maintenances: [window('w', NOW - 40 * DAY)] };

  it('starts an archive that is itself a version 1 feed', () => {
    expect(addToArchive(undefined, moved, '2026-11-25T09:00:00Z')).toEqual({ version: 1, updated_at: '2026-11-25T09:00:00Z', ...moved });
  });

  it('puts new items before earlier ones, replacing the same id rather than repeating it', () => {
    const archive: Feed = {
      version: 1,
      updated_at: '2026-10-01T00:00:00Z',
      incidents: [resolved('a', NOW - 60 * DAY), { ...resolved('b', NOW - 31 * DAY), title: 'stale copy' }],
      maintenances: [window('v', NOW - 90 * DAY)],
    };
    const result = addToArchive(archive, moved, '2026-11-25T09:00:00Z');
    expect(result.updated_at).toBe('2026-11-25T09:00:00Z');
    expect(result.incidents).toEqual([moved.incidents[0], archive.incidents![0]]);
    expect(result.maintenances!.map(({ id }) => id)).toEqual(['w', 'v']);
  });

  it('replaces a maintenance already there rather than repeating it', () => {
    const archive: Feed = {
      version: 1,
      maintenances: [{ ...window('w', NOW - 40 * DAY), title: 'stale copy' }, window('v', NOW - 90 * DAY)],
    };
    expect(addToArchive(archive, moved, 'x').maintenances).toEqual([moved.maintenances[0], archive.maintenances![1]]);
  });

  it('keeps what else the archive holds', () => {
    expect(addToArchive({ version: 1, page: { name: 'Acme' } }, moved, 'x')).toMatchObject({ page: { name: 'Acme' } });
  });
});

describe('describeArchived and countArchived', () => {
  it.each([
    [1, 0, '1 incident'],
    [2, 0, '2 incidents'],
    [0, 1, '1 maintenance'],
    [0, 3, '3 maintenances'],
    [2, 1, '2 incidents and 1 maintenance'],
  ])('%i incidents, %i maintenances: "%s"', (incidents, maintenances, text) => {
    const items = {
      incidents: Array.from({ length: incidents }, (_, index) => resolved(`i${index}`, NOW)),
      maintenances: Array.from({ length: maintenances }, (_, index) => window(`m${index}`, NOW)),
    };
    expect(describeArchived(items)).toBe(text);
    expect(countArchived(items)).toBe(incidents + maintenances);
  });
});
