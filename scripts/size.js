// `npm run size`: size-limit checks the budgets (.size-limit.json, gzip -9; brotli beside it), then
// this prints what each browser file is made of, from its source map (source-map-explorer): Lit,
// zod and our folders. Shares of a minified file are estimates; omission is the true measure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explore } from 'source-map-explorer';

const run = (args) => execFileSync('npx', args, { stdio: 'inherit' });

/** What a byte of the bundle came from: a package, or a folder of src/. */
function part(file) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1].startsWith('@lit/') || /^lit(-html|-element)?$/.test(pkg[1]) ? 'lit' : pkg[1];
  const source = /\/src\/(.+)$/.exec(file);
  if (!source) return '(other)';
  return source[1].includes('/') ? `src/${source[1].split('/')[0]}/` : `src/${source[1]}`;
}

run(['size-limit']);
const outDir = mkdtempSync(join(tmpdir(), 'status-banner-size-'));
try {
  for (const mode of ['element', 'loader']) {
    // The loader pins the chunk found in its outDir: build both into the same one.
    run(['vite', 'build', '--mode', mode, '--sourcemap', '--outDir', outDir, '--logLevel', 'error']);
  }
  for (const name of readdirSync(outDir).filter((file) => file.endsWith('.js'))) {
    const { bundles } = await explore(join(outDir, name), { output: { format: 'json' }, noBorderChecks: true });
    const sizes = new Map();
    for (const [file, { size }] of Object.entries(bundles[0].files)) sizes.set(part(file), (sizes.get(part(file)) ?? 0) + size);
    const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    console.log(`\n${name.replace(/element\.[^.]+\./, 'element.*.')}: ${total} B minified, by part`);
    for (const [key, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${key.padEnd(28)} ${String(size).padStart(6)} B  ${((100 * size) / total).toFixed(1).padStart(5)} %`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
