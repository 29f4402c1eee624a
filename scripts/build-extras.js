// Last step of `npm run build`: what Vite does not emit itself.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { feedJsonSchema } from '../dist/feed/json-schema.js';
import { asciiOnly } from './build-plugins.js';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
writeFileSync('dist/status-banner.schema.json', `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
// Globs, the Lit plugin and the shipped-paths plugin: custom-elements-manifest.config.mjs.
run('npx', ['custom-elements-manifest', 'analyze']);

// Declarations keep our comments, some with "…" or accents: every file in dist/ is ASCII.
for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
  if (!/\.(d\.ts|json)$/.test(file)) continue;
  const target = path.join('dist', file);
  writeFileSync(target, asciiOnly(readFileSync(target, 'utf8'), { json: file.endsWith('.json') }));
}

// Subresource Integrity for every browser file: the self-contained scripts at the top of dist/,
// all named status-*.js (status-banner.js, status-page.js, and any other build such as a loader's
// element chunk); dist/index.js, define.js and the other ES modules are for bundlers. One
// dist/<file>.sri each (for `<script integrity>`; test:pack reads status-banner.js.sri) and
// dist/SRI.txt with all of them, `<integrity>  <file>` a line, which the release workflow attaches
// to the GitHub release.
const browserFiles = readdirSync('dist')
  .filter((name) => /^status-[\w.-]+\.js$/.test(name))
  .sort();
const lines = browserFiles.map((name) => {
  const digest = createHash('sha384')
    .update(readFileSync(`dist/${name}`))
    .digest('base64');
  const integrity = `sha384-${digest}`;
  writeFileSync(`dist/${name}.sri`, `${integrity}\n`);
  console.log(`dist/${name} integrity: ${integrity}`);
  return `${integrity}  ${name}\n`;
});
writeFileSync('dist/SRI.txt', lines.join(''));
