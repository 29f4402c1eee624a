import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config.js';

/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): the `unit` project alone. The
 * vitest runner has no project option, and the integration project's global setup builds the CLI
 * with Vite, which every test run under Stryker would repeat.
 */
export default defineConfig({ test: { projects: [unitProject] } });
