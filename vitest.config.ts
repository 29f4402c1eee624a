import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** Pure logic, fast; also the only tier mutation testing runs (vitest.mutation.config.ts). */
export const unitProject: TestProjectInlineConfiguration = {
  test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
};

/**
 * Two tiers, each mirroring `src/`: `unit` is pure logic and stays fast (`npm run test:unit`);
 * `integration` runs the CLI as subprocesses, builds, and fuzzes (`npm run test:integration`).
 * The browser tier is @web/test-runner (`npm run test:browser`).
 */
export default defineConfig({
  test: {
    projects: [
      unitProject,
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/integration/cli/global-setup.ts'],
        },
      },
    ],
  },
});
