// Vite plugins of `npm run build` (see vite.config.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * Minifies the markup and CSS inside Lit's html`` and css`` templates of our sources: minifiers
 * leave template text alone (it is data to them), and for Lit it is HTML and CSS.
 */
export function minifyTemplates() {
  return {
    name: 'status-banner:minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      // Whitespace between two elements is one space, not none: "Monitoring" and the message
      // after it are inline and must not run together.
      return (await minifyHTMLLiterals(code, { fileName: id, minifyOptions: { conservativeCollapse: true } })) ?? null;
    },
  };
}

/**
 * Every file in dist/ is ASCII: a page served without a charset, or a CDN that names another one,
 * would otherwise garble "…" and accents. Each other character becomes an escape that means the
 * same thing in the places our output holds one (strings, templates, regular expressions, and
 * comments of declarations): `\xNN` below U+0100 in JavaScript (accents cost 4 bytes, not 6),
 * `\uNNNN` otherwise and in JSON, which has no `\x`.
 */
export function asciiOnly(text, { json = false } = {}) {
  return text.replace(/[^\0-\x7f]/g, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 && !json ? `\\x${code.toString(16)}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

export function asciiOutput() {
  return {
    name: 'status-banner:ascii-output',
    // After minification, which turns escapes back into the characters they stand for.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = asciiOnly(file.code);
    },
  };
}

const CHUNK_PREFIX = 'status-banner-element.';
/** The element chunk's name: its content hash in it, so it can be cached for ever. */
export const ELEMENT_CHUNK_NAMES = `${CHUNK_PREFIX}[hash].js`;

/** Removes the element chunks of earlier builds from dist/, so the loader pins the one just built. */
export function removeOlderElementChunks() {
  return {
    name: 'status-banner:remove-older-element-chunks',
    writeBundle({ dir }, bundle) {
      for (const name of readdirSync(dir)) if (name.startsWith(CHUNK_PREFIX) && !(name in bundle)) rmSync(path.join(dir, name));
    },
  };
}

/** In the element chunk, `poll/registry.js` is the loader's registry, not a second poller (see registry-of-loader.ts). */
export function loaderRegistry() {
  return {
    name: 'status-banner:loader-registry',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer?.includes('/src/') || !source.endsWith('/poll/registry.js')) return null;
      return this.resolve(source.replace(/registry\.js$/, 'registry-of-loader.ts'), importer, { skipSelf: true });
    },
  };
}

/** `import { CHUNK_FILE, CHUNK_INTEGRITY } from 'virtual:status-banner-chunk'`: the chunk built just before, pinned. */
export function elementChunkReference(distDir) {
  const id = 'virtual:status-banner-chunk';
  return {
    name: 'status-banner:element-chunk-reference',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const file = readdirSync(distDir).find((name) => name.startsWith(CHUNK_PREFIX));
      if (!file) throw new Error(`no ${CHUNK_PREFIX}*.js in ${distDir}: build the element chunk first (vite build --mode element)`);
      const integrity = `sha384-${createHash('sha384')
        .update(readFileSync(path.join(distDir, file)))
        .digest('base64')}`;
      return `export const CHUNK_FILE = ${JSON.stringify(file)}; export const CHUNK_INTEGRITY = ${JSON.stringify(integrity)};`;
    },
  };
}
