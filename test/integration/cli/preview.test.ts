import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { expectRefused, feedFolder, runCli, sampleFeed, spawnCli, tempDir } from './helpers.js';

describe('status-banner preview', () => {
  it('serves the banner page, the fallback page, the script and the live feed, until interrupted', async () => {
    const folder = await feedFolder();
    const child = spawnCli(['preview'], { cwd: folder.dir });
    try {
      const [firstChunk] = (await once(child.stdout!, 'data')) as [Buffer];
      const url = firstChunk.toString().trim();
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

      const page = await fetch(url);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await page.text();
      expect(html).toContain('<script src="/status-banner.js" defer></script>');
      expect(html).toContain('<status-banner src="/status.json" interval="10"></status-banner>');
      expect(html).toContain('<iframe src="/index.html"');

      expect(await (await fetch(new URL('/index.html', url))).text()).toContain('<status-page src="status.json"');
      expect((await fetch(new URL('/status-banner-element.0123abcd.js', url))).status).toBe(200);
      expect((await fetch(new URL('/status-page.js', url))).status).toBe(200);
      expect(await (await fetch(new URL('/status-banner.js', url))).text()).toBe(inject('stubBundle'));
      expect((await fetch(new URL('/nothing-here', url))).status).toBe(404);

      const feedUrl = new URL('/status.json', url);
      const served = await fetch(feedUrl);
      expect(served.headers.get('cache-control')).toBe('no-cache');
      expect(await served.text()).toBe(await folder.bytes());
      const edited = { ...sampleFeed(), incidents: [] };
      await writeFile(folder.file, JSON.stringify(edited));
      expect(await (await fetch(feedUrl)).json()).toEqual(edited);
    } finally {
      child.kill('SIGINT');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('exits 1 when there is no feed to preview', async () => {
    expectRefused(await runCli(['preview', 'drill.json'], { cwd: await tempDir() }), 1, /no feed at .*drill\.json/);
  });

  it('exits 1 on a port that is not a number', async () => {
    expectRefused(await (await feedFolder()).run('preview', '--port', 'http'), 1, /--port "http": expected a port number/);
  });
});
