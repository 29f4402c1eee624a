import { describe, expect, it } from 'vitest';
import { readReservedHeight, reservedHeightKey, saveReservedHeight } from '../../../src/present/reserved-height.js';
import { memoryStorage, refusingStorage } from '../fake-storage.js';

const SRC = 'https://status.example/feed.json';

describe('reservedHeightKey', () => {
  it.each<[string, string | null, string | null, boolean, string | undefined]>([
    ['inline, default layout (card)', null, null, false, `status-banner@2:${SRC}:height:inline:card`],
    ['inline as a bar', 'inline', 'bar', false, `status-banner@2:${SRC}:height:inline:bar`],
    ['top in the flow (bar)', 'top', null, false, `status-banner@2:${SRC}:height:top:bar`],
    ['top in the flow as a card', 'top', 'card', false, `status-banner@2:${SRC}:height:top:card`],
    ['top as an overlay: nothing to hold', 'top', null, true, undefined],
    ['bottom: an overlay', 'bottom', null, false, undefined],
    ['inline: overlay applies to top only', 'inline', null, true, `status-banner@2:${SRC}:height:inline:card`],
    ['an unknown position reads as inline', 'middle', null, false, `status-banner@2:${SRC}:height:inline:card`],
  ])('%s', (_case, position, layout, overlay, expected) => {
    expect(reservedHeightKey(SRC, position, layout, overlay)).toBe(expected);
  });
});

describe('the kept height', () => {
  it('round-trips a height', () => {
    const storage = memoryStorage();
    saveReservedHeight(storage, 'k', 37.6);
    expect(readReservedHeight(storage, 'k')).toBe(37.6);
  });

  it.each([1, 600])('keeps and reads the edge height %s', (height) => {
    const storage = memoryStorage();
    saveReservedHeight(storage, 'k', height);
    expect(readReservedHeight(storage, 'k')).toBe(height);
  });

  it.each([
    ['nothing kept', undefined],
    ['not a number', 'tall'],
    ['zero', '0'],
    ['negative', '-5'],
    ['past any banner', '601'],
    ['infinite', 'Infinity'],
  ])('reads nothing from %s', (_case, kept) => {
    const storage = memoryStorage();
    if (kept !== undefined) storage.data.set('k', kept);
    expect(readReservedHeight(storage, 'k')).toBeUndefined();
  });

  it.each([0, -1, 601, Number.NaN])('keeps no height of %s', (height) => {
    const storage = memoryStorage();
    saveReservedHeight(storage, 'k', height);
    expect(storage.data.has('k')).toBe(false);
  });

  it('survives a storage that throws, or none', () => {
    expect(() => saveReservedHeight(refusingStorage, 'k', 40)).not.toThrow();
    expect(readReservedHeight(refusingStorage, 'k')).toBeUndefined();
    expect(readReservedHeight(undefined, 'k')).toBeUndefined();
  });
});
