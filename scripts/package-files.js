// What the published package holds, as rules shared by `prepare` (is the build there and newer than
// its inputs?), `npm run check:release` (`npm publish --dry-run`'s file list) and `npm run test:pack`
// (the real tarball); test/integration/build/package-files.test.ts checks them. Expectations come from package.json (`exports`, `bin`, `files` and the CDN
// fields) plus the two short lists below, so a new export or a new dist/ file needs no change here
// unless it is a new kind of file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file package.json promises (`exports`, `bin`, `main`, `types`, `unpkg`, `jsdelivr`, `customElements`), sorted. */
export function promisedFiles(manifest) {
  const targets = new Set();
  const collect = (value) => {
    if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(manifest.exports);
  collect(manifest.bin);
  for (const field of ['main', 'types', 'unpkg', 'jsdelivr', 'customElements']) collect(manifest[field]);
  targets.delete('package.json');
  return [...targets].filter((file) => !file.includes('*')).sort();
}

/**
 * Every file the build reads: the sources, the build scripts and configs, package.json. Not the
 * lockfile: `npm install` rewrites it on every run, which would make every install rebuild.
 */
function buildInputs(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  for (const dir of ['src', 'scripts']) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const entry of readdirSync(root)) {
    if (/^(package\.json|tsconfig.*\.json|.*\.config\.(js|mjs|cjs|ts|mts))$/.test(entry)) files.push(path.join(root, entry));
  }
  return files;
}

/** Why the project at `root` needs a build, or null when every promised file exists and is newer than every input. */
export function buildStaleness(root) {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const outputs = promisedFiles(manifest);
  const missing = outputs.find((file) => !existsSync(path.join(root, file)));
  if (missing) return `${missing} is missing`;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(path.join(root, file)).mtimeMs));
  const newer = buildInputs(root).find((file) => statSync(file).mtimeMs > oldestOutput);
  return newer ? `${path.relative(root, newer)} is newer than the build` : null;
}

/** The kinds of file a user needs. A packed file that matches none of these is a failure. */
export const ALLOWED = [
  /^package\.json$/,
  /^(README|CHANGELOG)\.md$/,
  /^LICENSE$/,
  /^custom-elements\.json$/,
  /^dist\/.+\.js$/, // ES modules for bundlers and Node, the CLI, the browser files
  /^dist\/.+\.d\.ts$/, // their types
  /^dist\/[^/]+\.schema\.json$/, // the feed's JSON Schema
  /^dist\/[^/]+\.js\.sri$/, // one SRI hash per browser file (scripts/build-extras.js)
  /^dist\/SRI\.txt$/, // all of them, one line each
];

/** Never published, even where ALLOWED would match (e.g. a test compiled into dist/). */
export const DENIED = [
  [/^(src|test|tests|demo|docs|examples|scripts|coverage|\.github|\.ci)\//, 'sources, tests, demo, docs, examples, scripts, CI'],
  [/(^|\/)(__tests__|__snapshots__|fixtures?|screenshots?)\//, 'test data and screenshots'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test'],
  [/\.map$/, 'a source map (none is shipped: dist/ modules are readable, the browser files are minified on purpose)'],
  [/\.(tsbuildinfo|tgz|log)$/, 'a build or pack by-product'],
  [/\.(png|jpe?g|gif|webp|avif)$/, 'an image'],
  [/(^|\/)\.[^/]+$/, 'a dotfile'],
];

/**
 * Ceilings for the packed tarball and the unpacked package; raising them is a decision, not a fix.
 * With the three self-contained browser files (element chunk, status-banner.full.js,
 * status-page.js: about 75 KB minified each) beside the ES modules: 197 KiB packed, 600 KiB
 * unpacked on 3 December 2026. The ceilings leave about a tenth of head room.
 */
export const MAX_PACKED_BYTES = 224 * 1024;
export const MAX_UNPACKED_BYTES = 704 * 1024;

/**
 * Checks a packed file list (`[{ path, size }]`, as `npm pack --json` / `npm publish --dry-run --json`
 * give it) against package.json and the rules above. Returns a list of problems, empty when fine.
 */
export function fileListProblems(manifest, files, { packedSize, unpackedSize }) {
  const problems = [];
  const paths = new Set(files.map((file) => file.path));
  for (const file of [...promisedFiles(manifest), 'package.json', 'README.md', 'LICENSE']) {
    if (!paths.has(file)) problems.push(`${file} is missing (package.json promises it, or every package needs it)`);
  }
  for (const entry of manifest.files ?? []) {
    const prefix = entry.replace(/^\.\//, '').replace(/\/$/, '');
    if (![...paths].some((file) => file === prefix || file.startsWith(`${prefix}/`))) {
      problems.push(`"files" lists ${entry}, which packed nothing`);
    }
  }
  for (const { path } of files) {
    const denied = DENIED.find(([pattern]) => pattern.test(path));
    if (denied) problems.push(`${path} must not be published: ${denied[1]}`);
    else if (!ALLOWED.some((pattern) => pattern.test(path))) {
      problems.push(`${path} is not a kind of file the package ships (add a pattern to ALLOWED in scripts/package-files.js if intended)`);
    }
  }
  if (packedSize > MAX_PACKED_BYTES) problems.push(`the tarball is ${kib(packedSize)}, over the ${kib(MAX_PACKED_BYTES)} ceiling`);
  if (unpackedSize > MAX_UNPACKED_BYTES) {
    problems.push(`the unpacked package is ${kib(unpackedSize)}, over the ${kib(MAX_UNPACKED_BYTES)} ceiling`);
  }
  return problems;
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The file list as a table: size and path, one a line, then the totals. */
export function formatFileList(files, { packedSize, unpackedSize }) {
  const width = Math.max(...files.map((file) => String(file.size).length));
  const lines = [...files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((file) => `  ${String(file.size).padStart(width)}  ${file.path}`);
  lines.push(`  ${files.length} files, ${kib(unpackedSize)} unpacked, ${kib(packedSize)} packed`);
  return lines.join('\n');
}
