import { describe, expect, it } from 'vitest';
import { parseIncidentio } from '../../../../src/feed/adapters/incidentio.js';
import { at, fixture, thrown } from './fixture.js';

describe('incident.io widget API summary', () => {
  // Parsed inside each test, not while Vitest collects them: code run at collection makes Stryker's
  // mutants static, and each static mutant reloads the whole unit suite.
  const summary = () => parseIncidentio(fixture('incidentio/summary.json'));

  it('reads the page', () => {
    const { model, problems } = summary();
    expect(problems).toEqual([]);
    expect(model.page).toEqual({ name: 'Tessellate Status', url: 'https://status.tessellate.example/' });
  });

  it('maps an ongoing incident, its worst impact, last update and components', () => {
    const [exports] = summary().model.incidents;
    expect(exports).toMatchObject({
      id: '01JNQ3E8ZP7F0T2Y7W5K9XG4AB',
      title: 'Exports are failing',
      impact: 'major',
      status: 'identified',
      updatedAt: at('2026-03-09T13:12:48.417Z'),
      url: 'https://status.tessellate.example/incidents/01JNQ3E8ZP7F0T2Y7W5K9XG4AB',
      components: ['01HZZ0A8M1Q2W3E4R5T6Y7U8I9', 'Exports', '01HZZ0A8M1Q2W3E4R5T6Y7U8J0', 'Scheduled reports'],
    });
    expect(exports?.resolvedAt).toBeUndefined();
    expect(exports?.updates).toEqual([
      {
        at: at('2026-03-09T13:12:48.417Z'),
        status: 'identified',
        message:
          "We've identified a bad configuration in the export workers.\n\n" +
          'A fix is rolling out. Track it on our changelog (https://changelog.tessellate.example/exports).',
      },
    ]);
  });

  it('accepts a null message and null components', () => {
    const [, notifications] = summary().model.incidents;
    expect(notifications).toMatchObject({ impact: 'minor', status: 'monitoring', components: [], updates: [] });
  });

  it('maps in-progress and scheduled maintenances with their windows', () => {
    expect(summary().model.maintenances).toEqual([
      {
        id: '01JNP9Z0X1C2V3B4N5M6A7S8D9',
        title: 'Search index rebuild',
        message: 'Search results may be incomplete <for a while>.',
        messageAt: expect.any(Number),
        startsAt: at('2026-03-09T13:00:00Z'),
        endsAt: at('2026-03-09T17:00:00Z'),
        status: 'in_progress',
        components: ['01HZZ0A8M1Q2W3E4R5T6Y7U8K1', 'Search'],
        url: 'https://status.tessellate.example/incidents/01JNP9Z0X1C2V3B4N5M6A7S8D9',
      },
      {
        id: '01JNR1Q2W3E4R5T6Y7U8I9O0P1',
        title: 'Database failover test',
        message: 'Expect up to two minutes of errors during the window.',
        messageAt: expect.any(Number),
        startsAt: at('2026-03-13T03:00:00Z'),
        endsAt: at('2026-03-13T04:00:00Z'),
        status: 'scheduled',
        components: [],
        url: 'https://status.tessellate.example/incidents/01JNR1Q2W3E4R5T6Y7U8I9O0P1',
      },
    ]);
  });

  it.each([
    ['degraded_performance', 'minor'],
    ['partial_outage', 'major'],
    ['full_outage', 'critical'],
    ['something_new', 'major'],
    [null, 'major'],
  ])('reads impact %s as %s', (word, impact) => {
    const doc = fixture('incidentio/summary.json');
    doc.ongoing_incidents[0].current_worst_impact = word;
    expect(parseIncidentio(doc).model.incidents[0]?.impact).toBe(impact);
  });

  it('marks a resolved incident resolved at its last update', () => {
    const doc = fixture('incidentio/summary.json');
    doc.ongoing_incidents[0].status = 'resolved';
    expect(parseIncidentio(doc).model.incidents[0]).toMatchObject({ status: 'resolved', resolvedAt: at('2026-03-09T13:12:48.417Z') });
  });

  it('makes hostile messages inert and drops non-http links', () => {
    const doc = fixture('incidentio/summary.json');
    doc.ongoing_incidents[0].last_update_message = 'Read <img src=x onerror=alert(1)>[this](javascript:alert(1))<script>steal()</script>';
    doc.ongoing_incidents[0].url = 'javascript:alert(1)';
    const [incident] = parseIncidentio(doc).model.incidents;
    expect(incident?.updates[0]?.message).toBe('Read this');
    expect(incident?.url).toBe('https://status.tessellate.example/');
  });

  it('drops and reports an incident with an unknown status, keeping the others', () => {
    const doc = fixture('incidentio/summary.json');
    doc.ongoing_incidents[0].status = 'paused';
    doc.ongoing_incidents[0].extra_field = { anything: true };
    const result = parseIncidentio(doc);
    expect(result.model.incidents.map((incident) => incident.id)).toEqual(['01JNQ4B2KC8V9N0M1L2K3J4H5G']);
    expect(result.problems).toEqual([{ path: 'ongoing_incidents[0]', message: expect.stringContaining('ongoing_incidents[0].status') }]);
  });

  it('rejects a document whose lists are not lists as a schema error naming incident.io', () => {
    expect(thrown(() => parseIncidentio({ ongoing_incidents: {} }))).toMatchObject({
      kind: 'schema',
      message: expect.stringMatching(/incident\.io widget API summary.*ongoing_incidents/),
    });
  });
});
