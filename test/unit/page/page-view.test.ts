import { describe, expect, it } from 'vitest';
import { buildPageView, describeFailure, describeUpdate } from '../../../src/page/page-view.js';
import { buildView } from '../../../src/present/view.js';
import { aMaintenance, aModel, anIncident, DEFAULTS, HOUR, MINUTE, NOW } from '../present/fixtures.js';

const DAY = 24 * HOUR;
const options = { now: NOW, locale: 'en-US', timeZone: 'UTC', recentDays: 7 };

const timeline = [
  { at: NOW - 5 * MINUTE, status: 'identified' as const, message: { en: 'Rolling back.', fr: 'Annulation en cours.' } },
  { at: NOW - 30 * MINUTE, status: 'investigating' as const, message: 'Looking into it.' },
];

describe('buildPageView', () => {
  it('lists every current incident, most severe first, with its whole timeline newest first', () => {
    const model = aModel({
      incidents: [
        // Deliberately oldest first: hosted feeds are not always sorted.
        anIncident({ id: 'api', impact: 'minor', startedAt: NOW - 30 * MINUTE, updates: [...timeline].reverse() }),
        anIncident({ id: 'login', title: 'Sign-in down', impact: 'critical', updates: [] }),
      ],
    });
    const view = buildPageView(model, options);
    expect(view.current.map((entry) => entry.view.item.key)).toEqual(['incident:login', 'incident:api']);
    expect(view.summary).toBe('2 incidents in progress.');
    expect(view.summaryImpact).toBe('critical');
    const api = view.current[1]!;
    expect(api.impactLabel).toBe('Minor impact');
    expect(api.started).toMatchObject({ iso: '2026-11-24T09:10:00.000Z', absolute: '9:10\u00a0AM', relative: '30 minutes ago' });
    expect(api.resolved).toBeUndefined();
    expect(api.updates).toEqual([
      {
        at: { at: NOW - 5 * MINUTE, iso: '2026-11-24T09:35:00.000Z', absolute: '9:35\u00a0AM', relative: '5 minutes ago' },
        state: 'identified',
        stateLabel: 'Identified',
        message: 'Rolling back.',
      },
      {
        at: { at: NOW - 30 * MINUTE, iso: '2026-11-24T09:10:00.000Z', absolute: '9:10\u00a0AM', relative: '30 minutes ago' },
        state: 'investigating',
        stateLabel: 'Investigating',
        message: 'Looking into it.',
      },
    ]);
  });

  it('takes each item’s title, message and ETA sentence from the banner’s own view', () => {
    const model = aModel({
      incidents: [anIncident({ expectedResolutionAt: NOW + 50 * MINUTE, nextUpdateAt: NOW + 20 * MINUTE })],
      maintenances: [aMaintenance()],
    });
    const page = buildPageView(model, options);
    const banner = buildView(model, { ...DEFAULTS, locale: 'en-US', timeZone: 'UTC' });
    expect(page.current[0]!.view).toEqual(banner.primary);
    expect(page.maintenances[0]!.view).toEqual(banner.others[0]);
    expect(page.current[0]!.view.eta).toBe(
      'Expected to be fixed in 50 minutes (10:30\u00a0AM). Next update in 20 minutes (10:00\u00a0AM).',
    );
  });

  it('never shows a past ETA', () => {
    const model = aModel({ incidents: [anIncident({ expectedResolutionAt: NOW - MINUTE, nextUpdateAt: NOW - MINUTE })] });
    expect(buildPageView(model, options).current[0]!.view.eta).toBe('This is taking longer than expected.');
  });

  it('starts an incident at its oldest update when the feed gives no start', () => {
    const view = buildPageView(aModel({ incidents: [anIncident({ updates: timeline })] }), options);
    expect(view.current[0]!.started?.at).toBe(NOW - 30 * MINUTE);
  });

  it('announces every maintenance, however far ahead, in progress first, then soonest first', () => {
    const model = aModel({
      maintenances: [
        aMaintenance({ id: 'far', startsAt: NOW + 10 * DAY, endsAt: undefined }),
        aMaintenance({ id: 'soon', startsAt: NOW + 2 * HOUR }),
        aMaintenance({ id: 'running', startsAt: NOW - MINUTE, endsAt: NOW + 19 * MINUTE }),
        aMaintenance({ id: 'over', startsAt: NOW - 2 * HOUR, endsAt: NOW - HOUR }),
      ],
    });
    const view = buildPageView(model, options);
    expect(view.maintenances.map((entry) => entry.view.item.key)).toEqual(['maintenance:running', 'maintenance:soon', 'maintenance:far']);
    expect(view.maintenances[1]).toMatchObject({ starts: { absolute: '11:40\u00a0AM' }, ends: { absolute: '12:00\u00a0PM' } });
    expect(view.maintenances[2]!.ends).toBeUndefined();
    expect(view.summary).toBe('Maintenance in progress.');
    expect(view.summaryImpact).toBe('maintenance');
  });

  it('lists incidents resolved within recentDays, most recent first, with postmortem links', () => {
    const resolved = (id: string, ago: number, postmortemUrl?: string) =>
      anIncident({
        id,
        status: 'resolved',
        resolvedAt: NOW - ago,
        updatedAt: NOW - ago,
        postmortemUrl,
        url: 'https://status.example/i',
        updates: timeline,
      });
    const model = aModel({
      incidents: [resolved('old', 8 * DAY), resolved('tuesday', 3 * DAY), resolved('today', HOUR, 'https://status.example/pm')],
    });
    const view = buildPageView(model, options);
    expect(view.current).toEqual([]);
    expect(view.summary).toBe('All systems are operating normally.');
    expect(view.summaryImpact).toBe('none');
    expect(view.recentHeading).toBe('Resolved in the last 7 days');
    expect(view.recent.map((entry) => entry.view.item.key)).toEqual(['incident:today', 'incident:tuesday']);
    expect(view.recent[0]).toMatchObject({
      resolved: { relative: '60 minutes ago', absolute: '8:40\u00a0AM' },
      view: { stateLabel: 'Resolved', eta: '', link: { href: 'https://status.example/pm', label: 'What we learned' } },
    });
    expect(view.recent[1]!.view.link).toEqual({ href: 'https://status.example/i', label: 'Details' });
    expect(buildPageView(model, { ...options, recentDays: 1 }).recent).toHaveLength(1);
    expect(buildPageView(model, { ...options, recentDays: 1 }).noRecent).toBe('No incident in the last day.');
  });

  it('speaks French: page strings, banner strings and feed texts', () => {
    const model = aModel({
      page: { name: 'Acme' },
      incidents: [anIncident({ expectedResolutionAt: NOW + 50 * MINUTE, updates: timeline })],
    });
    const view = buildPageView(model, { ...options, locale: 'fr-FR' });
    expect(view.heading).toBe('État des services Acme');
    expect(view.summary).toBe('1 incident en cours.');
    expect(view.recentHeading).toBe('Résolus ces 7 derniers jours');
    const entry = view.current[0]!;
    expect(entry.view.title).toBe("Erreurs de l'API");
    expect(entry.view.eta).toBe('Résolution prévue dans 50 minutes (10:30).');
    expect(entry.impactLabel).toBe('Impact majeur');
    expect(entry.updates.map((update) => [update.stateLabel, update.message])).toEqual([
      ['Cause identifiée', 'Annulation en cours.'],
      ['Analyse en cours', 'Looking into it.'],
    ]);
  });

  it('names the page after the feed, and says when the feed was updated', () => {
    const view = buildPageView(aModel({ page: { name: 'Acme' }, updatedAt: NOW - 2 * MINUTE }), options);
    expect(view.heading).toBe('Acme status');
    expect(view.feedUpdated).toMatchObject({ relative: '2 minutes ago', absolute: '9:38\u00a0AM' });
    expect(buildPageView(aModel(), options).heading).toBe('Service status');
  });

  it('looks again when a shown time would read differently, not later than the banner would', () => {
    const fresh = buildPageView(aModel({ incidents: [anIncident({ updates: [{ ...timeline[0]!, at: NOW - MINUTE }] })] }), options);
    expect(fresh.refreshIn).toBe(15_000);
    const quiet = buildPageView(aModel({ updatedAt: NOW - 3 * DAY }), options);
    expect(quiet.refreshIn).toBe(HOUR);
  });
});

