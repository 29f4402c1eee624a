/** Web Storage stand-ins for the unit tests of everything that keeps state between page loads. */
import type { KeyValueStorage } from '../../src/storage.js';

/** A working storage, its entries open to the test in `data`. */
export function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

/** A storage as privacy modes, sandboxed frames and full quotas give it: every call throws. */
export const refusingStorage: KeyValueStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};
