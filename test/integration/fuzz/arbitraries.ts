/**
 * fast-check arbitraries for hostile feeds: generated from scratch (every field any value, biased
 * towards values that are nearly right) and mutated from real documents (the every-field feed, the
 * demo scenarios, the hosted fixtures), so that the fuzzing reaches deep into each adapter
 * instead of being rejected at the envelope.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { SCENARIOS } from '../../../demo/scenarios.js';

export const NOW = Date.parse('2026-11-24T09:45:00Z');

/** Snippets a hostile or careless feed author may write: markup, scripts, URL schemes, entities. */
const NASTY = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=" JaVaScRiPt:alert(1)">click</a>',
  '<a href="https://ok.example/">ok</a>',
  '[x](javascript:alert(1))',
  '[ok](https://ok.example/a)',
  '&lt;script&gt;',
  '&#x3C;script&#x3E;',
  '&#0000060;',
  '&#1114112;',
  '&#xFFFFFF;',
  '&#55296;',
  '&bogus;',
  '</style><script>x</script>',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '<!-- <script> -->',
  '<![CDATA[<script>]]>',
  '\u202Egnp.exe',
  '\u0000\u0001\u001f',
  '\uD800',
  '\uDFFF\uD800',
  '\u200B\uFEFF',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356',
  '__proto__',
  'constructor',
  'toString',
  '',
  ' ',
  '\n\n\n',
];

const SCHEMES = [
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.com/',
  'blob:https://example.com/uuid',
  '//evil.example/',
  '/relative/path',
  'https:evil.example',
  'https://user:pass@example.com/',
  'http://[::1]/',
  'https://exa mple.com/',
  'https://例え.テスト/パス?q=値#フ',
  'https://example.com/' + '%'.repeat(300),
  'HTTPS://EXAMPLE.COM/UPPER',
  'https://example.com/"><script>alert(1)</script>',
];

/** Markup soup for the hosted formats' markdown/HTML-to-text step: linear time or bust. */
const soup = fc.string({
  unit: fc.constantFrom(
    '<',
    '>',
    '/',
    '!',
    '-',
    '&',
    '#',
    'x',
    ';',
    '"',
    "'",
    '=',
    ' ',
    '\n',
    '[',
    ']',
    '(',
    ')',
    '*',
    '_',
    '`',
    'a',
    'b',
    'r',
    'p',
    'script',
    'href',
    'https://e.example/',
    'javascript:',
    'amp',
    'lt',
  ),
  maxLength: 300,
});

const longRuns = fc.constantFrom(
  '<'.repeat(20_000),
  '&#'.repeat(10_000),
  '[a]('.repeat(5_000),
  '<a href="'.repeat(3_000),
  '*'.repeat(20_000),
  '<!--'.repeat(5_000),
  '\n'.repeat(20_000),
  'x'.repeat(60_000),
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: soup },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...NASTY), { maxLength: 4 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: longRuns },
);

export const urlish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 3, arbitrary: fc.constantFrom(...SCHEMES) },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(null, 42, true, [], {}) },
);

const validTime = fc
  .integer({ min: NOW - 40 * 86_400_000, max: NOW + 40 * 86_400_000 })
  .chain((ms) =>
    fc.constantFrom(
      new Date(ms).toISOString(),
      new Date(ms).toISOString().replace('Z', '+02:00'),
      new Date(ms).toISOString().slice(0, 16) + 'Z',
    ),
  );

export const timeish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: validTime },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '+275760-09-13T00:00:00Z',
      '-271821-04-20T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '0000-01-01T00:00:00Z',
      '2026-02-30T25:61:61Z',
      '2026-11-24T09:40:00',
      '2026-11-24',
      'Mon Mar 09 2026 08:15:20 GMT+0000 (Coordinated Universal Time)',
      'now',
      '',
      '1e400',
    ),
  },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) },
  { weight: 1, arbitrary: fc.oneof(hostileString, fc.constantFrom(null, 0, -1, 1e21, Number.MAX_SAFE_INTEGER, true)) },
);

const tag = fc.oneof(
  fc.constantFrom('en', 'fr', 'fr-CA', 'EN-us', 'de', 'ar', 'he', 'zh-Hant-TW', 'x', '', '__proto__', 'constructor'),
  fc.string({ maxLength: 8 }),
);

/** Hostile but present: what a schema requiring a non-empty text lets through. */
const hostileText = hostileString.filter((value) => value.trim() !== '');

