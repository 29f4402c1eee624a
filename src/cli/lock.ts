import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import { InputError, LockTimeoutError } from './errors.js';

/**
 * A lock not refreshed for this long belongs to a holder that died (SIGKILL, power loss, a closed
 * laptop) and is taken over, so a crash never blocks the next operator for more than this.
 */
const STALE_MS = 5_000;
/** A live holder refreshes its lock this often: it would have to freeze for 4 s to be mistaken for a dead one. */
const REFRESH_MS = 1_000;
/** Between two attempts, a random pause, so that waiters do not retry in step. */
const RETRY_MS = { min: 5, max: 25 };

export interface LockSpec {
  /**
   * What the lock is named after, already resolved (symlinks followed) so that every path to the
   * feed shares one lock; proper-lockfile creates `RESOURCE.lock` beside it.
   */
  resource: string;
  /** For the messages: what the holder is doing to which file, e.g. `writing /srv/www/status.json`. */
  activity: string;
  /** How long to wait for another holder before giving up with LockTimeoutError. */
  waitMs: number;
}

export interface HeldLock {
  /** Throws when the lock was lost (taken over as stale): call it right before each write. */
  assertHeld(): void;
}

/**
 * Runs `task` holding an inter-process lock on `resource` (proper-lockfile: a `.lock` directory
 * beside it, created atomically with mkdir, refreshed while held, taken over when stale). Waits at
 * most `waitMs` for another holder, saying so on stderr once. The lock is released however `task` ends.
 */
export async function withLock<Result>(spec: LockSpec, task: (lock: HeldLock) => Promise<Result>): Promise<Result> {
  let lost: Error | undefined;
  const release = await acquire(spec, (error) => (lost = error));
  const lock: HeldLock = {
    assertHeld() {
      if (lost) throw new Error(`lost the lock on ${spec.resource} (${lost.message}); nothing more written`);
    },
  };
  try {
    return await task(lock);
  } finally {
    // A lost lock is no longer ours to remove: the command that took it over holds it now.
    if (!lost) await release();
  }
}

async function acquire(spec: LockSpec, onCompromised: (error: Error) => void): Promise<() => Promise<void>> {
  const deadline = Date.now() + spec.waitMs;
  let waiting = false;
  for (;;) {
    try {
      // No retries inside proper-lockfile: this loop owns the deadline and the message.
      return await lockfile.lock(spec.resource, { realpath: false, stale: STALE_MS, update: REFRESH_MS, retries: 0, onCompromised });
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
        throw new InputError(
          `cannot lock ${spec.resource} (${code}): its folder must be writable, for the lock, the .prev copy and the atomic replace; nothing written`,
        );
      }
      if (code !== 'ELOCKED') throw error;
    }
    if (Date.now() >= deadline) {
      throw new LockTimeoutError(
        `another status-banner command was still ${spec.activity} after ${spec.waitMs / 1000} s; nothing written, run it again`,
      );
    }
    if (!waiting) {
      waiting = true;
      process.stderr.write(`waiting for another status-banner command ${spec.activity} (up to ${spec.waitMs / 1000} s)\n`);
    }
    await sleep(RETRY_MS.min + Math.random() * (RETRY_MS.max - RETRY_MS.min));
  }
}
