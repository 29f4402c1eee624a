import { describe, expect, it } from 'vitest';
import { FEED_FORMATS, parseFeed } from '../../../src/feed/parse.js';
import { parseIncidentio } from '../../../src/feed/adapters/incidentio.js';
import { parseInstatus } from '../../../src/feed/adapters/instatus.js';
import { parseStatuspage } from '../../../src/feed/adapters/statuspage.js';
import { fixture, thrown } from './adapters/fixture.js';

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
