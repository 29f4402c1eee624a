// `node scripts/bench-emergency.js [RUNS]`: the emergency path, end to end, as an operator lives it.
// For each run: a fresh kit (`status-banner init`, all clear) served by `status-banner preview`,
// whose page holds `<status-banner interval=10>`, open in headless Chromium (puppeteer-core,
// scripts/chrome.js) until its first poll has landed; then `status-banner open …` runs as a child
// process, and the script times (1) the command until status.json is written (the process exits)
// and (2) from there until the banner is painted in the open page. (2) depends on where the page
// is in its poll cycle when the file changes, so the runs start at random phases and the median is
// about half the interval. Needs `npm run build` (dist/cli/main.js and the browser bundles).
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, MISSING_BROWSER_MESSAGE } from './chrome.js';

const RUNS = Number(process.argv[2] ?? 7);
const CLI = path.resolve('dist/cli/main.js');
const run = promisify(execFile);

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** `status-banner preview` on a free port; resolves with its URL and a stop function. */
async function startPreview(dir) {
  const child = spawn(process.execPath, [CLI, 'preview', '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
  const url = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}`)));
  });
  return { url, stop: () => new Promise((resolve) => child.once('exit', resolve).kill('SIGINT')) };
}

const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS });
const written = [];
const visible = [];
try {
  for (let index = 0; index < RUNS; index++) {
    const dir = await mkdtemp(path.join(tmpdir(), 'status-banner-bench-'));
    await run(process.execPath, [CLI, 'init', dir]);
    const preview = await startPreview(dir);
    const page = await browser.newPage();
    try {
      const firstPoll = page.waitForResponse((response) => response.url().endsWith('/status.json'));
      await page.goto(preview.url);
      await firstPoll;
      // A random phase in the poll cycle, as an incident would find it.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10_000));

      const start = performance.now();
      await run(
        process.execPath,
        [CLI, 'open', '--title', 'API errors', '--message', 'We are investigating errors on the API.', '--eta', '45m'],
        { cwd: dir },
      );
      const fileWritten = performance.now();
      await page.waitForFunction(() => document.querySelector('status-banner')?.shadowRoot?.querySelector('[part="banner"]'), {
        polling: 'raf',
        timeout: 30_000,
      });
      const shown = performance.now();

      written.push(fileWritten - start);
      visible.push(shown - fileWritten);
      console.log(
        `run ${index + 1}: open → file written ${(fileWritten - start).toFixed(0)} ms, file → banner visible ${((shown - fileWritten) / 1000).toFixed(2)} s`,
      );
    } finally {
      await page.close();
      await preview.stop();
      await rm(dir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
console.log(
  `median of ${RUNS}: open → file written ${median(written).toFixed(0)} ms; file → banner visible (interval=10) ${(median(visible) / 1000).toFixed(2)} s; max ${(Math.max(...visible) / 1000).toFixed(2)} s`,
);
