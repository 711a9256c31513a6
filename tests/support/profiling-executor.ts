import neo4j, { type Driver } from 'neo4j-driver';
import { readConfig } from '../../server/config.js';
import { createDriver } from '../../server/database/driver.js';
import { Executor, type Parameters, type Row } from '../../server/database/executor.js';
import { createLogger } from '../../server/logger.js';

interface ProfiledOperator {
  dbHits: number;
  children: ProfiledOperator[];
}

function totalDbHits(operator: ProfiledOperator): number {
  return operator.dbHits + operator.children.reduce((sum, child) => sum + totalDbHits(child), 0);
}

/**
 * The real executor, except that every read runs under PROFILE and adds its database hits to
 * `dbHits`: a test reads what one GraphQL operation cost the database, through the API's own
 * queries and parameters. (The executor hands out rows only, so reads go through a driver here.)
 */
export class ProfilingExecutor extends Executor {
  dbHits = 0;
  /** Each profiled read, in order: its first line and what it cost, to say which one was dear. */
  readonly reads: { query: string; dbHits: number }[] = [];

  constructor(
    private readonly profilingDriver: Driver,
    private readonly databaseName: string,
  ) {
    super(profilingDriver, databaseName, createLogger('silent'));
  }

  override async read(query: string, parameters: Parameters = {}): Promise<Row[]> {
    const session = this.profilingDriver.session({ database: this.databaseName, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((transaction) => transaction.run(`PROFILE ${query}`, integers(parameters)), { timeout: 60_000 });
      const hits = totalDbHits(result.summary.profile as unknown as ProfiledOperator);
      this.dbHits += hits;
      this.reads.push({ query: query.split('\n').find((line) => line.trim() && !line.startsWith('//'))!.slice(0, 80), dbHits: hits });
      return result.records.map((record) => record.toObject() as Row);
    } finally {
      await session.close();
    }
  }

  /** Database hits of what `work` asks of this executor. */
  async measure(work: () => Promise<unknown>): Promise<number> {
    return (await this.measureReads(work)).hits;
  }

  /** Database hits of what `work` asks of this executor, and the reads that spent them. */
  async measureReads(work: () => Promise<unknown>): Promise<{ hits: number; reads: string }> {
    const before = this.dbHits;
    const first = this.reads.length;
    await work();
    const reads = this.reads.slice(first).map((read) => `${read.dbHits} × ${read.query}`);
    return { hits: this.dbHits - before, reads: reads.join('; ') };
  }
}

/** Whole numbers as Neo4j integers, as the executor sends them (LIMIT refuses floats). */
function integers(parameters: Parameters): Parameters {
  return Object.fromEntries(
    Object.entries(parameters).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}

export function createProfilingExecutor(uri: string): ProfilingExecutor {
  const config = readConfig({ ...process.env, NEO4J_URI: uri });
  return new ProfilingExecutor(createDriver({ ...config.neo4j, uri }), config.neo4j.database);
}
