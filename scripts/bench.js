// `npm run bench`: what the script-tag banner costs the page that carries it, in headless Chromium.
//
// A local server on 127.0.0.1 serves dist/status-banner.js and a feed, both with
// `Cache-Control: max-age` and an ETag (so repeat loads take the script from the HTTP cache and
// the feed costs a 304), and the pages below. In ONE run, side by side, loads interleaved:
//   (a) a page with a hand-written static banner (inline, fixed top, fixed bottom);
//   (b) the same page with the script tag (`data-position` inline, top, bottom) and the cached feed.
// Each page measures, from navigation start: the frame in which the banner is first laid out
// (requestAnimationFrame timestamp; the paint follows in that frame), first contentful paint,
// long tasks (PerformanceObserver `longtask`, > 50 ms) and layout shift (sum of `layout-shift`).
// Then (c) one page drives the real poller through 10,000 polls, each a different body (parsed,
// selected and rendered): `fetch` is stubbed in the page and the poll timer runs at once; the JS
// heap is read after a forced GC (DevTools protocol) before and after.
//
// It prints figures and never fails on timing: machines differ. Run `npm run build` first.
/* global window, document -- page.evaluate callbacks run in the page */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, MISSING_BROWSER_MESSAGE } from './chrome.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 2;
const POLLS = Number(process.env.BENCH_POLLS ?? 10_000);
const POLL_WARMUP = 300;
const DEADLINE_MS = 150_000;
const POSITIONS = ['inline', 'top', 'bottom'];
const TARGETS = { ratio: 1.1, longTasks: 0, cls: 0, heapBytes: 1024 * 1024 };

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}

let bundle;
try {
  bundle = readFileSync(new URL('../dist/status-banner.js', import.meta.url));
} catch {
  console.error('bench: dist/status-banner.js is missing; run `npm run build` first.');
  process.exit(1);
}

const started = Date.now();
const iso = (ms) => new Date(ms).toISOString();

/** The feed every (b) page shows: one major incident, identified, with an ETA. */
function feed(now = Date.now()) {
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
        started_at: iso(now - 20 * 60_000),
        updated_at: iso(now - 2 * 60_000),
        expected_resolution_at: iso(now + 40 * 60_000),
        components: ['api'],
        url: 'https://status.acme.example/incidents/42',
        updates: [{ at: iso(now - 2 * 60_000), status: 'identified', message: 'A faulty deploy is being rolled back.' }],
      },
    ],
  };
}
const FEED_BODY = JSON.stringify(feed());

/** Instrumentation, first thing in <head>: the same for every page. */
const PROBE = `<script>
(() => {
  const result = (window.__bench = { banner: 0, fcp: 0, longTasks: 0, longTaskMs: 0, cls: 0 });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) { result.longTasks++; result.longTaskMs += entry.duration; } }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) result.cls += entry.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') result.fcp = entry.startTime; }).observe({ type: 'paint', buffered: true });
  const box = () => document.querySelector('.static-banner') || document.querySelector('status-banner')?.shadowRoot?.querySelector('[part="banner"]');
  // The frame in which the banner is first laid out; a task posted from its requestAnimationFrame
  // callback runs once that frame's rendering (style, layout, paint) is done on the main thread.
  const frame = () => {
    const banner = box();
    if (!banner || banner.getBoundingClientRect().height === 0) return requestAnimationFrame(frame);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      result.banner = performance.now();
      const entries = performance.getEntriesByType('resource');
      const timing = (suffix) => entries.find((entry) => entry.name.endsWith(suffix));
      const [navigation] = performance.getEntriesByType('navigation');
      result.domContentLoaded = navigation?.domContentLoadedEventStart ?? 0;
      result.scriptEnd = timing('/status-banner.js')?.responseEnd ?? 0;
      result.feedStart = timing('/feed.json')?.startTime ?? 0;
      result.feedEnd = timing('/feed.json')?.responseEnd ?? 0;
    };
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
  box-shadow: 0 1px 4px rgb(0 0 0 / .18); font: .9375rem/1.45 system-ui, sans-serif; }
.static-banner.top, .static-banner.bottom { position: fixed; inset-inline: 0; z-index: 2147483000; }
.static-banner.top { top: 0; } .static-banner.bottom { bottom: 0; }
.static-banner p { margin: 0; } .static-banner .state { margin-inline-start: .5em; padding: 0 .45em; border: 1px solid; border-radius: 999px; color: #b42318; font-size: .85em; font-weight: 600; }
</style>`;

/** (a): the banner written by hand into the page, as a site without the widget would. */
function staticPage(position) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>(a) static ${position}</title>${PROBE}${PAGE_STYLE}</head><body>
<section class="static-banner ${position}" role="status" aria-label="API errors"><div><p><strong>API errors</strong><span class="state">Identified</span></p>
<p>A faulty deploy is being rolled back.</p><p>Expected to be fixed in 40 minutes · Updated 2 minutes ago</p><p><a href="https://status.acme.example/incidents/42">Details</a></p></div>
<button type="button" aria-label="Dismiss">×</button></section>
${CONTENT}</body></html>`;
}

/** (b): the same page with the script tag instead. */
function scriptPage(position) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>(b) script ${position}</title>${PROBE}${PAGE_STYLE}
<script src="/dist/status-banner.js" data-src="/feed.json" data-position="${position}" defer></script></head><body>
${CONTENT}</body></html>`;
}

