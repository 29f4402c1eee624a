/** The subset of Web Storage used; any call may throw (privacy modes, sandboxed iframes, quotas). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The page's localStorage, or undefined where merely touching it throws (or outside a browser). */
export function pageStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The text kept under `key`: null when there is none, undefined when there is no storage or it refuses to be read. */
export function readItem(storage: KeyValueStorage | undefined, key: string): string | null | undefined {
  try {
    return storage?.getItem(key);
  } catch {
    return undefined;
  }
}

/** Keeps `value` under `key` when storage takes it; full or denied storage leaves the page as it would be without one. */
export function writeItem(storage: KeyValueStorage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Full or denied: what is kept stays as it was.
  }
}
