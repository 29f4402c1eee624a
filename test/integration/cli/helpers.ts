import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, inject, onTestFinished } from 'vitest';
import { feedSchema, type Feed, type FeedIncident } from '../../../src/feed/schema.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
}

/** Starts the built CLI; the environment's own STATUS_BANNER_FILE never leaks into a test. */
export function spawnCli(args: readonly string[], { cwd, env = {} }: RunOptions): ChildProcess {
  const { STATUS_BANNER_FILE: _ignored, ...inherited } = process.env;
  return spawn(process.execPath, [inject('cliPath'), ...args], { cwd, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function runCli(args: readonly string[], options: RunOptions): Promise<CliResult> {
  const child = spawnCli(args, options);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh folder under the OS temp dir, removed when the test ends. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'status-banner-cli-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export const MINUTE = 60_000;
export const DAY = 1440 * MINUTE;

export const isoIn = (ms: number): string => new Date(Date.now() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * A feed with one open incident, `api-down`, and one resolved two days ago, `old-outage`: recent
 * enough that no write archives it (see archive.test.ts for old items).
 */
export function sampleFeed(): Feed {
  return {
    version: 1,
    updated_at: '2026-01-01T00:00:00Z',
    incidents: [
      {
        id: 'api-down',
        title: 'API errors',
        impact: 'major',
        status: 'investigating',
        started_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        next_update_at: isoIn(10 * MINUTE),
        updates: [{ at: '2026-01-01T00:00:00Z', status: 'investigating', message: 'We are investigating.' }],
      },
      {
        id: 'old-outage',
        title: 'Old outage',
        impact: 'minor',
        status: 'resolved',
        started_at: isoIn(-2 * DAY - 60 * MINUTE),
        resolved_at: isoIn(-2 * DAY),
        updates: [{ at: isoIn(-2 * DAY), status: 'resolved', message: 'Fixed.' }],
      },
    ],
    maintenances: [],
  };
}

export interface FeedFolder {
  dir: string;
  file: string;
  run(...args: string[]): Promise<CliResult>;
  bytes(): Promise<string>;
  /** The file, parsed and checked with the element's schema. */
  feed(): Promise<Feed>;
}

/** A temp folder holding `status.json` with the given content (a feed, or raw text). */
export async function feedFolder(content: Feed | string = sampleFeed()): Promise<FeedFolder> {
  const dir = await tempDir();
  const file = path.join(dir, 'status.json');
  await writeFile(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return {
    dir,
    file,
    run: (...args) => runCli(args, { cwd: dir }),
    bytes: () => readFile(file, 'utf8'),
    feed: async () => feedSchema.parse(JSON.parse(await readFile(file, 'utf8'))),
  };
}

/** A refused command: the exit code, one line on stderr matching `reason`, nothing on stdout. */
export function expectRefused(result: CliResult, code: number, reason: RegExp): void {
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^status-banner: [^\n]+\n$/);
  expect(result.stderr).toMatch(reason);
  expect(result.code).toBe(code);
}

/** Runs a command that must be refused, and checks that the feed file was left byte for byte as it was, with no .prev. */
export async function expectUntouched(folder: FeedFolder, args: string[], code: number, reason: RegExp): Promise<void> {
  const before = await folder.bytes();
  expectRefused(await folder.run(...args), code, reason);
  expect(await folder.bytes()).toBe(before);
  await expect(readFile(`${folder.file}.prev`)).rejects.toThrow(/ENOENT/);
}

/**
 * Another process holding the CLI's lock on `file` (proper-lockfile, as the CLI takes it), until
 * it is killed: stands for a command that is slow, or that died holding the lock.
 */
export async function holdLock(file: string): Promise<ChildProcess> {
  const resource = await realpath(file);
  const script = `
    import lockfile from 'proper-lockfile';
    await lockfile.lock(${JSON.stringify(resource)}, { realpath: false });
    process.stdout.write('locked\\n');
    setInterval(() => {}, 1000);
  `;
  // From the repository root, where proper-lockfile resolves.
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  onTestFinished(() => void child.kill('SIGKILL'));
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  expect(chunk.toString()).toBe('locked\n');
  return child;
}

/**
 * An incident as the 3 a.m. runbook leaves it (open, update, resolve), resolved at `resolvedAt`:
 * the bulk of any long-lived feed. About 1 KB pretty-printed.
 */
export function runbookIncident(index: number, resolvedAt: number): FeedIncident {
  const at = (offset: number) => new Date(resolvedAt - offset).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    id: `runbook-${index}`,
    title: { en: `Elevated API error rates (${index})`, fr: `Taux d'erreur élevé de l'API (${index})` },
    impact: 'major',
    status: 'resolved',
    started_at: at(90 * MINUTE),
    updated_at: at(0),
    resolved_at: at(0),
    components: ['api'],
    updates: [
      { at: at(0), status: 'resolved', message: 'Error rates are back to normal. We will publish a postmortem within five working days.' },
      {
        at: at(45 * MINUTE),
        status: 'identified',
        message: 'A faulty deploy is being rolled back; some requests still fail with 502 errors.',
      },
      { at: at(90 * MINUTE), status: 'investigating', message: 'We are investigating elevated error rates on the public API.' },
    ],
  };
}

/**
 * `sampleFeed()` grown with runbook incidents resolved a day ago (never archived by default) to
 * at most `bytes` as the CLI writes it, and within one incident (~1.3 KB) of it.
 */
export function feedOfSize(bytes: number): Feed {
  const feed = sampleFeed();
  const size = () => Buffer.byteLength(`${JSON.stringify(feed, null, 2)}\n`);
  const base = size();
  feed.incidents!.push(runbookIncident(0, Date.now() - DAY));
  const perIncident = size() - base;
  for (let index = 1; index <= (bytes - base) / perIncident; index += 1) feed.incidents!.push(runbookIncident(index, Date.now() - DAY));
  // Longer indexes make later incidents a few bytes longer than the first.
  while (size() > bytes) feed.incidents!.pop();
  return feed;
}
