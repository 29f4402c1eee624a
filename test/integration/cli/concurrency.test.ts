import { once } from 'node:events';
import { realpath } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { LockTimeoutError } from '../../../src/cli/errors.js';
import { withLock } from '../../../src/cli/lock.js';
import { feedFolder, holdLock, spawnCli, type CliResult, type FeedFolder } from './helpers.js';

/** Runs `count` commands at the same moment; resolves when all have exited. */
function together(folder: FeedFolder, count: number, args: (index: number) => string[]): Promise<CliResult[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => folder.run(...args(index))));
}

/** The stderr of every command that did not exit 0: a refused change is lost to the operator too. */
const failures = (results: CliResult[]) => results.filter((result) => result.code !== 0).map((result) => result.stderr.trim());

// Each pair starts two processes at once on one file. The assertions are on the final file and the
// exit codes only, never on timing: whoever wins the race, every change must be there.
describe('commands run at the same moment on one feed', () => {
  it('50 pairs of open lose no incident', { timeout: 60_000 }, async () => {
    const folder = await feedFolder();
    const results: CliResult[] = [];
    for (let pair = 0; pair < 50; pair += 1) {
      results.push(...(await together(folder, 2, (index) => ['open', '--title', `Pair ${pair} ${index}`, '--message', 'Down.'])));
    }
    const ids = new Set((await folder.feed()).incidents!.map((incident) => incident.id));
    const lost = results.filter((result) => result.code === 0 && !ids.has(result.stdout.trim()));
    expect({ failed: failures(results), lost: lost.length }).toEqual({ failed: [], lost: 0 });
    expect(ids.size).toBe(102);
  });

  it('50 pairs of update on one incident lose no update', { timeout: 60_000 }, async () => {
    const folder = await feedFolder();
    const runs: { message: string; result: CliResult }[] = [];
    for (let pair = 0; pair < 50; pair += 1) {
      const messages = [`Pair ${pair}, first.`, `Pair ${pair}, second.`];
      const results = await together(folder, 2, (index) => ['update', 'api-down', '--message', messages[index]!]);
      runs.push(...results.map((result, index) => ({ message: messages[index]!, result })));
    }
    const kept = new Set((await folder.feed()).incidents![0]!.updates!.map((update) => update.message));
    const lost = runs.filter(({ message, result }) => result.code === 0 && !kept.has(message));
    expect({ failed: failures(runs.map((run) => run.result)), lost: lost.length }).toEqual({ failed: [], lost: 0 });
    expect(kept.size).toBe(101);
  });

  it('10 opens at once all land, each with its own id', { timeout: 30_000 }, async () => {
    const folder = await feedFolder();
    const results = await together(folder, 10, (index) => ['open', '--title', 'API errors', '--message', `Report ${index}.`]);
    expect(failures(results)).toEqual([]);
    const created = new Set(results.map((result) => result.stdout.trim()));
    expect(created.size).toBe(10);
    const ids = new Set((await folder.feed()).incidents!.map((incident) => incident.id));
    expect([...created].filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the lock on the feed', () => {
  it('is taken over from a holder killed with SIGKILL, after a wait the command reports', { timeout: 30_000 }, async () => {
    const folder = await feedFolder();
    const holder = await holdLock(folder.file);
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    const result = await folder.run('open', '--title', 'API errors', '--message', 'Down.');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^waiting for another status-banner command writing .*status\.json \(up to 15 s\)\nopened /);
    expect((await folder.feed()).incidents!.map((incident) => incident.id)).toContain(result.stdout.trim());
  });

  it('makes a command wait for a live holder, then apply its change on top', { timeout: 30_000 }, async () => {
    const folder = await feedFolder();
    const before = await folder.bytes();
    const holder = await holdLock(folder.file);
    const child = spawnCli(['update', 'api-down', '--message', 'Still down.'], { cwd: folder.dir });
    let stderr = '';
    const exited = once(child, 'close');
    // Checked once the command says it waits (it has found the lock taken), not after a fixed time.
    const waiting = new Promise<void>((resolve) =>
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
        if (stderr.includes('\n')) resolve();
      }),
    );
    await Promise.race([waiting, exited]);
    expect(stderr).toMatch(/^waiting for another status-banner command writing /);
    expect(await folder.bytes(), 'written while the lock was held').toBe(before);
    holder.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code, stderr).toBe(0);
    expect((await folder.feed()).incidents![0]!.updates![0]!.message).toBe('Still down.');
  });

  it('gives up after its wait bound with LockTimeoutError, writing nothing', async () => {
    const folder = await feedFolder();
    const holder = await holdLock(folder.file);
    const task = vi.fn(() => Promise.resolve());
    const waiting = withLock({ resource: await realpath(folder.file), activity: 'writing it', waitMs: 300 }, task);
    await expect(waiting).rejects.toThrow(
      new LockTimeoutError('another status-banner command was still writing it after 0.3 s; nothing written, run it again'),
    );
    expect(task).not.toHaveBeenCalled();
    holder.kill('SIGKILL');
  });
});
