/**
 * The state one tab shares with the others (BroadcastChannel) and with the next page load
 * (storage), and the checks it passes on the way in: both are open to every script of the origin,
 * and to clocks that moved since it was written.
 */
import { FEED_ERROR_KINDS, type FeedErrorDetail } from '../feed/errors.js';
import { readItem, writeItem, type KeyValueStorage } from '../storage.js';
import { MAX_CLOCK_OFFSET_MS, MAX_WAIT_MS, type Schedule } from './timing.js';

export interface SharedState extends Schedule {
  /** The last good body, when it arrived (local clock) and how far the server's clock was ahead. */
  text?: string;
  receivedAt?: number;
  clockOffset?: number;
  /** Set while the last attempt failed. */
  error?: FeedErrorDetail;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function readError(value: unknown): FeedErrorDetail | undefined {
  const error = value as Partial<FeedErrorDetail> | null;
  const kind = FEED_ERROR_KINDS.find((known) => known === error?.kind);
  if (!kind || typeof error?.message !== 'string') return undefined;
  return { kind, message: error.message, retryAt: isNumber(error.retryAt) ? error.retryAt : undefined };
}

/**
 * A state from another tab or from storage, checked against `now`; undefined when it is malformed
 * or dated in the future (a clock that was ahead when it was written, or a forged one): a state
 * from the future would otherwise keep every page of the origin waiting for its "next poll".
 */
export function readSharedState(value: unknown, now: number): SharedState | undefined {
  const state = value as Partial<SharedState> | null;
  if (typeof state !== 'object' || state === null) return undefined;
  const { checkedAt, failures, nextAt, text, receivedAt, clockOffset } = state;
  if (!isNumber(checkedAt) || !isNumber(failures) || failures < 0 || checkedAt > now) return undefined;
  const body =
    typeof text === 'string' &&
    isNumber(receivedAt) &&
    isNumber(clockOffset) &&
    receivedAt <= now &&
    Math.abs(clockOffset) <= MAX_CLOCK_OFFSET_MS
      ? { text, receivedAt, clockOffset }
      : {};
  // JSON has no Infinity: a stopped feed (poll_interval 0) comes back as null.
  const next = isNumber(nextAt) ? nextAt : (nextAt as unknown) === null ? Infinity : now;
  return { checkedAt, failures, nextAt: next, ...body, error: readError(state.error) };
}

/** A state kept from an earlier page load is shown only while this young: the feed may ask for up to 15 min. */
const MAX_STORED_AGE_MS = MAX_WAIT_MS;

/** The last good state of an earlier page load, when it is sound, has a body and is recent. */
export function loadState(storage: KeyValueStorage | undefined, key: string, now: number): SharedState | undefined {
  let kept: unknown;
  try {
    kept = JSON.parse(readItem(storage, key) ?? 'null');
  } catch {
    // Not JSON: not a state this code wrote.
    return undefined;
  }
  const state = readSharedState(kept, now);
  return state?.text !== undefined && now - (state.receivedAt ?? 0) <= MAX_STORED_AGE_MS ? { ...state, error: undefined } : undefined;
}

/**
 * Keeps a state for the next page load (a multi-page app navigating, a reload), which then shows it
 * at once and polls only when due, instead of fetching on every load and drawing the banner a
 * round trip late.
 */
export function saveState(storage: KeyValueStorage | undefined, key: string, state: SharedState): void {
  // Storage full or denied: every load then fetches, as without storage.
  writeItem(storage, key, JSON.stringify({ ...state, error: undefined }));
}
