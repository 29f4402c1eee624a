import { describe, expect, it } from 'vitest';
import { createDismissalStore, STORAGE_KEY } from '../../../src/present/dismissals.js';
import type { KeyValueStorage } from '../../../src/storage.js';
import { selectItems, type ShownItem } from '../../../src/present/select.js';
import { aMaintenance, aModel, anIncident, DEFAULTS, MINUTE, NOW } from './fixtures.js';
import type { Incident } from '../../../src/feed/model.js';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

const throwingStorage: KeyValueStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('quota', 'QuotaExceededError');
  },
};

const shown = (incident: Partial<Incident>): ShownItem =>
  selectItems(aModel({ incidents: [anIncident(incident)] }), { ...DEFAULTS, resolvedFor: 1e6 })[0]!;

describe('dismissals', () => {
  it('remembers a dismissed item in storage, for a later store (a reload)', () => {
    const storage = memoryStorage();
    createDismissalStore(storage).dismiss(shown({}));
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toHaveProperty(['incident:api']);
    expect(createDismissalStore(storage).isDismissed(shown({}))).toBe(true);
  });

  it('shows the item again after a new update, a higher impact, or resolution; not after a lower impact', () => {
    const store = createDismissalStore(memoryStorage());
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
    const store = createDismissalStore(memoryStorage());
    const [upcoming] = selectItems(aModel({ maintenances: [aMaintenance()] }), DEFAULTS);
    store.dismiss(upcoming!);
    expect(store.isDismissed(upcoming!)).toBe(true);
    const [started] = selectItems(aModel({ maintenances: [aMaintenance()] }), { ...DEFAULTS, now: NOW + 2 * 60 * MINUTE + MINUTE });
    expect(store.isDismissed(started!)).toBe(false);
  });

  it('falls back to memory when storage throws on every call', () => {
    const store = createDismissalStore(throwingStorage);
    expect(store.isDismissed(shown({}))).toBe(false);
    expect(() => store.dismiss(shown({}))).not.toThrow();
    expect(store.isDismissed(shown({}))).toBe(true);
  });

  it('works without storage at all, and ignores corrupt stored data', () => {
    const store = createDismissalStore(undefined);
    store.dismiss(shown({}));
    expect(store.isDismissed(shown({}))).toBe(true);
    const corrupt = memoryStorage();
    corrupt.setItem(STORAGE_KEY, '{"incident:api": {"updated": "x"}, ');
    expect(createDismissalStore(corrupt).isDismissed(shown({}))).toBe(false);
  });

  it('honours storage cleared elsewhere (another tab, the user)', () => {
    const storage = memoryStorage();
    const store = createDismissalStore(storage);
    store.dismiss(shown({}));
    storage.data.clear();
    expect(store.isDismissed(shown({}))).toBe(false);
  });

  it('keeps at most 50 dismissals, dropping the oldest', () => {
    const storage = memoryStorage();
    const store = createDismissalStore(storage);
    for (let index = 0; index < 60; index++) store.dismiss(shown({ id: `incident-${index}` }));
    const stored = Object.keys(JSON.parse(storage.data.get(STORAGE_KEY)!));
    expect(stored).toHaveLength(50);
    expect(stored[0]).toBe('incident:incident-10');
    expect(store.isDismissed(shown({ id: 'incident-59' }))).toBe(true);
    expect(store.isDismissed(shown({ id: 'incident-0' }))).toBe(false);
  });
});
