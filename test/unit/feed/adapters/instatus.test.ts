import { describe, expect, it } from 'vitest';
import { parseInstatus } from '../../../../src/feed/adapters/instatus.js';
import { at, fixture, thrown } from './fixture.js';

describe('Instatus summary.json', () => {
  // Parsed inside each test, not while Vitest collects them: code run at collection makes Stryker's
  // mutants static, and each static mutant reloads the whole unit suite.
  const summary = () => parseInstatus(fixture('instatus/summary.json'));

  it('reads the page', () => {
    const { model, problems } = summary();
    expect(problems).toEqual([]);
    expect(model.page).toEqual({ name: 'Tessellate', url: 'https://tessellate.instatus.example/' });
  });

  it('maps an active incident, reading Date#toString() times; its updatedAt, a system touch with no update text, is not an update', () => {
    const [uploads] = summary().model.incidents;
    expect(uploads).toEqual({
      id: 'cm7q1x2y30001abcd1234efgh',
      title: 'Uploads are slow',
      impact: 'minor',
      status: 'investigating',
      startedAt: at('2026-03-09T08:15:20Z'),
      components: [],
      url: 'https://tessellate.instatus.example/incident/cm7q1x2y30001abcd1234efgh',
      updates: [],
    });
  });

  it('keys an incident without id by its link, and reads a non-UTC offset', () => {
    const [, checkout] = summary().model.incidents;
    expect(checkout).toMatchObject({
      id: 'https://tessellate.instatus.example/incident/cm7q1x2y30002abcd1234efgh',
      impact: 'critical',
      status: 'identified',
      startedAt: at('2026-03-09T09:00:00Z'),
    });
  });

  it('maps maintenances, deriving the end from a duration in minutes', () => {
    expect(summary().model.maintenances).toEqual([
      {
        id: 'cm7q1x2y30003abcd1234efgh',
        title: 'Database maintenance',
        startsAt: at('2026-03-10T02:00:00Z'),
        endsAt: at('2026-03-10T03:00:00Z'),
        status: 'scheduled',
        components: [],
        url: 'https://tessellate.instatus.example/maintenance/cm7q1x2y30003abcd1234efgh',
      },
      {
        id: 'cm7q1x2y30004abcd1234efgh',
        title: 'Cache warm-up',
        startsAt: at('2026-03-09T07:30:00Z'),
        endsAt: at('2026-03-09T08:15:00Z'),
        status: 'in_progress',
        components: [],
        url: 'https://tessellate.instatus.example/maintenance/cm7q1x2y30004abcd1234efgh',
      },
    ]);
  });

  it.each([
    ['DEGRADEDPERFORMANCE', 'minor'],
    ['PARTIALOUTAGE', 'major'],
    ['MINOROUTAGE', 'major'],
    ['MAJOROUTAGE', 'critical'],
    ['constructor', 'major'],
    [null, 'major'],
  ])('reads impact %s as %s', (word, impact) => {
    const doc = fixture('instatus/summary.json');
    doc.activeIncidents[0].impact = word;
    expect(parseInstatus(doc).model.incidents[0]?.impact).toBe(impact);
  });

  it('reads MONITORING and RESOLVED; a resolution it does not date is left undated', () => {
    const doc = fixture('instatus/summary.json');
    doc.activeIncidents[0].status = 'MONITORING';
    doc.activeIncidents[1].status = 'RESOLVED';
    const [monitoring, resolved] = parseInstatus(doc).model.incidents;
    expect(monitoring?.status).toBe('monitoring');
    expect(resolved?.status).toBe('resolved');
    expect([resolved?.resolvedAt, resolved?.updatedAt]).toEqual([undefined, undefined]);
  });

  it('reads a completed maintenance and tolerates a null duration', () => {
    const doc = fixture('instatus/summary.json');
    doc.activeMaintenances[0].status = 'COMPLETED';
    doc.activeMaintenances[0].duration = null;
    expect(parseInstatus(doc).model.maintenances[0]).toMatchObject({ status: 'completed', endsAt: undefined });
  });

  // start, duration, end
  it.each<[string | null, unknown, string | undefined]>([
    ['2026-03-10T02:00:00+01:00', 30, '2026-03-10T01:30:00Z'],
    ['2026-03-10T02:00:00Z', '90', '2026-03-10T03:30:00Z'],
    ['2026-03-10T02:00:00Z', 0, undefined],
    ['2026-03-10T02:00:00Z', -30, undefined],
    ['2026-03-10T02:00:00Z', 'an hour', undefined],
    ['2026-03-10T02:00:00Z', '', undefined],
    [null, 60, undefined],
  ])('a window starting %j for %j minutes ends at %j', (start, duration, end) => {
    const doc = fixture('instatus/summary.json');
    doc.activeMaintenances[0].start = start;
    doc.activeMaintenances[0].duration = duration;
    expect(parseInstatus(doc).model.maintenances[0]?.endsAt).toBe(end === undefined ? undefined : at(end));
  });

  it('keys an item with neither id nor link by its name and start, or its name alone', () => {
    const doc = fixture('instatus/summary.json');
    for (const incident of doc.activeIncidents) Object.assign(incident, { id: null, url: null });
    doc.activeIncidents[0].started = null;
    expect(parseInstatus(doc).model.incidents.map((incident) => incident.id)).toEqual([
      'Uploads are slow',
      'Checkout errors Mon Mar 09 2026 10:00:00 GMT+0100 (Central European Standard Time)',
    ]);
  });

  it('reads a page that gives no page object', () => {
    const { model, problems } = parseInstatus({ activeIncidents: [], activeMaintenances: [] });
    expect(model).toEqual({ page: { name: undefined, url: undefined }, incidents: [], maintenances: [] });
    expect(problems).toEqual([]);
  });

  it('drops and reports an incident with an unknown status, by its path', () => {
    const doc = fixture('instatus/summary.json');
    doc.activeIncidents[1].status = 'POSTPONED';
    const result = parseInstatus(doc);
    expect(result.model.incidents.map((incident) => incident.title)).toEqual(['Uploads are slow']);
    expect(result.problems.map((problem) => problem.path)).toEqual(['activeIncidents[1]']);
  });

  it('drops an end that a Date cannot hold (a huge duration) instead of an invalid time', () => {
    const doc = fixture('instatus/summary.json');
    doc.activeMaintenances[0].duration = 1e21;
    expect(parseInstatus(doc).model.maintenances[0]?.endsAt).toBeUndefined();
  });

  it('shows HASISSUES generically when no active incident explains it, with no status the page did not give', () => {
    const doc = fixture('instatus/summary.json');
    doc.activeIncidents = [];
    const { incidents } = parseInstatus(doc).model;
    expect(incidents).toEqual([
      expect.objectContaining({
        id: 'page-status-major',
        impact: 'major',
        url: 'https://tessellate.instatus.example/',
      }),
    ]);
    expect(incidents[0]?.status).toBeUndefined();
  });

  it('shows UNDERMAINTENANCE generically when no maintenance is in progress', () => {
    const doc = fixture('instatus/summary.json');
    doc.page.status = 'UNDERMAINTENANCE';
    doc.activeMaintenances.pop();
    const { maintenances } = parseInstatus(doc).model;
    expect(maintenances.map((maintenance) => [maintenance.id, maintenance.status])).toEqual([
      ['cm7q1x2y30003abcd1234efgh', 'scheduled'],
      ['page-status-maintenance', 'in_progress'],
    ]);
  });

  it('shows nothing for a page that is UP with nothing active', () => {
    const { model } = parseInstatus({
      page: { name: 'x', url: 'https://x.example', status: 'UP' },
      activeIncidents: [],
      activeMaintenances: [],
    });
    expect(model.incidents).toEqual([]);
    expect(model.maintenances).toEqual([]);
  });

  it('drops and reports an item with an unknown status', () => {
    const doc = fixture('instatus/summary.json');
    doc.activeMaintenances[1].status = 'DELAYED';
    const result = parseInstatus(doc);
    expect(result.model.maintenances.map((maintenance) => maintenance.title)).toEqual(['Database maintenance']);
    expect(result.problems.map((problem) => problem.path)).toEqual(['activeMaintenances[1]']);
  });

  it('rejects a document whose lists are not lists as a schema error naming Instatus', () => {
    expect(thrown(() => parseInstatus({ activeIncidents: 'none' }))).toMatchObject({
      kind: 'schema',
      message: expect.stringMatching(/Instatus summary\.json.*activeIncidents/),
    });
  });
});
