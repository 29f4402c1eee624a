import { describe, expect, it } from 'vitest';
import { couldShow, feedPollInterval, recognise, type DocumentFormat, type FeedFormat } from '../../../src/feed/triage.js';
import { fixture, thrown } from './adapters/fixture.js';

const NOW = Date.parse('2026-11-24T09:40:00Z');
const MINUTE = 60_000;
const iso = (offset: number) => new Date(NOW + offset).toISOString();
const OPTIONS = { now: NOW, resolvedFor: 3600, maintenanceNotice: 24 };

describe('recognise', () => {
  it.each([
    ['statuspage/summary.json', 'statuspage'],
    ['statuspage/status.json', 'statuspage'],
    ['statuspage/incidents.json', 'statuspage'],
    ['statuspage/incidents/unresolved.json', 'statuspage'],
    ['statuspage/scheduled-maintenances/upcoming.json', 'statuspage'],
    ['statuspage/scheduled-maintenances/active.json', 'statuspage'],
    ['incidentio/summary.json', 'incidentio'],
    ['instatus/summary.json', 'instatus'],
    ['native/every-field.json', 'native'],
  ])('reads %s as %s', (path, format) => {
    expect(recognise(fixture(path))).toBe(format);
  });

  it.each([
    [{ version: 1, page: { name: 'Acme' }, incidents: [] }, 'native'],
    [{ ongoing_incidents: [] }, 'incidentio'],
    [{ in_progress_maintenances: [] }, 'incidentio'],
    [{ activeMaintenances: [] }, 'instatus'],
    [{ page: {}, status: {} }, 'statuspage'],
    [{ page: {}, scheduled_maintenances: [] }, 'statuspage'],
  ])('reads %j as %s', (doc, format) => {
    expect(recognise(doc)).toBe(format);
  });

  it.each([
    null,
    42,
    'text',
    [],
    {},
    { data: [] },
    { page: {} },
    { page: 'x', incidents: [] },
    { incidents: [] },
    { scheduled_maintenances: [] },
  ])('rejects %j as a schema error naming every format', (doc) => {
    const error = thrown(() => recognise(doc));
    expect(error).toMatchObject({ name: 'FeedError', kind: 'schema' });
    expect((error as Error).message).toMatch(/^unrecognised feed: expected a status-banner feed .*Statuspage.*incident\.io.*Instatus/);
  });

  it.each([
    [{ version: 2 }, 'unsupported feed version 2; this widget reads version 1'],
    [{ version: '1' }, 'unsupported feed version "1"; this widget reads version 1'],
    [{ version: null, incidents: [] }, 'unsupported feed version null; this widget reads version 1'],
  ])('rejects %j as a version error', (doc, message) => {
    expect(thrown(() => recognise(doc))).toMatchObject({ kind: 'version', message });
  });

  it.each<[string, FeedFormat, string]>([
    ['incidentio/summary.json', 'statuspage', 'not a statuspage feed'],
    ['statuspage/summary.json', 'native', 'not a native feed'],
    ['statuspage/summary.json', 'instatus', 'not a instatus feed'],
  ])('with an explicit format, refuses %s as %s', (path, format, message) => {
    expect(thrown(() => recognise(fixture(path), format))).toMatchObject({ kind: 'schema', message });
  });

  it('with an explicit format, takes a document another shape would also match', () => {
    expect(recognise({ version: 1, activeIncidents: [] }, 'instatus')).toBe('instatus');
  });
});

describe('feedPollInterval', () => {
  it.each([
    [{ poll_interval: 30 }, 30],
    [{ poll_interval: 0 }, 0],
    [{ poll_interval: 900 }, 900],
    [{ poll_interval: 901 }, undefined],
    [{ poll_interval: -1 }, undefined],
    [{ poll_interval: '30' }, undefined],
    [{}, undefined],
    [null, undefined],
  ])('%j → %s', (doc, expected) => {
    expect(feedPollInterval(doc)).toBe(expected);
  });
});

