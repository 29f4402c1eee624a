// `npm run bench`: what the script tag costs the page that carries it, in headless Chromium, since
// dist/status-banner.js became a small loader that fetches the element chunk only when something
// could be shown (#13).
//
// A local server on 127.0.0.1 serves dist/*.js byte for byte (gzip-encoded, as a real host would;
// the decoded bytes are the files, whose SHA-384 the loader pins), the feeds and the pages, with
// `Cache-Control: max-age` and an ETag on each, so that a warm load takes the scripts from the HTTP
// cache and the feed costs a 304. In ONE run, loads interleaved, median of BENCH_RUNS loads after
// warm-up:
//   1. All clear: a plain page with no script, and the same page with the loader tag and an
//      all-clear feed, cold (new browser context: empty cache and storage), warm (HTTP cache, stored
//      state older than the interval: the feed is revalidated, 304) and reload (HTTP cache, stored
//      state fresh: no feed request). Main-thread time from the DevTools protocol, bytes and
//      requests per load. These pages carry no instrumentation at all.
//   2. Stored incident: a reload whose localStorage holds a fresh last good state with an incident,
//      HTTP cache warm: the loader (chunk from the cache) against a hand-written static banner, and
//      against status-banner.full.js; time to banner, and in which frame the banner appears.
//   3. First visit during an incident (new browser context): the loader + chunk against full.js,
//      on 127.0.0.1 and on an emulated connection (the loader's chunk is a request in series).
// Then one page drives the real poller through the loader and the chunk for 10,000 polls, each a
// different body (parsed, selected, rendered), and reads the JS heap after a forced GC.
//
// It prints figures and never fails on timing: machines differ. Run `npm run build` first.
/* global window, document, customElements -- page.evaluate callbacks run in the page */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { CHROME_ARGS, findChrome, MISSING_BROWSER_MESSAGE } from './chrome.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const POLLS = Number(process.env.BENCH_POLLS ?? 10_000);
// On a machine too busy for BENCH_RUNS, stop adding rounds past this (the figures say how many loads they are from).
const MAX_LOAD_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 10 * (RUNS + WARMUP));
const POLL_WARMUP = 300;
/** How long a load must stay quiet on the network before it counts as settled. */
const SETTLE_MS = 250;
/** The emulated connection of the second first-visit pair (puppeteer's preset: 9 Mbps down, 165 ms per request). */
const NETWORK = 'Fast 4G';
const TARGETS = { allClearScriptMs: 5, storedRatio: 1.1, heapBytes: 1024 * 1024 };

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}

