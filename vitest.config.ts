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
    // The shared test machine can be many times slower than a server: the API's own timeouts
    // (5 s per query, 1.5 s per readiness probe) would turn that into failures of tests about
    // other things. Tests of the timeouts themselves set theirs explicitly.
    env: { NEO4J_TRANSACTION_TIMEOUT_MS: '30000', NEO4J_PROBE_TIMEOUT_MS: '10000' },
    hookTimeout: 120_000,
  },
});
