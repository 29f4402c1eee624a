import { pageStorage, type KeyValueStorage } from '../storage.js';
import type { FetchEnvironment } from './fetch-feed.js';

export type LockGrant = () => Promise<void>;
export interface Locks {
  request(name: string, options: { signal: AbortSignal }, grant: LockGrant): Promise<unknown>;
}
export type Channel = Pick<BroadcastChannel, 'postMessage' | 'close' | 'onmessage'>;

/** Everything the polling engine touches in the page, injected so that tests can fake it. */
export interface PollerEnvironment extends FetchEnvironment {
  random: () => number;
  warn: (message: string) => void;
  /** `hidden` and `visibilitychange`; absent outside a browser. */
  document?: EventTarget & { readonly hidden: boolean };
  /** `online` and `pageshow`. */
  window?: EventTarget;
  navigator?: { readonly onLine?: boolean; readonly locks?: Locks };
  BroadcastChannel?: new (name: string) => Channel;
  /** Carries the last good state across page loads; absent or throwing means none is kept. */
  storage?: KeyValueStorage;
}

export const browserEnvironment = (): PollerEnvironment => ({
  fetch: (...args) => globalThis.fetch(...args),
  now: () => Date.now(),
  random: () => Math.random(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
  warn: (message) => console.warn(`[status-banner] ${message}`),
  document: globalThis.document,
  window: globalThis.window,
  navigator: globalThis.navigator,
  BroadcastChannel: globalThis.BroadcastChannel,
  storage: pageStorage(),
});

/**
 * The prefix of every name tabs and page loads share for a feed: the Web Lock, the BroadcastChannel
 * and the stored state. Its number changes whenever what they carry changes shape: tabs still
 * running an older version then poll on their own instead of misreading each other.
 */
export const PROTOCOL = 'status-banner@2';

/** Where the page's one feed registry lives (registry.ts), on a global symbol named with the protocol. */
export const REGISTRY_KEY = Symbol.for(`${PROTOCOL}/feeds`);
