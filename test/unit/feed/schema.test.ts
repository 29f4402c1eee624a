// The native feed's schema, as readers meet it: through parseFeed's results (an item kept, or dropped
// with its path) and the CLI's whole-feed check.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse.js';
import { feedSchema } from '../../../src/feed/schema.js';

const incident = { id: 'a', title: 'API errors', impact: 'major', status: 'investigating' };

/** What parseFeed makes of a native feed holding one incident with `fields` over a valid one. */
function readIncident(fields: Record<string, unknown>) {
  const { model, problems } = parseFeed({ version: 1, incidents: [{ ...incident, ...fields }] });
  return { incident: model.incidents[0], problems: problems.map((problem) => problem.path) };
}

describe('times: ISO 8601 with an offset', () => {
  it.each<[string, string, number]>([
    ['UTC, to the second', '2026-11-24T09:40:00Z', Date.UTC(2026, 10, 24, 9, 40)],
    ['no seconds', '2026-11-24T09:40Z', Date.UTC(2026, 10, 24, 9, 40)],
    ['a fraction of a second, three digits', '2026-11-24T09:40:00.250Z', Date.UTC(2026, 10, 24, 9, 40, 0, 250)],
    ['a fraction of a second, one digit', '2026-11-24T09:40:00.5Z', Date.UTC(2026, 10, 24, 9, 40, 0, 500)],
    ['an offset with a colon', '2026-11-24T10:40:00+01:00', Date.UTC(2026, 10, 24, 9, 40)],
    ['an offset without a colon', '2026-11-24T04:40:00-0500', Date.UTC(2026, 10, 24, 9, 40)],
    ['lower case t and z', '2026-11-24t09:40:00z', Date.UTC(2026, 10, 24, 9, 40)],
  ])('accepts %s', (_case, value, expected) => {
    expect(readIncident({ started_at: value })).toEqual({ incident: expect.objectContaining({ startedAt: expected }), problems: [] });
  });

  it.each([
    ['no offset', '2026-11-24T09:40:00'],
    ['a date alone', '2026-11-24'],
    ['a space for the T', '2026-11-24 09:40:00Z'],
    ['text before it', 'on 2026-11-24T09:40:00Z'],
    ['text after it', '2026-11-24T09:40:00Z, roughly'],
    ['a fraction point with no digits', '2026-11-24T09:40:00.Z'],
    ['a fraction of letters', '2026-11-24T09:40:00.abcZ'],
    ['an hour offset alone', '2026-11-24T09:40:00+01'],
    ['a number', Date.UTC(2026, 10, 24, 9, 40)],
  ])('drops the incident for %s, naming the field', (_case, value) => {
    expect(readIncident({ started_at: value })).toEqual({ incident: undefined, problems: [expect.stringMatching(/^incidents\[0\]/)] });
  });
});

describe('texts, ids and links', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['a plain title', { title: 'API errors' }, true],
    ['a title per language', { title: { en: 'API errors', fr: "Erreurs de l'API" } }, true],
    ['an empty title', { title: '' }, false],
    ['a title of spaces', { title: ' \n\t' }, false],
    ['an empty title in one language', { title: { en: 'API errors', fr: '' } }, false],
    ['a title that is a number', { title: 42 }, false],
    ['an empty id', { id: '' }, false],
    ['an id of spaces', { id: '   ' }, false],
    ['an unknown impact', { impact: 'catastrophic' }, false],
    ['an unknown status', { status: 'fixed' }, false],
    ['components that are not strings', { components: [1, 2] }, false],
    ['an update without a message', { updates: [{ at: '2026-11-24T09:40:00Z', status: 'identified' }] }, false],
    ['a link that is not a string', { url: 42 }, false],
    ['a null link', { url: null }, true],
  ])('%s: kept %s', (_case, fields, kept) => {
    expect(readIncident(fields).problems).toHaveLength(kept ? 0 : 1);
  });
});

describe('the envelope', () => {
  it.each<[string, unknown, number | undefined]>([
    ['no poll_interval', undefined, undefined],
    ['0, the kill switch', 0, 0],
    ['900, the longest', 900, 900],
  ])('poll_interval %s is read', (_case, pollInterval, expected) => {
    expect(parseFeed({ version: 1, poll_interval: pollInterval }).model.pollInterval).toBe(expected);
  });

  it.each([
    ['a poll_interval over 15 minutes', { version: 1, poll_interval: 901 }],
    ['a negative poll_interval', { version: 1, poll_interval: -1 }],
    ['incidents that are not a list', { version: 1, incidents: {} }],
    ['a page name that is not text', { version: 1, page: { name: 42 } }],
    ['an updated_at that is not a time', { version: 1, updated_at: 'yesterday' }],
  ])('rejects the whole feed for %s', (_case, doc) => {
    expect(() => parseFeed(doc)).toThrow(expect.objectContaining({ name: 'FeedError', kind: 'schema' }));
  });
});

describe('the whole feed, as the CLI writes it', () => {
  const maintenance = { id: 'm', title: 'Database upgrade', starts_at: '2026-11-25T02:00:00Z' };

  it.each<[string, unknown, boolean]>([
    ['an empty feed', { version: 1 }, true],
    ['an incident and a maintenance', { version: 1, incidents: [incident], maintenances: [maintenance] }, true],
    ['an invalid incident among valid ones', { version: 1, incidents: [incident, { ...incident, impact: 'huge' }] }, false],
    ['a maintenance without a start', { version: 1, maintenances: [{ id: 'm', title: 'Database upgrade' }] }, false],
    ['another version', { version: 2 }, false],
  ])('%s: valid %s', (_case, feed, valid) => {
    expect(feedSchema.safeParse(feed).success).toBe(valid);
  });
});
