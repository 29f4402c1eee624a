import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RECOMMENDED_CACHE_CONTROL } from '../../../src/cli/hosting.js';
import { MAX_FEED_BYTES } from '../../../src/feed/limits.js';
import { feedOfSize, runCli, sampleFeed, tempDir } from './helpers.js';

interface Host {
  status: number;
  headers: OutgoingHttpHeaders;
  body: string;
  /** Whether a matching If-None-Match / If-Modified-Since gets a 304. */
  revalidates: boolean;
}

/** A host configured as docs/cli.md recommends. */
function correctHost(): Host {
  return {
    status: 200,
    headers: {
      'Content-Type': 'application/json',
      'Cache-Control': RECOMMENDED_CACHE_CONTROL,
      ETag: '"v1"',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'Date',
    },
    body: JSON.stringify(sampleFeed()),
    revalidates: true,
  };
}

let host = correctHost();
let base = '';
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  if (request.url === '/moved.json') {
    response.writeHead(301, { Location: '/status.json' }).end();
    return;
  }
  const { etag, 'last-modified': lastModified } = Object.fromEntries(
    Object.entries(host.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const matches =
    (etag !== undefined && request.headers['if-none-match'] === etag) ||
    (lastModified !== undefined && request.headers['if-modified-since'] === lastModified);
  if (host.revalidates && matches) {
    response.writeHead(304, host.headers).end();
    return;
  }
  response.writeHead(host.status, host.headers).end(host.body);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  host = correctHost();
});

async function doctor(...extra: string[]) {
  return runCli(['doctor', `${base}/status.json`, ...extra], { cwd: await tempDir() });
}

const without = (name: string) => (config: Host) => {
  Reflect.deleteProperty(config.headers, name);
};
const withHeader = (name: string, value: string) => (config: Host) => {
  config.headers[name] = value;
};

