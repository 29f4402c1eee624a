import { chmod, chown, lstat, mkdir, readFile, readlink, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { expectUntouched, feedFolder, runCli } from './helpers.js';

const OPEN = ['open', '--title', 'API errors', '--message', 'Down.'];

describe('a write reaches the file that is served', () => {
  it('through a symlink: the link stays, its target changes, .prev sits beside the target', async () => {
    // kit/status.json -> ../www/status.json: the kit folder holds a link into the served folder.
    const folder = await feedFolder();
    const www = path.join(folder.dir, 'www');
    const kit = path.join(folder.dir, 'kit');
    await Promise.all([mkdir(www), mkdir(kit)]);
    const served = path.join(www, 'status.json');
    await runCli(['init', 'www'], { cwd: folder.dir });
    const before = await readFile(served, 'utf8');
    await symlink('../www/status.json', path.join(kit, 'status.json'));

    const result = await runCli([...OPEN, '--file', 'kit/status.json'], { cwd: folder.dir });
    expect(result.code, result.stderr).toBe(0);
    expect((await lstat(path.join(kit, 'status.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(kit, 'status.json'))).toBe('../www/status.json');
    expect(JSON.parse(await readFile(served, 'utf8')).incidents[0].id).toBe(result.stdout.trim());
    expect(await readFile(`${served}.prev`, 'utf8')).toBe(before);
    await expect(lstat(path.join(kit, 'status.json.prev'))).rejects.toThrow(/ENOENT/);
  });

  it('keeps the mode of the feed, on the feed and on .prev', async () => {
    const folder = await feedFolder();
    await chmod(folder.file, 0o640);
    expect((await folder.run(...OPEN)).code).toBe(0);
    expect((await stat(folder.file)).mode & 0o777).toBe(0o640);
    expect((await stat(`${folder.file}.prev`)).mode & 0o777).toBe(0o640);
  });

  it.runIf(process.getuid?.() === 0)('keeps the owner of the feed when run as root', async () => {
    const folder = await feedFolder();
    await chown(folder.file, 1234, 5678);
    expect((await folder.run(...OPEN)).code).toBe(0);
    for (const file of [folder.file, `${folder.file}.prev`]) expect(await stat(file)).toMatchObject({ uid: 1234, gid: 5678 });
  });
});

describe('a feed in a folder the operator cannot write', () => {
  it.runIf(process.getuid?.() !== 0)('is refused with the reason, nothing written', async () => {
    const folder = await feedFolder();
    await chmod(folder.dir, 0o555);
    onTestFinished(() => chmod(folder.dir, 0o755));
    await expectUntouched(folder, OPEN, 1, /^status-banner: cannot lock .*status\.json \(EACCES\): its folder must be writable/);
  });
});
