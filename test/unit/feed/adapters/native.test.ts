import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../../src/feed/parse.js';
import { parseNative } from '../../../../src/feed/adapters/native.js';
import { FeedError } from '../../../../src/feed/errors.js';
import { feedJsonSchema } from '../../../../src/feed/json-schema.js';
import { feedSchema } from '../../../../src/feed/schema.js';
/** Every field of the native format, version 1: the "Every field" example of docs/feed.md, dated 2026-11-24 throughout. */
import EVERY_FIELD from '../../../fixtures/native/every-field.json';

const clone = () => structuredClone(EVERY_FIELD) as typeof EVERY_FIELD & Record<string, unknown>;

function rejection(doc: unknown): FeedError {
  try {
    parseNative(doc);
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected the document to be rejected');
}

describe('native feed v1', () => {
  it('reads the every-field example into the model, times as epoch ms', () => {
    const { model, problems } = parseNative(EVERY_FIELD);
    expect(problems).toEqual([]);
    expect(model.pollInterval).toBe(30);
    expect(model.page).toEqual({ name: 'Acme', url: 'https://status.acme.example/' });
    expect(model.incidents[0]).toMatchObject({
      id: '2026-11-24-api',
      impact: 'major',
      status: 'identified',
      updatedAt: Date.parse('2026-11-24T09:40:00Z'),
      expectedResolutionAt: Date.parse('2026-11-24T10:30:00Z'),
      nextUpdateAt: Date.parse('2026-11-24T10:00:00Z'),
      resolvedAt: undefined,
      components: ['api'],
    });
    expect(model.incidents[0]!.updates.map((update) => update.status)).toEqual(['identified', 'investigating']);
    expect(model.maintenances[0]).toMatchObject({
      id: 'db-upgrade',
      startsAt: Date.parse('2026-11-25T02:00:00Z'),
      endsAt: Date.parse('2026-11-25T02:20:00Z'),
    });
  });

  it('is what the whole-feed schema accepts too (one schema for element and CLI)', () => {
    expect(feedSchema.safeParse(EVERY_FIELD).success).toBe(true);
  });

  it('sorts updates newest first whatever the feed order, and reads offsets', () => {
    const doc = clone();
    doc.incidents[0]!.updates.reverse();
    doc.incidents[0]!.updates[0]!.at = '2026-11-24T04:05:00-05:00';
    const { model } = parseNative(doc);
    expect(model.incidents[0]!.updates[0]!.message).toBe('A faulty deploy is being rolled back.');
    expect(model.incidents[0]!.updates[1]!.at).toBe(Date.parse('2026-11-24T09:05:00Z'));
  });

  it('ignores unknown fields at every level', () => {
    const doc = clone();
    doc['extra'] = { anything: true };
    Object.assign(doc.incidents[0]!, { severity_score: 9, tags: ['x'] });
    const { model, problems } = parseNative(doc);
    expect(problems).toEqual([]);
    expect(model.incidents).toHaveLength(1);
    expect(model.incidents[0]).not.toHaveProperty('severity_score');
  });

  it('drops one invalid incident, reports where and why, and keeps the valid ones', () => {
    const doc = clone();
    doc.incidents.push({ ...doc.incidents[0]!, id: 'bad', impact: 'catastrophic' });
    doc.incidents.push({ ...doc.incidents[0]!, id: 'late', title: '' as never });
    doc.incidents.push({ ...doc.incidents[0]!, id: 'blank', title: { en: '   ' } as never });
    // Zero-width space, zero-width joiner, word joiner: it renders blank too.
    doc.incidents.push({ ...doc.incidents[0]!, id: 'invisible', title: '\u200b\u200d\u2060' as never });
    // Letters around the invisible ones: a title.
    doc.incidents.push({ ...doc.incidents[0]!, id: 'joined', title: 'API\u200b errors \u{1F469}\u200d\u{1F4BB}' as never });
    const { model, problems } = parseNative(doc);
    expect(model.incidents.map((incident) => incident.id)).toEqual(['2026-11-24-api', 'joined']);
    expect(problems.map((problem) => problem.path)).toEqual(['incidents[1]', 'incidents[2]', 'incidents[3]', 'incidents[4]']);
    expect(problems[0]!.message).toContain('incidents[1].impact');
  });

  describe('a text that would render empty is invalid: the item is dropped and reported, never shown untitled', () => {
    const cases: [string, string][] = [
      ['only key __proto__ (JSON.parse makes it an own key; an object copy would make it the prototype)', '{"__proto__": "API errors"}'],
      ['no language at all', '{}'],
    ];
    for (const [name, title] of cases) {
      it(name, () => {
        const doc = clone();
        doc.incidents.push({ ...doc.incidents[0]!, id: 'empty', title: JSON.parse(title) as never });
        doc.maintenances.push({ ...doc.maintenances[0]!, id: 'empty', message: JSON.parse(title) as never });
        const { model, problems } = parseNative(JSON.parse(JSON.stringify(doc)));
        expect(model.incidents.map((incident) => incident.id)).toEqual(['2026-11-24-api']);
        expect(model.maintenances.map((maintenance) => maintenance.id)).toEqual(['db-upgrade']);
        expect(problems.map((problem) => problem.path)).toEqual(['incidents[1]', 'maintenances[1]']);
      });
    }

    it('a text with __proto__ beside a real language keeps the real one', () => {
      const doc = JSON.parse(
        JSON.stringify(clone()).replace('"title":{"en":"API errors"', '"title":{"__proto__":"x","en":"API errors"'),
      ) as unknown;
      const { model, problems } = parseNative(doc);
      expect(problems).toEqual([]);
      expect(model.incidents[0]!.title).toEqual(expect.objectContaining({ en: 'API errors' }));
    });
  });

  it('drops an item whose time no clock can read (23:60), rather than dating it 1970', () => {
    const doc = clone();
    doc.incidents[0]!.updates[0]!.at = '2026-11-24T23:60:00Z';
    const { model, problems } = parseNative(doc);
    expect(model.incidents).toEqual([]);
    expect(problems[0]!.message).toContain('incidents[0].updates.0.at');
  });

  it.each(['2027-02-30T02:00:00Z', '2027-03-01T24:00:00Z'])(
    'drops and reports a maintenance starting %s, a day no calendar has, rather than hiding it as undated',
    (startsAt) => {
      const doc = clone();
      doc.maintenances[0]!.starts_at = startsAt;
      const { model, problems } = parseNative(doc);
      expect(model.maintenances).toEqual([]);
      expect(problems.map((problem) => problem.path)).toEqual(['maintenances[0]']);
      expect(problems[0]!.message).toContain('not a time a clock can read');
    },
  );

  it('drops an invalid maintenance (no start) and a time without offset', () => {
    const doc = clone();
    doc.maintenances.push({ id: 'x', title: 'T', starts_at: '2026-11-25 02:00' } as never);
    const { model, problems } = parseNative(doc);
    expect(model.maintenances).toHaveLength(1);
    expect(problems[0]!.path).toBe('maintenances[1]');
  });

  it('follows only http(s) links', () => {
    const doc = clone();
    doc.incidents[0]!.url = 'javascript:alert(1)';
    Object.assign(doc.incidents[0]!, {
      status: 'resolved',
      resolved_at: '2026-11-24T10:00:00Z',
      postmortem_url: 'data:text/html,<script>1</script>',
    });
    doc.page.url = 'vbscript:msgbox';
    const { model } = parseNative(doc);
    expect(model.incidents[0]!.url).toBeUndefined();
    expect(model.incidents[0]!.postmortemUrl).toBeUndefined();
    expect(model.page?.url).toBeUndefined();
  });

  it('a resolved incident without resolved_at is resolved at its last update', () => {
    const doc = clone();
    doc.incidents[0]!.status = 'resolved';
    const { model } = parseNative(doc);
    expect(model.incidents[0]!.resolvedAt).toBe(Date.parse('2026-11-24T09:40:00Z'));
  });

  it('rejects a document that is not an object with version 1, as a whole', () => {
    expect(rejection(null).kind).toBe('schema');
    expect(rejection([EVERY_FIELD]).kind).toBe('schema');
    expect(rejection({ ...EVERY_FIELD, version: 2 }).kind).toBe('version');
    expect(rejection({ ...EVERY_FIELD, version: '1' }).kind).toBe('version');
    expect(rejection({ ...EVERY_FIELD, incidents: {} }).kind).toBe('schema');
    expect(rejection({ ...EVERY_FIELD, poll_interval: -1 }).message).toContain('poll_interval');
  });

  it('parseFeed with format native or auto reads the same', () => {
    expect(parseFeed(EVERY_FIELD, 'native')).toEqual(parseNative(EVERY_FIELD));
    expect(parseFeed(EVERY_FIELD)).toEqual(parseNative(EVERY_FIELD));
  });
});

describe('JSON Schema generated from the zod schema', () => {
  // Generated inside the test: code run while Vitest collects tests makes Stryker's mutants static.
  const generated = () =>
    feedJsonSchema() as {
      properties: Record<string, { items?: { required?: string[]; properties?: Record<string, unknown> } }>;
      required: string[];
    };

  it('describes the feed: version required, incidents with their required fields and formats', () => {
    const schema = generated();
    expect(schema.required).toContain('version');
    const incident = schema.properties['incidents']!.items!;
    expect(incident.required).toEqual(expect.arrayContaining(['id', 'title', 'impact', 'status']));
    expect(incident.properties!['impact']).toMatchObject({ enum: ['none', 'minor', 'major', 'critical'] });
    expect(JSON.stringify(incident.properties!['started_at'])).toContain('date-time');
    // A text in languages needs at least one (the zod check behind it has no JSON Schema of its own).
    expect(JSON.stringify(incident.properties!['title'])).toContain('"minProperties":1');
  });
});
