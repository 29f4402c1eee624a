import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { expectUntouched, feedFolder, isoIn, MINUTE, sampleFeed } from './helpers.js';

describe('status-banner update', () => {
  it('adds the update newest first, changes status, impact and ETA, bumps updated_at', async () => {
    const folder = await feedFolder();
    const before = await folder.bytes();
    const result = await folder.run(
      'update',
      'api-down',
      '--status',
      'identified',
      '--impact',
      'critical',
      '--eta',
      '2h',
      '--message',
      'A faulty deploy is being rolled back.',
    );
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toMatch(
      /^updated api-down: status investigating → identified; impact major → critical; ETA .* \(in 2 h\); message "A faulty deploy is being rolled back\."\n$/,
    );
    const feed = await folder.feed();
    const incident = feed.incidents![0]!;
    expect(incident).toMatchObject({ status: 'identified', impact: 'critical' });
    expect(incident.updates!.map((update) => [update.status, update.message])).toEqual([
      ['identified', 'A faulty deploy is being rolled back.'],
      ['investigating', 'We are investigating.'],
    ]);
    expect(incident.updated_at).toBe(incident.updates![0]!.at);
    expect(feed.updated_at).toBe(incident.updated_at);
    expect(Date.parse(incident.expected_resolution_at!) - Date.parse(incident.updated_at!)).toBe(120 * MINUTE);
    expect(await readFile(`${folder.file}.prev`, 'utf8')).toBe(before);
  });

  it('clears the kept next-update promise unless a new one is given', async () => {
    const folder = await feedFolder();
    await folder.run('update', 'api-down', '--message', 'Still looking.');
    expect((await folder.feed()).incidents![0]!.next_update_at).toBeUndefined();
    await folder.run('update', 'api-down', '--message', 'Still looking.', '--next-update', '15m');
    expect(Date.parse((await folder.feed()).incidents![0]!.next_update_at!)).toBeGreaterThan(Date.now() + 14 * MINUTE);
  });

  it('keeps the status when --status is not given, and removes the ETA with --eta none', async () => {
    const feed = sampleFeed();
    feed.incidents![0]!.expected_resolution_at = isoIn(30 * MINUTE);
    const folder = await feedFolder(feed);
    const result = await folder.run('update', 'api-down', '--eta', 'none', '--message', 'The first fix did not hold.');
    expect(result.stderr).toMatch(/^updated api-down: ETA removed; message /);
    const incident = (await folder.feed()).incidents![0]!;
    expect(incident.status).toBe('investigating');
    expect(incident.expected_resolution_at).toBeUndefined();
  });

  it('reopens a resolved incident given a status', async () => {
    const folder = await feedFolder();
    expect((await folder.run('update', 'old-outage', '--status', 'investigating', '--message', 'It is back.')).code).toBe(0);
    const incident = (await folder.feed()).incidents![1]!;
    expect(incident).toMatchObject({ id: 'old-outage', status: 'investigating' });
    expect(incident.resolved_at).toBeUndefined();
  });

  it('stores a translated message with --lang', async () => {
    const folder = await feedFolder();
    await folder.run('update', 'api-down', '--message', 'Rolling back.', '--lang', 'fr', '--message', 'Retour arrière en cours.');
    expect((await folder.feed()).incidents![0]!.updates![0]!.message).toEqual({ en: 'Rolling back.', fr: 'Retour arrière en cours.' });
  });

  it.each([
    ['an unknown id', ['update', 'api-dwn', '--message', 'x'], 1, /no incident "api-dwn" in the feed \(known: api-down, old-outage\)/],
    ['a bad duration', ['update', 'api-down', '--message', 'x', '--eta', '1h30'], 1, /--eta "1h30": expected a duration/],
    ['an ETA in the past', ['update', 'api-down', '--message', 'x', '--eta', '2001-01-01T00:00:00+01:00'], 1, /is in the past/],
    ['an unknown impact', ['update', 'api-down', '--message', 'x', '--impact', 'catastrophic'], 1, /--impact "catastrophic"/],
    ['an empty message', ['update', 'api-down', '--message', ''], 1, /update: --message is empty/],
    ['no id', ['update', '--message', 'x'], 2, /update: missing ID/],
    ['no message', ['update', 'api-down', '--status', 'identified'], 2, /update: --message is required/],
  ] as const)('refuses %s', async (_case, args, code, reason) => {
    await expectUntouched(await feedFolder(), [...args], code, reason);
  });
});

describe('status-banner resolve', () => {
  it('resolves with the element’s own wording by default, dropping ETA and next-update promises', async () => {
    const feed = sampleFeed();
    feed.incidents![0]!.expected_resolution_at = isoIn(30 * MINUTE);
    const folder = await feedFolder(feed);
    const result = await folder.run('resolve', 'api-down');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^resolved api-down: after .+; message "This issue is resolved\."\n$/);
    const incident = (await folder.feed()).incidents![0]!;
    expect(incident.status).toBe('resolved');
    expect(incident.resolved_at).toBe(incident.updated_at);
    expect(incident.expected_resolution_at).toBeUndefined();
    expect(incident.next_update_at).toBeUndefined();
    expect(incident.updates![0]).toMatchObject({
      status: 'resolved',
      message: { en: 'This issue is resolved.', fr: expect.stringMatching(/résolu/) },
    });
  });

  it('resolves with a message and a postmortem link', async () => {
    const folder = await feedFolder();
    await folder.run(
      'resolve',
      'api-down',
      '--message',
      'Error rates are back to normal.',
      '--postmortem',
      'https://status.example.com/pm/42',
    );
    const incident = (await folder.feed()).incidents![0]!;
    expect(incident).toMatchObject({ status: 'resolved', postmortem_url: 'https://status.example.com/pm/42' });
    expect(incident.updates![0]!.message).toBe('Error rates are back to normal.');
  });

  it('adds a postmortem link to a resolved incident without a new update', async () => {
    const feed = sampleFeed();
    const folder = await feedFolder(feed);
    const result = await folder.run('resolve', 'old-outage', '--postmortem', 'https://status.example.com/pm/7');
    expect(result.stderr).toBe('followed up on resolved old-outage: postmortem https://status.example.com/pm/7\n');
    const incident = (await folder.feed()).incidents![1]!;
    expect(incident).toMatchObject({ resolved_at: feed.incidents![1]!.resolved_at, postmortem_url: 'https://status.example.com/pm/7' });
    expect(incident.updates).toHaveLength(1);
  });

  it.each([
    ['an unknown id', ['resolve', 'nope'], 1, /no incident "nope"/],
    [
      'an incident already resolved, with nothing to add',
      ['resolve', 'old-outage'],
      1,
      /old-outage is already resolved; pass --postmortem URL or --message/,
    ],
    [
      'a postmortem that is not an http(s) URL',
      ['resolve', 'api-down', '--postmortem', 'docs/pm.md'],
      1,
      /--postmortem "docs\/pm\.md": expected an absolute http\(s\) URL/,
    ],
    ['an empty message', ['resolve', 'api-down', '--message', ' '], 1, /--message is empty/],
    ['no id', ['resolve'], 2, /resolve: missing ID/],
  ] as const)('refuses %s', async (_case, args, code, reason) => {
    await expectUntouched(await feedFolder(), [...args], code, reason);
  });
});
