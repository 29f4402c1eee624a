import { describe, expect, it } from 'vitest';
import { createDismissalStore, dismissalsKey } from '../../../src/present/dismissals.js';
import { selectItems, type ShownItem } from '../../../src/present/select.js';
import { aMaintenance, aModel, anIncident, DEFAULTS, HOUR, MINUTE, NOW } from './fixtures.js';
import type { Incident } from '../../../src/feed/model.js';
import { memoryStorage, refusingStorage } from '../fake-storage.js';

const FEED = 'https://status.acme.example/status.json';
const OTHER_FEED = 'https://status.other.example/api/v2/summary.json';

const shown = (incident: Partial<Incident>): ShownItem =>
  selectItems(aModel({ incidents: [anIncident(incident)] }), { ...DEFAULTS, resolvedFor: 1e6 })[0]!;

describe('dismissals', () => {
  it('remembers a dismissed item in storage, for a later store (a reload)', () => {
    const storage = memoryStorage();
    createDismissalStore(storage, FEED).dismiss(shown({}));
    expect(JSON.parse(storage.data.get(dismissalsKey(FEED))!)).toHaveProperty(['incident:api']);
    expect(createDismissalStore(storage, FEED).isDismissed(shown({}))).toBe(true);
  });

  it('shows the item again after a new update, a higher impact, or resolution; not after a lower impact', () => {
    const store = createDismissalStore(memoryStorage(), FEED);
    store.dismiss(shown({}));
    const later = NOW + MINUTE;
    expect(store.isDismissed(shown({ updatedAt: later, updates: [{ at: later, status: 'identified', message: 'More news.' }] }))).toBe(
      false,
    );
    expect(store.isDismissed(shown({ impact: 'critical' }))).toBe(false);
    expect(store.isDismissed(shown({ status: 'resolved', resolvedAt: NOW }))).toBe(false);
    expect(store.isDismissed(shown({ impact: 'minor' }))).toBe(true);
  });

  it('shows a dismissed upcoming maintenance again when it starts', () => {
    const store = createDismissalStore(memoryStorage(), FEED);
    const [upcoming] = selectItems(aModel({ maintenances: [aMaintenance()] }), DEFAULTS);
    store.dismiss(upcoming!);
    expect(store.isDismissed(upcoming!)).toBe(true);
    const [started] = selectItems(aModel({ maintenances: [aMaintenance()] }), { ...DEFAULTS, now: NOW + 2 * 60 * MINUTE + MINUTE });
    expect(store.isDismissed(started!)).toBe(false);
  });

  it('falls back to memory when storage throws on every call', () => {
    const store = createDismissalStore(refusingStorage, FEED);
    expect(store.isDismissed(shown({}))).toBe(false);
    expect(() => store.dismiss(shown({}))).not.toThrow();
    expect(store.isDismissed(shown({}))).toBe(true);
  });

  it('works without storage at all, and ignores corrupt stored data', () => {
    const store = createDismissalStore(undefined, FEED);
    store.dismiss(shown({}));
    expect(store.isDismissed(shown({}))).toBe(true);
    const corrupt = memoryStorage();
    corrupt.setItem(dismissalsKey(FEED), '{"incident:api": {"updated": "x"}, ');
    expect(createDismissalStore(corrupt, FEED).isDismissed(shown({}))).toBe(false);
  });

  it('honours storage cleared elsewhere (another tab, the user)', () => {
    const storage = memoryStorage();
    const store = createDismissalStore(storage, FEED);
    store.dismiss(shown({}));
    storage.data.clear();
    expect(store.isDismissed(shown({}))).toBe(false);
  });

  it('keeps at most 50 dismissals, dropping the oldest', () => {
    const storage = memoryStorage();
    const store = createDismissalStore(storage, FEED);
    for (let index = 0; index < 60; index++) store.dismiss(shown({ id: `incident-${index}` }));
    const stored = Object.keys(JSON.parse(storage.data.get(dismissalsKey(FEED))!));
    expect(stored).toHaveLength(50);
    expect(stored[0]).toBe('incident:incident-10');
    expect(store.isDismissed(shown({ id: 'incident-59' }))).toBe(true);
    expect(store.isDismissed(shown({ id: 'incident-0' }))).toBe(false);
  });

  describe('what a dismissal remembers: the item shows again when any part grows', () => {
    const maintenance = (startsAt: number, now = NOW, changes: { endsAt?: number; messageAt?: number } = {}): ShownItem =>
      selectItems(aModel({ maintenances: [aMaintenance({ startsAt, endsAt: startsAt + 20 * MINUTE, ...changes })] }), {
        ...DEFAULTS,
        now,
      })[0]!;
    const update = (at: number) => [{ at, status: 'identified' as const, message: 'News.' }];
    // name, the item dismissed, the item later, still hidden
    it.each<[string, () => ShownItem, () => ShownItem, boolean]>([
      [
        'a newer update with the same updated_at: shown',
        () => shown({ updatedAt: NOW - 10 * MINUTE, updates: update(NOW - 10 * MINUTE) }),
        () => shown({ updatedAt: NOW - 10 * MINUTE, updates: update(NOW) }),
        false,
      ],
      [
        'a newer updated_at with the same update: shown',
        () => shown({ updatedAt: NOW - 10 * MINUTE, updates: update(NOW - 10 * MINUTE) }),
        () => shown({ updatedAt: NOW, updates: update(NOW - 10 * MINUTE) }),
        false,
      ],
      [
        'an updated_at between its older one and its update: hidden (the update is the newest)',
        () => shown({ updatedAt: NOW - 20 * MINUTE, updates: update(NOW - 10 * MINUTE) }),
        () => shown({ updatedAt: NOW - 15 * MINUTE, updates: update(NOW - 10 * MINUTE) }),
        true,
      ],
      [
        'no updated_at, a newer update: shown',
        () => shown({ updatedAt: undefined }),
        () => shown({ updatedAt: undefined, updates: update(NOW) }),
        false,
      ],
      ['no update at all, a newer updated_at: shown', () => shown({ updates: [] }), () => shown({ updates: [], updatedAt: NOW }), false],
      ['the same impact: hidden', () => shown({}), () => shown({}), true],
      ['a maintenance moved later: shown', () => maintenance(NOW + 2 * HOUR), () => maintenance(NOW + 3 * HOUR), false],
      ['a maintenance moved earlier: hidden', () => maintenance(NOW + 2 * HOUR), () => maintenance(NOW + HOUR), true],
      [
        'a maintenance extended (a later end): shown',
        () => maintenance(NOW + 2 * HOUR),
        () => maintenance(NOW + 2 * HOUR, NOW, { endsAt: NOW + 3 * HOUR }),
        false,
      ],
      [
        'a maintenance shortened: hidden',
        () => maintenance(NOW + 2 * HOUR),
        () => maintenance(NOW + 2 * HOUR, NOW, { endsAt: NOW + 2 * HOUR + 10 * MINUTE }),
        true,
      ],
      [
        'a maintenance with a newer message: shown',
        () => maintenance(NOW + 2 * HOUR, NOW, { messageAt: NOW - HOUR }),
        () => maintenance(NOW + 2 * HOUR, NOW, { messageAt: NOW - MINUTE }),
        false,
      ],
      [
        'a maintenance with the same message: hidden',
        () => maintenance(NOW + 2 * HOUR, NOW, { messageAt: NOW - HOUR }),
        () => maintenance(NOW + 2 * HOUR, NOW, { messageAt: NOW - HOUR }),
        true,
      ],
      [
        'a maintenance that started: shown',
        () => maintenance(NOW + 2 * HOUR),
        () => maintenance(NOW + 2 * HOUR, NOW + 2 * HOUR + 10 * MINUTE),
        false,
      ],
    ])('%s', (_name, dismissed, later, hidden) => {
      const store = createDismissalStore(memoryStorage(), FEED);
      store.dismiss(dismissed());
      expect(store.isDismissed(later())).toBe(hidden);
    });
  });

  describe('stored dismissals that are not what this version writes are ignored, one by one', () => {
    const valid = { updated: 8.64e15, impact: 3, stage: 1 };
    // name, the stored entry for incident:api, beside a valid one for incident:other
    it.each<[string, unknown]>([
      ['null', null],
      ['a string', 'dismissed'],
      ['a number', 1],
      ['a time as a string', { ...valid, updated: '8640000000000000' }],
      ['an impact as a string', { ...valid, impact: '3' }],
      ['a stage as a string', { ...valid, stage: '1' }],
      ['a missing stage', { updated: 8.64e15, impact: 3 }],
      ['only the time a number', { updated: 8.64e15, impact: '3', stage: '1' }],
      ['an empty object', {}],
      ['a message time as a string', { ...valid, message: '1' }],
      ['an end that is no number', { ...valid, ends: null }],
    ])('%s: ignored, and the valid entry beside it still counts', (_name, entry) => {
      const storage = memoryStorage();
      storage.setItem(dismissalsKey(FEED), JSON.stringify({ 'incident:api': entry, 'incident:other': valid }));
      const store = createDismissalStore(storage, FEED);
      expect(store.isDismissed(shown({}))).toBe(false);
      expect(store.isDismissed(shown({ id: 'other' }))).toBe(true);
    });
  });

  describe('per feed: a dismissal never hides an item of another feed (#10, case 7)', () => {
    const pageNotice = () => shown({ id: 'page-status-major', updates: [] });
    const cases: [string, () => ShownItem][] = [
      ['the same incident id in two feeds', () => shown({ id: 'inc-1' })],
      ['the id a hosted adapter generates for its page-wide notice', pageNotice],
    ];
    for (const [name, item] of cases) {
      it(name, () => {
        const storage = memoryStorage();
        createDismissalStore(storage, FEED).dismiss(item());
        expect(createDismissalStore(storage, FEED).isDismissed(item())).toBe(true);
        expect(createDismissalStore(storage, OTHER_FEED).isDismissed(item())).toBe(false);
      });
    }

    it('stores each feed under its own key', () => {
      const storage = memoryStorage();
      createDismissalStore(storage, FEED).dismiss(shown({}));
      createDismissalStore(storage, OTHER_FEED).dismiss(shown({ id: 'other' }));
      expect(dismissalsKey(FEED)).not.toBe(dismissalsKey(OTHER_FEED));
      expect(Object.keys(JSON.parse(storage.data.get(dismissalsKey(FEED))!))).toEqual(['incident:api']);
      expect(Object.keys(JSON.parse(storage.data.get(dismissalsKey(OTHER_FEED))!))).toEqual(['incident:other']);
    });

    it('ignores the old origin-wide dismissals (status-banner:dismissed)', () => {
      const storage = memoryStorage();
      storage.setItem('status-banner:dismissed', JSON.stringify({ 'incident:api': { updated: 8.64e15, impact: 3, stage: 1 } }));
      expect(createDismissalStore(storage, FEED).isDismissed(shown({}))).toBe(false);
    });
  });
});
