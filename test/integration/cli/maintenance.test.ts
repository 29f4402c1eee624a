import { describe, expect, it } from 'vitest';
import { expectUntouched, feedFolder, MINUTE } from './helpers.js';

describe('status-banner maintenance', () => {
  it('schedules a window, its length counted from --from, and prints its id', async () => {
    const folder = await feedFolder();
    const result = await folder.run(
      'maintenance',
      '--title',
      'Database upgrade',
      '--from',
      '2099-03-01T02:00:00+01:00',
      '--until',
      '20m',
      '--message',
      'Read-only for 20 minutes.',
      '--components',
      'api',
      '--lang',
      'fr',
      '--title',
      'Mise à jour de la base',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('2099-03-01-database-upgrade\n');
    expect(result.stderr).toMatch(
      /^scheduled maintenance 2099-03-01-database-upgrade: "Database upgrade"; 2099-03-01 01:00 UTC \(in .*\) → 2099-03-01 01:20 UTC/,
    );
    expect((await folder.feed()).maintenances).toEqual([
      {
        id: '2099-03-01-database-upgrade',
        title: { en: 'Database upgrade', fr: 'Mise à jour de la base' },
        message: 'Read-only for 20 minutes.',
        starts_at: '2099-03-01T01:00:00Z',
        ends_at: '2099-03-01T01:20:00Z',
        components: ['api'],
      },
    ]);
  });

  it('takes a start relative to now', async () => {
    const folder = await feedFolder();
    const before = Date.now();
    expect((await folder.run('maintenance', '--title', 'Network work', '--from', '2h', '--until', '1h')).code).toBe(0);
    const [window] = (await folder.feed()).maintenances!;
    expect(Date.parse(window!.starts_at)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 120 * MINUTE);
    expect(Date.parse(window!.ends_at!) - Date.parse(window!.starts_at)).toBe(60 * MINUTE);
  });

  it.each([
    [
      'an end before the start',
      ['--from', '2099-01-01T10:00:00Z', '--until', '2099-01-01T09:00:00Z'],
      1,
      /--until 2099-01-01T09:00:00Z is not after --from/,
    ],
    ['a window already over', ['--from', '2020-01-01T10:00:00Z', '--until', '1h'], 1, /--until 1h is in the past .*would never show/],
    ['a bad start', ['--from', 'tomorrow', '--until', '1h'], 1, /--from "tomorrow": expected a duration/],
    ['no --until', ['--from', '1h'], 2, /maintenance: --until is required/],
    ['no --from', ['--until', '1h'], 2, /maintenance: --from is required/],
  ] as const)('refuses %s', async (_case, extra, code, reason) => {
    await expectUntouched(await feedFolder(), ['maintenance', '--title', 'Database upgrade', ...extra], code, reason);
  });

  it('refuses a maintenance without a title', async () => {
    await expectUntouched(await feedFolder(), ['maintenance', '--from', '1h', '--until', '2h'], 2, /maintenance: --title is required/);
  });
});
