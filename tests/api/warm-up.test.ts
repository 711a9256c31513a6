import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import { buildSchema } from '../../server/graphql/schema.js';
import { WARM_UP_OPERATIONS } from '../../server/graphql/warm-up.js';
import type { RunningServer } from '../../server/start-server.js';
import { startTestServer } from '../support/server.js';

describe('the start-up warm-up of query plans', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({ environment: { WARM_UP_QUERY_PLANS: 'true' } });
  });

  afterAll(async () => {
    await server.close();
  });

  it('is on unless an operator switches it off', () => {
    expect(readConfig({}).warmUpQueryPlans).toBe(true);
    expect(readConfig({ WARM_UP_QUERY_PLANS: 'false' }).warmUpQueryPlans).toBe(false);
  });

  it('asks only what the schema allows, so it cannot drift from it', () => {
    const schema = buildSchema();
    for (const operation of WARM_UP_OPERATIONS) {
      expect(validate(schema, parse(operation)).map((error) => error.message), operation).toEqual([]);
    }
  });

  it('runs every operation against the real graph without an error, in the background', async () => {
    expect(await server.warmedUp).toEqual({ operations: WARM_UP_OPERATIONS.length, failed: 0, millis: expect.any(Number) });
  });
});