describe('couldShow', () => {
  const native = (fields: object) => ({ version: 1, ...fields });
  const incident = (fields: object) => ({ id: 'a', title: 'A', impact: 'major', status: 'investigating', ...fields });
  const maintenance = (fields: object) => ({ id: 'm', title: 'M', starts_at: iso(60 * MINUTE), ...fields });

  it.each<[string, DocumentFormat, unknown, boolean]>([
    ['an empty native feed', 'native', native({}), false],
    ['an open incident', 'native', native({ incidents: [incident({})] }), true],
    [
      'an incident resolved 59 min ago',
      'native',
      native({ incidents: [incident({ status: 'resolved', resolved_at: iso(-59 * MINUTE) })] }),
      true,
    ],
    [
      'an incident resolved 60 min ago',
      'native',
      native({ incidents: [incident({ status: 'resolved', resolved_at: iso(-60 * MINUTE) })] }),
      false,
    ],
    ['a resolved incident with no time', 'native', native({ incidents: [incident({ status: 'resolved' })] }), true],
    // Date.parse(2000) reads the year 2000: a number is no time, so the notice could still be due.
    ['a resolved incident dated by a number', 'native', native({ incidents: [incident({ status: 'resolved', resolved_at: 2000 })] }), true],
    [
      'a resolved incident dated by updated_at',
      'native',
      native({ incidents: [incident({ status: 'resolved', updated_at: iso(-2 * 3_600_000) })] }),
      false,
    ],
    ['a maintenance in an hour', 'native', native({ maintenances: [maintenance({})] }), true],
    ['a maintenance in 25 hours', 'native', native({ maintenances: [maintenance({ starts_at: iso(25 * 3_600_000) })] }), false],
    [
      'a maintenance exactly 24 hours ahead: announced',
      'native',
      native({ maintenances: [maintenance({ starts_at: iso(24 * 3_600_000) })] }),
      true,
    ],
    [
      'a maintenance ending this very instant: over',
      'native',
      native({ maintenances: [maintenance({ starts_at: iso(-MINUTE), ends_at: iso(0) })] }),
      false,
    ],
    ['a maintenance under way', 'native', native({ maintenances: [maintenance({ starts_at: iso(-MINUTE), ends_at: iso(MINUTE) })] }), true],
    [
      'a maintenance ended',
      'native',
      native({ maintenances: [maintenance({ starts_at: iso(-2 * MINUTE), ends_at: iso(-MINUTE) })] }),
      false,
    ],
    ['a maintenance with an unreadable start', 'native', native({ maintenances: [maintenance({ starts_at: 'soon' })] }), true],
    // A window with no end that never said it began is over a day after its start, as the element reads it.
    [
      'a native window with no end, started just under a day ago',
      'native',
      native({ maintenances: [maintenance({ starts_at: iso(-24 * 3_600_000 + MINUTE) })] }),
      true,
    ],
    [
      'a native window with no end, started a day ago',
      'native',
      native({ maintenances: [maintenance({ starts_at: iso(-24 * 3_600_000) })] }),
      false,
    ],
    [
      'a Statuspage window still "scheduled", no end, started two days ago',
      'statuspage',
      { page: {}, scheduled_maintenances: [{ status: 'scheduled', scheduled_for: iso(-48 * 3_600_000), scheduled_until: null }] },
      false,
    ],
    [
      'a Statuspage window "in_progress", no end, started two days ago: its word says it runs',
      'statuspage',
      { page: {}, scheduled_maintenances: [{ status: 'in_progress', scheduled_for: iso(-48 * 3_600_000), scheduled_until: null }] },
      true,
    ],
    [
      'an Instatus window NOTSTARTEDYET with no duration, started two days ago',
      'instatus',
      { activeMaintenances: [{ name: 'm', status: 'NOTSTARTEDYET', start: iso(-48 * 3_600_000) }] },
      false,
    ],
    [
      'a Statuspage incident with a window end long past: an open incident shows whatever its times',
      'statuspage',
      { page: {}, incidents: [{ status: 'investigating', scheduled_until: iso(-48 * 3_600_000) }] },
      true,
    ],
    [
      'an Instatus incident that started "tomorrow" (a clock behind): shown',
      'instatus',
      { activeIncidents: [{ name: 'x', status: 'INVESTIGATING', started: iso(48 * 3_600_000) }] },
      true,
    ],
    [
      'a Statuspage postmortem whose own updated_at is old but whose newest update is recent',
      'statuspage',
      {
        page: {},
        incidents: [{ status: 'postmortem', updated_at: iso(-2 * 3_600_000), incident_updates: [{ display_at: iso(-MINUTE) }] }],
      },
      true,
    ],
    [
      'an Instatus window INPROGRESS whose planned start is two days ahead (started early)',
      'instatus',
      { activeMaintenances: [{ name: 'm', status: 'INPROGRESS', start: iso(48 * 3_600_000) }] },
      true,
    ],
    [
      'a Statuspage window under way whose end is an impossible date (30 February): the element reads no end, so it runs',
      'statuspage',
      {
        page: {},
        scheduled_maintenances: [{ status: 'scheduled', scheduled_for: iso(-2 * 3_600_000), scheduled_until: '2026-02-30T13:00:00Z' }],
      },
      true,
    ],
    [
      'an incident.io window whose ends_at has passed but whose scheduled_end_at, which the element reads, has not',
      'incidentio',
      {
        in_progress_maintenances: [
          { id: 'm', name: 'M', started_at: iso(-3_600_000), ends_at: iso(-MINUTE), scheduled_end_at: iso(3_600_000) },
        ],
      },
      true,
    ],
    [
      'a Statuspage incident started two days ago: incidents are no windows',
      'statuspage',
      { page: {}, incidents: [{ status: 'investigating', started_at: iso(-48 * 3_600_000) }] },
      true,
    ],
    ['items that are not objects', 'native', native({ incidents: [1, 'x', null], maintenances: 'none' }), false],
    ['Statuspage all clear', 'statuspage', { page: {}, status: { indicator: 'none' }, incidents: [] }, false],
    ['Statuspage indicator minor, nothing listed', 'statuspage', { page: {}, status: { indicator: 'minor' } }, true],
    ['Statuspage indicator maintenance', 'statuspage', { page: {}, status: { indicator: 'maintenance' } }, true],
    ['Statuspage indicator empty', 'statuspage', { page: {}, status: { indicator: '' } }, false],
    [
      'Statuspage open incident, indicator none',
      'statuspage',
      { page: {}, status: { indicator: 'none' }, incidents: [{ status: 'identified' }] },
      true,
    ],
    [
      'Statuspage postmortem long ago',
      'statuspage',
      { page: {}, incidents: [{ status: 'postmortem', resolved_at: iso(-86_400_000) }] },
      false,
    ],
    ['Statuspage resolved just now', 'statuspage', { page: {}, incidents: [{ status: 'resolved', resolved_at: iso(-MINUTE) }] }, true],
    ['Statuspage completed maintenance', 'statuspage', { page: {}, scheduled_maintenances: [{ status: 'completed' }] }, false],
    [
      'Statuspage "scheduled" maintenance whose window ended',
      'statuspage',
      { page: {}, scheduled_maintenances: [{ status: 'scheduled', scheduled_for: iso(-2 * 3_600_000), scheduled_until: iso(-3_600_000) }] },
      false,
    ],
    [
      'Statuspage maintenance tomorrow',
      'statuspage',
      { page: {}, scheduled_maintenances: [{ status: 'scheduled', scheduled_for: iso(3_600_000), scheduled_until: iso(2 * 3_600_000) }] },
      true,
    ],
    ['incident.io all clear', 'incidentio', { ongoing_incidents: [], in_progress_maintenances: [], scheduled_maintenances: [] }, false],
    [
      'incident.io maintenance in progress',
      'incidentio',
      { ongoing_incidents: [], in_progress_maintenances: [{ id: 'm', starts_at: iso(-3_600_000) }] },
      true,
    ],
    ['incident.io ongoing incident', 'incidentio', { ongoing_incidents: [{ id: 'x' }] }, true],
    [
      'incident.io scheduled in an hour',
      'incidentio',
      { ongoing_incidents: [], scheduled_maintenances: [{ starts_at: iso(3_600_000) }] },
      true,
    ],
    [
      'incident.io scheduled in two days',
      'incidentio',
      { ongoing_incidents: [], scheduled_maintenances: [{ starts_at: iso(48 * 3_600_000) }] },
      false,
    ],
    ['Instatus up', 'instatus', { page: { status: 'UP' }, activeIncidents: [], activeMaintenances: [] }, false],
    ['Instatus has issues, nothing listed', 'instatus', { page: { status: 'HASISSUES' }, activeIncidents: [] }, true],
    ['Instatus under maintenance, nothing listed', 'instatus', { page: { status: 'UNDERMAINTENANCE' }, activeMaintenances: [] }, true],
    [
      'Instatus incident resolved two hours ago',
      'instatus',
      { activeIncidents: [{ name: 'x', status: 'RESOLVED', updatedAt: iso(-2 * 3_600_000) }] },
      false,
    ],
    [
      'Instatus maintenance of 60 min started 30 min ago: under way',
      'instatus',
      { activeMaintenances: [{ name: 'm', status: 'INPROGRESS', start: iso(-30 * MINUTE), duration: 60 }] },
      true,
    ],
    [
      'Instatus maintenance of 60 min started 2 h ago: over',
      'instatus',
      { activeMaintenances: [{ name: 'm', status: 'INPROGRESS', start: iso(-2 * 3_600_000), duration: 60 }] },
      false,
    ],
    [
      'Instatus maintenance of 0 min: its end unknown, could be under way',
      'instatus',
      { activeMaintenances: [{ name: 'm', status: 'INPROGRESS', start: iso(-2 * 3_600_000), duration: 0 }] },
      true,
    ],
    ['Instatus active incident', 'instatus', { activeIncidents: [{ name: 'x' }] }, true],
    ['Instatus completed maintenance', 'instatus', { activeMaintenances: [{ status: 'COMPLETED' }] }, false],
  ])('%s (%s): %s', (_case, _format, doc, expected) => {
    expect(couldShow(doc, OPTIONS)).toBe(expected);
  });

  it.each(['statuspage/summary.json', 'incidentio/summary.json', 'instatus/summary.json', 'native/every-field.json'])(
    'says yes for the sample %s, which has something open',
    (path) => {
      const doc = fixture(path);
      expect(couldShow(doc, { ...OPTIONS, now: Date.parse('2026-11-24T09:45:00Z') })).toBe(true);
    },
  );
});
