import { defineConfig } from 'vitest/config';

/**
 * Two tiers, each mirroring `src/`: `unit` is pure logic and stays fast (`npm run test:unit`);
 * `integration` runs the CLI as subprocesses, builds, and fuzzes (`npm run test:integration`).
 * The browser tier is @web/test-runner (`npm run test:browser`).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
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
