import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FEED_BYTES } from '../../../src/feed/limits.js';
import { feedSchema, type Feed } from '../../../src/feed/schema.js';
import { DAY, expectRefused, expectUntouched, feedFolder, feedOfSize, runbookIncident, runCli, sampleFeed } from './helpers.js';

const OPEN = ['open', '--title', 'API errors', '--message', 'We are investigating.'];
const size = (feed: Feed) => Buffer.byteLength(`${JSON.stringify(feed, null, 2)}\n`);

describe('the body cap every banner enforces (MAX_FEED_BYTES)', () => {
  it('refuses a write whose result would be over the cap, writing nothing', async () => {
    const feed = feedOfSize(MAX_FEED_BYTES - 600);
    expect(size(feed)).toBeGreaterThan(MAX_FEED_BYTES - 2_000);
    await expectUntouched(
      await feedFolder(feed),
      ['open', '--title', 'API errors', '--message', 'x'.repeat(2_000)],
      1,
      /^status-banner: the change would make status\.json 102\d KiB of 1024 KiB \(100 %\), over the 1024 KiB every banner reads; status\.json not changed/,
    );
  });

  it('validate fails a feed over the cap, showing its size', async () => {
    const feed = feedOfSize(MAX_FEED_BYTES + 20_000);
    const result = await (await feedFolder(feed)).run('validate');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^status\.json: readable, with problems \(\d+ incidents, 0 maintenances\)\nSize: 10\d\d KiB of 1024 KiB \(10\d %\): over the cap\n/,
    );
    expect(result.stdout).toContain('Users see no change: banners reject a feed over the cap and keep what they last read.');
    expect(result.stderr).toMatch(
      /^status-banner: status\.json: 10\d\d KiB of 1024 KiB \(10\d %\): over the cap, every banner rejects it\n$/,
    );
  });

  it('validate warns above 75 % of the cap, and passes', async () => {
    const result = await (await feedFolder(feedOfSize(0.8 * MAX_FEED_BYTES))).run('validate');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\nSize: 8\d\d KiB of 1024 KiB \(\d\d %\): warning, above 75 % of the cap; archive old items/);
  });
});