export const localized: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: hostileString },
  { weight: 4, arbitrary: fc.dictionary(tag, hostileString, { minKeys: 1, maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(tag, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, 0, [], ['a']) },
);

/** A text the schema accepts (non-empty string or tag → non-empty string), with hostile content; rarely anything. */
const acceptedText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 14, arbitrary: hostileText },
  { weight: 6, arbitrary: fc.dictionary(tag, hostileText, { minKeys: 1, maxKeys: 4 }) },
  { weight: 1, arbitrary: localized },
);

/** Usually one of `valid`, sometimes any JSON value. */
const mostly = (valid: readonly unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
    { weight: 1, arbitrary: hostileString },
  );

/** A URL field: any string is accepted by the schema, only http(s) may ever become a link. */
const urlField: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 20, arbitrary: urlish.filter((value) => typeof value === 'string' || value === null) },
  { weight: 1, arbitrary: urlish },
);
const timeField: fc.Arbitrary<unknown> = fc.oneof({ weight: 20, arbitrary: validTime }, { weight: 1, arbitrary: timeish });

const components = fc.oneof(
  { weight: 20, arbitrary: fc.array(fc.oneof(fc.constantFrom('api', 'web', 'API'), hostileString), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
);
const id = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('a', 'b', 'c', 'api-1') },
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
);
const statuses = ['investigating', 'identified', 'monitoring', 'resolved'] as const;

const nativeUpdate = fc.record({ at: timeField, status: mostly(statuses), message: acceptedText }, { requiredKeys: [] });

