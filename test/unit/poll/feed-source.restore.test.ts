import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createFeedSource } from '../../../src/poll/feed-source.js';
import type { KeyValueStorage } from '../../../src/storage.js';
import { environment, feedServerWithFakeClock, FEED, feedText, Recorder, serveFeed } from './fakes.js';
import { memoryStorage, refusingStorage } from '../fake-storage.js';

const START = Date.parse('2026-11-24T09:40:00Z');
const { server, tick } = feedServerWithFakeClock(START);

/** One page load: a fresh source over `storage`, one subscriber; `unload` ends the page. */
function load(storage: KeyValueStorage) {
  const recorder = new Recorder();
  const env = environment(undefined, { storage });
  const unload = createFeedSource({ src: FEED, format: 'auto', interval: 60 }, env).subscribe(recorder);
  return { recorder, unload };
}

describe('the last good state across page loads', () => {
  it('a second load within the interval shows the stored feed at once and makes no request', async () => {
    const storage = memoryStorage();
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const first = load(storage);
    await tick();
    first.unload();
    expect(requests).toHaveLength(1);

    await tick(20_000);
    const second = load(storage);
    await tick();
    expect(second.recorder.readings).toHaveLength(1);
    expect(second.recorder.readings[0]).toMatchObject({ receivedAt: START, doc: { updated_at: '2026-11-24T09:40:00Z' } });
    expect(requests).toHaveLength(1);
    // The stored schedule holds: the next poll is one interval (±20%) after the first load's.
    await tick(60_000 - 20_000 - 1);
    expect(requests).toHaveLength(1);
    await tick(1);
    expect(requests).toHaveLength(2);
  });

  it('a load after the interval shows the stored feed at once and fetches at once', async () => {
    const storage = memoryStorage();
    const requests = serveFeed(server, HttpResponse.text(feedText()), HttpResponse.text(feedText({ updated: '2026-11-24T09:45:00Z' })));
    const first = load(storage);
    await tick();
    first.unload();
    await tick(90_000);
    const later = load(storage);
    expect(requests).toHaveLength(1);
    await tick();
    expect(requests).toHaveLength(2);
    expect(later.recorder.readings.map((reading) => Date.parse((reading.doc as { updated_at: string }).updated_at))).toEqual([
      Date.parse('2026-11-24T09:40:00Z'),
      Date.parse('2026-11-24T09:45:00Z'),
    ]);
  });

  it('keeps a backoff across loads, so reloading never hammers a failing host', async () => {
    const storage = memoryStorage();
    const requests = serveFeed(
      server,
      HttpResponse.text(feedText()),
      new HttpResponse('down', { status: 503, headers: { 'Retry-After': '300' } }),
    );
    const first = load(storage);
    await tick(72_000);
    expect(requests).toHaveLength(2);
    first.unload();
    const reloaded = load(storage);
    await tick(200_000);
    expect(requests).toHaveLength(2);
    expect(reloaded.recorder.readings).toHaveLength(1);
    expect(reloaded.recorder.errors).toEqual([]);
  });

  it('ignores a stored state older than 15 minutes, and anything that is not a state', async () => {
    const storage = memoryStorage();
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    load(storage);
    await tick();
    const key = [...storage.data.keys()][0]!;
    expect(key).toBe(`status-banner@2:${FEED}:last`);

    vi.setSystemTime(START + 16 * 60_000);
    const stale = load(storage);
    expect(stale.recorder.readings).toEqual([]);
    await tick();
    expect(requests).toHaveLength(2);

    for (const junk of [
      '{',
      '42',
      '{"text": 1}',
      '{"text": "{}", "checkedAt": "x"}',
      JSON.stringify({ text: '<html>', checkedAt: 0, failures: 0, receivedAt: Date.now(), clockOffset: 0 }),
    ]) {
      storage.data.set(key, junk);
      expect(() => load(storage)).not.toThrow();
    }
  });

  it('a load with the clock an hour fast stores a schedule that does not silence the corrected page', async () => {
    const storage = memoryStorage();
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    vi.setSystemTime(START + 3_600_000);
    const fast = load(storage);
    await tick();
    fast.unload();
    expect(requests).toHaveLength(1);
    // The clock is corrected: the stored state is dated an hour ahead, so it is ignored.
    vi.setSystemTime(START + 60_000);
    const corrected = load(storage);
    await tick();
    expect(requests).toHaveLength(2);
    expect(corrected.recorder.readings).toHaveLength(1);
  });

  it('Retry-After: 86400 stored across loads still gives a poll within 15 minutes', async () => {
    const storage = memoryStorage();
    const requests = serveFeed(
      server,
      HttpResponse.text(feedText()),
      new HttpResponse('busy', { status: 503, headers: { 'Retry-After': '86400' } }),
      HttpResponse.text(feedText({ updated: '2026-11-24T10:00:00Z' })),
    );
    const first = load(storage);
    await tick(60_000);
    expect(requests).toHaveLength(2);
    first.unload();
    const second = load(storage);
    await tick(15 * 60_000 - 1);
    expect(requests).toHaveLength(2);
    await tick(1);
    expect(requests).toHaveLength(3);
    expect(second.recorder.readings.map((reading) => (reading.doc as { updated_at: string }).updated_at)).toEqual([
      '2026-11-24T09:40:00Z',
      '2026-11-24T10:00:00Z',
    ]);
  });

  it('works without storage and with a storage that throws on every call', async () => {
    const requests = serveFeed(server, HttpResponse.text(feedText()));
    const { recorder } = load(refusingStorage);
    await tick();
    expect(requests).toHaveLength(1);
    expect(recorder.readings).toHaveLength(1);
  });
});
