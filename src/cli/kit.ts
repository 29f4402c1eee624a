import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from './errors.js';

/**
 * The browser files a kit serves, from the package's dist/ (beside dist/cli/, where this module is
 * built): the loader, the element chunk it loads from beside itself (its name carries its hash),
 * and the fallback page's one script.
 */
const KIT_FILE = /^status-(banner|banner-element\.[\w-]+|page)\.js$/;
const REQUIRED = [
  { name: 'status-banner.js', matches: (file: string) => file === 'status-banner.js' },
  { name: 'status-banner-element.*.js', matches: (file: string) => file.startsWith('status-banner-element.') },
  { name: 'status-page.js', matches: (file: string) => file === 'status-page.js' },
];

/** The kit's browser files, by name, with their paths in dist/; throws InputError when the build lacks one. */
export function kitScripts(): { name: string; file: string }[] {
  // Not `new URL(name, import.meta.url)`: Vite rewrites that pattern into an asset import at build time.
  const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const names = existsSync(dist) ? readdirSync(dist).filter((name) => KIT_FILE.test(name)) : [];
  const missing = REQUIRED.find((required) => !names.some(required.matches));
  if (missing) throw new InputError(`${missing.name} is missing beside the CLI (${dist}): run npm run build`);
  return names.map((name) => ({ name, file: path.join(dist, name) }));
}

export { escapeHtml, fallbackPageHtml } from './fallback-page.js';
