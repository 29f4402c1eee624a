import { once } from 'node:events';
import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { feedSchema, type Feed } from '../../../src/feed/schema.js';
import { feedFolder, sampleFeed, spawnCli } from './helpers.js';

/** Big enough (~600 KB) that writing it takes a while, so kills land mid-write. */
function largeFeed(): Feed {
  const feed = sampleFeed();
  for (let index = 0; index < 400; index += 1) {
    feed.incidents!.push({
      id: `history-${index}`,
      title: `Past incident ${index}`,
      impact: 'minor',
      status: 'resolved',
      updates: [{ at: '2025-01-01T00:00:00Z', status: 'resolved', message: 'x'.repeat(1400) }],
    });
  }
  return feed;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a write killed at any moment', () => {
  it('never leaves a truncated or invalid status.json', { timeout: 90_000 }, async () => {
    const folder = await feedFolder(largeFeed());
    const update = (index: number) => spawnCli(['update', 'api-down', '--message', `Update ${index}`], { cwd: folder.dir });

    const started = Date.now();
    const [fullRunCode] = await once(update(0), 'exit');
    expect(fullRunCode).toBe(0);
    const fullRunMs = Date.now() - started;

    let completed = 1;
    let killed = 0;
    // Up to 24 runs in about 4 s, and however many more it takes for one to be killed while it runs
    // (a kill can land after the run has exited): a test of killed writes must have killed one. The
    // last bound, below the test's timeout, only turns a machine where no kill ever lands into a
    // failure that says so.
    const deadline = Date.now() + 4_000;
    const giveUp = Date.now() + 75_000;
    for (let index = 1; (index <= 24 && Date.now() < deadline) || (killed === 0 && Date.now() < giveUp); index += 1) {
      const child = update(index);
      const exited = once(child, 'exit');
      if (index % 2) {
        // Most of a run is Node starting up: half the kills strike as soon as the folder shows write activity.
        const watcher = watch(folder.dir);
        await Promise.race([once(watcher, 'change'), exited]);
        watcher.close();
        await sleep(Math.random() * 3);
      } else {
        await sleep(fullRunMs * Math.random() * 1.1);
      }
      child.kill('SIGKILL');
      const [code, signal] = await exited;
      if (signal === 'SIGKILL') killed += 1;
      else {
        // A run that was not killed must have done its write: a refusal (lock timeout, invalid feed) is a failure here.
        expect(code, `run ${index} exit code`).toBe(0);
        completed += 1;
      }

      for (const file of [folder.file, `${folder.file}.prev`]) {
        const result = feedSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        expect(result.success, `${file} after run ${index}`).toBe(true);
      }
    }

    expect(killed, 'runs killed while they ran').toBeGreaterThan(0);
    // Every completed run is in the file exactly once; a killed one at most once (killed after its rename).
    const updates = (await folder.feed()).incidents![0]!.updates!.length - 1;
    expect(updates).toBeGreaterThanOrEqual(completed);
    expect(updates).toBeLessThanOrEqual(completed + killed);
  });
});
