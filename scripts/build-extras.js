// Second half of `npm run build`: what Vite does not emit itself.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { feedJsonSchema } from '../dist/feed/json-schema.js';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
writeFileSync('dist/status-banner.schema.json', `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
// Globs, the Lit plugin and the shipped-paths plugin: custom-elements-manifest.config.mjs.
run('npx', ['custom-elements-manifest', 'analyze']);

const bundle = readFileSync('dist/status-banner.js');
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
writeFileSync('dist/status-banner.js.sri', `${integrity}\n`);
console.log(`dist/status-banner.js integrity: ${integrity}`);
