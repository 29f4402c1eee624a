import { describe, expect, it } from 'vitest';
import { selectItems } from '../../../src/present/select.js';
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
});
