import { describe, expect, it } from 'vitest';
import { FEED_FORMATS, parseFeed } from '../../../src/feed/parse.js';
import { parseIncidentio } from '../../../src/feed/adapters/incidentio.js';
import { parseInstatus } from '../../../src/feed/adapters/instatus.js';
import { parseStatuspage } from '../../../src/feed/adapters/statuspage.js';
import { fixture, thrown } from './adapters/fixture.js';
import { pickText } from '../../../src/i18n/catalog.js';

describe('format auto', () => {
  it.each([
    'statuspage/summary.json',
    'statuspage/status.json',
    'statuspage/incidents.json',
    'statuspage/incidents/unresolved.json',
    'statuspage/scheduled-maintenances/upcoming.json',
    'statuspage/scheduled-maintenances/active.json',
  ])('reads %s as Statuspage', (path) => {
    const auto = parseFeed(fixture(path));
    expect(auto).toEqual(parseStatuspage(fixture(path)));
    expect(auto.model.incidents.length + auto.model.maintenances.length).toBeGreaterThan(0);
  });

  it('reads an incident.io summary', () => {
    expect(parseFeed(fixture('incidentio/summary.json'))).toEqual(parseIncidentio(fixture('incidentio/summary.json')));
  });

  it('reads an Instatus summary', () => {
    expect(parseFeed(fixture('instatus/summary.json'))).toEqual(parseInstatus(fixture('instatus/summary.json')));
  });

  it('reads a native feed first, even one that also has a page and incidents', () => {
    const native = {
      version: 1,
      page: { name: 'Acme', url: 'https://status.acme.example' },
      incidents: [{ id: 'a', title: { en: 'API errors', fr: "Erreurs de l'API" }, impact: 'major', status: 'identified' }],
    };
    expect(parseFeed(native).model.incidents[0]?.title).toEqual({ en: 'API errors', fr: "Erreurs de l'API" });
  });

  it.each([null, 42, 'text', [], {}, { data: [] }, { page: {} }])('rejects %j as a schema error naming every format', (doc) => {
    const error = thrown(() => parseFeed(doc));
    expect(error).toMatchObject({ name: 'FeedError', kind: 'schema' });
    expect((error as Error).message).toMatch(/status-banner feed.*Statuspage.*incident\.io.*Instatus/);
  });
});

describe('explicit format', () => {
  it('lists every hosted format', () => {
    expect(FEED_FORMATS).toEqual(['auto', 'native', 'statuspage', 'incidentio', 'instatus']);
  });

  it('uses the named reader even when another shape would match', () => {
    expect(thrown(() => parseFeed(fixture('incidentio/summary.json'), 'statuspage'))).toMatchObject({
      kind: 'schema',
      message: 'not a statuspage feed',
    });
    expect(thrown(() => parseFeed(fixture('statuspage/summary.json'), 'native'))).toMatchObject({ kind: 'schema' });
  });

  it('reads a Statuspage document when told to', () => {
    expect(parseFeed(fixture('statuspage/status.json'), 'statuspage').model.incidents[0]?.impact).toBe('minor');
  });
});

describe('a hosted item whose name would render empty is dropped and reported, never shown untitled', () => {
  const cases: [string, string, (doc: Record<string, any>) => Record<string, any>][] = [
    ['Statuspage incident', 'statuspage/incidents/unresolved.json', (doc) => doc['incidents'][0]],
    ['Statuspage maintenance', 'statuspage/scheduled-maintenances/upcoming.json', (doc) => doc['scheduled_maintenances'][0]],
    ['incident.io incident', 'incidentio/summary.json', (doc) => doc['ongoing_incidents'][0]],
    ['incident.io maintenance', 'incidentio/summary.json', (doc) => doc['scheduled_maintenances'][0]],
    ['Instatus incident', 'instatus/summary.json', (doc) => doc['activeIncidents'][0]],
    ['Instatus maintenance', 'instatus/summary.json', (doc) => doc['activeMaintenances'][0]],
  ];
  for (const [name, path, item] of cases) {
    for (const blank of ['', ' \n\t', '\u200b\u200d\u2060', '\u00ad \u200e']) {
      it(`${name} named ${JSON.stringify(blank)}`, () => {
        const doc = fixture(path);
        const before = parseFeed(fixture(path));
        item(doc)['name'] = blank;
        const { model, problems } = parseFeed(doc);
        expect(problems).toHaveLength(1);
        expect(problems[0]!.message).toContain('name');
        const count = (result: typeof model) => result.incidents.length + result.maintenances.length;
        // The page-wide signal may stand in for a dropped incident, never a blank title.
        expect(count(model)).toBeLessThanOrEqual(count(before.model));
        for (const shown of [...model.incidents, ...model.maintenances]) expect(pickText(shown.title, 'en').trim()).not.toBe('');
      });
    }
  }
});
