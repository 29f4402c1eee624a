import type { Locks } from './environment.js';

/**
 * Asks for the Web Lock `name` and calls `lead` once this tab holds it: one tab per feed polls for
 * all. Returns `resign`, which gives the lock up (or stops waiting for it). `fail` runs when the
 * Locks API rejects the request, so that the tab can poll on its own.
 */
export function requestLeadership(locks: Locks, name: string, lead: () => void, fail: () => void): () => void {
  const request = new AbortController();
  let release: (() => void) | undefined;
  locks
    .request(name, { signal: request.signal }, async () => {
      if (request.signal.aborted) return;
      lead();
      await new Promise<void>((resolve) => (release = resolve));
    })
    .catch(() => request.signal.aborted || fail());
  return () => {
    request.abort();
    release?.();
  };
}
