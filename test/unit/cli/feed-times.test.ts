import { describe, expect, it } from 'vitest';
import { describeImpossibleTime, findImpossibleTimes } from '../../../src/cli/feed-times.js';
import { feedSchema } from '../../../src/feed/schema.js';

const GOOD = '2026-11-25T10:00:00Z';

function feedWith(times: Record<string, string | null>, where: 'feed' | 'incident' | 'update' | 'maintenance') {
  const update = { at: GOOD, status: 'investigating', message: 'x', ...(where === 'update' ? times : {}) };
  return {
    version: 1,
    ...(where === 'feed' ? times : {}),
    incidents: [
      { id: 'a', title: 't', impact: 'major', status: 'investigating', updates: [update], ...(where === 'incident' ? times : {}) },
    ],
    maintenances: [{ id: 'm', title: 't', starts_at: GOOD, ...(where === 'maintenance' ? times : {}) }],
  };
}

describe('findImpossibleTimes', () => {
  it.each([
    ['feed', 'updated_at', 'updated_at'],
    ['incident', 'started_at', 'incidents[0].started_at'],
    ['incident', 'updated_at', 'incidents[0].updated_at'],
    ['incident', 'expected_resolution_at', 'incidents[0].expected_resolution_at'],
    ['incident', 'next_update_at', 'incidents[0].next_update_at'],
    ['incident', 'resolved_at', 'incidents[0].resolved_at'],
    ['update', 'at', 'incidents[0].updates[0].at'],
    ['maintenance', 'starts_at', 'maintenances[0].starts_at'],
    ['maintenance', 'ends_at', 'maintenances[0].ends_at'],
  ] as const)('finds a %s %s of 2027-02-30 at %s', (where, field, path) => {
    expect(findImpossibleTimes(feedSchema, feedWith({ [field]: '2027-02-30T10:00Z' }, where))).toEqual([
      { path, value: '2027-02-30T10:00Z', problem: 'is not a date (2027-02 has 28 days)' },
    ]);
  });

  it('finds nothing in a feed whose times all exist', () => {
    expect(findImpossibleTimes(feedSchema, feedWith({ started_at: GOOD, resolved_at: null }, 'incident'))).toEqual([]);
  });

  it('lists every impossible time, in document order', () => {
    const doc = feedWith({ updated_at: '2026-11-25T24:00Z' }, 'feed');
    doc.incidents.push({
      ...doc.incidents[0]!,
      id: 'b',
      updates: [{ at: '2026-11-25T10:00+15:00', status: 'investigating', message: 'x' }],
    });
    expect(findImpossibleTimes(feedSchema, doc).map((found) => found.path)).toEqual(['updated_at', 'incidents[1].updates[0].at']);
  });

  it('ignores fields the schema does not know, even when they look like times', () => {
    expect(findImpossibleTimes(feedSchema, { version: 1, 'x-deadline': '2027-02-30T10:00Z' })).toEqual([]);
  });

  it('leaves a null where an object or a list belongs alone', () => {
    expect(findImpossibleTimes(feedSchema, { version: 1, page: null, incidents: null })).toEqual([]);
  });

  it('leaves absent lists alone', () => {
    expect(findImpossibleTimes(feedSchema, { version: 1 })).toEqual([]);
  });
});

describe('describeImpossibleTime', () => {
  it('names the field and the value', () => {
    expect(
      describeImpossibleTime({
        path: 'incidents[0].started_at',
        value: '2027-02-30T10:00Z',
        problem: 'is not a date (2027-02 has 28 days)',
      }),
    ).toBe('incidents[0].started_at: 2027-02-30T10:00Z is not a date (2027-02 has 28 days)');
  });
});