describe('buildPageView: times as they happened, never in the wrong tense (#10, case 5)', () => {
  it('past events dated after now (a clock 10 days behind) read "now": start, timeline, feed update', () => {
    const later = NOW + 10 * DAY;
    const model = aModel({
      updatedAt: later,
      incidents: [anIncident({ startedAt: later, updates: [{ at: later, status: 'identified', message: 'Rolling back.' }] })],
    });
    const view = buildPageView(model, options);
    const entry = view.current[0]!;
    expect([entry.started?.relative, entry.updates[0]?.at.relative, view.feedUpdated?.relative]).toEqual(['now', 'now', 'now']);
    // The clock time and the machine-readable time stay the source's own.
    expect(entry.started).toMatchObject({ at: later, iso: '2026-12-04T09:40:00.000Z' });
  });

  it('a resolution dated after now reads "now"', () => {
    const model = aModel({ incidents: [anIncident({ status: 'resolved', resolvedAt: NOW + HOUR })] });
    expect(buildPageView(model, options).recent[0]?.resolved?.relative).toBe('now');
  });

  it('a window’s start and end are plans, said as they are; a page that gives no start lists none', () => {
    const model = aModel({
      maintenances: [
        aMaintenance(),
        aMaintenance({ id: 'page-status-maintenance', status: 'in_progress', startsAt: undefined, endsAt: undefined }),
      ],
    });
    const [running, upcoming] = buildPageView(model, options).maintenances;
    expect(running).toMatchObject({ starts: undefined, ends: undefined, view: { state: 'in_progress' } });
    expect(upcoming).toMatchObject({ starts: { relative: 'in 2 hours' }, ends: { relative: 'in 2 hours' } });
  });

  it('a page-wide notice has the neutral label, no state, no time', () => {
    const entry = buildPageView(aModel({ incidents: [anIncident({ status: undefined, updatedAt: undefined, updates: [] })] }), options)
      .current[0]!;
    expect(entry).toMatchObject({ started: undefined, updates: [], view: { stateLabel: 'Current status', state: undefined } });
  });

  const unholdable: [string, number][] = [
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['past the range a Date can hold', 8.64e15 + 1],
    ['far before it', -1e300],
  ];
  for (const [name, at] of unholdable) {
    it(`a time ${name} is left out, never thrown on`, () => {
      const model = aModel({
        updatedAt: at,
        incidents: [
          anIncident({ startedAt: at, updatedAt: at, expectedResolutionAt: at, updates: [{ at, status: 'identified', message: 'x' }] }),
        ],
        maintenances: [aMaintenance({ startsAt: NOW - HOUR, endsAt: at, messageAt: at })],
      });
      const view = buildPageView(model, options);
      expect(view.feedUpdated).toBeUndefined();
      expect(view.current[0]).toMatchObject({ started: undefined, updates: [], view: { updated: '', eta: '' } });
      expect(view.maintenances[0]).toMatchObject({ ends: undefined, view: { state: 'in_progress', updated: '' } });
    });
  }
});