const DIST = new URL('../dist/', import.meta.url);
let files;
try {
  files = new Map(
    readdirSync(DIST)
      .filter((name) => name.endsWith('.js'))
      .map((name) => [name, readFileSync(new URL(name, DIST))]),
  );
} catch {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const LOADER = 'status-banner.js';
const FULL = 'status-banner.full.js';
// The chunk the loader pins (an older build's chunk could still sit in dist/).
const CHUNK = [...files.keys()].find((name) => name.startsWith('status-banner-element.') && files.get(LOADER)?.includes(name));
if (!files.has(LOADER) || !files.has(FULL) || !CHUNK) {
  console.error('bench: dist/ has no loader, full.js or the chunk the loader names; run `npm run build` first.');
  process.exit(1);
}

const started = Date.now();
const MINUTE = 60_000;
const iso = (ms) => new Date(ms).toISOString();

/** All clear, as a real feed is most of the time: nothing open, a month of resolved incidents. */
function allClearFeed(now = Date.now()) {
  const resolved = Array.from({ length: 6 }, (_, index) => {
    const at = now - (index + 2) * 4 * 24 * 60 * MINUTE;
    return {
      id: `resolved-${index}`,
      title: `Elevated error rates on service ${index}`,
      impact: 'minor',
      status: 'resolved',
      started_at: iso(at - 30 * MINUTE),
      updated_at: iso(at),
      resolved_at: iso(at),
      updates: [{ at: iso(at), status: 'resolved', message: 'A configuration change was rolled back; error rates are back to normal.' }],
    };
  });
  return { version: 1, updated_at: iso(now), page: { name: 'Acme', url: 'https://status.acme.example' }, incidents: resolved };
}

/** During an incident: one major incident, identified, with an ETA. */
function incidentFeed(now = Date.now()) {
  return {
    version: 1,
    updated_at: iso(now),
    page: { name: 'Acme', url: 'https://status.acme.example' },
    incidents: [
      {
        id: 'api-errors',
        title: 'API errors',
        impact: 'major',
        status: 'identified',
        started_at: iso(now - 20 * MINUTE),
        updated_at: iso(now - 2 * MINUTE),
        expected_resolution_at: iso(now + 40 * MINUTE),
        components: ['api'],
        url: 'https://status.acme.example/incidents/42',
        updates: [{ at: iso(now - 2 * MINUTE), status: 'identified', message: 'A faulty deploy is being rolled back.' }],
      },
    ],
  };
}
const CLEAR_SRC = '/feed.json';
const INCIDENT_SRC = '/incident.json';
const POLL_SRC = '/poll.json';
const FEEDS = new Map([
  [CLEAR_SRC, JSON.stringify(allClearFeed())],
  [INCIDENT_SRC, JSON.stringify(incidentFeed())],
]);

/**
 * Instrumentation of the banner pages, first thing in <head>: the same for each. The all-clear
 * pages carry none, so that their main-thread time is the loader's alone.
 */
const PROBE = `<script>
(() => {
  const result = (window.__bench = { banner: 0, fcp: 0, longTasks: 0, cls: 0, frames: 0, bannerFrame: 0, dclFrame: 0, preloaded: NaN, defined: NaN });
  new PerformanceObserver((list) => { result.longTasks += list.getEntries().length; }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) result.cls += entry.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') result.fcp = entry.startTime; }).observe({ type: 'paint', buffered: true });
  document.addEventListener('DOMContentLoaded', () => { result.dclFrame = result.frames; }, { once: true });
  // The loader's steps once it has the chunk: the modulepreload link's load event (fetched and
  // checked), then import() evaluates it and <status-banner> is defined.
  document.addEventListener('load', (event) => { if (event.target.rel === 'modulepreload') result.preloaded = performance.now(); }, true);
  customElements.whenDefined('status-banner').then(() => { result.defined = performance.now(); });
  const box = () => document.querySelector('.static-banner') || document.querySelector('status-banner')?.shadowRoot?.querySelector('[part="banner"]');
  // Every frame is counted, so that the frame in which the banner is first laid out has a number:
  // a chunk that arrives a frame late shows as a higher number than the static page's. A task
  // posted from that requestAnimationFrame callback runs once the frame's rendering is done.
  const frame = () => {
    result.frames++;
    const banner = box();
    if (!banner || banner.getBoundingClientRect().height === 0) return requestAnimationFrame(frame);
    result.bannerFrame = result.frames;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { result.banner = performance.now(); };
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(frame);
})();
</script>`;

const CONTENT = `<header class="app"><strong>Acme</strong> <nav><a href="#">Dashboard</a> <a href="#">Reports</a> <a href="#">Settings</a></nav></header>
<main>
<h1>Dashboard</h1>
${Array.from({ length: 8 }, (_, index) => `<p>Paragraph ${index + 1} of the product page: projects, reports and the numbers people came for. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>`).join('\n')}
</main>`;

const PAGE_STYLE = `<style>
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1f2328; }
header.app { display: flex; gap: 2em; padding: 1em; background: #f6f8fa; }
main { padding: 1em; max-width: 60em; }
.static-banner { box-sizing: border-box; display: flex; gap: .75em; padding: .75em 1em; background: #fff; color: #1f2328; border-inline-start: 4px solid #b42318;
  box-shadow: 0 1px 4px rgb(0 0 0 / .18); font: .9375rem/1.45 system-ui, sans-serif; position: fixed; inset-inline: 0; top: 0; z-index: 2147483000; }
.static-banner p { margin: 0; } .static-banner .state { margin-inline-start: .5em; padding: 0 .45em; border: 1px solid; border-radius: 999px; color: #b42318; font-size: .85em; font-weight: 600; }
</style>`;

/** A page of the product; `head` goes after its style. The empty icon keeps Chromium from asking for /favicon.ico. */
const page = (title, head = '', body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${head}</head><body>${body}${CONTENT}</body></html>`;
const tag = (file, src) => `<script src="/dist/${file}" data-src="${src}" defer></script>`;

const STATIC_BANNER = `<section class="static-banner" role="status" aria-label="API errors"><div><p><strong>API errors</strong><span class="state">Identified</span></p>
<p>A faulty deploy is being rolled back.</p><p>Expected to be fixed in 40 minutes · Updated 2 minutes ago</p><p><a href="https://status.acme.example/incidents/42">Details</a></p></div>
<button type="button" aria-label="Dismiss">×</button></section>`;

/**
 * The heap page: before the loader, a `fetch` stub that answers each poll with a new body (a new
 * update message, so every poll parses, selects and renders), and a `setTimeout` that runs the poll
 * timer (the feed asks for 600 s: 480–720 s with jitter, a range nothing else here uses) at once
 * through a MessageChannel. `__resume(n)` runs polls until the n-th, for the heap readings. The
 * element chunk itself comes from the server, as on any page.
 */
const POLL_STUB = `<script>
(() => {
  const realSetTimeout = window.setTimeout.bind(window);
  const realClearTimeout = window.clearTimeout.bind(window);
  const fast = new Map();
  const paused = [];
  const channel = new MessageChannel();
  let nextId = 1e9;
  const run = (id) => { const task = fast.get(id); if (task) { fast.delete(id); task.callback(...task.args); } };
  channel.port1.onmessage = (event) => run(event.data);
  // The first poll loads the element chunk; the loop waits for it, so that every warm-up poll is rendered too.
  const state = (window.__polls = { count: 0, changes: 0, pauseAt: 1, running: true });
  window.setTimeout = (callback, ms = 0, ...args) => {
    if (typeof callback !== 'function' || !(ms > 400000 && ms < 800000)) return realSetTimeout(callback, ms, ...args);
    const id = nextId++;
    fast.set(id, { callback, args });
    if (state.running) channel.port2.postMessage(id); else paused.push(id);
    return id;
  };
  window.clearTimeout = (id) => (fast.delete(id) ? undefined : realClearTimeout(id));
  window.__resume = (pauseAt) => { state.pauseAt = pauseAt; state.running = true; for (const id of paused.splice(0)) channel.port2.postMessage(id); };
  const base = ${FEEDS.get(INCIDENT_SRC)};
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    if (!String(input).endsWith('${POLL_SRC}')) return realFetch(input, init);
    state.count++;
    if (state.count >= state.pauseAt) state.running = false;
    const doc = structuredClone(base);
    doc.poll_interval = 600;
    doc.incidents[0].updates[0].message = 'A faulty deploy is being rolled back (poll ' + state.count + ').';
    doc.incidents[0].title = state.count % 2 ? 'API errors' : 'API errors (still)';
    return new Response(JSON.stringify(doc), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  document.addEventListener('status-banner-change', () => state.changes++);
  customElements.whenDefined('status-banner').then(() => window.__resume(${POLL_WARMUP}));
})();
</script>`;

const PAGES = new Map([
  ['/blank.html', '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>between loads</title>'],
  ['/plain.html', page('all clear: no script', PAGE_STYLE)],
  ['/clear.html', page('all clear: loader', PAGE_STYLE + tag(LOADER, CLEAR_SRC))],
  ['/static.html', page('incident: static banner', PROBE + PAGE_STYLE, STATIC_BANNER)],
  ['/incident.html', page('incident: loader', PROBE + PAGE_STYLE + tag(LOADER, INCIDENT_SRC))],
  ['/incident-full.html', page('incident: full.js', PROBE + PAGE_STYLE + tag(FULL, INCIDENT_SRC))],
  ['/polls.html', page('polls', POLL_STUB + tag(LOADER, POLL_SRC))],
]);

const KIND_OF = (path) =>
  ({
    [`/dist/${LOADER}`]: 'loader',
    [`/dist/${CHUNK}`]: 'chunk',
    [`/dist/${FULL}`]: 'full.js',
    [CLEAR_SRC]: 'feed',
    [INCIDENT_SRC]: 'feed',
  })[path] ?? (PAGES.has(path) ? 'page' : path);

/** One response as a static host sends it: gzip when asked, an ETag, and a 304 for a matching If-None-Match. */
function asset(body, type, cacheControl) {
  return { body, gzipped: gzipSync(body, { level: 9 }), type, cacheControl, etag: `"${createHash('sha1').update(body).digest('hex')}"` };
}

/** Logs every request with its status and the bytes written for it (status line, headers, body). */
function startServer() {
  const assets = new Map();
  for (const [name, bytes] of files) {
    // A hashed name never changes content: cache it for good. The loader's URL is stable, so it is revalidated hourly.
    assets.set(`/dist/${name}`, asset(bytes, 'text/javascript', name === CHUNK ? 'max-age=31536000, immutable' : 'max-age=3600'));
  }
  for (const [path, body] of FEEDS) assets.set(path, asset(Buffer.from(body), 'application/json', 'max-age=30'));
  for (const [path, body] of PAGES) assets.set(path, asset(Buffer.from(body), 'text/html; charset=utf-8', 'no-store'));
  const log = [];
  const written = new WeakMap();
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    const entry = { path, status: 0, bytes: 0 };
    log.push(entry);
    const { socket } = request;
    response.on('finish', () => {
      entry.status = response.statusCode;
      entry.bytes = socket.bytesWritten - (written.get(socket) ?? 0);
      written.set(socket, socket.bytesWritten);
    });
    const found = assets.get(path);
    if (!found) return response.writeHead(404).end();
    const { body, gzipped, type, cacheControl, etag } = found;
    const headers = { 'Content-Type': type, 'Cache-Control': cacheControl, ETag: etag, Vary: 'Accept-Encoding' };
    if (request.headers['if-none-match'] === etag) return response.writeHead(304, headers).end();
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, gzip ? { ...headers, 'Content-Encoding': 'gzip' } : headers).end(gzip ? gzipped : body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}`, log })),
  );
}

