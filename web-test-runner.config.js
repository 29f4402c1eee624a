import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome, MISSING_BROWSER_MESSAGE } from './scripts/chrome.js';

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
};
