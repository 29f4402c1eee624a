import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Feed } from '../../../src/feed/schema.js';
import { feedFolder, runCli, sampleFeed, tempDir } from './helpers.js';

/** Retitles the terminal window, clears the screen (also as the one-byte C1 CSI), then reverses the text. */
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eAPI errors';
const ESCAPED = '\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202eAPI errors';
// eslint-disable-next-line no-control-regex -- what must never reach the terminal
const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileFeed(): Feed {
  const feed = sampleFeed();
  const [incident] = feed.incidents!;
  incident!.id = `api\u001b[2J`;
  incident!.title = HOSTILE;
  incident!.updates![0]!.message = HOSTILE;
  return feed;
}

describe('text from a feed reaches the terminal with control characters escaped', () => {
  it('in validate FILE', async () => {
    const result = await (await feedFolder(hostileFeed())).run('validate');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(RAW_CONTROLS);
    expect(result.stdout).toContain(`  [major] Investigating: ${ESCAPED}\n    ${ESCAPED}\n`);
  });

  it('in validate URL', async () => {
    const body = JSON.stringify(hostileFeed());
    const server = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/status.json`;
    const result = await runCli(['validate', url], { cwd: await tempDir() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(RAW_CONTROLS);
    expect(result.stdout).toContain(ESCAPED);
  });

  it('in error messages that quote the feed', async () => {
    const result = await (await feedFolder(hostileFeed())).run('update', 'nope', '--message', 'x');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('status-banner: no incident "nope" in the feed (known: api\\x1b[2J, old-outage)\n');
  });

  it('in the summary of a write', async () => {
    const folder = await feedFolder(hostileFeed());
    const result = await folder.run('update', 'api\u001b[2J', '--message', 'Rolling back \u009b2J.');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('updated api\\x1b[2J: message "Rolling back \\x9b2J."\n');
  });
});
