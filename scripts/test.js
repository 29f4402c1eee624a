// `npm test`: every test. Builds first so the browser tests exercise the real dist/ bundle.
import { spawnSync } from 'node:child_process';
import { findChrome, MISSING_BROWSER_MESSAGE } from './chrome.js';

if (!findChrome()) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}

const steps = [
  ['npm', ['run', 'build', '--silent']],
  ['npx', ['vitest', 'run']],
  ['npx', ['wtr']],
];
for (const [command, args] of steps) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
