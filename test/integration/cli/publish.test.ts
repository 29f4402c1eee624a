import { execFile } from 'node:child_process';
import { mkdir, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { commandName, describeFailure, runShellCommand } from '../../../src/cli/publish.js';
import { MAX_FEED_BYTES } from '../../../src/feed/limits.js';
import { expectRefused, feedFolder, feedOfSize, runCli, tempDir, type FeedFolder } from './helpers.js';

const execFileAsync = promisify(execFile);
/** Runs git; resolves with its stdout. */
const git = async (args: string[], env: Record<string, string> = {}) =>
  (await execFileAsync('git', args, { env: { ...process.env, ...env } })).stdout;
/** Who commits, without depending on the machine's git configuration. */
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'On-call',
  GIT_AUTHOR_EMAIL: 'oncall@example.com',
  GIT_COMMITTER_NAME: 'On-call',
  GIT_COMMITTER_EMAIL: 'oncall@example.com',
};
const GIT_PUBLISH = 'git add status.json && git commit -qm "status" && git push -q';
const OPEN = ['open', '--title', 'API errors', '--message', 'We are investigating.'];

/** A kit that is a clone of a bare repository, the stand-in for a git-based static host. */
async function gitKit(): Promise<{ cwd: string; kit: string; remote: string }> {
  const cwd = await tempDir();
  const remote = path.join(cwd, 'remote.git');
  const kit = path.join(cwd, 'kit');
  await git(['init', '-q', '--bare', remote]);
  await git(['clone', '-q', remote, kit]);
  expect((await runCli(['init', 'kit'], { cwd })).code).toBe(0);
  await git(['-C', kit, 'add', '-A']);
  await git(['-C', kit, 'commit', '-qm', 'kit'], GIT_ENV);
  await git(['-C', kit, 'push', '-q']);
  return { cwd, kit, remote };
}

const pushed = (remote: string) => git(['--git-dir', remote, 'show', 'HEAD:status.json']);

describe('publishing after a write', () => {
  it('commits and pushes to a git host, and the pushed file is the written one', { timeout: 20_000 }, async () => {
    const { kit, remote } = await gitKit();
    const result = await runCli([...OPEN, '--publish', GIT_PUBLISH], { cwd: kit, env: GIT_ENV });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^\d{4}-\d\d-\d\d-api-errors\n$/);
    expect(result.stderr).toMatch(/^opened .*\npublished status\.json in \d+\.\d s \(git …\)\n$/);
    expect(await pushed(remote)).toBe(await readFile(path.join(kit, 'status.json'), 'utf8'));
    expect(JSON.parse(await pushed(remote)).incidents[0].id).toBe(result.stdout.trim());
  });

  it('takes the command from STATUS_BANNER_PUBLISH, and --publish "" turns it off', { timeout: 20_000 }, async () => {
    const { kit, remote } = await gitKit();
    const before = await pushed(remote);
    const off = await runCli([...OPEN, '--publish', ''], { cwd: kit, env: { ...GIT_ENV, STATUS_BANNER_PUBLISH: GIT_PUBLISH } });
    expect(off.stderr).not.toMatch(/published/);
    expect(await pushed(remote)).toBe(before);
    const on = await runCli(['update', off.stdout.trim(), '--message', 'Rolling back.'], {
      cwd: kit,
      env: { ...GIT_ENV, STATUS_BANNER_PUBLISH: GIT_PUBLISH },
    });
    expect(on.code, on.stderr).toBe(0);
    expect(await pushed(remote)).toBe(await readFile(path.join(kit, 'status.json'), 'utf8'));
  });

  it.each([
    ['false', 'false', 'exited with 1'],
    ['exit 7', 'exit …', 'exited with 7'],
    ['kill -9 $$', 'kill …', 'was killed by SIGKILL'],
  ])('a failing command (%s) exits 3: written locally, not published', async (command, shown, failure) => {
    const folder = await feedFolder();
    const result = await folder.run(...OPEN, '--publish', command);
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/-api-errors\n$/);
    expect(result.stderr).toMatch(
      new RegExp(
        `\\nstatus-banner: status\\.json written locally, not published: the publish command \\(${shown}\\) ${failure}; fix it, then run status-banner publish\\n$`,
      ),
    );
    expect((await folder.feed()).incidents![0]!.id).toBe(result.stdout.trim());
  });

  it('sends the command’s output to stderr: stdout stays the new id', async () => {
    const result = await (await feedFolder()).run(...OPEN, '--publish', 'echo uploading; echo done >&2');
    expect(result.stdout).toMatch(/^\S+-api-errors\n$/);
    expect(result.stderr).toMatch(/\nuploading\ndone\npublished /);
  });

  it('runs in the folder of the real file, with STATUS_BANNER_FILE naming it', async () => {
    const folder = await feedFolder();
    await mkdir(path.join(folder.dir, 'kit'));
    await symlink('../status.json', path.join(folder.dir, 'kit', 'status.json'));
    const result = await runCli(
      [...OPEN, '--file', 'kit/status.json', '--publish', 'pwd > where.txt; echo "$STATUS_BANNER_FILE" >> where.txt'],
      { cwd: folder.dir },
    );
    expect(result.code, result.stderr).toBe(0);
    const real = await realpath(folder.dir);
    expect(await readFile(path.join(folder.dir, 'where.txt'), 'utf8')).toBe(`${real}\n${real}/status.json\n`);
  });

  it('never lets an older file land last when two publishes overlap', { timeout: 20_000 }, async () => {
    // An upload that reads the file, then takes a while when it holds a single new incident: run
    // at once, without serialisation, the first writer's slow upload would land after the second's.
    const folder = await feedFolder();
    const upload = `content=$(cat "$STATUS_BANNER_FILE"); case "$content" in *"Second"*) ;; *) sleep 1 ;; esac; printf '%s\\n' "$content" > published.json`;
    const results = await Promise.all(
      ['First', 'Second'].map(async (title, index) => {
        await new Promise((resolve) => setTimeout(resolve, index * 150));
        return folder.run('open', '--title', title, '--message', 'Down.', '--publish', upload);
      }),
    );
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    expect(await readFile(path.join(folder.dir, 'published.json'), 'utf8')).toBe(await folder.bytes());
  });
});

