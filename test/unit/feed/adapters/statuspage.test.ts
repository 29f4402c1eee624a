import { describe, expect, it } from 'vitest';
import { parseStatuspage } from '../../../../src/feed/adapters/statuspage.js';
import { at, fixture, thrown } from './fixture.js';

describe('Statuspage summary.json', () => {
  // Parsed inside each test, not while Vitest collects them: code run at collection makes Stryker's
  // mutants static, and each static mutant reloads the whole unit suite.
  const summary = () => parseStatuspage(fixture('statuspage/summary.json'));

  it('reads the page', () => {
    const { model, problems } = summary();
    expect(model.page).toEqual({ name: 'Tessellate', url: 'https://status.tessellate.example/' });
    expect(model.updatedAt).toBe(at('2026-03-03T15:41:12.204Z'));
    expect(problems).toEqual([]);
  });

  it('maps an identified incident, its updates newest first and its link', () => {
    const { model } = summary();
    expect(model.incidents).toHaveLength(1);
    const [incident] = model.incidents;
    expect(incident).toMatchObject({
      id: 'inc0api0err1',
      title: 'Elevated API error rates',
      impact: 'major',
      status: 'identified',
      startedAt: at('2026-03-03T15:05:41.320Z'),
      updatedAt: at('2026-03-03T15:41:12.180Z'),
      url: 'https://stspg.io/t3ss001',
    });
    expect(incident?.resolvedAt).toBeUndefined();
    expect(incident?.postmortemUrl).toBeUndefined();
    expect(incident?.updates.map((update) => update.status)).toEqual(['identified', 'investigating']);
    expect(incident?.updates[0]?.message).toBe(
      'We found the cause: a faulty deploy of the API gateway.\n' +
        'A rollback is in progress; see the rollout notes (https://docs.tessellate.example/rollouts/42) & expect recovery within 30 minutes.',
    );
  });

  it('lists components by id and by name, once each, including those named only in updates', () => {
    const { model } = summary();
    expect(model.incidents[0]?.components).toEqual(['cmp0api00001', 'API']);
  });

  it('maps an in-progress scheduled maintenance with its window and latest message', () => {
    const { model } = summary();
    expect(model.maintenances).toEqual([
      {
        id: 'mnt0reportdb',
        title: 'Reporting database upgrade',
        message: 'Scheduled maintenance is currently in progress. We will provide updates as necessary.',
        messageAt: expect.any(Number),
        startsAt: at('2026-03-03T15:00:00Z'),
        endsAt: at('2026-03-03T17:00:00Z'),
        status: 'in_progress',
        components: ['cmp0db000003', 'Reporting database'],
        url: 'https://stspg.io/t3ss002',
      },
    ]);
  });

  it('reads incidents even when the indicator says none', () => {
    const doc = fixture('statuspage/summary.json');
    doc.status.indicator = 'none';
    doc.status.description = 'All Systems Operational';
    expect(parseStatuspage(doc).model.incidents.map((incident) => incident.id)).toEqual(['inc0api0err1']);
  });

  it('shows the indicator generically when no listed incident explains it, with the components that are down, and no status or time the page did not give', () => {
    const doc = fixture('statuspage/summary.json');
    doc.incidents = [];
    const [incident] = parseStatuspage(doc).model.incidents;
    expect(incident).toEqual({
      id: 'page-status-major',
      title: 'Partial System Outage',
      impact: 'major',
      components: ['cmp0api00001', 'API'],
      url: 'https://status.tessellate.example/',
      updates: [],
    });
  });
});

