// Every file in dist/ is ASCII: a page served without a charset, or a CDN naming another one,
// would otherwise garble "…", "·" and accents. Run after a build (`npm test` builds first).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) => /\.(js|d\.ts|json|txt|sri)$/.test(file));

describe('dist/ is ASCII-only', () => {
  it('has the browser files to check', () => {
    expect(files).toEqual(expect.arrayContaining(['status-banner.js', 'status-banner.full.js', 'status-page.js', 'index.d.ts']));
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(path.join('dist', file), 'latin1');
    const offender = /[^\0-\x7f]/.exec(text);
    expect(offender && text.slice(Math.max(0, offender.index - 30), offender.index + 30)).toBeNull();
  });
});
