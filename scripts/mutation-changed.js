// CI's mutation testing (issue #12), bounded: Stryker on the pure modules this branch changed since
// it left main, instead of on all of them (11-21 min on 2 cores, see stryker.config.mjs). A module
// counts as changed when its source changed, or its unit test (test/unit mirrors src/), so a weakened
// test is caught too. Each module must score at least thresholds.break on its own.
//
//   node scripts/mutation-changed.js            # against the merge base with main (or origin/main); on main, HEAD^
//   MUTATION_BASE=<ref> node scripts/mutation-changed.js
//   node scripts/mutation-changed.js --concurrency 2   # further arguments go to `stryker run`
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** A glob of stryker.config.mjs's `mutate` (`**`, `*`, a leading `!`) as a regular expression. */
function globToRegExp(glob) {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '\0')
    .replace(/\*/g, '[^/]*')
    .replace(/\0/g, '(?:.*/)?');
  return new RegExp(`^${source}$`);
}

/**
 * The modules to mutate: those of `patterns` (Stryker's `mutate`, negations last) among the changed
 * paths, a changed unit test standing for the module it mirrors. Sorted, each once.
 */
export function filesToMutate(changed, patterns) {
  const included = patterns.filter((pattern) => !pattern.startsWith('!')).map(globToRegExp);
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => globToRegExp(pattern.slice(1)));
  const mutable = (file) => included.some((glob) => glob.test(file)) && !excluded.some((glob) => glob.test(file));
  const modules = changed.map((file) => file.replace(/^test\/unit\/(.*)\.test\.ts$/, 'src/$1.ts'));
  return [...new Set(modules.filter(mutable))].sort();
}

/** Stryker's mutation score: killed and timed-out mutants over those that ran or had no test (ignored and invalid ones left out). */
export function scoresByFile(report) {
  return Object.entries(report.files).map(([file, { mutants }]) => {
    const count = (...statuses) => mutants.filter((mutant) => statuses.includes(mutant.status)).length;
    const detected = count('Killed', 'Timeout');
    const valid = detected + count('Survived', 'NoCoverage');
    return { file, detected, valid, score: valid === 0 ? 100 : (100 * detected) / valid };
  });
}

function git(...args) {
  const result = spawnSync('git', args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Where this branch left main; on main itself (the merge base is HEAD), the commit before HEAD, so
 * that a landing is held to what its own last commit changed. Undefined when neither is known here
 * (a shallow clone, say).
 */
function mergeBase() {
  const candidates = process.env.MUTATION_BASE ? [process.env.MUTATION_BASE] : ['main', 'origin/main'];
  for (const ref of candidates) {
    const base = git('merge-base', 'HEAD', ref);
    if (!base) continue;
    if (process.env.MUTATION_BASE || base !== git('rev-parse', 'HEAD')) return { ref, base };
    const parent = git('rev-parse', '--verify', '--quiet', 'HEAD^');
    return parent ? { ref: 'HEAD^ (on main: the last commit)', base: parent } : undefined;
  }
  return undefined;
}

async function main() {
  const { default: config, MUTATE } = await import(pathToFileURL('stryker.config.mjs').href);
  const found = mergeBase();
  if (!found) {
    // Failing, not skipping: a gate that passes because it could not look would pass everything.
    console.error('mutation-changed: no merge base with main or origin/main; fetch main, or set MUTATION_BASE to a ref.');
    process.exit(1);
  }
  // Committed and uncommitted changes since the merge base, and new files not yet committed.
  const changed = [
    ...(git('diff', '--name-only', '--diff-filter=AMR', found.base) ?? '').split('\n'),
    ...(git('ls-files', '--others', '--exclude-standard') ?? '').split('\n'),
  ].filter(Boolean);
  const files = filesToMutate(changed, MUTATE);
  if (files.length === 0) {
    console.log(`mutation-changed: no pure module changed since ${found.ref} (${found.base.slice(0, 7)}); nothing to mutate.`);
    return;
  }
  console.log(`mutation-changed: since ${found.ref} (${found.base.slice(0, 7)}), mutating ${files.join(', ')}`);
  const reportFile = config.jsonReporter.fileName;
  // An earlier run's report must not stand in for this one's if Stryker fails before writing it.
  rmSync(reportFile, { force: true });
  const stryker = spawnSync('npx', ['stryker', 'run', '--mutate', files.join(','), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (!existsSync(reportFile)) process.exit(stryker.status ?? 1);

  const minimum = config.thresholds.break;
  const scores = scoresByFile(JSON.parse(readFileSync(reportFile, 'utf8'))).sort((a, b) => a.file.localeCompare(b.file));
  const failing = scores.filter(({ score }) => score < minimum);
  console.log(`\nmutation score per changed module (at least ${minimum} % each):`);
  for (const { file, detected, valid, score } of scores) {
    console.log(`  ${score.toFixed(1).padStart(5)} %  ${file} (${detected}/${valid})${score < minimum ? '  <- below' : ''}`);
  }
  if (failing.length > 0 || stryker.status !== 0) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
