import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome, MISSING_BROWSER_MESSAGE } from './scripts/chrome.js';
import { mediaFeaturesPlugin } from './test/browser/fixtures/a11y/media-features-plugin.js';
import { strictPage } from './test/browser/fixtures/strict-page/middleware.js';
import { fakeTimersPlugin } from './test/browser/fixtures/clock/fake-timers-plugin.js';

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}

/**
 * `/__feed?body=…&status=…&header=Name:value`: answers the given body, so a test can serve any
 * feed (or any fault) over real HTTP, to the element, to iframes and to the built bundle alike.
 */
async function feedEcho(context, next) {
  if (context.path !== '/__feed') return next();
  const { body = '', status = '200' } = context.query;
  const headers = [context.query.header ?? []].flat();
  for (const header of headers) {
    const colon = header.indexOf(':');
    context.set(header.slice(0, colon), header.slice(colon + 1));
  }
  context.status = Number(status);
  context.type = 'application/json';
  context.body = body;
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [feedEcho, strictPage],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), mediaFeaturesPlugin(), fakeTimersPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, args: CHROME_ARGS },
      // One window per test file: a background tab is `document.hidden`, and a hidden page
      // rightly makes no requests, which would stall every test that waits for a poll.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
