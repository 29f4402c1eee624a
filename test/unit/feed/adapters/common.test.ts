import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  componentKeys,
  describeIssues,
  hasMaintenanceUnderWay,
  hasOpenIncident,
  lookup,
  newestFirst,
  outageImpact,
  pageIncident,
  pageMaintenance,
  parseItems,
  readEnvelope,
} from '../../../../src/feed/adapters/common.js';
import type { FeedProblem, Incident, Maintenance } from '../../../../src/feed/model.js';
import { inEveryLocale, NOTICES, pickText } from '../../../../src/i18n/catalog.js';
import { thrown } from './fixture.js';

/** The zod error of `value` against `schema`. */
function errorOf(schema: z.ZodMiniType, value: unknown): z.core.$ZodError {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be invalid');
  return result.error;
}

const shape = z.object({ a: z.string(), b: z.string(), c: z.string(), d: z.string() });

describe('describeIssues: one line per issue, where and what', () => {
  it.each<[string, z.ZodMiniType, unknown, string | undefined, string]>([
    ['a field, no prefix', z.object({ incidents: z.array(z.string()) }), { incidents: 1 }, undefined, 'incidents: '],
    ['a field under a prefix', z.object({ status: z.string() }), { status: 1 }, 'incidents[3]', 'incidents[3].status: '],
    ['the document itself, no prefix', z.object({}), 5, undefined, '(root): '],
    ['the item itself, under a prefix', z.object({}), 5, 'incidents[0]', 'incidents[0]: '],
    ['a nested index', z.object({ list: z.array(z.number()) }), { list: [1, 'x'] }, undefined, 'list.1: '],
  ])('%s', (_name, schema, value, prefix, start) => {
    const line = prefix === undefined ? describeIssues(errorOf(schema, value)) : describeIssues(errorOf(schema, value), prefix);
    expect(line.startsWith(start), line).toBe(true);
    expect(line.slice(start.length)).not.toBe('');
    expect(line).not.toContain(';');
  });

  it('joins issues with "; " and names at most three', () => {
    const line = describeIssues(errorOf(shape, {}));
    expect(line.split('; ').map((issue) => issue.split(':')[0])).toEqual(['a', 'b', 'c']);
  });
});

