import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readConfig } from '../../server/config.js';

// No Docker engine runs here, so the compose file is checked for agreement with what the server reads.
const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as {
  services: Record<string, { image: string; environment: Record<string, string>; ports: string[]; volumes: string[]; healthcheck?: { test: string[] }; depends_on?: Record<string, { condition: string }> }>;
  volumes: Record<string, unknown>;
};
const neo4j = compose.services.neo4j!;
const app = compose.services.app!;

describe('docker-compose runs the same product on the official Neo4j image', () => {
  it('uses Neo4j 5.26 Community with a health check and a named data volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck?.test.join(' ')).toContain('RETURN 1');
    const dataVolume = neo4j.volumes.find((volume) => volume.endsWith(':/data'))!.split(':')[0]!;
    expect(Object.keys(compose.volumes)).toContain(dataVolume);
  });

  it('starts the app only once Neo4j is healthy', () => {
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it("gives the app an environment the server's config accepts, pointing at the neo4j service", () => {
    const config = readConfig(app.environment);
    const boltPort = neo4j.ports.map((port) => port.split(':').at(-1)).find((port) => port === '7687');
    expect(config.neo4j.uri).toBe(`bolt://neo4j:${boltPort}`);
    expect(config.neo4j.database).toBe('neo4j');
    expect(app.environment.NEO4J_USER + '/' + app.environment.NEO4J_PASSWORD).toBe(neo4j.environment.NEO4J_AUTH);
    expect(app.ports.some((port) => port.endsWith(`:${config.port}`))).toBe(true);
    expect(config.host).toBe('0.0.0.0');
  });

  it('bounds every transaction in the database too, not only those the app times out itself', () => {
    const config = readConfig(app.environment);
    const backstop = /^(\d+)(ms|s|m)$/.exec(neo4j.environment.NEO4J_db_transaction_timeout ?? '');
    expect(backstop).not.toBeNull();
    const backstopMillis = Number(backstop![1]) * { ms: 1, s: 1_000, m: 60_000 }[backstop![2] as 'ms' | 's' | 'm'];
    // Neo4j 5.3+ honours a driver's timeout above the backstop, so the app's own writes may run longer.
    expect(backstopMillis).toBeGreaterThan(config.neo4j.readTimeoutMillis);
    expect(config.neo4j.readTimeoutMillis).toBeLessThanOrEqual(10_000);
    expect(config.neo4j.writeTimeoutMillis).toBeGreaterThan(config.neo4j.readTimeoutMillis);
    expect(neo4j.environment.NEO4J_db_transaction_monitor_check_interval).toMatch(/^\d+ms$/);
  });
});
