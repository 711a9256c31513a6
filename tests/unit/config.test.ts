import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';

describe('configuration from the environment', () => {
  it('defaults to port 4000, a local Neo4j and GraphiQL on', () => {
    const config = readConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.localPort).toBe(7687);
    expect(config.graphiql).toBe(true);
  });

  it.each(['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://abc.databases.neo4j.io'])('accepts %s as NEO4J_URI', (uri) => {
    expect(readConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
  });

  it('refuses a malformed NEO4J_URI or port with a message naming the variable', () => {
    expect(() => readConfig({ NEO4J_URI: 'http://db:7474' })).toThrow(/NEO4J_URI/);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('lets an operator switch GraphiQL and introspection off', () => {
    const config = readConfig({ GRAPHIQL: 'false', GRAPHQL_INTROSPECTION: '0' });
    expect(config.graphiql).toBe(false);
    expect(config.introspection).toBe(false);
  });

  it('gives every transaction a timeout of a few seconds, writes and probes their own, and refuses none at all', () => {
    expect(readConfig({}).neo4j).toMatchObject({ readTimeoutMillis: 5_000, writeTimeoutMillis: 300_000, probeTimeoutMillis: 1_500 });
    expect(readConfig({ NEO4J_TRANSACTION_TIMEOUT_MS: '2500' }).neo4j.readTimeoutMillis).toBe(2_500);
    expect(() => readConfig({ NEO4J_TRANSACTION_TIMEOUT_MS: '0' })).toThrow(/NEO4J_TRANSACTION_TIMEOUT_MS/);
    expect(() => readConfig({ NEO4J_PROBE_TIMEOUT_MS: 'soon' })).toThrow(/NEO4J_PROBE_TIMEOUT_MS/);
  });
});
