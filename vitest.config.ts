import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One real Neo4j for the whole run, started (and stopped) by the global setup.
    globalSetup: ['tests/support/global-setup.ts'],
    // Two cores: one worker per core; the database and the browser need the rest.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
