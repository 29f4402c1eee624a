import { describe, expect, it } from 'vitest';
import { readItem, writeItem, type KeyValueStorage } from '../../src/storage.js';

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

/** A Storage as privacy modes and sandboxed frames give it: every call throws. */
const refusing: KeyValueStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('readItem and writeItem', () => {
  it('round-trip a text', () => {
    const storage = memory();
    writeItem(storage, 'k', 'kept');
    expect(readItem(storage, 'k')).toBe('kept');
  });

  // storage, what reading an unset key gives: null is "nothing kept", undefined "no storage to ask"
  it.each<[string, KeyValueStorage | undefined, null | undefined]>([
    ['a working storage', memory(), null],
    ['a storage that refuses', refusing, undefined],
    ['no storage', undefined, undefined],
  ])('%s: reading gives %s, writing throws nothing', (_case, storage, read) => {
    expect(readItem(storage, 'k')).toBe(read);
    expect(() => writeItem(storage, 'k', 'v')).not.toThrow();
  });
});
