// `npm run check:release`: is the package ready to publish, as far as can be told without publishing.
//  1. The GitHub workflows (.github/workflows/*.yml) parse as YAML and have the shape GitHub runs:
//     triggers, jobs with `runs-on` and steps, each step one `uses` (pinned at least to a major
//     version) or one `run`; CI runs .ci/run; the release runs .ci/run, publishes with provenance
//     and attaches dist/SRI.txt. GitHub Actions cannot run here, so this is what can be checked.
//  2. `npm publish --dry-run --json`: the exact file list npm would publish (it runs `prepare`, which
//     builds only if dist/ is stale), checked against package.json and scripts/package-files.js, and
//     printed with the sizes. `--dry-run` packs and stops: no token is needed and nothing is sent.
//
// `node scripts/check-release.js --tag` (the release workflow's first step, before `npm ci`; needs no
// dependency): the pushed tag is `v` + package.json's version, and package.json's `repository` is
// the GitHub repository running the workflow, which npm requires for provenance.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileListProblems, formatFileList } from './package-files.js';

const root = path.resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

function fail(heading, problems) {
  console.error(`check:release: ${heading}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}

if (process.argv.includes('--tag')) {
  const problems = [];
  const tag = process.env.GITHUB_REF_NAME;
  if (tag !== `v${manifest.version}`)
    problems.push(`the tag is ${tag ?? '(none: GITHUB_REF_NAME is unset)'}, package.json says v${manifest.version}`);
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const expected = `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY ?? 'OWNER/status-banner'}`;
  const normalised = repository?.replace(/^git\+/, '').replace(/\.git$/, '');
  if (normalised !== expected) {
    problems.push(
      `package.json "repository" is ${repository ?? 'missing'}; npm provenance needs { "type": "git", "url": "git+${expected}.git" }`,
    );
  }
  if (problems.length) fail('not releasable', problems);
  console.log(`check:release: tag ${tag} is package.json's version, repository ${expected}`);
  process.exit(0);
}

// 1. The workflows.
const { parseDocument } = await import('yaml');
const workflowDir = path.join(root, '.github', 'workflows');
const workflows = Object.fromEntries(
  readdirSync(workflowDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => [name, readFileSync(path.join(workflowDir, name), 'utf8')]),
);
const problems = [];
const parsed = {};
for (const [name, text] of Object.entries(workflows)) {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (document.errors.length) {
    problems.push(...document.errors.map((error) => `${name}: ${error.message}`));
    continue;
  }
  const workflow = document.toJS();
  parsed[name] = workflow;
  if (!workflow?.on) problems.push(`${name}: no \`on\` (triggers)`);
  if (!workflow?.jobs || !Object.keys(workflow.jobs).length) problems.push(`${name}: no jobs`);
  for (const [id, job] of Object.entries(workflow?.jobs ?? {})) {
    if (!job['runs-on']) problems.push(`${name}: job ${id} has no runs-on`);
    if (!Array.isArray(job.steps) || !job.steps.length) problems.push(`${name}: job ${id} has no steps`);
    for (const [index, step] of (job.steps ?? []).entries()) {
      const where = `${name}: job ${id}, step ${index + 1}`;
      if ('uses' in step === 'run' in step) problems.push(`${where}: needs exactly one of uses and run`);
      if ('uses' in step && !/^[\w.-]+\/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/.test(step.uses)) {
        problems.push(`${where}: ${step.uses} is not pinned to a version (owner/action@vN or a commit)`);
      }
    }
  }
}
const runs = (workflow) =>
  Object.values(workflow?.jobs ?? {})
    .flatMap((job) => job.steps ?? [])
    .map((step) => step.run ?? '')
    .join('\n');
const ci = parsed['ci.yml'];
const release = parsed['release.yml'];
if (!ci) problems.push('.github/workflows/ci.yml is missing or invalid');
else {
  if (!('pull_request' in ci.on) || !ci.on.push?.branches?.includes('main'))
    problems.push('ci.yml: must run on pull_request and on push to main');
  if (!/(^|\s)\.ci\/run\b/m.test(runs(ci))) problems.push('ci.yml: does not run .ci/run');
}
if (!release) problems.push('.github/workflows/release.yml is missing or invalid');
else {
  if (!release.on?.push?.tags?.some((tag) => tag.startsWith('v'))) problems.push('release.yml: must run on version tags (v*)');
  const permissions = Object.values(release.jobs ?? {}).map((job) => job.permissions ?? release.permissions ?? {});
  if (!permissions.some((p) => p['id-token'] === 'write' && p.contents === 'write')) {
    problems.push('release.yml: the job needs id-token: write (provenance) and contents: write (the GitHub release)');
  }
  const script = runs(release);
  for (const [pattern, what] of [
    [/check-release\.js --tag/, 'check the tag and repository first'],
    [/(^|\s)\.ci\/run\b/m, 'run .ci/run'],
    [/npm publish --provenance/, 'npm publish --provenance'],
    [/gh release create[^\n]*dist\/SRI\.txt/, 'attach dist/SRI.txt to a GitHub release'],
  ]) {
    if (!pattern.test(script)) problems.push(`release.yml: does not ${what}`);
  }
}
if (problems.length) fail('the workflows', problems);
console.log(`check:release: ${Object.keys(workflows).join(', ')}: valid YAML, steps pinned, CI and release steps present`);

// 2. The file list npm would publish.
const output = execFileSync('npm', ['publish', '--dry-run', '--json', '--loglevel=error'], {
  cwd: root,
  encoding: 'utf8',
  // Belt and braces: --dry-run above, dry-run in the environment too, so that no npm config can turn
  // this into a real publish.
  env: { ...process.env, npm_config_dry_run: 'true' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const result = JSON.parse(output);
const packed = result[manifest.name] ?? result;
const sizes = { packedSize: packed.size, unpackedSize: packed.unpackedSize };
console.log(`check:release: npm publish --dry-run: ${packed.id}\n${formatFileList(packed.files, sizes)}`);
const listProblems = fileListProblems(manifest, packed.files, sizes);
if (listProblems.length) fail('the published file list', listProblems);
console.log('check:release: the file list is what users need, within the size ceilings');
