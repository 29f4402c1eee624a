// `npm run bench:polling`: how many requests, and how many bytes, one browser sends to the feed
// host with 1, 5 and 20 tabs open, for this engine and for a naive per-tab poller.
//
// Headless Chromium (puppeteer-core, scripts/chrome.js) loads test/browser/fixtures/poll/tab.html's
// harness, bundled here with Vite, from a local server on 127.0.0.1 that counts every request and
// every byte it writes for the feed. Each tab is its own visible window (the worst case: every tab
// visible competes to poll), except in the hidden case, where the tabs sit behind another page.
// The harness speeds the engine's clock up SCALE times through its injected environment (no hook
// in the shipped code), so the 10 s interval floor lasts 500 ms and the whole run about a minute.
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROME_ARGS, findChrome, MISSING_BROWSER_MESSAGE } from './chrome.js';

const SCALE = 20;
const INTERVAL_MS = 10_000 / SCALE;
const SPAN_INTERVALS = 10;
const TARGET = 1.1;

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}

/** A valid native feed of about 20 KB: forty resolved incidents, as a busy status page keeps. */
function sampleFeed() {
  const incidents = Array.from({ length: 40 }, (_, index) => {
    const at = new Date(Date.UTC(2026, 10, 1 + (index % 28), 9, index)).toISOString();
    return {
      id: `incident-${index}`,
      title: { en: `Elevated error rates on service ${index}`, fr: `Taux d'erreur élevé sur le service ${index}` },
      impact: 'minor',
      status: 'resolved',
      started_at: at,
      updated_at: at,
      resolved_at: at,
      updates: [{ at, status: 'resolved', message: 'A configuration change was rolled back; error rates are back to normal.' }],
    };
  });
  return JSON.stringify({ version: 1, updated_at: '2026-11-24T09:40:00Z', page: { name: 'Acme' }, incidents });
}

const FEED_BODY = sampleFeed();
const FEED_ETAG = '"bench-1"';

async function harnessBundle() {
  const [result] = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: 'test/browser/fixtures/poll/tab.ts', formats: ['es'], fileName: 'tab' } },
  });
  return result.output[0].code;
}

/** Records, per run, when each feed request arrived and the bytes written for it (status line, headers, body). */
function startServer(harness) {
  const runs = new Map();
  const written = new WeakMap();
  const feedLog = (run) => runs.get(run) ?? runs.set(run, []).get(run);
  const pages = {
    '/tab.html': '<!doctype html><meta charset="utf-8"><title>engine</title><script type="module" src="/tab.js"></script>',
    '/naive.html': `<!doctype html><meta charset="utf-8"><title>naive</title><script>
      const params = new URLSearchParams(location.search);
      window.harness = { snapshots: 0 };
      const poll = () => fetch(params.get('src')).then((response) => response.text()).then(() => (window.harness.snapshots += 1));
      poll();
      setInterval(poll, Number(params.get('every')));
    </script>`,
    '/blank.html': '<!doctype html><meta charset="utf-8"><title>another site</title>',
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/feed.json') {
      const entry = { at: Date.now(), bytes: 0 };
      feedLog(url.searchParams.get('run')).push(entry);
      const { socket } = request;
      response.on('finish', () => {
        entry.bytes = socket.bytesWritten - (written.get(socket) ?? 0);
        written.set(socket, socket.bytesWritten);
      });
      const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' };
      if (url.searchParams.get('etag') === '0') return response.writeHead(200, headers).end(FEED_BODY);
      if (request.headers['if-none-match'] === FEED_ETAG) return response.writeHead(304, { ...headers, ETag: FEED_ETAG }).end();
      return response.writeHead(200, { ...headers, ETag: FEED_ETAG }).end(FEED_BODY);
    }
    if (url.pathname === '/tab.js') return response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(harness);
    const page = pages[url.pathname];
    if (page) return response.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, feedLog })));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilShown(pages) {
  const until = Date.now() + 20_000;
  for (const page of pages) {
    while (!(await page.evaluate(() => (window.harness?.snapshots ?? 0) > 0))) {
      if (Date.now() > until) throw new Error('a tab never showed the feed');
      await sleep(50);
    }
  }
}

