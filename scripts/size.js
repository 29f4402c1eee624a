// `npm run size`: min+gzip (level 9) and brotli bytes of the shipped browser files, against the budget in package.json.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8'));
let over = false;
console.log('file                         bytes   gzip -9    brotli    budget (gzip)');
for (const [file, budget] of Object.entries(sizeBudget)) {
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const verdict = gzip > budget ? 'OVER' : 'ok';
  over ||= gzip > budget;
  console.log(`${file.padEnd(26)} ${String(code.length).padStart(7)} ${String(gzip).padStart(9)} ${String(brotli).padStart(9)}    ${budget} ${verdict}`);
}
if (over) {
  console.error('size: over budget');
  process.exit(1);
}
