import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (index.js) and ESM (index.mjs) without an exports map. Node loads
    // index.js for graphql-yoga; Vite would pick index.mjs for our code. Two GraphQLError classes
    // then break `instanceof` and yoga masks our API errors. One copy, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
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