/**
 * Loads the case in `tabs` pages, lets them settle, then counts what reaches the feed over
 * SPAN_INTERVALS intervals. Visible cases reuse the same windows (opening twenty windows is slow).
 */
async function measure(browser, server, windows, { name, tabs, naive = false, hidden = false, etag = true }) {
  const run = `${name}-${tabs}`.replace(/\W+/g, '-');
  const src = `http://127.0.0.1:${server.port}/feed.json?run=${run}&etag=${etag ? 1 : 0}`;
  const url = naive
    ? `http://127.0.0.1:${server.port}/naive.html?${new URLSearchParams({ src, every: String(INTERVAL_MS) })}`
    : `http://127.0.0.1:${server.port}/tab.html?${new URLSearchParams({ src, scale: String(SCALE), epoch: String(Date.now()) })}`;
  const pages = windows.slice(0, tabs);
  if (hidden) {
    // Behind the page in front of the first window, as when the user reads another site.
    await windows[0].goto(`http://127.0.0.1:${server.port}/blank.html`);
    pages.length = 0;
    for (let index = 0; index < tabs; index += 1) pages.push(await browser.newPage({ type: 'tab', background: true }));
  }
  await Promise.all(pages.map((page) => page.goto(url)));
  if (hidden) {
    const states = await Promise.all(pages.map((page) => page.evaluate(() => document.visibilityState)));
    if (states.some((state) => state !== 'hidden')) throw new Error(`background tabs are not hidden: ${states.join(', ')}`);
    await sleep(2 * INTERVAL_MS);
  } else {
    await waitUntilShown(pages);
  }
  const log = server.feedLog(run);
  const from = log.length;
  const startedAt = Date.now();
  await sleep(SPAN_INTERVALS * INTERVAL_MS);
  const intervals = (Date.now() - startedAt) / INTERVAL_MS;
  const span = log.slice(from);
  const result = {
    name,
    tabs,
    perInterval: span.length / intervals,
    bytesPerInterval: span.reduce((sum, entry) => sum + entry.bytes, 0) / intervals,
    hidden,
    naive,
  };
  await Promise.all(pages.map((page) => (hidden ? page.close() : page.goto('about:blank'))));
  return result;
}

const harness = await harnessBundle();
const server = await startServer(harness);
const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
const started = Date.now();
const results = [];
try {
  const windows = [];
  for (let index = 0; index < 20; index += 1) windows.push(await browser.newPage({ type: 'window' }));
  const cases = [
    ...[1, 5, 20].map((tabs) => ({ name: 'this engine', tabs })),
    ...[1, 5, 20].map((tabs) => ({ name: 'naive per-tab poller', tabs, naive: true })),
    { name: 'this engine, server without ETag', tabs: 20, etag: false },
    { name: 'this engine, all tabs hidden', tabs: 20, hidden: true },
  ];
  for (const options of cases) results.push(await measure(browser, server, windows, options));
} finally {
  await browser.close();
  server.server.close();
}

const rows = [
  ['case', 'tabs', 'requests / interval', 'bytes / interval'],
  ...results.map((result) => [
    result.name,
    String(result.tabs),
    result.perInterval.toFixed(2),
    Math.round(result.bytesPerInterval).toLocaleString('en'),
  ]),
];
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
const line = (row) =>
  `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
console.log(
  `\nOne browser, feed body ${FEED_BODY.length.toLocaleString('en')} bytes, unchanged (ETag → 304); interval 10 s, sped up ×${SCALE}.`,
);
console.log(
  `Counted over ${SPAN_INTERVALS} intervals per case, once every tab showed the feed; bytes are all the server wrote for them. Run took ${Math.round((Date.now() - started) / 1000)} s.\n`,
);
console.log(line(rows[0]));
console.log(`|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
for (const row of rows.slice(1)) console.log(line(row));

const misses = results.filter((result) => !result.naive && (result.hidden ? result.perInterval > 0 : result.perInterval > TARGET));
for (const miss of misses) console.error(`\nMISSED: ${miss.name}, ${miss.tabs} tabs: ${miss.perInterval.toFixed(2)} requests per interval`);
console.log(
  misses.length ? '' : `\nTarget met: at most ${TARGET} requests per interval whatever the tab count, none while every tab is hidden.`,
);
process.exit(misses.length ? 1 : 0);
