// `npm run lint`: ESLint at zero warnings. Type-aware typescript-eslint rules on every .ts file
// (each resolved against its nearest tsconfig.json), Lit template rules and web component rules
// on the element's sources, plain recommended rules on the Node scripts and configs.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'coverage/',
    'node_modules/',
    '.bench/',
    'demo/public/mockServiceWorker.js',
    'custom-elements.json',
    'reports/',
    '.stryker-tmp/',
  ]),

  js.configs.recommended,

  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `dataset['src']`, `record['key']`: bracket access marks a key that may be absent.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // `@click=${() => this.dismiss()}`, `() => resolve()`: arrow shorthand is the idiom for handlers.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `declare global { interface HTMLElementEventMap extends StatusBannerEventMap {} }` merges declarations.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // `||` is deliberate where an empty string or a 0/NaN time must fall through to the next source
      // (`locale || lang || navigator.language`, `description || fallback`, `a && b || c`).
      '@typescript-eslint/prefer-nullish-coalescing': [
        'error',
        { ignorePrimitives: { string: true, number: true }, ignoreMixedLogicalExpressions: true },
      ],
      // Numbers and booleans in template literals read naturally in messages and CSS.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Unused parameters named _x are kept on purpose (interfaces, Lit lifecycle signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },

  {
    // The examples import the built package (dist/), and their own toolchains (tsc, vue-tsc,
    // svelte-check, ngc) type-check them in `npm run typecheck:examples`: lint them without types,
    // so that `npm run lint` does not depend on a build.
    files: ['examples/**/*.ts', 'examples/**/*.tsx'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/browser/**/*.ts', 'examples/**/*.ts', 'examples/**/*.tsx'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    languageOptions: { globals: globals.browser },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // LitElement always defines connectedCallback/disconnectedCallback: guarding super calls is noise.
      'wc/guard-super-call': 'off',
    },
  },

  {
    files: ['src/banner/**/*.ts', 'src/page/**/*.ts', 'src/ui/**/*.ts', 'src/present/**/*.ts', 'test/**/*.ts'],
    rules: {
      // Lit calls template listeners (`@keydown=${this.onKeydown}`) with `this` bound to the host, and
      // the i18n tables declare their functions with method syntax but never use `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  {
    files: ['test/**/*.ts', 'demo/**/*.ts', 'examples/**/main.ts', 'examples/**/main.tsx'],
    rules: {
      // With `noUncheckedIndexedAccess`, `items[0]!` / `querySelector(…)!` in a test, the demo or an app's
      // bootstrap is an
      // assertion whose failure would surface at once; narrowing each one adds nothing.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },

  {
    files: ['test/**/*.ts'],
    rules: {
      // Fixtures are untyped JSON on purpose (the adapters exist to read unknown documents), and
      // tests poke at them freely; the type-safety rules that matter run on src/.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },

  {
    // Functions these scripts hand to puppeteer's page.evaluate() run in the browser.
    files: ['scripts/pack-test.js', 'scripts/bench-*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
