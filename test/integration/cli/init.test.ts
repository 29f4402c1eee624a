import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PUBLISH_EXAMPLES, RECOMMENDED_CACHE_CONTROL } from '../../../src/cli/hosting.js';
import { feedSchema } from '../../../src/feed/schema.js';
import { expectRefused, runCli, tempDir } from './helpers.js';

describe('status-banner init', () => {
  it('writes a valid all-clear feed, the fallback page, the banner script and hosting notes', async () => {
    const cwd = await tempDir();
    const result = await runCli(['init', 'kit'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^wrote status\.json, status-banner-element\.0123abcd\.js, status-banner\.js, status-page\.js, index\.html, README\.txt to .*kit\n$/,
    );
    const kit = (name: string) => readFile(path.join(cwd, 'kit', name), 'utf8');

    const feed = feedSchema.parse(JSON.parse(await kit('status.json')));
    expect(feed).toMatchObject({ version: 1, incidents: [], maintenances: [] });
    expect(await kit('status-banner.js')).toBe(inject('stubBundle'));
    const page = await kit('index.html');
    // One file for the fallback page: status-page.js alone, nothing else to load.
    expect(page.match(/<script [^>]*>/g)).toEqual(['<script src="status-page.js" defer>']);
    expect(page).toContain('<status-page src="status.json"');
    const readme = await kit('README.txt');
    expect(readme).toContain(`Cache-Control: ${RECOMMENDED_CACHE_CONTROL}`);
    for (const example of Object.values(PUBLISH_EXAMPLES)) expect(readme).toContain(`#   ${example}\n`);
    expect(readme).toContain('Access-Control-Allow-Origin');
    expect(readme).toContain('Access-Control-Expose-Headers: Date');
  });

  it('without DIR, puts the kit beside STATUS_BANNER_FILE, under its name', async () => {
    const cwd = await tempDir();
    const result = await runCli(['init'], { cwd, env: { STATUS_BANNER_FILE: 'site/feed.json' } });
    expect(result.code).toBe(0);
    feedSchema.parse(JSON.parse(await readFile(path.join(cwd, 'site', 'feed.json'), 'utf8')));
    expect(await readFile(path.join(cwd, 'site', 'index.html'), 'utf8')).toContain('<status-page src="feed.json"');
  });

  it('refuses to overwrite an existing status.json, and writes nothing else', async () => {
    const cwd = await tempDir();
    const existing = '{"version":1,"incidents":[]}\n';
    await writeFile(path.join(cwd, 'status.json'), existing);
    expectRefused(await runCli(['init', '.'], { cwd }), 1, /refusing to overwrite status\.json/);
    expect(await readFile(path.join(cwd, 'status.json'), 'utf8')).toBe(existing);
    await expect(readFile(path.join(cwd, 'index.html'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses to overwrite another page in the folder', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'index.html'), '<h1>our site</h1>');
    expectRefused(await runCli(['init', '.'], { cwd }), 1, /refusing to overwrite index\.html/);
    expect(await readFile(path.join(cwd, 'index.html'), 'utf8')).toBe('<h1>our site</h1>');
    await expect(readFile(path.join(cwd, 'status.json'))).rejects.toThrow(/ENOENT/);
  });
});
