import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { expectUntouched, feedFolder, sampleFeed } from './helpers.js';

const OPEN = ['open', '--title', 'API errors', '--message', 'We are investigating.'];

describe('strict input: nothing malformed is written back', () => {
  it('refuses a Latin-1 feed, naming the file and the offset of the first bad byte', async () => {
    const folder = await feedFolder();
    const text = JSON.stringify({ ...sampleFeed(), page: { name: 'Café' } });
    // Latin-1: é is the single byte E9, not UTF-8's C3 A9.
    await writeFile(folder.file, Buffer.from(text, 'latin1'));
    const offset = Buffer.from(text, 'latin1').indexOf(0xe9);
    await expectUntouched(
      folder,
      OPEN,
      1,
      new RegExp(`^status-banner: status\\.json is not UTF-8 \\(byte 0xE9 at offset ${offset}\\); convert it`),
    );
  });

  it('reads a feed with a UTF-8 byte order mark, writes it back without, keeps the original as .prev', async () => {
    const folder = await feedFolder();
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(folder.file)]);
    await writeFile(folder.file, withBom);
    const result = await folder.run(...OPEN);
    expect(result.code, result.stderr).toBe(0);
    const written = await readFile(folder.file);
    expect(written[0]).toBe('{'.charCodeAt(0));
    expect((await folder.feed()).incidents).toHaveLength(3);
    expect(await readFile(`${folder.file}.prev`)).toEqual(withBom);
  });

  it.each([
    ['an impossible day', ['--eta', '2099-02-30T10:00Z'], '--eta: 2099-02-30T10:00Z is not a date (2099-02 has 28 days)'],
    ['hour 24', ['--next-update', '2099-11-25T24:00Z'], '--next-update: 2099-11-25T24:00Z is not a time (hour 24 is past 23)'],
    [
      'an offset beyond 14 hours',
      ['--eta', '2099-11-25T10:00+15:00'],
      '--eta: 2099-11-25T10:00+15:00 has an impossible offset (+15:00 is beyond ±14:00)',
    ],
    ['a duration past the year 9999', ['--eta', '99999999d'], '--eta: 99999999d is too far ahead (feed times end with the year 9999)'],
  ])('refuses %s, naming the flag and the value', async (_case, extra, message) => {
    await expectUntouched(await feedFolder(), [...OPEN, ...extra], 1, new RegExp(`^status-banner: ${escapeRegExp(message)}\n$`));
  });

  it('refuses an impossible maintenance window end', async () => {
    await expectUntouched(
      await feedFolder(),
      ['maintenance', '--title', 'DB', '--from', '2099-04-30T22:00Z', '--until', '2099-04-31T02:00Z'],
      1,
      /^status-banner: --until: 2099-04-31T02:00Z is not a date \(2099-04 has 30 days\)\n$/,
    );
  });

  it('refuses to edit a feed holding an impossible date, naming the field and the value', async () => {
    const feed = sampleFeed();
    feed.incidents![1]!.resolved_at = '2025-02-29T01:00:00Z';
    await expectUntouched(
      await feedFolder(feed),
      OPEN,
      1,
      /^status-banner: status\.json: incidents\[1\]\.resolved_at: 2025-02-29T01:00:00Z is not a date \(2025-02 has 28 days\); fix it or restore status\.json\.prev\n$/,
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
