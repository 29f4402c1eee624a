import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { CHROME_ARGS, findChrome, MISSING_BROWSER_MESSAGE } from './scripts/chrome.js';
import { mediaFeaturesPlugin } from './test/browser/fixtures/a11y/media-features-plugin.js';
import { strictPage } from './test/browser/fixtures/strict-page/middleware.js';
import { countReporter } from './test/browser/fixtures/count-reporter.js';
import { fakeTimersPlugin } from './test/browser/fixtures/clock/fake-timers-plugin.js';
import { timeZonePlugin } from './test/browser/fixtures/visual/time-zone-plugin.js';
import { holdsToBaselines } from './test/browser/fixtures/visual/baseline-browser.js';

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}

/**
 * `/__feed?body=…&status=…&header=Name:value[&delay=ms]`: answers the given body, so a test can serve any
 * feed (or any fault) over real HTTP, to the element, to iframes and to the built bundle alike.
 */
async function feedEcho(context, next) {
  if (context.path !== '/__feed') return next();
  const { body = '', status = '200', delay = '0' } = context.query;
  await new Promise((resolve) => setTimeout(resolve, Number(delay)));
  const headers = [context.query.header ?? []].flat();
  for (const header of headers) {
    const colon = header.indexOf(':');
    context.set(header.slice(0, colon), header.slice(colon + 1));
  }
  context.status = Number(status);
  context.type = 'application/json';
  context.body = body;
}

/**
 * Serves the built files under /dist/ byte for byte, as any static host does: the dev server's
 * transforms (module resolution, esbuild) would change them, and the loader pins the element
 * chunk's SHA-384, so a changed byte is (rightly) refused. Under /__tampered/dist/ the same
 * files, with the element chunk altered by one comment, as a compromised CDN would serve it.
 */
async function distVerbatim(context, next) {
  const tampered = context.path.startsWith('/__tampered/dist/');
  const served = tampered ? context.path.slice('/__tampered'.length) : context.path;
  if (!served.startsWith('/dist/') || !served.endsWith('.js')) return next();
  const file = path.join(process.cwd(), path.normalize(served));
  if (!file.startsWith(path.join(process.cwd(), 'dist'))) return next();
  try {
    const bytes = await readFile(file);
    context.body = tampered && served.includes('status-banner-element.') ? Buffer.concat([bytes, Buffer.from('\n/* tampered */')]) : bytes;
    context.type = 'text/javascript';
  } catch {
    context.status = 404;
  }
}

/**
 * `/__real/<file>?date=<ISO instant>`: a real capture from test/fixtures/real/, byte for byte (most
 * are too large for the echo's query string), with `Date` set to the moment under test. The banner
 * corrects its clock from `Date` (src/poll/timing.ts), so a test that sets the page clock to a
 * moment must have the server agree, or the real clock would come back through the correction.
 */
async function realCapture(context, next) {
  const match = /^\/__real\/([\w.-]+\.json)$/.exec(context.path);
  if (!match) return next();
  const body = await readFile(new URL(`./test/fixtures/real/${match[1]}`, import.meta.url)).catch(() => undefined);
  if (!body) {
    context.status = 404;
    return;
  }
  const date = new Date(String(context.query.date ?? ''));
  if (!Number.isNaN(date.getTime())) context.set('Date', date.toUTCString());
  context.set('Cache-Control', 'no-store');
  context.type = 'application/json';
  context.body = body;
}

// `npm run screenshots:update` passes the flag (wtr ignores flags it does not know).
const updateBaselines = process.argv.includes('--update-visual-baseline');
const SCREENSHOTS = 'test/browser/__screenshots__';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [distVerbatim, feedEcho, realCapture, strictPage],
  concurrency: 2,
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    mediaFeaturesPlugin(),
    fakeTimersPlugin(),
    timeZonePlugin(),
    visualRegressionPlugin({
      update: updateBaselines,
      baseDir: SCREENSHOTS,
      // One browser, so no browser level in the paths; failures go beside the baselines, ignored by git.
      getBaselineName: ({ name }) => path.join('baseline', name),
      getDiffName: ({ name }) => path.join('failed', `${name}-diff`),
      getFailedName: ({ name }) => path.join('failed', name),
      // In the browser that made them, pictures match to the pixel: 0.05 % fails, as one changed
      // character moves ~0.7 % of a 320 px picture. In another browser, differences are only saved.
      failureThreshold: holdsToBaselines(executablePath, SCREENSHOTS, updateBaselines) ? 0.05 : 100,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, args: CHROME_ARGS },
      // One window per test file: a background tab is `document.hidden`, and a hidden page
      // rightly makes no requests, which would stall every test that waits for a poll.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
