// `npm run size`: what each browser artefact costs, min + gzip -9 and brotli, with a breakdown
// (Lit, zod, ours) of the script-tag file; exits non-zero above the budgets in package.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** What a bundler user pays for `import 'status-banner'`: our modules minified, lit and zod left to the app. */
async function esmCost() {
  const result = await build({
    entryPoints: ['dist/index.js'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['lit', 'lit/*', 'zod', 'zod/*'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Minified bytes of the script-tag file per original source, from a source-mapped rebuild. */
function bytesBySource() {
  const outDir = mkdtempSync(join(tmpdir(), 'status-banner-size-'));
  try {
    execFileSync('npx', ['vite', 'build', '--mode', 'script', '--sourcemap', '--outDir', outDir, '--logLevel', 'error'], {
      stdio: 'inherit',
    });
    const code = readFileSync(join(outDir, 'status-banner.js'), 'utf8').split('\n');
    const map = JSON.parse(readFileSync(join(outDir, 'status-banner.js.map'), 'utf8'));
    const bytes = new Map();
    let source = 0;
    map.mappings.split(';').forEach((line, lineIndex) => {
      let column = 0;
      const segments = [];
      for (const segment of line.split(',').filter(Boolean)) {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = BASE64.indexOf(char);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >> 1) : value >> 1);
            value = 0;
            shift = 0;
          }
        }
        column += values[0];
        if (values.length > 1) source += values[1];
        segments.push({ column, source: values.length > 1 ? map.sources[source] : '(glue)' });
      }
      segments.forEach((segment, index) => {
        const end = segments[index + 1]?.column ?? code[lineIndex].length;
        bytes.set(segment.source, (bytes.get(segment.source) ?? 0) + end - segment.column);
      });
    });
    return bytes;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function group(source) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(source)) return 'Lit';
  if (source.includes('node_modules/zod/')) return 'zod/mini';
  return `ours: ${source.replace(/^.*?src\//, '').replace(/\/[^/]*$/, '/') || source}`;
}

const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8'));
const artefacts = {
  'dist/status-banner.js': readFileSync('dist/status-banner.js'),
  'dist/status-page.js': readFileSync('dist/status-page.js'),
  'dist/index.js (bundled, lit+zod external)': await esmCost(),
};
let over = false;
console.log(`${'file'.padEnd(44)} ${'min'.padStart(7)} ${'gzip -9'.padStart(8)} ${'brotli'.padStart(7)}  budget`);
for (const [name, code] of Object.entries(artefacts)) {
  const budget = sizeBudget[name.split(' ')[0]];
  const gz = gzip(code);
  over ||= budget !== undefined && gz > budget;
  const verdict = budget === undefined ? '' : `${budget} ${gz > budget ? 'OVER' : 'ok'}`;
  console.log(
    `${name.padEnd(44)} ${String(code.length).padStart(7)} ${String(gz).padStart(8)} ${String(brotli(code)).padStart(7)}  ${verdict}`,
  );
}

const scriptTag = artefacts['dist/status-banner.js'];
const totals = new Map();
for (const [source, bytes] of bytesBySource()) totals.set(group(source), (totals.get(group(source)) ?? 0) + bytes);
const minified = [...totals.values()].reduce((sum, bytes) => sum + bytes, 0);
console.log('\ndist/status-banner.js by origin (minified bytes; gzip share is proportional, ≈)');
for (const [name, bytes] of [...totals].sort((a, b) => b[1] - a[1])) {
  console.log(
    `  ${name.padEnd(30)} ${String(bytes).padStart(7)}  ≈${String(Math.round((gzip(scriptTag) * bytes) / minified)).padStart(6)} gz`,
  );
}

if (over) {
  console.error('\nsize: over budget (see sizeBudget in package.json)');
  process.exit(1);
}
