import { spawn } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PUBLISH_EXAMPLES, RECOMMENDED_CACHE_CONTROL } from '../../../src/cli/hosting.js';
import { DOC_FILES, extractBlocks, isRunnable, isShell, PACKAGE_SPECS, type DocBlock } from '../docs/blocks.js';
import { tempDir } from './helpers.js';

const ROOT = new URL('../../../', import.meta.url);
const DOC = new URL('docs/cli.md', ROOT);

/**
 * The shell blocks of the README and docs/ that run as written in an empty folder: those that need
 * only a shell, git and `status-banner` (test/integration/docs/blocks.ts says which; the others are
 * checked with `bash -n` in test/integration/docs/docs.test.ts).
 */
async function runnableBlocks(): Promise<DocBlock[]> {
  const pages = await Promise.all(DOC_FILES.map(async (file) => extractBlocks(file, await readFile(new URL(file, ROOT), 'utf8'))));
  return pages.flat().filter((block) => isShell(block) && !block.skip && isRunnable(block));
}

/**
 * Runs a block with bash -e in a fresh folder, `status-banner` being the built CLI. `npx
 * status-banner` and `npx github:OWNER/status-banner` (the install path until the package is on npm)
 * stand for the same CLI; any other `npx` fails, so a block cannot reach the network unnoticed.
 */
async function runBlock(block: string): Promise<{ code: number | null; output: string }> {
  const cwd = await tempDir();
  const bin = path.join(cwd, '.bin');
  await mkdir(bin);
  const cli = `exec "${process.execPath}" "${inject('cliPath')}" "$@"`;
  await writeFile(path.join(bin, 'status-banner'), `#!/bin/sh\n${cli}\n`);
  const specs = PACKAGE_SPECS.map((spec) => `"${spec}"`).join('|');
  await writeFile(
    path.join(bin, 'npx'),
    `#!/bin/sh\ncase "$1" in\n  ${specs}) shift; ${cli} ;;\n  *) echo "npx $1: not available in the doc tests" >&2; exit 127 ;;\nesac\n`,
  );
  await chmod(path.join(bin, 'status-banner'), 0o755);
  await chmod(path.join(bin, 'npx'), 0o755);
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

describe('shell blocks of the README and docs/', async () => {
  const blocks = await runnableBlocks();

  it('has runnable examples, in docs/cli.md and the README', () => {
    expect(blocks.filter((block) => block.file === 'docs/cli.md').length).toBeGreaterThan(8);
    expect(blocks.filter((block) => block.file === 'README.md').length).toBeGreaterThan(1);
  });

  // Named by page and line: several blocks start alike (`status-banner init kit && cd kit`).
  it.each(blocks.map((block) => ({ block, name: `${block.file}:${block.line}, ending ${block.text.trimEnd().split('\n').at(-1)}` })))(
    'block $name runs as written',
    { timeout: 20_000 },
    async ({ block }) => {
      const { code, output } = await runBlock(block.text);
      expect(code, output).toBe(0);
    },
  );

  it('shows the one Cache-Control recommendation and the kit’s publish commands', async () => {
    const text = await readFile(DOC, 'utf8');
    expect(text).toContain(`Cache-Control: ${RECOMMENDED_CACHE_CONTROL}`);
    for (const example of Object.values(PUBLISH_EXAMPLES)) expect(text).toContain(`\n${example}\n`);
  });
});