describe('Statuspage status.json', () => {
  it('turns a minor indicator into a generic incident from the description', () => {
    const { model } = parseStatuspage(fixture('statuspage/status.json'));
    expect(model.incidents).toEqual([
      {
        id: 'page-status-minor',
        title: 'Minor Service Outage',
        impact: 'minor',
        components: [],
        url: 'https://status.tessellate.example/',
        updates: [],
      },
    ]);
    expect(model.maintenances).toEqual([]);
  });

  it.each(['major', 'critical'] as const)('keeps the %s indicator as the impact', (indicator) => {
    const doc = fixture('statuspage/status.json');
    doc.status.indicator = indicator;
    expect(parseStatuspage(doc).model.incidents[0]?.impact).toBe(indicator);
  });

  it('shows nothing when the indicator is none', () => {
    const doc = fixture('statuspage/status.json');
    doc.status = { indicator: 'none', description: 'All Systems Operational' };
    expect(parseStatuspage(doc).model).toMatchObject({ incidents: [], maintenances: [] });
  });

  it('turns a maintenance indicator into a maintenance under way, since a time the page does not give', () => {
    const doc = fixture('statuspage/status.json');
    doc.status = { indicator: 'maintenance', description: 'Service Under Maintenance' };
    const { model } = parseStatuspage(doc);
    expect(model.incidents).toEqual([]);
    expect(model.maintenances).toEqual([
      {
        id: 'page-status-maintenance',
        title: 'Service Under Maintenance',
        status: 'in_progress',
        components: [],
        url: 'https://status.tessellate.example/',
      },
    ]);
  });

  it('reads an unknown indicator as major rather than hiding it', () => {
    const doc = fixture('statuspage/status.json');
    doc.status.indicator = 'catastrophic';
    expect(parseStatuspage(doc).model.incidents[0]?.impact).toBe('major');
  });
});

describe('Statuspage incidents/unresolved.json', () => {
  const unresolved = () => parseStatuspage(fixture('statuspage/incidents/unresolved.json'));

  it('maps an investigating critical incident and a monitoring minor one', () => {
    const { problems, model } = unresolved();
    const [signIn, search] = model.incidents;
    expect(problems).toEqual([]);
    expect(signIn).toMatchObject({
      id: 'inc0login003',
      impact: 'critical',
      status: 'investigating',
      startedAt: at('2026-03-04T13:00:00Z'),
    });
    expect(search).toMatchObject({ id: 'inc0search04', impact: 'minor', status: 'monitoring', updatedAt: at('2026-03-04T11:30:45Z') });
    expect(search?.updates[0]?.message).toBe('A fix has been deployed.\n\nWe are monitoring the results.');
  });

  it('takes components from update affected_components when the incident lists none', () => {
    const [signIn] = unresolved().model.incidents;
    expect(signIn?.components).toEqual(['cmp0auth0004', 'Authentication']);
  });

  it('turns a hostile body into inert text: no tags, no script, no javascript: link', () => {
    const [signIn] = unresolved().model.incidents;
    const message = signIn?.updates[0]?.message;
    expect(message).toBe('Sign-in is failing.\nDo not reset your password. Details: here and there.');
    expect(message).not.toMatch(/[<>]|alert|javascript|onerror/);
  });
});

describe('Statuspage incidents.json', () => {
  const incidents = () => parseStatuspage(fixture('statuspage/incidents.json'));

  it('maps a resolved incident with its resolution time', () => {
    const { model, problems } = incidents();
    expect(problems).toEqual([]);
    expect(model.incidents[0]).toMatchObject({
      id: 'inc0webhk005',
      status: 'resolved',
      resolvedAt: at('2026-03-05T07:45:30Z'),
      components: ['cmp0webhk006', 'Webhooks'],
    });
    expect(model.incidents[0]?.postmortemUrl).toBeUndefined();
    expect(model.incidents[0]?.updates[0]?.status).toBe('resolved');
  });

  it('reads a postmortem incident as resolved, with the incident page as postmortem link', () => {
    const { model } = incidents();
    expect(model.incidents[1]).toMatchObject({
      id: 'inc0outage06',
      impact: 'critical',
      status: 'resolved',
      resolvedAt: at('2026-02-27T14:05:00Z'),
      url: 'https://stspg.io/t3ss006',
      postmortemUrl: 'https://stspg.io/t3ss006',
    });
  });

  it('reads a past maintenance listed among incidents as a completed maintenance', () => {
    const { model } = incidents();
    expect(model.incidents.map((incident) => incident.id)).not.toContain('mnt0network7');
    expect(model.maintenances).toEqual([
      expect.objectContaining({
        id: 'mnt0network7',
        status: 'completed',
        startsAt: at('2026-02-22T02:00:00Z'),
        endsAt: at('2026-02-22T04:00:00Z'),
      }),
    ]);
  });

  it('drops and reports an invalid item, keeping the valid ones', () => {
    const doc = fixture('statuspage/incidents.json');
    doc.incidents.push({ id: 'inc0bad00001', name: 'Paused', status: 'paused' }, { id: 'inc0bad00002', status: 'resolved' });
    const result = parseStatuspage(doc);
    expect(result.model.incidents.map((incident) => incident.id)).toEqual(['inc0webhk005', 'inc0outage06']);
    expect(result.problems.map((problem) => problem.path)).toEqual(['incidents[3]', 'incidents[4]']);
    expect(result.problems[0]?.message).toContain('incidents[3].status');
    expect(result.problems[1]?.message).toContain('incidents[4].name');
  });
});

