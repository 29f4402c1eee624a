import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from './errors.js';

/**
 * Browser bundles shipped in the package's dist/, beside dist/cli/ where this module is built.
 * status-page.js (the fallback page's script) is optional so the kit works before it exists.
 */
export const KIT_SCRIPTS = [
  { name: 'status-banner.js', required: true },
  { name: 'status-page.js', required: false },
] as const;

export type KitScriptName = (typeof KIT_SCRIPTS)[number]['name'];

/** Absolute path of a bundle in dist/, or undefined when this build does not have it. */
export function findBundle(name: KitScriptName): string | undefined {
  // Not `new URL(name, import.meta.url)`: Vite rewrites that pattern into an asset import at build time.
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', name);
  if (existsSync(file)) return file;
  if (KIT_SCRIPTS.find((script) => script.name === name)?.required) {
    throw new InputError(`${name} is missing beside the CLI (${file}): run npm run build`);
  }
  return undefined;
}

export { escapeHtml, fallbackPageHtml } from './fallback-page.js';