const { server, origin, log } = await startServer();
const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });

/**
 * A tab in its own browser context (its own HTTP cache and storage), in front: a background tab is
 * hidden, and a hidden page rightly polls nothing. `threadTicks`: durations in the main thread's
 * CPU time, so that time the busy machine gives other processes is not counted as ours.
 */
async function openTab() {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { context, tab, cdp };
}

/** Per resource of the page: whether it came over the network (the server saw it) or from the HTTP cache. */
async function requestsOf(tab, served) {
  const timings = await tab.evaluate(() =>
    performance.getEntriesByType('resource').map(({ name, transferSize, startTime, responseEnd }) => ({
      path: new URL(name).pathname,
      transferSize,
      startTime,
      responseEnd,
    })),
  );
  const requests = served.map(({ path, status, bytes }) => ({ kind: KIND_OF(path), status: String(status), bytes }));
  for (const timing of timings) {
    // transferSize 0: served from the HTTP cache (a revalidated one counts its headers).
    if (timing.transferSize === 0) requests.push({ kind: KIND_OF(timing.path), status: 'cache', bytes: 0 });
  }
  const at = (kind, key) => timings.find((timing) => KIND_OF(timing.path) === kind)?.[key] ?? NaN;
  return { requests, at };
}

/**
 * One load of an all-clear page: navigate, wait until the network has been quiet for SETTLE_MS
 * (the feed answered, and any chunk request had time to start), then read the protocol's
 * per-document counters before anything else runs in the page.
 */
