import { describe, expect, it } from 'vitest';
import { loadState, readSharedState, saveState, type SharedState } from '../../../src/poll/shared-state.js';
import { MAX_CLOCK_OFFSET_MS } from '../../../src/poll/timing.js';
import { memoryStorage, refusingStorage } from '../fake-storage.js';

const NOW = Date.parse('2026-11-24T09:40:00Z');
const MINUTE = 60_000;
const sound: SharedState = { checkedAt: NOW - MINUTE, failures: 0, nextAt: NOW, text: '{}', receivedAt: NOW - MINUTE, clockOffset: 0 };

describe('readSharedState', () => {
  it.each([
    ['a sound state', sound],
    ['a body whose clock offset is at the bound', { ...sound, clockOffset: -MAX_CLOCK_OFFSET_MS }],
    ['a body received this very instant', { ...sound, receivedAt: NOW }],
  ])('takes %s as it is', (_case, value) => {
    expect(readSharedState(value, NOW)).toEqual({ ...value, error: undefined });
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', '{"checkedAt":0}'],
    ['checkedAt missing', { ...sound, checkedAt: undefined }],
    ['checkedAt not a number', { ...sound, checkedAt: 'x' }],
    ['checkedAt in the future', { ...sound, checkedAt: NOW + 1 }],
    ['failures negative', { ...sound, failures: -1 }],
    ['failures infinite', { ...sound, failures: Infinity }],
  ])('refuses %s', (_case, value) => {
    expect(readSharedState(value, NOW)).toBeUndefined();
  });

  it.each([
    ['a body received in the future', { ...sound, receivedAt: NOW + 1 }],
    ['a body with a clock offset beyond the bound', { ...sound, clockOffset: MAX_CLOCK_OFFSET_MS + 1 }],
    ['a body that is not text', { ...sound, text: 42 }],
    ['a body with no arrival time', { ...sound, receivedAt: undefined }],
  ])('keeps the schedule but drops %s', (_case, value) => {
    const state = readSharedState(value, NOW);
    expect(state).toMatchObject({ checkedAt: sound.checkedAt, failures: 0, nextAt: NOW });
    expect(state?.text).toBeUndefined();
  });

  it.each([
    ['null (JSON of Infinity: a stopped feed)', null, Infinity],
    ['a number', NOW + MINUTE, NOW + MINUTE],
    ['missing', undefined, NOW],
    ['garbage', 'later', NOW],
  ])('reads nextAt %s', (_case, nextAt, expected) => {
    expect(readSharedState({ ...sound, nextAt }, NOW)?.nextAt).toBe(expected);
  });

  it.each([
    ['a known error', { kind: 'http', message: 'HTTP 500', retryAt: NOW }, { kind: 'http', message: 'HTTP 500', retryAt: NOW }],
    ['an error without retry time', { kind: 'network', message: 'down' }, { kind: 'network', message: 'down', retryAt: undefined }],
    ['an unknown kind', { kind: 'evil', message: 'x' }, undefined],
    ['a message that is not text', { kind: 'http', message: 1 }, undefined],
    ['a string', 'error', undefined],
  ])('reads %s', (_case, error, expected) => {
    expect(readSharedState({ ...sound, error }, NOW)?.error).toEqual(expected);
  });
});

describe('loadState and saveState', () => {
  it('round-trips a state, without its error, and a stopped feed', () => {
    const storage = memoryStorage();
    saveState(storage, 'k', { ...sound, nextAt: Infinity, error: { kind: 'http', message: 'x' } });
    expect(loadState(storage, 'k', NOW)).toEqual({ ...sound, nextAt: Infinity, error: undefined });
  });

  it.each([
    ['nothing stored', undefined, NOW],
    ['not JSON', '{', NOW],
    ['a state with no body', JSON.stringify({ ...sound, text: undefined }), NOW],
    // A body's age is now - receivedAt: a state without one must not pass for young on a clock near 1970.
    ['a state with no body, 10 minutes after the epoch', JSON.stringify({ checkedAt: 0, failures: 0, nextAt: 0 }), 10 * MINUTE],
    ['a body older than 15 minutes', JSON.stringify({ ...sound, receivedAt: NOW - 15 * MINUTE - 1 }), NOW],
    ['a state dated in the future', JSON.stringify({ ...sound, checkedAt: NOW + 3_600_000, receivedAt: NOW + 3_600_000 }), NOW],
  ])('loads nothing from %s', (_case, stored, now) => {
    const storage = memoryStorage();
    if (stored !== undefined) storage.data.set('k', stored);
    expect(loadState(storage, 'k', now)).toBeUndefined();
  });

  it('loads a body exactly 15 minutes old', () => {
    const storage = memoryStorage();
    saveState(storage, 'k', { ...sound, checkedAt: NOW - 15 * MINUTE, receivedAt: NOW - 15 * MINUTE });
    expect(loadState(storage, 'k', NOW)?.text).toBe('{}');
  });

  it('survives a storage that throws, or none', () => {
    expect(() => saveState(refusingStorage, 'k', sound)).not.toThrow();
    expect(loadState(refusingStorage, 'k', NOW)).toBeUndefined();
    expect(() => saveState(undefined, 'k', sound)).not.toThrow();
    expect(loadState(undefined, 'k', NOW)).toBeUndefined();
  });
});
