import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import viteConfig from '../../../vite.config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built CLI, run as a child process by the CLI tests. */
    cliPath: string;
    /** Stands in for dist/status-banner.js beside the built CLI, so the copy can be recognised. */
    stubBundle: string;
  }
}

/**
 * Builds the CLI alone, from the current sources, with the project's own Vite config, into a
 * private folder: `vite build` into dist/ would empty it under other tests and other builds.
 * The folder is inside node_modules so that the CLI's bare imports (zod) resolve as in a real install.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cacheDir = path.resolve('node_modules/.cache');
  await mkdir(cacheDir, { recursive: true });
  const outDir = await mkdtemp(path.join(cacheDir, 'status-banner-cli-test-'));
  const config = viteConfig({ command: 'build', mode: 'production', isSsrBuild: false, isPreview: false });
  const lib = config.build?.lib;
  if (!lib) throw new Error('vite.config.ts has no library build to take the CLI entry from');
  await build({
    ...config,
    configFile: false,
    logLevel: 'error',
    build: { ...config.build, outDir, emptyOutDir: true, lib: { ...lib, entry: { 'cli/main': 'src/cli/main.ts' } } },
  });
  const stubBundle = '/* stand-in for status-banner.js */\n';
  // The kit's browser files, as stand-ins: the loader (recognisable), its element chunk, the page's script.
  await writeFile(path.join(outDir, 'status-banner.js'), stubBundle);
  await writeFile(path.join(outDir, 'status-banner-element.0123abcd.js'), '/* stand-in for the element chunk */\n');
  await writeFile(path.join(outDir, 'status-page.js'), '/* stand-in for status-page.js */\n');
  project.provide('cliPath', path.join(outDir, 'cli', 'main.js'));
  project.provide('stubBundle', stubBundle);
  return () => rm(outDir, { recursive: true, force: true });
}
