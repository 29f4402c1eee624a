// `npm test`: every test. Builds first so the browser tests exercise the real dist/ bundle, and
// ends with one plain "N passed, N failed" line over both runners.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { findChrome, MISSING_BROWSER_MESSAGE } from './chrome.js';

if (!findChrome()) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}

/** Runs a command, echoing its output as it comes, and resolves with its exit code and output. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output) }));
  });
}

/** The last number a runner printed in the pattern's group. */
function count(output, pattern) {
  const matches = [...output.matchAll(pattern)];
  return Number(matches.at(-1)?.[1] ?? 0);
}

const build = await run('npm', ['run', 'build', '--silent']);
if (build.code !== 0) process.exit(build.code);

const unit = await run('npx', ['vitest', 'run']);
const browser = await run('npx', ['wtr']);
const totals = {
  unit: { passed: count(unit.output, /Tests\s+(?:\d+ failed \| )?(\d+) passed/g), failed: count(unit.output, /Tests\s+(\d+) failed/g) },
  browser: { passed: count(browser.output, /(\d+) passed, \d+ failed/g), failed: count(browser.output, /\d+ passed, (\d+) failed/g) },
};
const failedRun = unit.code !== 0 || browser.code !== 0;
console.log(
  `\nunit (Vitest): ${totals.unit.passed} passed, ${totals.unit.failed} failed; browser (Chromium): ${totals.browser.passed} passed, ${totals.browser.failed} failed`,
);
// A runner that crashed before counting still counts as one failure.
const failed = totals.unit.failed + totals.browser.failed || Number(failedRun);
console.log(`${totals.unit.passed + totals.browser.passed} passed, ${failed} failed`);
process.exit(failedRun ? 1 : 0);