const nativeIncident = fc.record(
  {
    id,
    title: acceptedText,
    impact: mostly(['none', 'minor', 'major', 'critical']),
    status: mostly(statuses),
    started_at: timeField,
    updated_at: timeField,
    expected_resolution_at: timeField,
    next_update_at: timeField,
    resolved_at: timeField,
    postmortem_url: urlField,
    components,
    url: urlField,
    updates: fc.oneof(
      { weight: 20, arbitrary: fc.array(nativeUpdate, { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
    ),
  },
  { requiredKeys: ['id', 'title', 'impact', 'status'] },
);

const nativeMaintenance = fc.record(
  { id, title: acceptedText, message: acceptedText, starts_at: timeField, ends_at: timeField, components, url: urlField },
  { requiredKeys: ['id', 'title', 'starts_at'] },
);

/** Native feeds built field by field. */
export const generatedNative: fc.Arbitrary<unknown> = fc.record(
  {
    version: fc.oneof({ weight: 30, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
    updated_at: timeField,
    page: fc.oneof(
      { weight: 12, arbitrary: fc.record({ name: hostileString, url: fc.oneof(fc.webUrl(), hostileString) }, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
    ),
    poll_interval: fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: 0, max: 900 }) },
      { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -10, max: 2000 }), fc.double(), fc.jsonValue({ maxDepth: 0 })) },
    ),
    incidents: fc.oneof(
      { weight: 20, arbitrary: fc.array(nativeIncident, { minLength: 1, maxLength: 5 }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    ),
    maintenances: fc.oneof(
      { weight: 10, arbitrary: fc.array(nativeMaintenance, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    ),
  },
  { requiredKeys: ['version'] },
);

const componentRef = fc.record(
  { id: fc.oneof(id, fc.constant(null)), code: fc.oneof(id, fc.constant(null)), name: fc.oneof(hostileString, fc.constant(null)) },
  { requiredKeys: [] },
);

const statuspageItem = fc.record(
  {
    id,
    name: hostileString,
    status: mostly([
      'investigating',
      'identified',
      'monitoring',
      'resolved',
      'postmortem',
      'scheduled',
      'in_progress',
      'verifying',
      'completed',
    ]),
    impact: mostly(['none', 'minor', 'major', 'critical', 'maintenance']),
    created_at: timeish,
    updated_at: timeish,
    started_at: timeish,
    resolved_at: timeish,
    scheduled_for: timeish,
    scheduled_until: timeish,
    shortlink: urlish,
    postmortem_body: fc.oneof(hostileString, fc.constant(null)),
    components: fc.oneof(fc.array(componentRef, { maxLength: 3 }), fc.constant(null)),
    incident_updates: fc.oneof(
      fc.array(
        fc.record(
          {
            status: mostly(statuses),
            body: hostileString,
            display_at: timeish,
            created_at: timeish,
            affected_components: fc.oneof(fc.array(componentRef, { maxLength: 2 }), fc.constant(null)),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
      fc.constant(null),
    ),
  },
  { requiredKeys: ['id', 'name', 'status'] },
);

/** Statuspage API v2 documents built field by field. */
export const generatedStatuspage: fc.Arbitrary<unknown> = fc.record(
  {
    page: fc.oneof(
      { weight: 8, arbitrary: fc.record({ name: hostileString, url: urlish, updated_at: timeish }, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
    ),
    status: fc.oneof(
      fc.record(
        { indicator: mostly(['none', 'minor', 'major', 'critical', 'maintenance']), description: hostileString },
        { requiredKeys: [] },
      ),
      fc.constant(null),
    ),
    components: fc.oneof(
      fc.array(
        fc.record(
          {
            id,
            name: hostileString,
            status: mostly(['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance']),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
      fc.constant(null),
    ),
    incidents: fc.oneof(
      { weight: 6, arbitrary: fc.array(statuspageItem, { maxLength: 5 }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    ),
    scheduled_maintenances: fc.oneof(
      { weight: 4, arbitrary: fc.array(statuspageItem, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    ),
  },
  { requiredKeys: ['page'] },
);

function fixture(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
}

export const NATIVE_BASES: readonly unknown[] = [
  fixture('native/every-field.json'),
  ...Object.values(SCENARIOS).map((scenario) => scenario(NOW)),
];
export const STATUSPAGE_BASES: readonly unknown[] = [
  'statuspage/summary.json',
  'statuspage/status.json',
  'statuspage/incidents.json',
  'statuspage/incidents/unresolved.json',
  'statuspage/scheduled-maintenances/active.json',
  'statuspage/scheduled-maintenances/upcoming.json',
].map(fixture);
export const OTHER_HOSTED_BASES: readonly unknown[] = ['incidentio/summary.json', 'instatus/summary.json'].map(fixture);

/** Every container and leaf of a JSON document, as paths. */
function paths(doc: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(doc)) doc.forEach((value, index) => paths(value, [...prefix, index], out));
  else if (doc && typeof doc === 'object') for (const [key, value] of Object.entries(doc)) paths(value, [...prefix, key], out);
  return out;
}

type Container = Record<string | number, unknown>;

const OPERATIONS = [
  'replace',
  'delete',
  'null',
  'wrap',
  'stringify',
  'duplicate',
  'own-proto',
  'hostile-text',
  'hostile-url',
  'hostile-time',
] as const;

export interface Mutation {
  at: number;
  /** Picks among leaves (strings, numbers…) only: small documents have few, and the envelope would take most hits. */
  leaf: boolean;
  op: (typeof OPERATIONS)[number];
  value: unknown;
  text: string;
  url: unknown;
  time: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  leaf: fc.boolean(),
  // Leaf-level changes keep most documents acceptable, so the fuzzing reaches the presenter.
  op: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...OPERATIONS) },
    { weight: 6, arbitrary: fc.constantFrom<Mutation['op']>('hostile-text', 'hostile-url', 'hostile-time') },
  ),
  value: fc.jsonValue({ maxDepth: 2 }),
  text: hostileString,
  url: urlish,
  time: timeish,
});

/** Applies mutations to a deep copy of `base`; each picks a node by index among the document's current nodes. */
export function mutate(base: unknown, mutations: readonly Mutation[]): unknown {
  const root = { doc: structuredClone(base) } as Container;
  for (const { at, leaf, op, value, text, url, time } of mutations) {
    const every = paths(root['doc']);
    const leaves = every.filter((path) => {
      let node: unknown = root['doc'];
      for (const step of path) node = (node as Container)[step];
      return node === null || typeof node !== 'object';
    });
    const all = leaf && leaves.length ? leaves : every;
    const path = ['doc', ...all[at % all.length]!];
    const key = path.pop()!;
    let parent = root;
    for (const step of path) parent = parent[step] as Container;
    const current = parent[key];
    switch (op) {
      case 'replace':
        parent[key] = value;
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else Reflect.deleteProperty(parent, key);
        break;
      case 'null':
        parent[key] = null;
        break;
      case 'wrap':
        parent[key] = [current];
        break;
      case 'stringify': {
        // Undefined for a deleted node: JSON.stringify's type does not say so.
        const json = JSON.stringify(current) as string | undefined;
        parent[key] = json ?? '';
        break;
      }
      case 'duplicate':
        if (Array.isArray(current)) parent[key] = [...current, ...current, ...current];
        else parent[key] = current;
        break;
      case 'own-proto':
        // What JSON.parse makes of `"__proto__": …`: an own property, not a prototype.
        if (current && typeof current === 'object' && !Array.isArray(current)) {
          Object.defineProperty(current, '__proto__', { value, enumerable: true, configurable: true, writable: true });
        }
        break;
      case 'hostile-text':
        parent[key] = text;
        break;
      case 'hostile-url':
        parent[key] = url;
        break;
      case 'hostile-time':
        parent[key] = time;
        break;
    }
  }
  return root['doc'];
}

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });
