// scripts/package-files.js: when `prepare` builds (git installs, npm install/pack/publish), and the
// rules `npm run check:release` and `npm run test:pack` hold the published file list to.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildStaleness, fileListProblems, MAX_PACKED_BYTES, promisedFiles, type PackedFile } from '../../../scripts/package-files.js';

const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as Record<string, unknown>;

describe('promisedFiles', () => {
  it('collects exports (types and default), bin and the CDN fields, without package.json', () => {
    const files = promisedFiles(manifest);
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'custom-elements.json']));
    expect(files).toContain('dist/status-banner.js'); // unpkg, jsdelivr
    expect(files).not.toContain('package.json');
  });
});

describe('buildStaleness', () => {
  let root = '';
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  const write = (file: string, text = 'x', secondsAgo = 0) => {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    const when = Date.now() / 1000 - secondsAgo;
    utimesSync(full, when, when);
  };

  const project = () => {
    root = mkdtempSync(path.join(tmpdir(), 'status-banner-prepare-'));
    const pkg = { name: 'p', exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } }, bin: { p: 'dist/cli.js' } };
    write('package.json', JSON.stringify(pkg), 100);
    write('src/index.ts', 'export {};', 100);
    write('scripts/build.js', '', 100);
    write('vite.config.ts', '', 100);
  };
  const build = (secondsAgo = 50) => {
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/cli.js']) write(file, '', secondsAgo);
  };

  it('builds when dist/ is missing (a fresh clone, a git install)', () => {
    project();
    expect(buildStaleness(root)).toBe('dist/cli.js is missing');
  });

  it('builds when one promised file is missing', () => {
    project();
    build();
    rmSync(path.join(root, 'dist/index.d.ts'));
    expect(buildStaleness(root)).toBe('dist/index.d.ts is missing');
  });

  it('does not build when every output is newer than every input (the second prepare of a git install)', () => {
    project();
    build();
    expect(buildStaleness(root)).toBeNull();
  });

  it('builds when a source, a build script, a config or package.json changed since', () => {
    for (const file of ['src/feed/new.ts', 'scripts/build.js', 'vite.config.ts', 'package.json']) {
      project();
      build();
      if (file === 'package.json') utimesSync(path.join(root, file), new Date(), new Date());
      else write(file, 'changed');
      expect(buildStaleness(root)).toBe(`${file} is newer than the build`);
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('ignores the lockfile, tests and docs (npm install rewrites the lockfile every time)', () => {
    project();
    build();
    for (const file of ['package-lock.json', 'test/a.test.ts', 'docs/a.md', 'README.md']) write(file);
    expect(buildStaleness(root)).toBeNull();
  });
});

describe('fileListProblems', () => {
  const needed = [...promisedFiles(manifest), 'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
  const list = (...extra: string[]): PackedFile[] => [...needed, ...extra].map((file) => ({ path: file, size: 100 }));
  const small = { packedSize: 1000, unpackedSize: 5000 };

  it('accepts what users need', () => {
    expect(fileListProblems(manifest, list('dist/feed/model.js', 'dist/status-banner.js.sri', 'dist/SRI.txt'), small)).toEqual([]);
  });

  it('names a missing promised file', () => {
    const files = list().filter((file) => file.path !== 'dist/cli/main.js');
    expect(fileListProblems(manifest, files, small)).toEqual([expect.stringContaining('dist/cli/main.js is missing')]);
  });

  it.each([
    ['src/index.ts', 'sources'],
    ['test/unit/a.test.ts', 'sources, tests'],
    ['dist/feed/model.test.js', 'a test'],
    ['dist/fixtures/feed.js', 'test data'],
    ['dist/status-banner.js.map', 'a source map'],
    ['docs/screenshots/a.png', 'docs'],
    ['dist/.DS_Store', 'a dotfile'],
  ])('refuses %s', (file, reason) => {
    expect(fileListProblems(manifest, list(file), small)).toEqual([
      expect.stringMatching(new RegExp(`^${file.replaceAll('.', '\\.')} must not be published: .*${reason}`)),
    ]);
  });

  it('refuses a kind of file no rule allows', () => {
    expect(fileListProblems(manifest, list('dist/notes.txt'), small)).toEqual([
      expect.stringContaining('dist/notes.txt is not a kind of file'),
    ]);
  });

  it('refuses a tarball over the ceiling', () => {
    const problems = fileListProblems(manifest, list(), { packedSize: MAX_PACKED_BYTES + 1, unpackedSize: 5000 });
    expect(problems).toEqual([expect.stringContaining('over the')]);
  });
});