async function allClearLoad({ tab, cdp }, path) {
  const from = log.length;
  await tab.goto(origin + path, { waitUntil: 'load' });
  await tab.waitForNetworkIdle({ idleTime: SETTLE_MS });
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value * 1000]));
  const { requests } = await requestsOf(tab, log.slice(from));
  const page = await tab.evaluate(() => ({
    defined: customElements.get('status-banner') !== undefined,
    visible: document.visibilityState === 'visible',
  }));
  return { script: metrics.ScriptDuration + metrics.V8CompileDuration, task: metrics.TaskDuration, requests, ...page };
}

/** One load of a page with a banner: until the probe has seen it, then SETTLE_MS more for late shifts and requests. */
async function bannerLoad({ tab }, path) {
  const from = log.length;
  await tab.goto(origin + path, { waitUntil: 'load' });
  // Polled from Node every 50 ms rather than from a requestAnimationFrame loop in the page, which would compete with the page's own frames.
  await tab.waitForFunction(() => window.__bench.banner > 0, { polling: 50, timeout: 10_000 });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const figures = await tab.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    return { ...window.__bench, domContentLoaded: navigation.domContentLoadedEventStart, visible: document.visibilityState === 'visible' };
  });
  const { requests, at } = await requestsOf(tab, log.slice(from));
  return {
    ...figures,
    requests,
    scriptEnd: Math.max(at('loader', 'responseEnd') || 0, at('full.js', 'responseEnd') || 0),
    chunkStart: at('chunk', 'startTime'),
    chunkEnd: at('chunk', 'responseEnd'),
    feedStart: at('feed', 'startTime'),
    feedEnd: at('feed', 'responseEnd'),
  };
}

/**
 * Dates the stored last good state of `src` (written by an earlier load of this context), as the
 * next load should find it: `ageMs` old. Run on the same-origin blank page between loads.
 */
