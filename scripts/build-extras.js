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
  writeFileSync(target, asciiOnly(readFileSync(target, 'utf8')));
}

// Subresource Integrity of every file a page loads with <script src>, for hosts that pin them.
const browserFiles = readdirSync('dist').filter((name) => name.endsWith('.js') && name.startsWith('status-'));
const lines = browserFiles.map(
  (name) =>
    `${name} sha384-${createHash('sha384')
      .update(readFileSync(path.join('dist', name)))
      .digest('base64')}`,
);
writeFileSync('dist/SRI.txt', `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
