import { describe, expect, it } from 'vitest';
import { buildView, MESSAGE_AGE_SHOWN_AFTER, type ItemView } from '../../../src/present/view.js';
import type { StatusModel } from '../../../src/feed/model.js';
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

  it('describes maintenance windows: a scheduled one by its start and its end, a running one by its end', () => {
    const upcoming = buildView(aModel({ maintenances: [aMaintenance()] }), options).primary;
    expect(upcoming).toMatchObject({
      stateLabel: 'Scheduled maintenance',
      eta: 'Starts in 2 hours (11:40\u00a0AM), ends 12:00\u00a0PM.',
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

  describe('texts and their tenses (#10, cases 3 and 5)', () => {
    const DAY = 24 * HOUR;
    const cases: [string, StatusModel, Partial<ItemView>][] = [
      [
        'a past update dated after now (a clock behind) reads "now", never "in 10 days"',
        aModel({ incidents: [anIncident({ updates: [{ at: NOW + 10 * DAY, status: 'identified', message: 'Rolling back.' }] })] }),
        { updated: 'Updated now.', moments: [{ at: NOW, tense: 'past' }] },
      ],
      [
        'an incident with no dated update shows its start',
        aModel({ incidents: [anIncident({ updatedAt: undefined, updates: [], startedAt: NOW - 2 * HOUR })] }),
        { updated: 'Started 2 hours ago (7:40\u00a0AM)', moments: [{ at: NOW - 2 * HOUR, tense: 'past' }] },
      ],
      [
        'an incident whose start is dated after now: "now", with the source’s own clock time',
        aModel({ incidents: [anIncident({ updatedAt: undefined, updates: [], startedAt: NOW + HOUR })] }),
        { updated: 'Started now (10:40\u00a0AM)', moments: [{ at: NOW, tense: 'past' }] },
      ],
      [
        'an incident with neither update nor start says nothing of time',
        aModel({ incidents: [anIncident({ updatedAt: undefined, updates: [], startedAt: undefined })] }),
        { updated: '', moments: [] },
      ],
      [
        'a page-wide notice: a neutral label and no state, never "Investigating"',
        aModel({ incidents: [anIncident({ status: undefined, updatedAt: undefined, updates: [] })] }),
        { state: undefined, stateLabel: 'Current status', updated: '' },
      ],
      [
        'ETA and next update are future moments',
        aModel({ incidents: [anIncident({ expectedResolutionAt: NOW + 50 * MINUTE, nextUpdateAt: NOW + 20 * MINUTE })] }),
        {
          moments: [
            { at: NOW + 50 * MINUTE, tense: 'future' },
            { at: NOW + 20 * MINUTE, tense: 'future' },
            { at: NOW - 10 * MINUTE, tense: 'past' },
          ],
        },
      ],
      [
        'a scheduled window ending another day shows that day',
        aModel({ maintenances: [aMaintenance({ startsAt: NOW + 33 * MINUTE, endsAt: NOW + 33 * MINUTE + 19 * HOUR })] }),
        { eta: 'Starts in 33 minutes (10:13\u00a0AM), ends Wed,\u00a0Nov\u00a025,\u00a05:13\u00a0AM.' },
      ],
      [
        'a running window with no end shows its start',
        aModel({ maintenances: [aMaintenance({ startsAt: NOW - 2 * HOUR, endsAt: undefined })] }),
        { state: 'in_progress', eta: 'Started 2 hours ago (7:40\u00a0AM)' },
      ],
      [
        'a window its source says started early, ahead of its planned start: its end only',
        aModel({ maintenances: [aMaintenance({ status: 'in_progress', startsAt: NOW + HOUR, endsAt: NOW + 2 * HOUR })] }),
        { state: 'in_progress', eta: 'Ends in 2 hours (11:40\u00a0AM).', moments: [{ at: NOW + 2 * HOUR, tense: 'future' }] },
      ],
      [
        'a page that only says it is under maintenance: no time at all',
        aModel({ maintenances: [aMaintenance({ status: 'in_progress', startsAt: undefined, endsAt: undefined })] }),
        { state: 'in_progress', eta: '', updated: '' },
      ],
      [
        'a scheduled window with no end: its start alone, a moment to come',
        aModel({ maintenances: [aMaintenance({ endsAt: undefined })] }),
        { eta: 'Starts in 2 hours (11:40\u00a0AM).', moments: [{ at: NOW + 2 * HOUR, tense: 'future' }] },
      ],
      [
        'a scheduled window with an end: its start is a moment to come',
        aModel({ maintenances: [aMaintenance()] }),
        { moments: [{ at: NOW + 2 * HOUR, tense: 'future' }] },
      ],
      [
        'a running window with no end that starts this very moment: started now',
        aModel({ maintenances: [aMaintenance({ status: 'in_progress', startsAt: NOW, endsAt: undefined })] }),
        { state: 'in_progress', eta: 'Started now (9:40\u00a0AM)', moments: [{ at: NOW, tense: 'past' }] },
      ],
      [
        'a window its source says started early, with no end: no time, rather than a start to come said as past',
        aModel({ maintenances: [aMaintenance({ status: 'in_progress', startsAt: NOW + HOUR, endsAt: undefined })] }),
        { state: 'in_progress', eta: '', moments: [] },
      ],
      [
        'a maintenance with no text has no age, even when its source dates one',
        aModel({ maintenances: [aMaintenance({ message: undefined, messageAt: NOW - 27 * MINUTE })] }),
        { message: '', updated: '' },
      ],
      [
        'a maintenance with a page links to it',
        aModel({ maintenances: [aMaintenance({ url: 'https://status.example/maintenance/1' })] }),
        { link: { href: 'https://status.example/maintenance/1', label: 'Details' } },
      ],
      [
        'a maintenance text older than the threshold says how old it is',
        aModel({ maintenances: [aMaintenance({ messageAt: NOW - 27 * MINUTE })] }),
        { message: 'Read-only.', updated: 'Updated 27 minutes ago.' },
      ],
      [
        'a maintenance text within the threshold does not',
        aModel({ maintenances: [aMaintenance({ messageAt: NOW - MESSAGE_AGE_SHOWN_AFTER })] }),
        { updated: '' },
      ],
      [
        'a maintenance text its source does not date has no age',
        aModel({ maintenances: [aMaintenance({ messageAt: undefined })] }),
        { updated: '' },
      ],
    ];
    for (const [name, model, expected] of cases) {
      it(name, () => {
        expect(buildView(model, options).primary).toMatchObject(expected);
      });
    }

    it('a maintenance text is dated within a minute of crossing the threshold, without a new fetch', () => {
      const window = { startsAt: NOW + 5 * HOUR, endsAt: NOW + 6 * HOUR };
      expect(buildView(aModel({ maintenances: [aMaintenance(window)] }), options).refreshIn).toBe(5 * MINUTE);
      const model = aModel({ maintenances: [aMaintenance({ ...window, messageAt: NOW - 9 * MINUTE })] });
      expect(buildView(model, options).refreshIn).toBeLessThanOrEqual(MINUTE);
    });

    it('speaks French for a window', () => {
      const view = buildView(aModel({ maintenances: [aMaintenance()] }), { ...options, locale: 'fr-FR', timeZone: 'Europe/Paris' });
      expect(view.primary?.eta).toBe('Début dans 2 heures (12:40), fin 13:00.');
    });
  });
});