describe('parseItems: each item on its own', () => {
  it('keeps the valid ones, converted, and reports each invalid one by its index', () => {
    const problems: FeedProblem[] = [];
    const items = parseItems([1, 'two', 3], z.number(), (value) => value * 10, 'list', problems);
    expect(items).toEqual([10, 30]);
    expect(problems).toEqual([{ path: 'list[1]', message: expect.stringMatching(/^list\[1\]: /) }]);
  });

  it.each([null, undefined])('reads %s as no items', (list) => {
    const problems: FeedProblem[] = [];
    expect(parseItems(list, z.number(), (value) => value, 'list', problems)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('readEnvelope', () => {
  it('returns the document when it has the shape', () => {
    expect(readEnvelope({ a: 'x' }, z.object({ a: z.string() }), 'a thing')).toEqual({ a: 'x' });
  });

  it('throws a schema FeedError saying what was expected and where', () => {
    expect(thrown(() => readEnvelope({ a: 1 }, z.object({ a: z.string() }), 'a thing'))).toMatchObject({
      name: 'FeedError',
      kind: 'schema',
      message: expect.stringMatching(/^expected a thing: a: /),
    });
  });
});

describe('lookup and outageImpact', () => {
  it.each<[string, string | null | undefined, string | undefined]>([
    ['a key of the table', 'minor', 'yes'],
    ['a key it does not have', 'other', undefined],
    ['a key of every object', 'constructor', undefined],
    ['null', null, undefined],
    ['undefined', undefined, undefined],
  ])('lookup: %s', (_name, key, value) => {
    expect(lookup({ minor: 'yes' }, key)).toBe(value);
  });

  it.each([
    ['operational', 'none'],
    ['degraded_performance', 'minor'],
    ['DEGRADEDPERFORMANCE', 'minor'],
    ['partial_outage', 'major'],
    ['MINOROUTAGE', 'major'],
    ['MAJOROUTAGE', 'critical'],
    ['full_outage', 'critical'],
    ['hasOwnProperty', 'major'],
    ['', 'major'],
    [null, 'major'],
  ])('outageImpact(%j) is %s', (word, impact) => {
    expect(outageImpact(word)).toBe(impact);
  });
});

describe('componentKeys', () => {
  it.each<[string, Parameters<typeof componentKeys>, string[]]>([
    [
      'ids, codes and names, in order',
      [
        [
          { id: 'c1', name: 'API' },
          { code: 'web', name: 'Web' },
        ],
      ],
      ['c1', 'API', 'web', 'Web'],
    ],
    ['each once across lists', [[{ id: 'c1', name: 'API' }], [{ id: 'c1', name: 'API' }]], ['c1', 'API']],
    ['empty and missing keys left out', [[{ id: '', code: null, name: 'API' }]], ['API']],
    ['absent lists', [null, undefined], []],
  ])('%s', (_name, lists, keys) => {
    expect(componentKeys(...lists)).toEqual(keys);
  });
});

describe('pageIncident and pageMaintenance: what a page says without an item', () => {
  it.each<[string, Parameters<typeof pageIncident>, Incident]>([
    [
      "the page's own words, components and link",
      ['minor', { description: 'Partial outage', url: 'https://s.example/', components: ['api'] }],
      { id: 'page-status-minor', title: 'Partial outage', impact: 'minor', components: ['api'], url: 'https://s.example/', updates: [] },
    ],
    [
      'no words: the generic ones, in every locale; no components',
      ['major', {}],
      {
        id: 'page-status-major',
        title: inEveryLocale(NOTICES, (notices) => notices.servicesDisrupted),
        impact: 'major',
        components: [],
        url: undefined,
        updates: [],
      },
    ],
  ])('incident: %s', (_name, args, incident) => {
    expect(pageIncident(...args)).toStrictEqual(incident);
  });

  it.each<[string, Parameters<typeof pageMaintenance>[0], Maintenance]>([
    [
      "the page's own words, components and link",
      { description: 'Under maintenance', url: 'https://s.example/', components: ['db'] },
      { id: 'page-status-maintenance', title: 'Under maintenance', status: 'in_progress', components: ['db'], url: 'https://s.example/' },
    ],
    [
      'no words: the generic ones, in every locale; no components',
      { description: null },
      {
        id: 'page-status-maintenance',
        title: inEveryLocale(NOTICES, (notices) => notices.maintenanceUnderWay),
        status: 'in_progress',
        components: [],
        url: undefined,
      },
    ],
  ])('maintenance: %s', (_name, signal, maintenance) => {
    expect(pageMaintenance(signal)).toStrictEqual(maintenance);
  });

  it('the generic words read in English as they should', () => {
    expect(pickText(pageIncident('major', {}).title, 'en')).toBe('Some services are disrupted');
    expect(pickText(pageMaintenance({}).title, 'en')).toBe('Maintenance in progress');
  });
});

describe('newestFirst', () => {
  it.each<[string, { at: number | undefined; n: number }[], number[]]>([
    [
      'sorts newest first',
      [
        { at: 1, n: 1 },
        { at: 3, n: 3 },
        { at: 2, n: 2 },
      ],
      [3, 2, 1],
    ],
    [
      'leaves out updates it cannot date',
      [
        { at: undefined, n: 0 },
        { at: 1, n: 1 },
      ],
      [1],
    ],
    ['nothing to sort', [], []],
  ])('%s', (_name, updates, order) => {
    expect(newestFirst(updates).map((update) => update.n)).toEqual(order);
  });
});

describe('hasOpenIncident and hasMaintenanceUnderWay', () => {
  const incident = (status: Incident['status']): Incident => ({
    id: 'i',
    title: 't',
    impact: 'major',
    status,
    components: [],
    updates: [],
  });
  const maintenance = (status: Maintenance['status']): Maintenance => ({ id: 'm', title: 't', status, components: [] });

  it.each<[string, Incident[], boolean]>([
    ['an investigating incident', [incident('investigating')], true],
    ['a page-wide notice (no status)', [incident(undefined)], true],
    ['only resolved incidents', [incident('resolved'), incident('resolved')], false],
    ['a resolved and a monitoring one', [incident('resolved'), incident('monitoring')], true],
    ['none', [], false],
  ])('open incident: %s → %s', (_name, incidents, open) => {
    expect(hasOpenIncident(incidents)).toBe(open);
  });

  it.each<[string, Maintenance[], boolean]>([
    ['one in progress', [maintenance('scheduled'), maintenance('in_progress')], true],
    ['scheduled and completed only', [maintenance('scheduled'), maintenance('completed')], false],
    ['none', [], false],
  ])('maintenance under way: %s → %s', (_name, maintenances, underWay) => {
    expect(hasMaintenanceUnderWay(maintenances)).toBe(underWay);
  });
});
