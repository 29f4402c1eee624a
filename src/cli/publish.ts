import { spawn } from 'node:child_process';
import path from 'node:path';
import { LockTimeoutError, NotPublishedError } from './errors.js';
import { withLock } from './lock.js';

/** A publish still running after this long is stopped and reported as failed: a hung upload must not hold the night. */
export const PUBLISH_TIMEOUT_MS = 120_000;

/** Another command's publish may take up to its whole timeout. */
const PUBLISH_LOCK_WAIT_MS = PUBLISH_TIMEOUT_MS + 15_000;

export interface ShellOutcome {
  /** The exit code, or null when a signal ended it or it never started. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Why it could not be started (spawn error), if so. */
  startError?: string;
  ms: number;
}

/**
 * Runs `command` to make the feed at `target` live, and reports the outcome on stderr; throws
 * NotPublishedError when it fails. The feed is already written: the operator must know that the
 * change is local only.
 *
 * Publishes run one at a time, under a second lock beside the feed, outside the feed's own lock.
 * Each publish ships the file as it is when it starts, and every write is followed by its own
 * publish; serialised, the last publish to finish is also the last to start, after the last
 * write, so an older file never lands last on the host (two concurrent uploads could: the one
 * that read the older file may finish second). Writes do not wait for uploads, and two
 * `git commit`s never race in one repository.
 */
export async function publishFeed(target: string, command: string): Promise<void> {
  const name = path.basename(target);
  let outcome: ShellOutcome;
  try {
    outcome = await withLock({ resource: `${target}.publish`, activity: `publishing ${target}`, waitMs: PUBLISH_LOCK_WAIT_MS }, () =>
      runShellCommand(command, target, PUBLISH_TIMEOUT_MS),
    );
  } catch (error) {
    if (error instanceof LockTimeoutError) {
      throw new NotPublishedError(
        `${name} written locally, not published: another status-banner command was still publishing after ${PUBLISH_LOCK_WAIT_MS / 1000} s; run status-banner publish`,
      );
    }
    throw error;
  }
  const which = commandName(command);
  if (outcome.code === 0) {
    process.stderr.write(`published ${name} in ${(outcome.ms / 1000).toFixed(1)} s (${which})\n`);
    return;
  }
  throw new NotPublishedError(
    `${name} written locally, not published: the publish command (${which}) ${describeFailure(outcome)}; fix it, then run status-banner publish`,
  );
}

/**
 * `git …` for `git add status.json && git push`: enough to recognise the command, without
 * echoing arguments that may carry a token into terminal scrollback or CI logs.
 */
export function commandName(command: string): string {
  const [program = '', ...rest] = command.trim().split(/\s+/);
  return rest.length ? `${program} …` : program;
}

/**
 * Runs `command` with `sh -c` (`cmd.exe` on Windows), so that one command line works whatever
 * the operator's login shell: in the feed's folder, with STATUS_BANNER_FILE naming the feed. Its
 * output goes to stderr, so that stdout keeps only what the CLI itself prints (a new id).
 */
export function runShellCommand(command: string, target: string, timeoutMs: number): Promise<ShellOutcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      cwd: path.dirname(target),
      env: { ...process.env, STATUS_BANNER_FILE: target },
      stdio: ['ignore', process.stderr, process.stderr],
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, timeoutMs);
    const finish = (code: number | null, signal: NodeJS.Signals | null, startError?: string) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, ...(startError && { startError }), ms: Date.now() - started });
    };
    child.once('error', (error: NodeJS.ErrnoException) => finish(null, null, error.code ?? error.message));
    child.once('exit', (code, signal) => finish(code, signal));
  });
}

/** `exited with 7`, `was stopped after 120 s without finishing`, `was killed by SIGKILL`, `could not start (ENOENT)`. */
export function describeFailure(outcome: ShellOutcome): string {
  if (outcome.startError) return `could not start (${outcome.startError})`;
  if (outcome.timedOut) return `was stopped after ${Math.round(outcome.ms / 1000)} s without finishing`;
  if (outcome.signal) return `was killed by ${outcome.signal}`;
  return `exited with ${outcome.code}`;
}
