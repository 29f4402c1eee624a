import { defineConfig, type UserConfig } from 'vite';
import {
  asciiOutput,
  ELEMENT_CHUNK_NAMES,
  elementChunkReference,
  loaderRegistry,
  minifyTemplates,
  removeOlderElementChunks,
} from './scripts/build-plugins.js';

/**
 * `npm run build` runs Vite once per output (see package.json):
 * - `vite build`: the ES modules for bundlers (lit and zod external, one file per source module, so
 *   bundlers tree-shake and `exports` can point at entries);
 * - `--mode element`: the element chunk, a self-contained ES module with its hash in its name;
 * - `--mode loader`: `status-banner.js`, the classic script that loads that chunk when needed
 *   (built after it: it pins the chunk's name and SHA-384);
 * - `--mode full`: `status-banner.full.js`, everything in one eager classic script;
 * - `--mode page`: `status-page.js`, the fallback page's one file.
 * `vite` alone serves the demo.
 */
const BROWSER_TARGET = 'es2021';

/** One self-contained, minified browser file: everything inside (SRI covers it all). */
function browserFile(entry: string, fileName: string, format: 'iife' | 'es', plugins: UserConfig['plugins'] = []): UserConfig {
  return {
    publicDir: false,
    plugins: [minifyTemplates(), asciiOutput(), ...plugins],
    build: {
      emptyOutDir: false,
      copyPublicDir: false,
      target: BROWSER_TARGET,
      minify: 'terser',
      terserOptions: { compress: { passes: 3 }, format: { comments: false } },
      // An IIFE needs a global name; ours assign nothing to it.
      lib: { entry, formats: [format], name: 'StatusBanner' },
      rolldownOptions: { output: { entryFileNames: fileName } },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'element') return browserFile('src/define.ts', ELEMENT_CHUNK_NAMES, 'es', [loaderRegistry(), removeOlderElementChunks()]);
  if (mode === 'loader') return browserFile('src/script-tag.ts', 'status-banner.js', 'iife', [elementChunkReference('dist')]);
  if (mode === 'full') return browserFile('src/full.ts', 'status-banner.full.js', 'iife');
  // The fallback status page's script: separate, so that the banner's files never carry the page.
  if (mode === 'page') return browserFile('src/page/define-status-page.ts', 'status-page.js', 'iife');
  return {
    publicDir: 'demo/public',
    plugins: [minifyTemplates(), asciiOutput()],
    server: { open: '/demo/' },
    build: {
      copyPublicDir: false,
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          // One entry per `exports` subpath of package.json, named after its place in dist/, so
          // that every export of these modules survives and the d.ts from tsc sits beside it.
          index: 'src/index.ts',
          define: 'src/define.ts',
          lazy: 'src/lazy.ts',
          'banner/status-banner': 'src/banner/status-banner.ts',
          'feed/schema': 'src/feed/schema.ts',
          'cli/main': 'src/cli/main.ts',
        },
        formats: ['es'],
      },
      rolldownOptions: {
        // The CLI's own dependencies stay imports too: installed with the package, never bundled.
        external: [/^lit($|\/)/, /^zod($|\/)/, /^node:/, 'proper-lockfile', 'write-file-atomic'],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
