// `npm run test:mutation`: StrykerJS on the pure modules, against the unit tests (issue #12).
// One module while iterating: `npm run test:mutation -- --mutate src/poll/timing.ts`.
// The whole set is about 2,400 mutants: 11 min on 2 quiet cores, 21 min when other work shares them (a
// third are static mutants, which reload the tests each and take most of that time), so CI mutates
// only the modules a branch changed: scripts/mutation-changed.js. Reports: clear text on the console, JSON in reports/mutation/.

/** The files whose mutants count: pure logic, no DOM, no timers, no I/O. */
export const MUTATE = [
  'src/feed/**/*.ts',
  '!src/feed/**/*.d.ts',
  'src/present/**/*.ts',
  'src/poll/timing.ts',
  'src/poll/shared-state.ts',
  'src/cli/time.ts',
  'src/cli/flag-values.ts',
  'src/i18n/catalog.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: MUTATE,
  // Two cores, shared: one test runner at a time (`--concurrency 2` when the machine is free).
  concurrency: 1,
  // How much longer than the unmutated run a mutant's tests may take before it counts as a timeout
  // (detected): twice the default, as other work on a shared machine slows runs unevenly.
  timeoutMS: 10_000,
  reporters: ['clear-text', 'json', 'progress'],
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportTests: false },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // `break` holds the whole run to 85 %; scripts/mutation-changed.js holds each changed module to it.
  thresholds: { high: 90, low: 85, break: 85 },
  // Nothing the unit tests read: copying them into every sandbox only costs time.
  ignorePatterns: ['dist', 'coverage', '.bench', 'docs', 'examples'],
};
