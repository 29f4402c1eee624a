import { describe, expect, it } from 'vitest';
import { sizeVerdict } from '../../../src/cli/feed-size.js';
import { MAX_FEED_BYTES } from '../../../src/feed/limits.js';

describe('sizeVerdict against MAX_FEED_BYTES', () => {
  it.each([
    [0, 'ok', '0 KiB of 1024 KiB (0 %)'],
    [1, 'ok', '1 KiB of 1024 KiB (0 %)'],
    [1024, 'ok', '1 KiB of 1024 KiB (0 %)'],
    [1025, 'ok', '2 KiB of 1024 KiB (0 %)'],
    [412 * 1024, 'ok', '412 KiB of 1024 KiB (40 %)'],
    [0.75 * MAX_FEED_BYTES, 'ok', '768 KiB of 1024 KiB (75 %)'],
    [0.75 * MAX_FEED_BYTES + 1, 'warn', '769 KiB of 1024 KiB (75 %)'],
    [MAX_FEED_BYTES, 'warn', '1024 KiB of 1024 KiB (100 %)'],
    [MAX_FEED_BYTES + 1, 'over', '1025 KiB of 1024 KiB (100 %)'],
    [2 * MAX_FEED_BYTES, 'over', '2048 KiB of 1024 KiB (200 %)'],
  ])('%i bytes: %s, %s', (bytes, level, text) => {
    expect(sizeVerdict(bytes)).toEqual({ level, text });
  });

  it('measures against another cap when given one', () => {
    expect(sizeVerdict(300 * 1024, 256 * 1024)).toEqual({ level: 'over', text: '300 KiB of 256 KiB (117 %)' });
  });
});