async function ageStoredState({ tab }, src, ageMs) {
  const found = await tab.evaluate(
    (suffix, age) => {
      const key = Object.keys(localStorage).find((name) => name.endsWith(`${suffix}:last`));
      if (!key) return false;
      const now = Date.now();
      const state = JSON.parse(localStorage.getItem(key));
      // nextAt: the next poll as that poll would have scheduled it (60 s interval, jitter 48–72 s).
      localStorage.setItem(key, JSON.stringify({ ...state, checkedAt: now - age, receivedAt: now - age, nextAt: now - age + 50_000 }));
      return true;
    },
    origin + src,
    ageMs,
  );
  if (!found) throw new Error(`bench: no stored state for ${src} to age`);
}

/**
 * A load in a new browser context, closed afterwards: empty cache, empty storage. `network`: the
 * DevTools network emulation (latency per request, bandwidth), where the loader's extra request
 * in series costs what it would on a real connection; 127.0.0.1 hides it.
 */
async function coldLoad(measure, path, network) {
  const opened = await openTab();
  if (network) await opened.tab.emulateNetworkConditions(network);
  try {
    return await measure(opened, path);
  } finally {
    await opened.context.close();
  }
}

/** Then the tab waits on a blank page, so that nothing of the last page (a poll timer) runs into the next load. */
async function between(opened) {
  await opened.tab.goto(`${origin}/blank.html`);
}

const warmClear = await openTab();
const warmIncident = await openTab();
// Prime the two warm contexts: each script in the HTTP cache, the last good state stored.
await allClearLoad(warmClear, '/clear.html');
await bannerLoad(warmIncident, '/incident.html');
await bannerLoad(warmIncident, '/incident-full.html');
await between(warmClear);
await between(warmIncident);

// The last good state's age for each warm case: older than the 60 s interval, so the feed is
// revalidated at once; or a few seconds, a reload, which asks the feed nothing until it is due.
const STALE_MS = 2 * MINUTE;
const FRESH_MS = 5_000;

/** A load in a warm context, which then waits on the blank page; `stored` ([src, age]) dates the stored state first. */
function warmLoad(opened, measure, path, stored) {
  return async () => {
    if (stored) await ageStoredState(opened, ...stored);
    try {
      return await measure(opened, path);
    } finally {
      await between(opened);
    }
  };
}

/** Every variant, by case: loaded in turn, one of each per round. */
const VARIANTS = {
  'clear-none-cold': () => coldLoad(allClearLoad, '/plain.html'),
  'clear-cold': () => coldLoad(allClearLoad, '/clear.html'),
  'clear-none-warm': warmLoad(warmClear, allClearLoad, '/plain.html'),
  'clear-warm': warmLoad(warmClear, allClearLoad, '/clear.html', [CLEAR_SRC, STALE_MS]),
  'clear-reload': warmLoad(warmClear, allClearLoad, '/clear.html', [CLEAR_SRC, FRESH_MS]),
  'stored-static': warmLoad(warmIncident, bannerLoad, '/static.html'),
  'stored-loader': warmLoad(warmIncident, bannerLoad, '/incident.html', [INCIDENT_SRC, FRESH_MS]),
  'stored-full': warmLoad(warmIncident, bannerLoad, '/incident-full.html', [INCIDENT_SRC, FRESH_MS]),
  'first-loader': () => coldLoad(bannerLoad, '/incident.html'),
  'first-full': () => coldLoad(bannerLoad, '/incident-full.html'),
  'first-loader-4g': () => coldLoad(bannerLoad, '/incident.html', PredefinedNetworkConditions[NETWORK]),
  'first-full-4g': () => coldLoad(bannerLoad, '/incident-full.html', PredefinedNetworkConditions[NETWORK]),
};

async function loads() {
  const names = Object.keys(VARIANTS);
  const results = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 0; run < WARMUP + RUNS; run++) {
    // Interleaved, in alternating order, so that a slow moment of a busy machine lands on every variant alike.
    for (const name of run % 2 ? [...names].reverse() : names) {
      const figures = await VARIANTS[name]();
      if (run >= WARMUP) results[name].push(figures);
    }
    if (Date.now() - started > MAX_LOAD_SECONDS * 1000) break;
  }
  return results;
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function polls() {
  const { context, tab, cdp } = await openTab();
  await cdp.send('HeapProfiler.enable');
  await tab.goto(`${origin}/polls.html`, { waitUntil: 'load' });
  const settle = async (count) => {
    await tab.waitForFunction(
      (n) => window.__polls.count >= n && !window.__polls.running && customElements.get('status-banner') !== undefined,
      { timeout: 120_000, polling: 100 },
      count,
    );
    // The last poll's snapshot and render land in the next tasks.
    await new Promise((resolve) => setTimeout(resolve, 200));
  };
  await settle(POLL_WARMUP);
  const before = await heapUsed(cdp);
  const start = Date.now();
  await tab.evaluate((n) => window.__resume(n), POLL_WARMUP + POLLS);
  await settle(POLL_WARMUP + POLLS);
  const seconds = (Date.now() - start) / 1000;
  const after = await heapUsed(cdp);
  const state = await tab.evaluate(() => ({
    ...window.__polls,
    title: document.querySelector('status-banner')?.shadowRoot?.querySelector('[part="title"]')?.textContent,
  }));
  await context.close();
  return { before, after, seconds, state };
}

