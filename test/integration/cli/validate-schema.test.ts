import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedJsonSchema } from '../../../src/feed/json-schema.js';
import { BANNER, localize } from '../../../src/i18n/catalog.js';
import { expectRefused, feedFolder, isoIn, MINUTE, runCli, sampleFeed, tempDir } from './helpers.js';

const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url).pathname;

describe('status-banner validate', () => {
  it('says a valid feed is valid and shows what users see, with the element’s wording', async () => {
    const feed = sampleFeed();
    feed.incidents![0]!.expected_resolution_at = isoIn(40 * MINUTE);
    const folder = await feedFolder(feed);
    const result = await folder.run('validate');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(
      /^status\.json: valid \(2 incidents, 0 maintenances\)\nSize: 1 KiB of 1024 KiB \(0 %\)\nUsers see \(en\):\n {2}\[major\] Investigating: API errors\n {4}We are investigating\.\n {4}Expected to be fixed in 40 minutes/,
    );
    expect(result.stdout).not.toContain('Old outage');
  });

  it.each(['validate', 'doctor'])('%s refuses a --locale that is no language tag, naming the flag', async (command) => {
    const folder = await feedFolder();
    const args = command === 'doctor' ? ['doctor', 'https://status.example/status.json'] : ['validate'];
    expectRefused(
      await folder.run(...args, '--locale', 'not a tag'),
      1,
      /^status-banner: --locale "not a tag" is not a BCP 47 language tag/,
    );
  });

  it('shows texts in the --locale asked for', async () => {
    const folder = await feedFolder();
    await folder.run(
      'open',
      '--title',
      'API errors',
      '--message',
      'Down.',
      '--lang',
      'fr',
      '--title',
      "Erreurs de l'API",
      '--message',
      'En panne.',
    );
    const result = await folder.run('validate', '--locale', 'fr');
    expect(result.stdout).toContain(
      `Users see (fr):\n  [major] ${localize(BANNER, 'fr').states.investigating}: Erreurs de l'API\n    En panne.`,
    );
  });

  it('says when users see nothing', async () => {
    const folder = await feedFolder({ version: 1, incidents: [] });
    expect((await folder.run('validate')).stdout).toBe(
      'status.json: valid (0 incidents, 0 maintenances)\nSize: 1 KiB of 1024 KiB (0 %)\nUsers see nothing: all clear, the banner stays hidden.\n',
    );
  });

  it('notes a byte order mark, which banners ignore', async () => {
    const folder = await feedFolder();
    await writeFile(folder.file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(folder.file)]));
    const result = await folder.run('validate');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      '\nNote: the file starts with a UTF-8 byte order mark; banners ignore it, and the CLI drops it at its next write.\n',
    );
  });

  it('exits 1 on a file that is not UTF-8', async () => {
    const folder = await feedFolder();
    await writeFile(folder.file, Buffer.from('{"version": 1, "page": {"name": "Café"}}', 'latin1'));
    expectRefused(await folder.run('validate'), 1, /^status-banner: status\.json is not UTF-8 \(byte 0xE9 at offset 36\)/);
  });

  it('exits 1 on a time no calendar has, which browsers would roll over', async () => {
    const feed = sampleFeed();
    feed.incidents![0]!.started_at = '2026-02-29T10:00:00Z';
    const result = await (await feedFolder(feed)).run('validate');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^status\.json: readable, with problems /);
    expect(result.stderr).toBe(
      'status-banner: status.json: 1 impossible time: incidents[0].started_at: 2026-02-29T10:00:00Z is not a date (2026-02 has 28 days)\n',
    );
  });

  it('exits 1 when an item would be dropped, still showing the rest', async () => {
    const feed = sampleFeed();
    (feed.incidents![1] as { status: string }).status = 'fixed';
    const folder = await feedFolder(feed);
    const result = await folder.run('validate');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('status.json: readable, with problems (1 incident, 0 maintenances)');
    expect(result.stdout).toContain('API errors');
    expect(result.stderr).toMatch(/^status-banner: status\.json: 1 item would be dropped: incidents\[1\]\.status: [^\n]+\n$/);
  });

  it.each(['statuspage/summary.json', 'incidentio/summary.json', 'instatus/summary.json'])(
    'reads the hosted format of %s',
    async (path) => {
      const result = await runCli(['validate', fixture(path)], { cwd: await tempDir() });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^summary\.json: valid \(\d+ incidents?, \d+ maintenances?\)\nSize: \d+ KiB of 1024 KiB \(\d+ %\)\nUsers see \(en\):\n {2}\[(minor|major|critical)\] /,
      );
    },
  );

  it.each([
    ['a feed of another version', '{"version": 2, "incidents": []}', /status\.json is rejected: unsupported feed version 2/],
    ['a document in no known format', '{"hello": "world"}', /status\.json is rejected: unrecognised feed/],
    ['a file that is not JSON', 'version: 1', /status\.json is not valid JSON/],
  ])('exits 1 on %s', async (_case, content, reason) => {
    expectRefused(await (await feedFolder(content)).run('validate'), 1, reason);
  });

  it('exits 1 on a format it does not know', async () => {
    expectRefused(
      await (await feedFolder()).run('validate', '--format', 'atlassian'),
      1,
      /--format "atlassian": expected one of auto, native, statuspage/,
    );
  });

  it('exits 1 when the file is missing', async () => {
    expectRefused(await runCli(['validate', 'nowhere.json'], { cwd: await tempDir() }), 1, /cannot read nowhere\.json: ENOENT/);
  });

  describe('over HTTP', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      const native = JSON.stringify(sampleFeed());
      server = createServer((request, response) => {
        if (request.url === '/status.json') response.writeHead(200, { 'Content-Type': 'application/json' }).end(native);
        else response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches and validates a URL', async () => {
      const result = await runCli(['validate', `${base}/status.json`], { cwd: await tempDir() });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^${base}/status\\.json: valid \\(2 incidents`));
    });

    it('exits 1 on an HTTP error', async () => {
      expectRefused(
        await runCli(['validate', `${base}/missing.json`], { cwd: await tempDir() }),
        1,
        /cannot fetch .*\/missing\.json: HTTP 404/,
      );
    });

    it('refuses a URL that is not http(s)', async () => {
      expectRefused(
        await runCli(['validate', 'ftp://127.0.0.1/status.json'], { cwd: await tempDir() }),
        1,
        /only http and https URLs can be fetched/,
      );
    });
  });
});

describe('status-banner schema', () => {
  it('prints the JSON Schema generated from the element’s schema', async () => {
    const result = await runCli(['schema'], { cwd: await tempDir() });
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema).toEqual(feedJsonSchema());
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', required: ['version'] });
    expect(schema.properties.incidents.items.properties.impact.enum).toEqual(['none', 'minor', 'major', 'critical']);
    // Readers ignore unknown fields, so the published schema must not forbid them.
    expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false');
  });

  it('exits 2 on an argument', async () => {
    expectRefused(await runCli(['schema', 'status.json'], { cwd: await tempDir() }), 2, /schema: unexpected argument "status\.json"/);
  });
});
