import { describe, expect, it } from 'vitest';
import { blockSize, resolveLayout, resolveScheme } from '../../../src/present/appearance.js';

describe('resolveLayout', () => {
  it.each([
    [null, null, 'card'],
    [null, 'inline', 'card'],
    [null, 'top', 'bar'],
    [null, 'bottom', 'bar'],
    ['auto', 'top', 'bar'],
    ['auto', 'inline', 'card'],
    ['bar', 'inline', 'bar'],
    ['card', 'top', 'card'],
    ['card', 'bottom', 'card'],
    ['banana', 'bottom', 'bar'],
    ['banana', 'elsewhere', 'card'],
  ])('layout=%j position=%j is a %s', (layout, position, expected) => {
    expect(resolveLayout(layout, position)).toBe(expected);
  });
});

describe('resolveScheme', () => {
  it.each([
    // theme, the host's computed color-scheme, the reader prefers dark, expected
    ['light', 'dark', true, 'light'],
    ['dark', 'light', false, 'dark'],
    ['auto', 'light', true, 'light'],
    ['auto', 'only light', true, 'light'],
    ['auto', 'dark', false, 'dark'],
    ['auto', 'only dark', false, 'dark'],
    ['auto', 'light dark', true, 'dark'],
    ['auto', 'light dark', false, 'light'],
    ['auto', 'dark light', true, 'dark'],
    ['auto', 'normal', true, 'dark'],
    ['auto', 'normal', false, 'light'],
    ['auto', '', true, 'dark'],
    [null, 'light', true, 'light'],
    ['sepia', 'normal', true, 'dark'],
    ['auto', 'light  custom-scheme', true, 'light'],
  ])('theme=%j on a host saying %j, the reader prefers dark: %j → %s', (theme, hostColorScheme, prefersDark, expected) => {
    expect(resolveScheme(theme, hostColorScheme, prefersDark)).toBe(expected);
  });
});

describe('blockSize', () => {
  it.each([
    ['top', 41.5, '41.5px'],
    ['top', 0, '0px'],
    ['bottom', 40, '40px'],
    ['inline', 120, undefined],
    [null, 120, undefined],
  ])('position=%j, %d px tall: %j', (position, height, expected) => {
    expect(blockSize(position, height)).toBe(expected);
  });
});
