// `npm test`: every test. Builds first so the browser tests exercise the real dist/ files, runs
// the Vitest tiers (unit, integration) and the browser tier (@web/test-runner in Chromium), and
// ends with one plain "N passed, N failed" line from the runners' own reports.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome, MISSING_BROWSER_MESSAGE } from './chrome.js';

if (!findChrome()) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}

const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
/** A runner's report, or one failure when it crashed before writing one. */
function readReport(file, read) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 1 };
  }
}

if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
const reports = mkdtempSync(join(tmpdir(), 'status-banner-test-'));
try {
  const vitestFile = join(reports, 'vitest.json');
  const wtrFile = join(reports, 'wtr.json');
  const codes = [
    run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]),
    run('npx', ['wtr'], { WTR_COUNTS_FILE: wtrFile }),
  ];
  const vitest = readReport(vitestFile, (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests }));
  const browser = readReport(wtrFile, (report) => report);
  console.log(
    `\nVitest (unit + integration): ${vitest.passed} passed, ${vitest.failed} failed; browser (Chromium): ${browser.passed} passed, ${browser.failed} failed`,
  );
  const failedRun = codes.some((code) => code !== 0);
  // A runner that exited non-zero with no failing test counted (a crash, a file that did not load) is one failure.
  const failed = vitest.failed + browser.failed || Number(failedRun);
  console.log(`${vitest.passed + browser.passed} passed, ${failed} failed`);
  process.exitCode = failedRun ? 1 : 0;
} finally {
  rmSync(reports, { recursive: true, force: true });
}
