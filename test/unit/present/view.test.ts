import { describe, expect, it } from 'vitest';
import { buildView } from '../../../src/present/view.js';
import { aMaintenance, aModel, anIncident, DEFAULTS, HOUR, MINUTE, NOW } from './fixtures.js';

const options = { ...DEFAULTS, locale: 'en-US', timeZone: 'UTC' };

describe('buildView', () => {
  it('describes an incident with its ETA, next update and age', () => {
    const model = aModel({
      incidents: [
        anIncident({ expectedResolutionAt: NOW + 50 * MINUTE, nextUpdateAt: NOW + 20 * MINUTE, url: 'https://status.example/1' }),
      ],
    });
    const { primary, others } = buildView(model, options);
    expect(primary).toMatchObject({
      title: 'API errors',
      stateLabel: 'Identified',
      message: 'Rolling back.',
      eta: 'Expected to be fixed in 50 minutes (10:30\u00a0AM). Next update in 20 minutes (10:00\u00a0AM).',
      updated: 'Updated 10 minutes ago.',
      link: { href: 'https://status.example/1', label: 'Details' },
    });
    expect(others).toEqual([]);
  });

  it('never shows a past ETA: says it is taking longer, and drops a next update already due', () => {
    const overdue = aModel({ incidents: [anIncident({ expectedResolutionAt: NOW - MINUTE, nextUpdateAt: NOW + 15 * MINUTE })] });
    expect(buildView(overdue, options).primary?.eta).toBe('This is taking longer than expected. Next update in 15 minutes (9:55\u00a0AM).');
    const late = aModel({ incidents: [anIncident({ expectedResolutionAt: NOW - MINUTE, nextUpdateAt: NOW - MINUTE })] });
    expect(buildView(late, options).primary?.eta).toBe('This is taking longer than expected.');
  });

  it('a resolved incident links to its postmortem and shows no ETA', () => {
    const model = aModel({
      incidents: [
        anIncident({
          status: 'resolved',
          resolvedAt: NOW - MINUTE,
          expectedResolutionAt: NOW - HOUR,
          postmortemUrl: 'https://status.example/pm',
          url: 'https://status.example/1',
          updates: [],
        }),
      ],
    });
    const { primary } = buildView(model, options);
    expect(primary).toMatchObject({
      stateLabel: 'Resolved',
      eta: '',
      message: 'This issue is resolved.',
      link: { href: 'https://status.example/pm', label: 'What we learned' },
    });
  });

  it('describes maintenance windows', () => {
    const upcoming = buildView(aModel({ maintenances: [aMaintenance()] }), options).primary;
    expect(upcoming).toMatchObject({
      stateLabel: 'Scheduled maintenance',
      eta: 'Starts in 2 hours (11:40\u00a0AM).',
      message: 'Read-only.',
    });
    const running = buildView(
      aModel({ maintenances: [aMaintenance({ startsAt: NOW - MINUTE, endsAt: NOW + 19 * MINUTE })] }),
      options,
    ).primary;
    expect(running).toMatchObject({ stateLabel: 'Maintenance in progress', eta: 'Ends in 19 minutes (9:59\u00a0AM).' });
  });

  it('speaks French, feed texts included', () => {
    const model = aModel({ incidents: [anIncident({ expectedResolutionAt: NOW + 50 * MINUTE })], maintenances: [aMaintenance()] });
    const view = buildView(model, { ...options, locale: 'fr-FR', timeZone: 'Europe/Paris' });
    expect(view.primary).toMatchObject({
      title: "Erreurs de l'API",
      stateLabel: 'Cause identifiée',
      message: 'Annulation en cours.',
      eta: 'Résolution prévue dans 50 minutes (11:30).',
      updated: 'Mis à jour il y a 10 minutes.',
    });
    expect(view.dismissLabel).toBe('Masquer');
  });

  it('lists the other current items after the first, most important first', () => {
    const model = aModel({
      incidents: [anIncident({ id: 'a' }), anIncident({ id: 'b', impact: 'critical' }), anIncident({ id: 'c', impact: 'minor' })],
    });
    const view = buildView(model, options);
    expect(view.primary?.item.key).toBe('incident:b');
    expect(view.others.map((other) => other.item.key)).toEqual(['incident:a', 'incident:c']);
  });

  it('asks to be refreshed soon while times are close, and exactly when a resolved notice expires', () => {
    expect(buildView(aModel({ incidents: [anIncident()] }), options).refreshIn).toBe(15_000);
    const resolved = aModel({
      incidents: [anIncident({ status: 'resolved', resolvedAt: NOW - HOUR + 5_000, updatedAt: NOW - 2 * HOUR, updates: [] })],
    });
    expect(buildView(resolved, options).refreshIn).toBe(5_000);
    expect(buildView(aModel(), options).refreshIn).toBe(HOUR);
  });
});