describe('status-banner publish', () => {
  async function failedPublish(): Promise<FeedFolder> {
    const folder = await feedFolder();
    expect((await folder.run(...OPEN, '--publish', 'false')).code).toBe(3);
    return folder;
  }

  it('runs the publish command again on demand', async () => {
    const folder = await failedPublish();
    const result = await folder.run('publish', '--publish', 'cp "$STATUS_BANNER_FILE" published.json');
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toMatch(/^published status\.json in \d+\.\d s \(cp …\)\n$/);
    expect(await readFile(path.join(folder.dir, 'published.json'), 'utf8')).toBe(await folder.bytes());
  });

  it('exits 3 when it fails again', async () => {
    const folder = await failedPublish();
    expectRefused(
      await folder.run('publish', '--publish', 'exit 5'),
      3,
      /status\.json written locally, not published: the publish command \(exit …\) exited with 5/,
    );
  });

  it('never publishes a feed that is not valid', async () => {
    const folder = await feedFolder('{"version": 1, "incidents": [{"id": "x"}]}');
    expectRefused(await folder.run('publish', '--publish', 'touch ran'), 1, /status\.json is not a valid feed/);
    await expect(readFile(path.join(folder.dir, 'ran'))).rejects.toThrow(/ENOENT/);
  });

  it('never publishes a feed over the cap every banner reads', async () => {
    const folder = await feedFolder(feedOfSize(MAX_FEED_BYTES + 10_000));
    expectRefused(await folder.run('publish', '--publish', 'touch ran'), 1, /over the 1024 KiB/);
    await expect(readFile(path.join(folder.dir, 'ran'))).rejects.toThrow(/ENOENT/);
  });

  it('exits 2 without a publish command', async () => {
    expectRefused(
      await (await feedFolder()).run('publish'),
      2,
      /publish: no publish command; pass --publish CMD or set STATUS_BANNER_PUBLISH/,
    );
  });
});

describe('runShellCommand', () => {
  it('stops a command that runs past its timeout', async () => {
    const dir = await tempDir();
    const outcome = await runShellCommand('sleep 5', path.join(dir, 'status.json'), 200);
    expect(outcome).toMatchObject({ timedOut: true, signal: 'SIGTERM' });
    expect(outcome.ms).toBeLessThan(4_000);
    expect(describeFailure({ ...outcome, ms: 120_000 })).toBe('was stopped after 120 s without finishing');
  });

  it('reports a command that could not start', () => {
    expect(describeFailure({ code: null, signal: null, timedOut: false, startError: 'ENOENT', ms: 1 })).toBe('could not start (ENOENT)');
  });

  it.each([
    ['git add status.json && git push -q', 'git …'],
    ['  false ', 'false'],
    ['aws s3 cp status.json s3://bucket --profile secret', 'aws …'],
  ])('names %j as %j, never with its arguments', (command, name) => {
    expect(commandName(command)).toBe(name);
  });

  it('reports the exit code of a command that ran', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'status.json'), '{}');
    expect(await runShellCommand('test -f status.json && exit 4', path.join(dir, 'status.json'), 5_000)).toMatchObject({
      code: 4,
      timedOut: false,
    });
  });
});
