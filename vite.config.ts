import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

/**
 * `vite build` emits the ES module build for bundlers (lit and zod external, one file per source
 * module so bundlers tree-shake and `exports` can point at entries); `vite build --mode script`
 * emits the one self-contained file for `<script src>`; `vite build --mode page` the fallback status
 * page's own. `vite` alone serves the demo.
 */
/** A self-contained, minified IIFE for `<script src>`: everything inside, one file (SRI covers it all). */
function selfContained(entry: string, name: string, fileName: string): UserConfig {
  return {
    publicDir: false,
    plugins: [minifyTemplates()],
    build: {
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2021',
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
      rolldownOptions: { output: { minify: true } },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'script') return selfContained('src/script-tag.ts', 'StatusBanner', 'status-banner.js');
  // The fallback status page's script: separate, so that the banner's bundle never carries the page.
  if (mode === 'page') return selfContained('src/page/define.ts', 'StatusPage', 'status-page.js');
  return {
    publicDir: 'demo/public',
    plugins: [minifyTemplates()],
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
          'element/status-banner': 'src/element/status-banner.ts',
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
