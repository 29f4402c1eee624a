import { describe, expect, it } from 'vitest';
import type { Maintenance } from '../../../src/feed/model.js';
import { OPEN_WINDOW_LIMIT } from '../../../src/feed/limits.js';
import { maintenanceState, selectItems } from '../../../src/present/select.js';
import { aMaintenance, aModel, anIncident, DEFAULTS, HOUR, MINUTE, NOW } from './fixtures.js';

const keys = (model = aModel(), options = {}) => selectItems(model, { ...DEFAULTS, ...options }).map((item) => item.key);

describe('selectItems', () => {
  it('shows nothing for an empty feed', () => {
    expect(keys()).toEqual([]);
  });

  it('orders unresolved incidents by impact, then by most recent update', () => {
    const model = aModel({
      incidents: [
        anIncident({ id: 'minor', impact: 'minor', updatedAt: NOW }),
        anIncident({ id: 'major-old', impact: 'major', updatedAt: NOW - HOUR }),
        anIncident({ id: 'none', impact: 'none', updatedAt: NOW }),
        anIncident({ id: 'critical', impact: 'critical', updatedAt: NOW - 2 * HOUR }),
        anIncident({ id: 'major-new', impact: 'major', updatedAt: NOW - MINUTE }),
      ],
    });
    expect(keys(model)).toEqual(['incident:critical', 'incident:major-new', 'incident:major-old', 'incident:minor', 'incident:none']);
  });

  it('puts active incidents before maintenance in progress, resolved notices, then upcoming maintenance', () => {
    const model = aModel({
      incidents: [anIncident({ id: 'fixed', status: 'resolved', resolvedAt: NOW - MINUTE }), anIncident({ id: 'live', impact: 'minor' })],
      maintenances: [aMaintenance({ id: 'soon' }), aMaintenance({ id: 'now', startsAt: NOW - MINUTE })],
    });
    expect(keys(model)).toEqual(['incident:live', 'maintenance:now', 'incident:fixed', 'maintenance:soon']);
  });

  it('keeps a resolved incident for resolved-for seconds after resolved_at, and hides at once with 0', () => {
    const model = aModel({ incidents: [anIncident({ status: 'resolved', resolvedAt: NOW - 30 * MINUTE })] });
    expect(keys(model)).toEqual(['incident:api']);
    expect(keys(model, { resolvedFor: 30 * 60 })).toEqual([]);
    expect(keys(model, { resolvedFor: 0 })).toEqual([]);
    expect(keys(model, { resolvedFor: 31 * 60 })).toEqual(['incident:api']);
  });

  it('announces maintenance only within maintenance-notice hours, and drops it once over', () => {
    const model = aModel({ maintenances: [aMaintenance({ startsAt: NOW + 5 * HOUR, endsAt: NOW + 6 * HOUR })] });
    expect(keys(model, { maintenanceNotice: 4 })).toEqual([]);
    expect(keys(model, { maintenanceNotice: 5 })).toEqual(['maintenance:db']);
    const over = aModel({ maintenances: [aMaintenance({ startsAt: NOW - 2 * HOUR, endsAt: NOW - HOUR })] });
    expect(keys(over)).toEqual([]);
  });

  it('derives the maintenance state from the clock unless the source states it', () => {
    const [upcoming] = selectItems(aModel({ maintenances: [aMaintenance()] }), DEFAULTS);
    expect(upcoming?.state).toBe('scheduled');
    const [running] = selectItems(aModel({ maintenances: [aMaintenance({ startsAt: NOW - MINUTE })] }), DEFAULTS);
    expect(running?.state).toBe('in_progress');
    const [explicit] = selectItems(aModel({ maintenances: [aMaintenance({ status: 'in_progress' })] }), DEFAULTS);
    expect(explicit?.state).toBe('in_progress');
    expect(selectItems(aModel({ maintenances: [aMaintenance({ status: 'completed', startsAt: NOW - MINUTE })] }), DEFAULTS)).toEqual([]);
  });

  it('filters by component id or name, case-insensitively; items naming no component always show', () => {
    const model = aModel({
      incidents: [
        anIncident({ id: 'a', components: ['api', 'API Gateway'] }),
        anIncident({ id: 'b', components: ['billing'] }),
        anIncident({ id: 'c', components: [] }),
      ],
    });
    expect(keys(model, { components: ['api gateway'] })).toEqual(['incident:a', 'incident:c']);
    expect(keys(model, { components: [' billing ', ''] })).toEqual(['incident:b', 'incident:c']);
    expect(keys(model, { components: [''] })).toHaveLength(3);
  });

  it('leaves out dismissed items', () => {
    const model = aModel({ incidents: [anIncident({ id: 'a' }), anIncident({ id: 'b', impact: 'minor' })] });
    expect(keys(model, { isDismissed: (item: { key: string }) => item.key === 'incident:a' })).toEqual(['incident:b']);
  });

  it('ranks a future-dated incident as undated: it never jumps ahead of a recent one (#10, case 5b)', () => {
    const model = aModel({
      incidents: [
        anIncident({ id: 'future', updatedAt: NOW + 10 * 24 * HOUR }),
        anIncident({ id: 'undated', updatedAt: undefined, updates: [] }),
        anIncident({ id: 'recent', updatedAt: NOW - MINUTE }),
        anIncident({ id: 'older', updatedAt: NOW - HOUR }),
      ],
    });
    expect(keys(model)).toEqual(['incident:recent', 'incident:older', 'incident:future', 'incident:undated']);
  });

  it('does not announce a resolved incident whose resolution its source does not date', () => {
    const model = aModel({ incidents: [anIncident({ status: 'resolved', resolvedAt: undefined, updatedAt: undefined, updates: [] })] });
    expect(keys(model)).toEqual([]);
  });
});

