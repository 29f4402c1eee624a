import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/cli/errors.js';
import {
  findIncident,
  newItemId,
  OPEN_STATUSES,
  parseComponents,
  parseCount,
  parseFormat,
  parseHttpUrl,
  parseImpact,
  parseOpenStatus,
  parsePort,
} from '../../../src/cli/flag-values.js';
import type { Feed } from '../../../src/feed/schema.js';

const NOW = Date.parse('2026-11-25T09:00:00Z');

describe('parseImpact', () => {
  it.each(['none', 'minor', 'major', 'critical'])('accepts %s', (impact) => {
    expect(parseImpact(impact)).toBe(impact);
  });

  it.each(['', 'Major', 'huge', ' major'])('refuses "%s", listing the levels', (text) => {
    expect(() => parseImpact(text)).toThrow(new InputError(`--impact "${text}": expected one of none, minor, major, critical`));
  });
});

describe('parseOpenStatus', () => {
  it('offers every status but resolved', () => {
    expect(OPEN_STATUSES).toEqual(['investigating', 'identified', 'monitoring']);
  });

  it.each(['investigating', 'identified', 'monitoring'])('accepts %s', (status) => {
    expect(parseOpenStatus(status)).toBe(status);
  });

  it('refuses resolved, pointing at the resolve command', () => {
    expect(() => parseOpenStatus('resolved')).toThrow(
      new InputError('--status "resolved": expected one of investigating, identified, monitoring (use status-banner resolve ID)'),
    );
  });

  it('refuses an unknown status', () => {
    expect(() => parseOpenStatus('panicking')).toThrow(
      new InputError('--status "panicking": expected one of investigating, identified, monitoring'),
    );
  });
});

describe('parseHttpUrl', () => {
  it.each([
    ['https://status.example.com/pm/42', 'https://status.example.com/pm/42'],
    ['  http://example.com ', 'http://example.com/'],
  ])('accepts %s', (text, url) => {
    expect(parseHttpUrl('url', text)).toBe(url);
  });

  it.each(['javascript:alert(1)', 'ftp://example.com/x', 'docs/pm.md', ''])('refuses "%s", naming the flag', (text) => {
    expect(() => parseHttpUrl('postmortem', text)).toThrow(new InputError(`--postmortem "${text}": expected an absolute http(s) URL`));
  });
});

describe('parseComponents', () => {
  it.each([
    ['api', ['api']],
    ['api, web', ['api', 'web']],
    [' api ,, web ,', ['api', 'web']],
  ])('reads "%s"', (text, components) => {
    expect(parseComponents(text)).toEqual(components);
  });

  it.each(['', ' , ', ','])('refuses "%s"', (text) => {
    expect(() => parseComponents(text)).toThrow(
      new InputError(`--components "${text}": expected comma-separated component ids, like api,web`),
    );
  });
});

describe('parseFormat', () => {
  it.each(['auto', 'native', 'statuspage', 'incidentio', 'instatus'])('accepts %s', (format) => {
    expect(parseFormat(format)).toBe(format);
  });

  it('refuses an unknown format, listing the known ones', () => {
    expect(() => parseFormat('atlassian')).toThrow(
      new InputError('--format "atlassian": expected one of auto, native, statuspage, incidentio, instatus'),
    );
  });
});

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['3600', 3600],
    ['1.5', 1.5],
    [' 24 ', 24],
  ])('reads "%s" as %d', (text, value) => {
    expect(parseCount('resolved-for', text)).toBe(value);
  });

  it.each(['', ' ', '-1', 'an hour', 'Infinity', 'NaN'])('refuses "%s", naming the flag', (text) => {
    expect(() => parseCount('resolved-for', text)).toThrow(new InputError(`--resolved-for "${text}": expected a number, 0 or more`));
  });
});

describe('parsePort', () => {
  it.each([
    ['0', 0],
    ['8080', 8080],
    ['65535', 65535],
  ])('reads "%s" as %i', (text, port) => {
    expect(parsePort(text)).toBe(port);
  });

  it.each(['', ' ', '-1', '65536', '80.5', 'http'])('refuses "%s"', (text) => {
    expect(() => parsePort(text)).toThrow(new InputError(`--port "${text}": expected a port number, 0 to 65535`));
  });
});

describe('newItemId', () => {
  const feed = (ids: string[]): Feed => ({
    version: 1,
    incidents: ids.map((id) => ({ id, title: id, impact: 'minor', status: 'investigating' })),
    maintenances: [{ id: '2026-11-25-db', title: 'DB', starts_at: '2026-11-25T10:00:00Z' }],
  });

  it.each([
    ['API errors', '2026-11-25-api-errors'],
    ['  Login: unavailable!! ', '2026-11-25-login-unavailable'],
    ['Élevé à Zürich', '2026-11-25-eleve-a-zurich'],
    ['!!!', '2026-11-25-incident'],
    ['-- API -- errors --', '2026-11-25-api-errors'],
    ['a'.repeat(60), `2026-11-25-${'a'.repeat(40)}`],
    [{ fr: 'Erreurs', en: 'Errors' }, '2026-11-25-errors'],
  ] as const)('makes %j into %s', (title, id) => {
    expect(newItemId(feed([]), NOW, title, 'incident')).toBe(id);
  });

  it('names a title-less maintenance after its kind', () => {
    expect(newItemId(feed([]), NOW, '***', 'maintenance')).toBe('2026-11-25-maintenance');
  });

  it('makes the id unique among incidents and maintenances with -2, -3…', () => {
    expect(newItemId(feed(['2026-11-25-api-errors', '2026-11-25-api-errors-2']), NOW, 'API errors', 'incident')).toBe(
      '2026-11-25-api-errors-3',
    );
    expect(newItemId(feed([]), NOW, 'DB', 'maintenance')).toBe('2026-11-25-db-2');
  });
});

describe('findIncident', () => {
  const feed: Feed = {
    version: 1,
    incidents: [
      { id: 'api-down', title: 't', impact: 'major', status: 'investigating' },
      { id: 'old-outage', title: 't', impact: 'minor', status: 'resolved' },
    ],
  };

  it('finds by id', () => {
    expect(findIncident(feed, 'api-down')).toBe(feed.incidents![0]);
  });

  it('lists the known ids when the id is unknown', () => {
    expect(() => findIncident(feed, 'api-dwn')).toThrow(new InputError('no incident "api-dwn" in the feed (known: api-down, old-outage)'));
  });

  it('says when the feed has none', () => {
    expect(() => findIncident({ version: 1 }, 'x')).toThrow(new InputError('no incident "x" in the feed (it has none)'));
  });
});
