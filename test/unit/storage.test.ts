import { describe, expect, it } from 'vitest';
import { readItem, writeItem, type KeyValueStorage } from '../../src/storage.js';
import { memoryStorage, refusingStorage } from './fake-storage.js';

/** A Storage as privacy modes and sandboxed frames give it: every call throws. */
describe('readItem and writeItem', () => {
  it('round-trip a text', () => {
    const storage = memoryStorage();
    writeItem(storage, 'k', 'kept');
    expect(readItem(storage, 'k')).toBe('kept');
  });

  // storage, what reading an unset key gives: null is "nothing kept", undefined "no storage to ask"
  it.each<[string, KeyValueStorage | undefined, null | undefined]>([
    ['a working storage', memoryStorage(), null],
    ['a storage that refuses', refusingStorage, undefined],
    ['no storage', undefined, undefined],
  ])('%s: reading gives %s, writing throws nothing', (_case, storage, read) => {
    expect(readItem(storage, 'k')).toBe(read);
    expect(() => writeItem(storage, 'k', 'v')).not.toThrow();
  });
});