describe('maintenanceState: the clock beats the words (#10, case 1)', () => {
  const DAY = 24 * HOUR;
  const cases: [string, Partial<Maintenance>, ReturnType<typeof maintenanceState>][] = [
    ['before its start: scheduled', { startsAt: NOW + HOUR, endsAt: NOW + 2 * HOUR }, 'scheduled'],
    ['between start and end: in progress', { startsAt: NOW - HOUR, endsAt: NOW + HOUR }, 'in_progress'],
    ['past its end: over', { startsAt: NOW - 2 * HOUR, endsAt: NOW - HOUR }, 'completed'],
    ['at its end exactly: over', { startsAt: NOW - HOUR, endsAt: NOW }, 'completed'],
    [
      '`scheduled` past its end (84 days ago): over',
      { status: 'scheduled', startsAt: NOW - 84 * DAY, endsAt: NOW - 84 * DAY + HOUR },
      'completed',
    ],
    ['`scheduled` between start and end: in progress', { status: 'scheduled', startsAt: NOW - HOUR, endsAt: NOW + HOUR }, 'in_progress'],
    ['`in_progress` past its end: over', { status: 'in_progress', startsAt: NOW - 2 * HOUR, endsAt: NOW - HOUR }, 'completed'],
    [
      '`in_progress` before its start (started early): in progress',
      { status: 'in_progress', startsAt: NOW + HOUR, endsAt: NOW + 2 * HOUR },
      'in_progress',
    ],
    ['`completed` within its window (done early): over', { status: 'completed', startsAt: NOW - HOUR, endsAt: NOW + HOUR }, 'completed'],
    ['no end, started an hour ago: in progress', { startsAt: NOW - HOUR, endsAt: undefined }, 'in_progress'],
    ['no end, started just under a day ago: in progress', { startsAt: NOW - OPEN_WINDOW_LIMIT + MINUTE, endsAt: undefined }, 'in_progress'],
    ['no end, started a day ago: over (a stale announcement)', { startsAt: NOW - OPEN_WINDOW_LIMIT, endsAt: undefined }, 'completed'],
    ['`scheduled`, no end, started 84 days ago: over', { status: 'scheduled', startsAt: NOW - 84 * DAY, endsAt: undefined }, 'completed'],
    [
      '`in_progress`, no end, started 84 days ago: the source says it is under way',
      { status: 'in_progress', startsAt: NOW - 84 * DAY, endsAt: undefined },
      'in_progress',
    ],
    [
      'no start, `in_progress` (a page that only says so): in progress',
      { status: 'in_progress', startsAt: undefined, endsAt: undefined },
      'in_progress',
    ],
    ['no start and no word: not shown', { startsAt: undefined, endsAt: NOW + HOUR }, 'completed'],
    ['a start no Date can hold: not shown', { startsAt: Number.NaN, endsAt: undefined }, 'completed'],
  ];
  for (const [name, overrides, expected] of cases) {
    it(name, () => {
      expect(maintenanceState(aMaintenance(overrides), NOW)).toBe(expected);
    });
  }
});