describe('describeUpdate', () => {
  it('an update that states no status gets no label', () => {
    expect(describeUpdate({ at: NOW, message: 'x' }, options)).toMatchObject({ state: undefined, stateLabel: '' });
  });

  it('picks the message in the locale and labels the state', () => {
    expect(describeUpdate(timeline[0]!, { ...options, locale: 'fr' })).toMatchObject({
      stateLabel: 'Cause identifiée',
      message: 'Annulation en cours.',
      at: { absolute: '09:35' },
    });
  });
});

describe('describeFailure', () => {
  const error = { kind: 'http' as const, message: 'HTTP 503', retryAt: NOW + 2 * MINUTE };

  it('with a last good read: says the state below is that one, when it was read, and when the next attempt is', () => {
    const failure = describeFailure(error, { receivedAt: NOW - 5 * MINUTE, clockOffset: 0 }, options);
    expect(failure).toEqual({
      message: 'Status unavailable: the status feed cannot be read right now.',
      lastKnown: {
        label: 'Below is the last known state, read',
        read: expect.objectContaining({ relative: '5 minutes ago', absolute: '9:35\u00a0AM' }),
      },
      retry: 'Next attempt in 2 minutes.',
      detail: 'HTTP 503',
    });
  });

  it('moves local times to the feed’s clock', () => {
    // The local clock is 10 minutes behind the feed's: both local times are 10 minutes later on the feed's clock.
    const failure = describeFailure(
      { ...error, retryAt: NOW - 8 * MINUTE },
      { receivedAt: NOW - 15 * MINUTE, clockOffset: 10 * MINUTE },
      options,
    );
    expect(failure.lastKnown?.read.relative).toBe('5 minutes ago');
    expect(failure.retry).toBe('Next attempt in 2 minutes.');
  });

  it('says "in a moment" for an attempt within the minute, rather than "now" or a time already past', () => {
    expect(describeFailure({ ...error, retryAt: NOW + 20_000 }, undefined, options).retry).toBe('Trying again in a moment.');
    expect(describeFailure({ ...error, retryAt: NOW - 1000 }, undefined, options).retry).toBe('Trying again in a moment.');
  });

  it('without any good read, or any planned attempt, says only what it knows, in French too', () => {
    const failure = describeFailure({ kind: 'parse', message: 'not JSON' }, undefined, { ...options, locale: 'fr' });
    expect(failure).toEqual({
      message: 'État indisponible : le flux d’état ne peut pas être lu pour le moment.',
      lastKnown: undefined,
      retry: undefined,
      detail: 'not JSON',
    });
  });
});