describe('status-banner doctor', () => {
  it('says OK to every check on a correctly configured host, and shows what users see', async () => {
    const result = await doctor();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        [
          `^Checking ${base}/status\\.json as a banner on https://example\\.invalid would fetch it:`,
          'OK    Status: 200',
          'OK    Content-Type: application/json',
          `OK    Cache-Control: ${RECOMMENDED_CACHE_CONTROL}`,
          'OK    Validator: ETag "v1"',
          'OK    Conditional request: 304 Not Modified with If-None-Match',
          'OK    CORS Access-Control-Allow-Origin: \\*',
          'OK    CORS Access-Control-Expose-Headers: Date',
          "OK    Clock: the host's Date is within \\d s of this machine's clock",
          'OK    Size: 1 KiB of 1024 KiB \\(0 %\\)',
          'OK    Feed: valid \\(2 incidents, 0 maintenances\\)',
          'Users see \\(en\\):',
          ' {2}\\[major\\] Investigating: API errors',
        ].join('\n'),
      ),
    );
    expect(result.stderr).toBe('');
  });

  // Each row misconfigures one thing on the correct host.
  it.each<[string, (config: Host) => void, RegExp, number]>([
    [
      'Content-Type text/plain',
      withHeader('Content-Type', 'text/plain'),
      /^WARN {2}Content-Type: "text\/plain": .* Fix: serve status\.json as application\/json\.$/m,
      0,
    ],
    ['no Content-Type', without('Content-Type'), /^WARN {2}Content-Type: missing: /m, 0],
    [
      'Cache-Control no-store',
      withHeader('Cache-Control', 'no-store'),
      new RegExp(`^WARN  Cache-Control: "no-store": every poll .* Fix: send Cache-Control: ${RECOMMENDED_CACHE_CONTROL}$`, 'm'),
      0,
    ],
    [
      'Cache-Control max-age=600',
      withHeader('Cache-Control', 'public, max-age=600'),
      /^WARN {2}Cache-Control: "public, max-age=600": news can wait 10 min in caches before users see it \(more than 60 s\)\. Fix: /m,
      0,
    ],
    ['no Cache-Control', without('Cache-Control'), /^WARN {2}Cache-Control: missing: /m, 0],
    [
      'no ETag nor Last-Modified',
      without('ETag'),
      /^WARN {2}Validator: no ETag or Last-Modified: .* Fix: enable ETag or Last-Modified/m,
      0,
    ],
    [
      'an ETag the host ignores',
      (config) => {
        config.revalidates = false;
      },
      /^WARN {2}Conditional request: 200 with If-None-Match, not 304: /m,
      0,
    ],
    [
      'Last-Modified only, honoured',
      (config) => {
        delete config.headers.ETag;
        config.headers['Last-Modified'] = 'Wed, 25 Nov 2026 09:00:00 GMT';
      },
      /^OK {4}Validator: Last-Modified Wed, 25 Nov 2026 09:00:00 GMT\nOK {4}Conditional request: 304 Not Modified with If-Modified-Since$/m,
      0,
    ],
    [
      'no Access-Control-Allow-Origin',
      without('Access-Control-Allow-Origin'),
      /^FAIL {2}CORS Access-Control-Allow-Origin: missing: a banner on https:\/\/example\.invalid cannot read the feed\. Fix: send Access-Control-Allow-Origin: \*/m,
      1,
    ],
    [
      'Allow-Origin naming one site',
      withHeader('Access-Control-Allow-Origin', 'https://app.example.com'),
      /^WARN {2}CORS Access-Control-Allow-Origin: "https:\/\/app\.example\.com": only that site .* Fix: if that is your app, check as it: status-banner doctor URL --origin https:\/\/app\.example\.com/m,
      0,
    ],
    [
      'Allow-Origin echoing the origin without Vary',
      withHeader('Access-Control-Allow-Origin', 'https://example.invalid'),
      /^WARN {2}CORS Access-Control-Allow-Origin: .* without Vary: Origin: /m,
      0,
    ],
    [
      'no Access-Control-Expose-Headers',
      without('Access-Control-Expose-Headers'),
      /^WARN {2}CORS Access-Control-Expose-Headers: missing: .* Fix: send Access-Control-Expose-Headers: Date\.$/m,
      0,
    ],
    [
      'a clock 5 minutes ahead',
      withHeader('Date', new Date(Date.now() + 5 * 60_000).toUTCString()),
      /^WARN {2}Clock: the host's Date is 5 min ahead of this machine's clock: /m,
      0,
    ],
    [
      'a feed over the cap',
      (config) => {
        config.body = JSON.stringify(feedOfSize(MAX_FEED_BYTES + 10_000), null, 2);
      },
      /^FAIL {2}Size: 10\d\d KiB of 1024 KiB \(10\d %\): over the 1024 KiB every banner reads; banners reject it\. Fix: archive old items/m,
      1,
    ],
    [
      'a body that is not JSON',
      (config) => {
        config.body = '<html>Not found</html>';
      },
      /^FAIL {2}Feed: http:\/\/\S+ is not valid JSON \(.*\)\. Fix: publish a valid feed/m,
      1,
    ],
    [
      'a 404',
      (config) => {
        config.status = 404;
      },
      /^FAIL {2}Status: HTTP 404: banners get no feed and keep their last state\. Fix: check the URL, and that the publish command uploaded the file there\.\n$/m,
      1,
    ],
  ])('%s', async (_case, misconfigure, line, code) => {
    misconfigure(host);
    const result = await doctor();
    expect(result.stdout).toMatch(line);
    expect(result.code, result.stderr).toBe(code);
    if (code) expect(result.stderr).toMatch(/^status-banner: doctor: 1 problem and \d+ warnings? on http:\S+\n$/);
  });

  it('checks as the app’s own origin with --origin', async () => {
    host.headers['Access-Control-Allow-Origin'] = 'https://app.example.com';
    host.headers.Vary = 'Origin';
    const result = await doctor('--origin', 'https://app.example.com/some/page');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('as a banner on https://app.example.com would fetch it');
    expect(result.stdout).toMatch(/^OK {4}CORS Access-Control-Allow-Origin: https:\/\/app\.example\.com \(with Vary: Origin\)$/m);
  });

  it('warns about a redirect', async () => {
    const result = await runCli(['doctor', `${base}/moved.json`], { cwd: await tempDir() });
    expect(result.stdout).toMatch(new RegExp(`^WARN  Status: 200 after a redirect to ${base}/status\\.json: `, 'm'));
  });

  it('escapes what a hostile host sends', async () => {
    host.headers['Cache-Control'] = 'max-age=5\u009b2J';
    const result = await doctor();
    expect(result.stdout).toContain('WARN  Cache-Control: "max-age=5\\x9b2J" has no max-age');
  });

  it('refuses a URL that is not http(s)', async () => {
    const result = await runCli(['doctor', 'file:///etc/passwd'], { cwd: await tempDir() });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'status-banner: doctor: "file:///etc/passwd" is not an http(s) URL\n' });
  });
});
