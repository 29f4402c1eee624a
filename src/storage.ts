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