/** Linear interpolation between the closest ranks; NaN (a step that did not happen) is left out. */
function quantile(values, q) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const rank = (sorted.length - 1) * q;
  const low = Math.floor(rank);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (rank - low);
}
const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const values = (list, key) => list.map((entry) => (typeof key === 'function' ? key(entry) : entry[key]));
const median = (list, key) => quantile(values(list, key), 0.5);
/** Median and interquartile range: "12.3 (10.1–14.0)". */
const spread = (list, key, digits = 1) =>
  `${fmt(median(list, key), digits)} (${fmt(quantile(values(list, key), 0.25), digits)}–${fmt(quantile(values(list, key), 0.75), digits)})`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const KIND_ORDER = ['page', 'loader', 'full.js', 'feed', 'chunk'];
/** One load's requests as "page 200 1.2 KB · loader cache", in a fixed order. */
function describeRequests(requests, withBytes = true) {
  return [...requests]
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .map(({ kind, status, bytes }) => `${kind} ${status}${withBytes && bytes ? ` ${kb(bytes)}` : ''}`)
    .join(' · ');
}

/** Requests per load: the most common list (with one such load's bytes), and the loads that differed. */
function requestSummary(list) {
  const counts = new Map();
  for (const { requests } of list) {
    const shape = describeRequests(requests, false);
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  const [[usual]] = [...counts].sort((a, b) => b[1] - a[1]);
  const { requests } = list.find((entry) => describeRequests(entry.requests, false) === usual);
  return {
    total: requests.length,
    network: requests.filter(({ status }) => status !== 'cache').length,
    line: describeRequests(requests),
    others: [...counts].filter(([shape]) => shape !== usual).map(([shape, count]) => `${count}× ${shape}`),
    bytes: median(list, (entry) => entry.requests.reduce((sum, { bytes }) => sum + bytes, 0)),
  };
}
/** Ratios of the banner times of `list` to `base`, load by load: each pair ran in the same round. */
const paired = (list, base) => list.map((entry, index) => ({ ratio: entry.banner / base[index].banner }));
const requestCell = (list) => {
  const { total, network } = requestSummary(list);
  return `${total} (${network})`;
};

/** A Markdown table, aligned for the terminal. */
function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) =>
    `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

function printRequests(cases, results) {
  for (const [name, label] of cases) {
    const { line, others } = requestSummary(results[name]);
    console.log(`  ${label}: ${line}${others.length ? `; other loads: ${others.join('; ')}` : ''}`);
  }
}

const verdict = (ok) => (ok ? 'met' : 'MISSED');
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

try {
  const version = await browser.version();
  const loadBefore = loadAverage();
  const results = await loads();
  const pollResults = await polls();
  const n = results['clear-none-warm'].length;
  const gzipped = (name) => kb(gzipSync(files.get(name), { level: 9 }).length);

  console.log(
    `status-banner bench: ${version}, Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'})`,
  );
  console.log(`load average (1, 5, 15 min) at start ${loadBefore}, at end ${loadAverage()}`);
  console.log(
    `dist (min / gzip -9): ${LOADER} ${kb(files.get(LOADER).length)} / ${gzipped(LOADER)}, ${CHUNK} ${kb(files.get(CHUNK).length)} / ${gzipped(CHUNK)}, ` +
      `${FULL} ${kb(files.get(FULL).length)} / ${gzipped(FULL)}; served gzip-encoded`,
  );
  console.log(
    `median (interquartile range) of ${n} loads per variant after ${WARMUP} warm-up rounds, all variants interleaved; times in ms\n`,
  );

  // 1. All clear.
  console.log('1. ALL CLEAR: main-thread CPU time of the whole document (DevTools Performance.getMetrics, thread ticks)');
  const clearCases = [
    ['clear-none-cold', 'no script, cold', 'clear-none-cold'],
    ['clear-cold', 'loader, cold', 'clear-none-cold'],
    ['clear-none-warm', 'no script, warm', 'clear-none-warm'],
    ['clear-warm', 'loader, warm (feed 304)', 'clear-none-warm'],
    ['clear-reload', 'loader, reload (fresh stored state)', 'clear-none-warm'],
  ];
  const clearRows = [['page', 'script', 'all tasks', 'tasks over no script', 'requests (network)', 'bytes transferred']];
  for (const [name, label, base] of clearCases) {
    const list = results[name];
    clearRows.push([
      label,
      spread(list, 'script', 2),
      spread(list, 'task', 2),
      name === base ? '' : fmt(median(list, 'task') - median(results[base], 'task'), 2),
      requestCell(list),
      kb(requestSummary(list).bytes),
    ]);
  }
  console.log(table(clearRows));
  console.log(
    '  script: ScriptDuration + V8CompileDuration; all tasks: TaskDuration (parsing, style, layout, paint included); cold: a new browser context',
  );
  printRequests(clearCases, results);
  const chunkOnClear = clearCases.some(([name]) =>
    results[name].some((entry) => entry.defined || entry.requests.some(({ kind }) => kind === 'chunk')),
  );
  if (chunkOnClear) console.log('  warning: the element chunk was requested on an all-clear page');

  // 2. Stored incident.
  const storedCases = [
    ['stored-static', 'static banner'],
    ['stored-loader', 'loader, chunk from cache'],
    ['stored-full', 'full.js from cache'],
  ];
  const staticLoads = results['stored-static'];
  console.log(
    '\n2. STORED INCIDENT: reload, HTTP cache warm, localStorage holds a fresh last good state with an incident; from navigation start',
  );
  const storedRows = [
    [
      'page',
      'banner',
      '/ static',
      'paired / static',
      'DCL',
      'chunk start',
      'preload load',
      'defined',
      'banner frame',
      'FCP',
      'long tasks',
      'CLS',
      'requests (network)',
    ],
  ];
  for (const [name, label] of storedCases) {
    const list = results[name];
    storedRows.push([
      label,
      spread(list, 'banner'),
      fmt(median(list, 'banner') / median(staticLoads, 'banner'), 2),
      name === 'stored-static' ? '' : spread(paired(list, staticLoads), 'ratio', 2),
      fmt(median(list, 'domContentLoaded')),
      fmt(median(list, 'chunkStart')),
      fmt(median(list, 'preloaded')),
      fmt(median(list, 'defined')),
      spread(list, 'bannerFrame', 0),
      fmt(median(list, 'fcp')),
      String(Math.max(...values(list, 'longTasks'))),
      fmt(Math.max(...values(list, 'cls')), 4),
      requestCell(list),
    ]);
  }
  console.log(table(storedRows));
  console.log(
    '  banner: the end of the main-thread rendering of the first frame that lays the banner out; paired: the ratio within each round',
  );
  console.log(
    '  preload load: the modulepreload link’s load event (chunk fetched, SHA-384 checked); defined: <status-banner> defined; banner frame: 1 = the page’s first frame',
  );
  printRequests(storedCases, results);
  // The page is on screen without the banner when a frame with content was painted before the banner's frame.
  const withoutBanner = (list) => list.filter((entry) => entry.bannerFrame > 1 && entry.fcp < entry.banner).length;
  console.log(
    `  painted without the banner first (content painted in a frame before the banner's): loader ${withoutBanner(results['stored-loader'])}/${n} loads, ` +
      `full.js ${withoutBanner(results['stored-full'])}/${n}, static ${withoutBanner(staticLoads)}/${n}`,
  );

  // 3. First visit.
  console.log('\n3. FIRST VISIT DURING AN INCIDENT: new browser context (empty cache, empty storage); from navigation start');
  const firstCases = [
    ['first-loader', 'loader + chunk, 127.0.0.1', 'first-full'],
    ['first-full', 'full.js, 127.0.0.1', 'first-full'],
    ['first-loader-4g', `loader + chunk, ${NETWORK}`, 'first-full-4g'],
    ['first-full-4g', `full.js, ${NETWORK}`, 'first-full-4g'],
  ];
  const firstRows = [
    [
      'page',
      'banner',
      '/ full.js',
      'paired / full.js',
      'script end',
      'DCL',
      'feed start',
      'feed end',
      'chunk start',
      'chunk end',
      'defined',
      'requests (network)',
      'bytes',
    ],
  ];
  for (const [name, label, base] of firstCases) {
    const list = results[name];
    firstRows.push([
      label,
      spread(list, 'banner'),
      fmt(median(list, 'banner') / median(results[base], 'banner'), 2),
      name === base ? '' : spread(paired(list, results[base]), 'ratio', 2),
      fmt(median(list, 'scriptEnd')),
      fmt(median(list, 'domContentLoaded')),
      fmt(median(list, 'feedStart')),
      fmt(median(list, 'feedEnd')),
      fmt(median(list, 'chunkStart')),
      fmt(median(list, 'chunkEnd')),
      fmt(median(list, 'defined')),
      requestCell(list),
      kb(requestSummary(list).bytes),
    ]);
  }
  console.log(table(firstRows));
  printRequests(firstCases.slice(0, 2), results);
  // Step by step, load by load (medians of the differences, not differences of the medians).
  console.log('  steps, load by load:');
  for (const [name, label] of firstCases) {
    const list = results[name];
    // The banner can be drawn once both the element and the feed are there.
    const ready = (entry) => Math.max(entry.defined, entry.feedEnd);
    console.log(
      `    ${label}: feed request ${spread(list, (entry) => entry.feedStart - entry.domContentLoaded)} after DOMContentLoaded` +
        (name.startsWith('first-loader')
          ? `; chunk request ${spread(list, (entry) => entry.chunkStart - entry.feedEnd)} after the feed's response, defined ${spread(list, (entry) => entry.defined - entry.chunkEnd)} after the chunk's`
          : '') +
        `; banner ${spread(list, (entry) => entry.banner - ready(entry))} after both element and feed are there`,
    );
  }
  const hidden = Object.values(results)
    .flat()
    .filter((entry) => entry.visible === false).length;
  if (hidden) console.log(`  warning: ${hidden} loads ran in a hidden tab`);

  // Heap.
  const growth = pollResults.after - pollResults.before;
  console.log(
    `\nHEAP: ${POLLS} polls through the loader's poller and the element chunk (each a new body: parsed, selected, rendered) in ${fmt(pollResults.seconds)} s (${fmt(POLLS / pollResults.seconds, 0)} per s), ` +
      `${pollResults.state.changes} model changes; JS heap after GC: ${kb(pollResults.before)} after ${POLL_WARMUP} polls → ${kb(pollResults.after)} after ${POLL_WARMUP + POLLS}: ` +
      `growth ${growth >= 0 ? '+' : ''}${kb(growth)}`,
  );
  if (pollResults.state.changes < POLL_WARMUP + POLLS || !pollResults.state.title)
    console.log('  warning: not every poll reached the banner; the heap figure covers fewer renders');

  // Verdicts: informational.
  const clearScript = Math.max(...['clear-cold', 'clear-warm', 'clear-reload'].map((name) => median(results[name], 'script')));
  // The verdict takes the paired ratio: the two loads of a pair run back to back, so that a slow
  // moment of the machine weighs on both; the ratio of the medians pairs loads of different rounds.
  const storedRatio = median(paired(results['stored-loader'], staticLoads), 'ratio');
  const storedRatioOfMedians = median(results['stored-loader'], 'banner') / median(staticLoads, 'banner');
  console.log('\ntargets (informational, never an exit code):');
  console.log(
    `  all clear: script ${fmt(clearScript, 2)} ms (the worst median of cold, warm, reload) < ${TARGETS.allClearScriptMs} ms ${verdict(clearScript < TARGETS.allClearScriptMs)}; ` +
      `no chunk requested ${verdict(!chunkOnClear)}`,
  );
  console.log(
    `  stored incident: loader / static, paired ${fmt(storedRatio, 2)} ≤ ${TARGETS.storedRatio} ${verdict(storedRatio <= TARGETS.storedRatio)} ` +
      `(ratio of the medians ${fmt(storedRatioOfMedians, 2)}); banner in frame ${fmt(median(results['stored-loader'], 'bannerFrame'), 0)} against the static page's ${fmt(median(staticLoads, 'bannerFrame'), 0)}`,
  );
  console.log(
    `  first visit: loader + chunk / full.js ${fmt(median(results['first-loader'], 'banner') / median(results['first-full'], 'banner'), 2)} on 127.0.0.1, ` +
      `${fmt(median(results['first-loader-4g'], 'banner') / median(results['first-full-4g'], 'banner'), 2)} on ${NETWORK} (reported, no target)`,
  );
  console.log(`  heap growth ${kb(growth)} ≤ 1 MB ${verdict(growth <= TARGETS.heapBytes)}`);
  console.log(`\n(${fmt((Date.now() - started) / 1000)} s in all)`);
} finally {
  await browser.close();
  server.close();
}
