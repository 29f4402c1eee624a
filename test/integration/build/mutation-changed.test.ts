// scripts/mutation-changed.js: which modules CI mutates for a branch, and the per-module scores it gates on.
import { describe, expect, it } from 'vitest';
import { filesToMutate, scoresByFile } from '../../../scripts/mutation-changed.js';
import { MUTATE } from '../../../stryker.config.mjs';

describe('filesToMutate', () => {
  it.each<[string, string[], string[]]>([
    ['a pure module', ['src/poll/timing.ts'], ['src/poll/timing.ts']],
    ['a module under a ** glob', ['src/feed/adapters/markup.ts'], ['src/feed/adapters/markup.ts']],
    ['a unit test, as the module it mirrors', ['test/unit/feed/triage.test.ts'], ['src/feed/triage.ts']],
    ['a module and its test, once', ['test/unit/poll/timing.test.ts', 'src/poll/timing.ts'], ['src/poll/timing.ts']],
    ['a module outside the pure set', ['src/poll/feed-source.ts', 'src/banner/status-banner.ts'], []],
    ['the test of a module outside the set', ['test/unit/poll/feed-source.test.ts'], []],
    ['a declaration file', ['src/feed/adapters/build.d.ts'], []],
    ['a test helper', ['test/unit/feed/adapters/fixture.ts'], []],
    ['an integration test', ['test/integration/fuzz/feeds.test.ts'], []],
    ['docs and configs', ['README.md', 'package.json', 'stryker.config.mjs'], []],
    ['a file named like a module elsewhere', ['examples/src/poll/timing.ts'], []],
    [
      'several, sorted',
      ['src/present/view.ts', 'src/cli/time.ts', 'src/feed/model.ts'],
      ['src/cli/time.ts', 'src/feed/model.ts', 'src/present/view.ts'],
    ],
  ])('%s', (_case, changed, expected) => {
    expect(filesToMutate(changed, MUTATE)).toEqual(expected);
  });
});

describe('scoresByFile', () => {
  const mutants = (...statuses: string[]) => statuses.map((status) => ({ status }));

  it.each<[string, string[], number, number, number]>([
    ['killed and timed out count as detected', ['Killed', 'Timeout', 'Survived', 'NoCoverage'], 2, 4, 50],
    ['ignored and invalid mutants do not count', ['Killed', 'Ignored', 'CompileError', 'RuntimeError'], 1, 1, 100],
    ['no mutant at all scores 100', [], 0, 0, 100],
    ['nothing detected scores 0', ['Survived', 'NoCoverage'], 0, 2, 0],
  ])('%s', (_case, statuses, detected, valid, score) => {
    expect(scoresByFile({ files: { 'src/x.ts': { mutants: mutants(...statuses) } } })).toEqual([
      { file: 'src/x.ts', detected, valid, score },
    ]);
  });
});
