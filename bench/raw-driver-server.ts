import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { OPERATIONS, type Operation, type RunCypher } from './operations.js';

/** Whole numbers go as Neo4j integers, as the executor sends them (LIMIT refuses floats). */
export function withIntegers(parameters: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(parameters).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}

/**
 * The baseline: a bare HTTP server that answers `POST /<operation index>` by running the
 * operation's Cypher with the driver in READ transactions and returning the rows as JSON. Same
 * HTTP, same driver settings as the API; no GraphQL, no resolvers, no loaders.
 */
export async function startRawDriverServer(
  driver: Driver,
  database: string,
  operations: Pick<Operation, 'raw'>[] = OPERATIONS,
): Promise<{ url: string; close(): Promise<void> }> {
  const run: RunCypher = async (query, parameters) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(async (transaction) => {
        const result = await transaction.run(query, withIntegers(parameters));
        return result.records.map((record) => record.toObject());
      });
    } finally {
      await session.close();
    }
  };
  const server: Server = createServer((request, response) => {
    const operation = operations[Number(request.url?.slice(1))];
    request.resume();
    if (!operation) {
      response.writeHead(404).end();
      return;
    }
    operation.raw(run).then(
      (result) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
