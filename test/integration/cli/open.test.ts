import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectUntouched, feedFolder, MINUTE, runCli, sampleFeed, tempDir } from './helpers.js';

const OPEN = ['open', '--title', 'API errors', '--message', 'We are investigating errors on the API.'];

/** The UTC day of an instant, as ids are dated. */
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('status-banner open', () => {
  it('adds the incident first, prints its id alone on stdout and a one-line summary', async () => {
    const folder = await feedFolder();
    const started = Date.now();
    const result = await folder.run(
      ...OPEN,
      '--impact',
      'critical',
      '--eta',
      '1h30m',
      '--next-update',
      '30m',
      '--components',
      'api, web',
      '--url',
      'https://status.example.com/i/1',
    );
    const ended = Date.now();
    expect(result.code).toBe(0);
    // Dated the day the CLI ran: the day the run started, or, across midnight UTC, the day it ended.
    const id = [started, ended].map((ms) => `${dayOf(ms)}-api-errors`).find((candidate) => result.stdout === `${candidate}\n`);
    expect(id, `stdout ${JSON.stringify(result.stdout)}`).toBeDefined();
    expect(result.stderr).toMatch(
      /^opened \S+-api-errors: critical, investigating, "API errors"; ETA .* \(in 1 h 30 min\); next update .* \(in 30 min\)\n$/,
    );

    const feed = await folder.feed();
    const [incident] = feed.incidents!;
    expect(incident).toMatchObject({
      id,
      title: 'API errors',
      impact: 'critical',
      status: 'investigating',
      components: ['api', 'web'],
      url: 'https://status.example.com/i/1',
      updates: [{ status: 'investigating', message: 'We are investigating errors on the API.' }],
    });
    expect(feed.incidents!.map((item) => item.id).slice(1)).toEqual(['api-down', 'old-outage']);
    const eta = Date.parse(incident!.expected_resolution_at!);
    expect(eta).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000 + 90 * MINUTE);
    expect(eta).toBeLessThanOrEqual(ended + 90 * MINUTE);
    expect(Date.parse(incident!.next_update_at!) - eta).toBe(-60 * MINUTE);
    expect(feed.updated_at).toBe(incident!.updated_at);
    expect(Date.parse(feed.updated_at!)).toBeGreaterThan(Date.parse('2026-01-01T00:00:00Z'));
  });

  it('defaults to a major incident under investigation, and keeps the previous file as .prev', async () => {
    const folder = await feedFolder();
    const before = await folder.bytes();
    expect((await folder.run(...OPEN)).code).toBe(0);
    expect((await folder.feed()).incidents![0]).toMatchObject({ impact: 'major', status: 'investigating' });
    expect(await readFile(`${folder.file}.prev`, 'utf8')).toBe(before);
  });

  it('gives a second incident with the same title on the same day its own id', async () => {
    const folder = await feedFolder();
    const [first, second] = [await folder.run(...OPEN), await folder.run(...OPEN)];
    expect(second.stdout).toBe(`${first.stdout.trim()}-2\n`);
  });

  it('accepts an ISO ETA with an offset and stores it in UTC', async () => {
    const folder = await feedFolder();
    expect((await folder.run(...OPEN, '--eta', '2099-01-01T10:00:00+02:00')).code).toBe(0);
    expect((await folder.feed()).incidents![0]!.expected_resolution_at).toBe('2099-01-01T08:00:00Z');
  });

  it('stores texts per language with --lang, English before any --lang', async () => {
    const folder = await feedFolder();
    const result = await folder.run(
      ...OPEN,
      '--lang',
      'fr',
      '--title',
      "Erreurs de l'API",
      '--message',
      'Nous analysons les erreurs.',
      '--lang',
      'pt-br',
      '--title',
      'Erros na API',
    );
    expect(result.code).toBe(0);
    const [incident] = (await folder.feed()).incidents!;
    expect(incident!.title).toEqual({ en: 'API errors', fr: "Erreurs de l'API", 'pt-BR': 'Erros na API' });
    expect(incident!.updates![0]!.message).toEqual({ en: 'We are investigating errors on the API.', fr: 'Nous analysons les erreurs.' });
  });

  it('keeps fields it does not know about', async () => {
    const feed = { ...sampleFeed(), 'x-owner': 'sre-team' };
    const folder = await feedFolder(feed);
    expect((await folder.run(...OPEN)).code).toBe(0);
    expect(JSON.parse(await folder.bytes())['x-owner']).toBe('sre-team');
  });

  it('edits the file named by STATUS_BANNER_FILE, and --file over it', async () => {
    const cwd = await tempDir();
    const feed = `${JSON.stringify(sampleFeed())}\n`;
    await Promise.all(['env.json', 'flag.json'].map((name) => writeFile(path.join(cwd, name), feed)));
    expect((await runCli(OPEN, { cwd, env: { STATUS_BANNER_FILE: 'env.json' } })).code).toBe(0);
    expect((await runCli([...OPEN, '--file', 'flag.json'], { cwd, env: { STATUS_BANNER_FILE: 'env.json' } })).code).toBe(0);
    const count = async (name: string) => JSON.parse(await readFile(path.join(cwd, name), 'utf8')).incidents.length;
    expect([await count('env.json'), await count('flag.json')]).toEqual([3, 3]);
  });

  describe('refuses invalid input with exit 1 and leaves the file untouched', () => {
    it.each([
      ['a bad duration', ['--eta', '45 minutes'], /--eta "45 minutes": expected a duration like 45m/],
      ['a zero duration', ['--eta', '0m'], /--eta "0m": expected a duration/],
      ['an ISO time without offset', ['--eta', '2099-01-01T10:00:00'], /--eta "2099-01-01T10:00:00": expected/],
      ['an ETA in the past', ['--eta', '2020-01-01T00:00:00Z'], /--eta 2020-01-01T00:00:00Z is in the past/],
      ['a next update in the past', ['--next-update', '2020-01-01T00:00:00Z'], /--next-update .* is in the past/],
      ['an unknown impact', ['--impact', 'huge'], /--impact "huge": expected one of none, minor, major, critical/],
      ['an unknown status', ['--status', 'panicking'], /--status "panicking": expected one of investigating, identified, monitoring/],
      ['status resolved', ['--status', 'resolved'], /use status-banner resolve/],
      ['a non-http URL', ['--url', 'javascript:alert(1)'], /--url "javascript:alert\(1\)": expected an absolute http\(s\) URL/],
      ['an ftp URL', ['--url', 'ftp://example.com/x'], /--url .*expected an absolute http\(s\) URL/],
      ['an empty components list', ['--components', ' , '], /--components " , ": expected comma-separated/],
      ['a malformed language tag', ['--lang', 'not a tag', '--title', 'x'], /--lang "not a tag" is not a BCP 47 language tag/],
    ])('%s', async (_case, extra, reason) => {
      await expectUntouched(await feedFolder(), [...OPEN, ...extra], 1, reason);
    });

    it('an empty message', async () => {
      await expectUntouched(await feedFolder(), ['open', '--title', 'API errors', '--message', '   '], 1, /--message is empty/);
    });

    it('a title of invisible characters only (zero-width space and joiner), which would render blank', async () => {
      await expectUntouched(await feedFolder(), ['open', '--title', '\u200b\u200d', '--message', 'Down.'], 1, /--title is empty/);
    });

    it('an empty translated title', async () => {
      await expectUntouched(await feedFolder(), [...OPEN, '--lang', 'fr', '--title', ''], 1, /--title is empty \(--lang fr\)/);
    });

    it('an existing file that is not JSON', async () => {
      await expectUntouched(
        await feedFolder('{"version": 1, "incidents": ['),
        OPEN,
        1,
        /status\.json is not valid JSON .*restore status\.json\.prev/,
      );
    });

    it('an existing file the schema rejects', async () => {
      const feed = sampleFeed();
      (feed.incidents![0] as { impact: string }).impact = 'severe';
      await expectUntouched(await feedFolder(feed), OPEN, 1, /status\.json is not a valid feed \(incidents\.0\.impact: /);
    });

    it('an existing file of another version', async () => {
      await expectUntouched(await feedFolder('{"version": 2}\n'), OPEN, 1, /not a valid feed \(version: /);
    });

    it('no file at all', async () => {
      const cwd = await tempDir();
      const result = await runCli(OPEN, { cwd });
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr).toMatch(/^status-banner: no feed at .*status\.json: run status-banner init/);
      await expect(readFile(path.join(cwd, 'status.json'))).rejects.toThrow(/ENOENT/);
    });
  });

  describe('refuses a wrong command line with exit 2 and leaves the file untouched', () => {
    it.each([
      ['no --title', ['open', '--message', 'Down.'], /open: --title is required/],
      ['no --message', ['open', '--title', 'API errors'], /open: --message is required/],
      ['a flag without its value', [...OPEN, '--eta'], /open: Option '--eta <value>' argument missing/],
      ['--lang followed by no text', [...OPEN, '--lang', 'fr'], /--lang fr must be followed by --title or --message/],
      ['a text twice in one language', [...OPEN, '--title', 'Again'], /--title is given twice for language en/],
      ['an argument', [...OPEN, 'api'], /unexpected argument "api"/],
    ])('%s', async (_case, args, reason) => {
      await expectUntouched(await feedFolder(), args, 2, reason);
    });
  });
});
