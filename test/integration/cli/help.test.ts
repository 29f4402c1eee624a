import { describe, expect, it } from 'vitest';
import { expectRefused, expectUntouched, feedFolder, runCli, tempDir } from './helpers.js';

const COMMANDS = ['init', 'open', 'update', 'resolve', 'maintenance', 'archive', 'publish', 'validate', 'doctor', 'schema', 'preview'];

describe('status-banner help and usage errors', () => {
  it('lists every command in --help', async () => {
    const result = await runCli(['--help'], { cwd: await tempDir() });
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it.each(COMMANDS)('%s --help shows usage and examples, and runs nothing', async (command) => {
    const folder = await feedFolder();
    const before = await folder.bytes();
    const result = await folder.run(command, '--help', '--title', 'x');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: status-banner ${command}`);
    expect(result.stdout).toMatch(/Examples:\n {2}status-banner /);
    expect(await folder.bytes()).toBe(before);
  });

  it('help COMMAND is the same text as COMMAND --help', async () => {
    const cwd = await tempDir();
    const [viaHelp, viaFlag] = await Promise.all([runCli(['help', 'resolve'], { cwd }), runCli(['resolve', '-h'], { cwd })]);
    expect(viaHelp.stdout).toContain('--postmortem URL');
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
  });

  it('exits 2 without a command', async () => {
    expectRefused(await runCli([], { cwd: await tempDir() }), 2, /missing COMMAND/);
  });

  it('exits 2 on an unknown command, naming the known ones', async () => {
    expectRefused(await runCli(['close', 'x'], { cwd: await tempDir() }), 2, /unknown command "close".*resolve/);
  });

  it.each([
    ['open', '--title', 'API errors', '--message', 'Down.', '--severity', 'major'],
    ['update', 'api-down', '--message', 'Still down.', '--eta-minutes', '5'],
    ['resolve', 'api-down', '--force'],
    ['maintenance', '--title', 'DB', '--from', '1h', '--until', '2h', '--to', 'x'],
  ])('exits 2 on an unknown flag and leaves the feed alone: %s', async (...args) => {
    await expectUntouched(await feedFolder(), args, 2, /Unknown option '--[a-z-]+'/);
  });

  it('exits 2 on an extra argument', async () => {
    await expectUntouched(await feedFolder(), ['resolve', 'api-down', 'old-outage'], 2, /unexpected argument "old-outage"/);
  });
});