/**
 * (c): 10,000 polls. Before the bundle: a `fetch` stub that answers each poll with a new body
 * (a new update message, so every poll parses, selects and renders), and a `setTimeout` that runs
 * the poll timer (the feed asks for 600 s: 480–720 s with jitter, a range nothing else here uses)
 * at once through a MessageChannel. `__pauseAt` stops the loop for the heap readings.
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
  const state = (window.__polls = { count: 0, changes: 0, pauseAt: ${POLL_WARMUP}, running: true });
  window.setTimeout = (callback, ms = 0, ...args) => {
    if (typeof callback !== 'function' || !(ms > 400000 && ms < 800000)) return realSetTimeout(callback, ms, ...args);
    const id = nextId++;
    fast.set(id, { callback, args });
    if (state.running) channel.port2.postMessage(id); else paused.push(id);
    return id;
  };
  window.clearTimeout = (id) => (fast.delete(id) ? undefined : realClearTimeout(id));
  window.__resume = (pauseAt) => { state.pauseAt = pauseAt; state.running = true; for (const id of paused.splice(0)) channel.port2.postMessage(id); };
  const base = ${FEED_BODY};
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    if (!String(input).endsWith('/feed.json')) return realFetch(input, init);
    state.count++;
    if (state.count >= state.pauseAt) state.running = false;
    const doc = structuredClone(base);
    doc.poll_interval = 600;
    doc.incidents[0].updates[0].message = 'A faulty deploy is being rolled back (poll ' + state.count + ').';
    doc.incidents[0].title = state.count % 2 ? 'API errors' : 'API errors (still)';
    return new Response(JSON.stringify(doc), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  document.addEventListener('status-banner-change', () => state.changes++);
})();
</script>`;

function pollPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>(c) polls</title>${POLL_STUB}
<script src="/dist/status-banner.js" data-src="/feed.json" data-position="top" defer></script></head><body>${CONTENT}</body></html>`;
}

function startServer() {
  const bundleTag = `"${createHash('sha1').update(bundle).digest('hex')}"`;
  const feedTag = `"${createHash('sha1').update(FEED_BODY).digest('hex')}"`;
  const pages = new Map([
    ...POSITIONS.flatMap((position) => [
      [`/a-${position}.html`, staticPage(position)],
      [`/b-${position}.html`, scriptPage(position)],
    ]),
    ['/polls.html', pollPage()],
  ]);
  const counts = { feed200: 0, feed304: 0, bundle200: 0, bundle304: 0 };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const cached = (tag, type, body, key) => {
      response.setHeader('Cache-Control', key === 'feed' ? 'max-age=30' : 'max-age=3600');
      response.setHeader('ETag', tag);
      response.setHeader('Content-Type', type);
      if (request.headers['if-none-match'] === tag) {
        counts[`${key}304`]++;
        response.writeHead(304).end();
      } else {
        counts[`${key}200`]++;
        response.writeHead(200).end(body);
      }
    };
    if (path === '/dist/status-banner.js') return cached(bundleTag, 'text/javascript', bundle, 'bundle');
    if (path === '/feed.json') return cached(feedTag, 'application/json', FEED_BODY, 'feed');
    const page = pages.get(path);
    if (page) return response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page);
    response.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}`, counts })),
  );
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function measureLoad(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.banner > 0, { timeout: 10_000 });
  // Let the entrance animation run and any late shift land before reading.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return page.evaluate(() => ({ ...window.__bench }));
}

async function loads(browser, origin) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const variants = POSITIONS.flatMap((position) => [`a-${position}`, `b-${position}`]);
  const results = Object.fromEntries(variants.map((variant) => [variant, []]));
  for (let run = 0; run < WARMUP + RUNS; run++) {
    // Interleaved, so that a slow moment of a busy machine lands on every variant alike.
    for (const variant of run % 2 ? [...variants].reverse() : variants) {
      const figures = await measureLoad(page, `${origin}/${variant}.html`);
      if (run >= WARMUP) results[variant].push(figures);
    }
    if (Date.now() - started > DEADLINE_MS / 2) break;
  }
  await page.close();
  return results;
}

async function heapUsed(client) {
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  return (await client.send('Runtime.getHeapUsage')).usedSize;
}

async function polls(browser, origin) {
  const page = await browser.newPage();
  const client = await page.createCDPSession();
  await client.send('HeapProfiler.enable');
  await page.goto(`${origin}/polls.html`, { waitUntil: 'load' });
  const settle = async (count) => {
    await page.waitForFunction(
      (n) => window.__polls.count >= n && !window.__polls.running,
      { timeout: DEADLINE_MS - (Date.now() - started), polling: 100 },
      count,
    );
    // The last poll's snapshot and render land in the next tasks.
    await new Promise((resolve) => setTimeout(resolve, 200));
  };
  await settle(POLL_WARMUP);
  const before = await heapUsed(client);
  const start = Date.now();
  await page.evaluate((n) => window.__resume(n), POLL_WARMUP + POLLS);
  await settle(POLL_WARMUP + POLLS);
  const seconds = (Date.now() - start) / 1000;
  const after = await heapUsed(client);
  const state = await page.evaluate(() => ({
    ...window.__polls,
    title: document.querySelector('status-banner')?.shadowRoot?.querySelector('[part="title"]')?.textContent,
  }));
  await page.close();
  return { before, after, seconds, state };
}

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

const { server, origin, counts } = await startServer();
const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
try {
  const version = await browser.version();
  const loadResults = await loads(browser, origin);
  const pollResults = await polls(browser, origin);

  console.log(
    `status-banner bench: ${version}, Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'})`,
  );
  console.log(
    `dist/status-banner.js ${kb(bundle.length)}; median of ${loadResults['a-top'].length} loads per page after ${WARMUP} warm-up loads; feed requests: ${counts.feed200} × 200, ${counts.feed304} × 304 (revalidated from cache)\n`,
  );
  console.log('position | (a) static banner ms | (b) script tag ms | (b)/(a) | FCP (a) / (b) ms | long tasks (a) / (b) | CLS (a) / (b)');
  console.log('---|---:|---:|---:|---:|---:|---:');
  const summary = {};
  for (const position of POSITIONS) {
    const a = loadResults[`a-${position}`];
    const b = loadResults[`b-${position}`];
    const pick = (list, key) => median(list.map((entry) => entry[key]));
    const ratio = pick(b, 'banner') / pick(a, 'banner');
    const longTasks = (list) => Math.max(...list.map((entry) => entry.longTasks));
    const cls = (list) => Math.max(...list.map((entry) => entry.cls));
    summary[position] = { ratio, longTasks: longTasks(b), cls: cls(b) };
    console.log(
      `${position} | ${fmt(pick(a, 'banner'))} | ${fmt(pick(b, 'banner'))} | ${fmt(ratio, 2)} | ${fmt(pick(a, 'fcp'))} / ${fmt(pick(b, 'fcp'))} | ${longTasks(a)} / ${longTasks(b)} | ${fmt(cls(a), 4)} / ${fmt(cls(b), 4)}`,
    );
  }
  console.log(
    '\nwhere (b) spends it (medians, ms from navigation start): script from cache → DOMContentLoaded (deferred script runs) → feed request → 304 → banner',
  );
  for (const position of POSITIONS) {
    const b = loadResults[`b-${position}`];
    const pick = (key) => fmt(median(b.map((entry) => entry[key])));
    console.log(
      `  ${position}: script ${pick('scriptEnd')}, DOMContentLoaded ${pick('domContentLoaded')}, feed ${pick('feedStart')} → ${pick('feedEnd')}, banner ${pick('banner')}`,
    );
  }
  const growth = pollResults.after - pollResults.before;
  console.log(
    `\nlong tasks and CLS: the worst of all loads. Time to banner: the frame in which it is first laid out, from navigation start.`,
  );
  console.log(
    `\n${POLLS} polls (each a new body: parsed, selected, rendered) in ${fmt(pollResults.seconds)} s (${fmt((POLLS / pollResults.seconds) | 0, 0)} per s), ` +
      `${pollResults.state.changes} model changes applied; JS heap after GC: ${kb(pollResults.before)} after ${POLL_WARMUP} polls → ${kb(pollResults.after)} after ${POLL_WARMUP + POLLS}: ` +
      `growth ${growth >= 0 ? '+' : ''}${kb(growth)}`,
  );
  if (pollResults.state.changes < POLLS || !pollResults.state.title)
    console.log('  warning: not every poll reached the banner; the heap figure covers fewer renders');
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  console.log('\ntargets:');
  for (const position of POSITIONS) {
    const { ratio, longTasks, cls } = summary[position];
    console.log(
      `  ${position}: (b)/(a) ${fmt(ratio, 2)} ≤ ${TARGETS.ratio} ${verdict(ratio <= TARGETS.ratio)}; long tasks ${longTasks} ${verdict(longTasks <= TARGETS.longTasks)}` +
        (position === 'inline'
          ? `; CLS ${fmt(cls, 4)} (in flow: reserve its space, or use top/bottom)`
          : `; CLS ${fmt(cls, 4)} ${verdict(cls <= TARGETS.cls)}`),
    );
  }
  console.log(`  heap growth ${kb(growth)} ≤ 1 MB ${verdict(growth <= TARGETS.heapBytes)}`);
  console.log(`\n(${fmt((Date.now() - started) / 1000)} s in all)`);
} finally {
  await browser.close();
  server.close();
}
