import { MAX_FEED_BYTES } from '../feed/limits.js';

/** Above this share of the cap, `validate` and `doctor` warn: there is still room, but not for long. */
export const SIZE_WARNING_SHARE = 0.75;

export interface SizeVerdict {
  /** `ok` up to 75 % of the cap, `warn` above, `over` beyond the cap (every banner rejects the feed). */
  level: 'ok' | 'warn' | 'over';
  /** `412 KiB of 1024 KiB (40 %)`. */
  text: string;
}

/**
 * A feed's size against the body cap every banner enforces. KiB are rounded up and the share
 * down, so that a feed one byte over reads as more KiB than the cap, and 100 % means the cap is reached.
 */
export function sizeVerdict(bytes: number, cap = MAX_FEED_BYTES): SizeVerdict {
  const level = bytes > cap ? 'over' : bytes > cap * SIZE_WARNING_SHARE ? 'warn' : 'ok';
  return { level, text: `${Math.ceil(bytes / 1024)} KiB of ${Math.ceil(cap / 1024)} KiB (${Math.floor((bytes * 100) / cap)} %)` };
}