describe('Statuspage scheduled-maintenances', () => {
  it('maps an upcoming maintenance, reading its +05:30 times and markup body', () => {
    const { model } = parseStatuspage(fixture('statuspage/scheduled-maintenances/upcoming.json'));
    expect(model.maintenances).toEqual([
      {
        id: 'mnt0billing8',
        title: 'Billing system migration',
        message:
          "Invoices can't be downloaded during the window.\nPayments are not affected — see https://help.tessellate.example/billing.",
        messageAt: at('2026-03-06T04:30:00Z'),
        startsAt: at('2026-03-09T20:00:00Z'),
        endsAt: at('2026-03-09T22:00:00Z'),
        status: 'scheduled',
        components: ['cmp0bill0008', 'Billing'],
        url: 'https://stspg.io/t3ss008',
      },
    ]);
  });

  it('maps in_progress and verifying as in progress', () => {
    const { model } = parseStatuspage(fixture('statuspage/scheduled-maintenances/active.json'));
    expect(model.maintenances.map(({ id, status }) => [id, status])).toEqual([
      ['mnt0storage9', 'in_progress'],
      ['mnt0cdn00010', 'in_progress'],
    ]);
    expect(model.maintenances[1]?.message).toBe('The switch is done; we are verifying that assets load from every region.');
    expect(model.maintenances[0]?.components).toEqual(['cmp0store010', 'File storage']);
  });
});

describe('Statuspage leniency', () => {
  it('accepts nulls and missing optional fields on an item; an update with no time is left out (its age is unknown)', () => {
    const doc = {
      page: { id: 'p', name: null, url: 'https://status.example.com', updated_at: null },
      incidents: [
        {
          id: 'inc1',
          name: 'Bare',
          status: 'investigating',
          impact: null,
          shortlink: null,
          components: null,
          incident_updates: null,
          started_at: null,
        },
        {
          id: 'inc2',
          name: 'No body',
          status: 'identified',
          incident_updates: [{ status: null, body: null, display_at: null, created_at: null, affected_components: null }],
        },
      ],
    };
    const { model, problems } = parseStatuspage(doc);
    expect(problems).toEqual([]);
    expect(model.incidents[0]).toMatchObject({
      impact: 'major',
      components: [],
      updates: [],
      url: 'https://status.example.com/',
      startedAt: undefined,
    });
    expect(model.incidents[1]?.updates).toEqual([]);
    expect(model.incidents[1]?.updatedAt).toBeUndefined();
  });

  it('an update that states no status is not given its incident’s', () => {
    const doc = fixture('statuspage/incidents/unresolved.json');
    doc.incidents[1].incident_updates[0].status = null;
    const [update] = parseStatuspage(doc).model.incidents[1]!.updates;
    expect(update?.message).toBe('A fix has been deployed.\n\nWe are monitoring the results.');
    expect(update?.status).toBeUndefined();
  });

  it('drops a shortlink that is not http(s)', () => {
    const doc = fixture('statuspage/incidents/unresolved.json');
    doc.incidents[0].shortlink = 'javascript:alert(1)';
    expect(parseStatuspage(doc).model.incidents[0]?.url).toBe('https://status.tessellate.example/');
  });

  it('reads offsets and fractional seconds exactly', () => {
    const doc = {
      page: { name: 'x' },
      incidents: [{ id: 'i', name: 'n', status: 'resolved', resolved_at: '2019-02-20T13:40:58.572-06:00' }],
    };
    expect(parseStatuspage(doc).model.incidents[0]?.resolvedAt).toBe(Date.UTC(2019, 1, 20, 19, 40, 58, 572));
  });
});

describe('Statuspage document shape', () => {
  it('rejects a document without a page object as a schema error naming Statuspage', () => {
    expect(thrown(() => parseStatuspage({ incidents: [] }))).toMatchObject({
      name: 'FeedError',
      kind: 'schema',
      message: expect.stringMatching(/Statuspage API v2.*page/),
    });
  });

  it('rejects incidents that are not a list', () => {
    expect(() => parseStatuspage({ page: {}, incidents: 'none' })).toThrow(/incidents/);
  });
});