describe('archiving old items at each write', () => {
  /** Resolved 40 and 10 days ago, a maintenance ended 40 days ago, one without an end, the open api-down. */
  function agedFeed(): Feed {
    const feed = sampleFeed();
    const now = Date.now();
    feed.incidents!.push(runbookIncident(1, now - 40 * DAY), runbookIncident(2, now - 10 * DAY), runbookIncident(3, now - 50 * DAY));
    feed.maintenances = [
      { id: 'old-window', title: 'DB upgrade', starts_at: iso(now - 41 * DAY), ends_at: iso(now - 40 * DAY) },
      { id: 'open-ended', title: 'Network work', starts_at: iso(now - 41 * DAY) },
    ];
    return feed;
  }

  it('moves resolved incidents and ended maintenances older than 30 days to status.archive.json, newest first', async () => {
    const folder = await feedFolder(agedFeed());
    const result = await folder.run('update', 'api-down', '--message', 'Still down.');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /^updated api-down: message "Still down\."\narchived 2 incidents and 1 maintenance older than 30 days to status\.archive\.json\n$/,
    );
    const feed = await folder.feed();
    expect(feed.incidents!.map(({ id }) => id)).toEqual(['api-down', 'old-outage', 'runbook-2']);
    expect(feed.maintenances!.map(({ id }) => id)).toEqual(['open-ended']);
    const archive = feedSchema.parse(JSON.parse(await readFile(path.join(folder.dir, 'status.archive.json'), 'utf8')));
    expect(archive.incidents!.map(({ id }) => id)).toEqual(['runbook-1', 'runbook-3']);
    expect(archive.maintenances!.map(({ id }) => id)).toEqual(['old-window']);
    expect(archive.updated_at).toBe(feed.updated_at);
  });

  it('adds later moves in front of earlier ones, replacing an item already there', async () => {
    const folder = await feedFolder(agedFeed());
    await folder.run('archive');
    const feed = await folder.feed();
    // As a crash between the archive write and the feed write would leave it: in both files.
    feed.incidents!.push(runbookIncident(1, Date.now() - 40 * DAY), runbookIncident(4, Date.now() - 35 * DAY));
    await writeFile(folder.file, JSON.stringify(feed));
    expect((await folder.run('archive')).stderr).toMatch(/^archived 2 incidents older than 30 days/);
    const archive = JSON.parse(await readFile(path.join(folder.dir, 'status.archive.json'), 'utf8')) as Feed;
    expect(archive.incidents!.map(({ id }) => id)).toEqual(['runbook-4', 'runbook-1', 'runbook-3']);
  });

  it('keeps everything younger than --keep-days', async () => {
    const folder = await feedFolder(agedFeed());
    expect((await folder.run('archive', '--keep-days', '45')).stderr).toBe(
      'archived 1 incident older than 45 days to status.archive.json\n',
    );
    expect((await folder.feed()).incidents!.map(({ id }) => id)).toEqual(['api-down', 'old-outage', 'runbook-1', 'runbook-2']);
  });

  it('archive with nothing old enough writes nothing', async () => {
    const folder = await feedFolder();
    const before = await folder.bytes();
    const result = await folder.run('archive');
    expect(result).toMatchObject({
      code: 0,
      stdout: '',
      stderr: 'nothing in status.json ended more than 30 days ago; status.json not changed\n',
    });
    expect(await folder.bytes()).toBe(before);
    await expect(stat(`${folder.file}.prev`)).rejects.toThrow(/ENOENT/);
    await expect(stat(path.join(folder.dir, 'status.archive.json'))).rejects.toThrow(/ENOENT/);
  });

  it('puts the archive beside the target of a symlinked feed, with its mode', async () => {
    const folder = await feedFolder(agedFeed());
    await mkdir(path.join(folder.dir, 'kit'));
    await symlink('../status.json', path.join(folder.dir, 'kit', 'status.json'));
    await import('node:fs/promises').then(({ chmod }) => chmod(folder.file, 0o640));
    expect((await runCli(['archive', '--file', 'kit/status.json'], { cwd: folder.dir })).code).toBe(0);
    expect((await stat(path.join(folder.dir, 'status.archive.json'))).mode & 0o777).toBe(0o640);
    await expect(stat(path.join(folder.dir, 'kit', 'status.archive.json'))).rejects.toThrow(/ENOENT/);
  });

  it('when the archive cannot be written, a write still lands and the old items stay in the feed', async () => {
    const folder = await feedFolder(agedFeed());
    // A folder where the archive file should be: no file can be written there.
    await mkdir(path.join(folder.dir, 'status.archive.json'));
    const result = await folder.run('update', 'api-down', '--message', 'Still down.');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/\ncould not archive 2 incidents and 1 maintenance \(.+\); they stay in status\.json\n$/);
    const feed = await folder.feed();
    expect(feed.incidents).toHaveLength(5);
    expect(feed.incidents![0]!.updates![0]!.message).toBe('Still down.');
  });

  it('when the archive cannot be written, archive fails and writes nothing', async () => {
    const folder = await feedFolder(agedFeed());
    await mkdir(path.join(folder.dir, 'status.archive.json'));
    await expectUntouched(folder, ['archive'], 1, /^status-banner: EISDIR/);
  });

  it('refuses an archive that is not a valid feed, without losing anything', async () => {
    const folder = await feedFolder(agedFeed());
    await writeFile(path.join(folder.dir, 'status.archive.json'), '{"archived": []}');
    expectRefused(
      await folder.run('archive'),
      1,
      /status\.archive\.json is not a valid feed \(version: .*\); fix it, or move it aside to start a new one/,
    );
    expect((await folder.feed()).incidents).toHaveLength(5);
  });

  it.each([
    ['6', /^status-banner: --keep-days: 6 is under 7, the days the fallback page lists resolved incidents for\n$/],
    ['a month', /^status-banner: --keep-days "a month": expected a whole number of days, like 30\n$/],
    ['7.5', /--keep-days "7\.5": expected a whole number of days/],
  ])('refuses --keep-days %s, naming the flag', async (days, reason) => {
    await expectUntouched(await feedFolder(agedFeed()), [...OPEN, '--keep-days', days], 1, reason);
  });

  it('accepts --keep-days 7, the fallback page’s own window', async () => {
    const folder = await feedFolder(agedFeed());
    expect((await folder.run('archive', '--keep-days', '7')).stderr).toBe(
      'archived 3 incidents and 1 maintenance older than 7 days to status.archive.json\n',
    );
  });
});

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
