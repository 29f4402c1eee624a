import { spawn } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PUBLISH_EXAMPLES, RECOMMENDED_CACHE_CONTROL } from '../../../src/cli/hosting.js';
import { tempDir } from './helpers.js';

const DOC = new URL('../../../docs/cli.md', import.meta.url);

/** The ```sh blocks of docs/cli.md: the ones it promises run as written in an empty folder. */
async function shellBlocks(): Promise<string[]> {
  const text = await readFile(DOC, 'utf8');
  return [...text.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map(([, block]) => block ?? '');
}

/** Runs a block with bash -e in a fresh folder, `status-banner` being the built CLI. */
async function runBlock(block: string): Promise<{ code: number | null; output: string }> {
  const cwd = await tempDir();
  const bin = path.join(cwd, '.bin');
  await mkdir(bin);
  await writeFile(path.join(bin, 'status-banner'), `#!/bin/sh\nexec "${process.execPath}" "${inject('cliPath')}" "$@"\n`);
  await chmod(path.join(bin, 'status-banner'), 0o755);
  const { STATUS_BANNER_FILE: _file, STATUS_BANNER_PUBLISH: _publish, ...env } = process.env;
  const child = spawn('bash', ['-e', '-c', block], {
    cwd,
    env: { ...env, PATH: `${bin}:${env.PATH ?? ''}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

describe('docs/cli.md', async () => {
  const blocks = await shellBlocks();

  it('has runnable examples', () => {
    expect(blocks.length).toBeGreaterThan(8);
  });

  // Named by position and last line: several blocks start alike (`status-banner init kit && cd kit`).
  it.each(blocks.map((block, index) => ({ block, name: `${index + 1}, ending ${block.trimEnd().split('\n').at(-1)}` })))(
    'block $name runs as written',
    { timeout: 20_000 },
    async ({ block }) => {
      const { code, output } = await runBlock(block);
      expect(code, output).toBe(0);
    },
  );

  it('shows the one Cache-Control recommendation and the kit’s publish commands', async () => {
    const text = await readFile(DOC, 'utf8');
    expect(text).toContain(`Cache-Control: ${RECOMMENDED_CACHE_CONTROL}`);
    for (const example of Object.values(PUBLISH_EXAMPLES)) expect(text).toContain(`\n${example}\n`);
  });
});
