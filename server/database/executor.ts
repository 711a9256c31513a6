import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { ApiError, DatabaseUnavailableError } from './errors.js';

export type Parameters = Record<string, unknown>;
export type Row = Record<string, unknown>;

// Driver error codes that mean "the database cannot be reached right now".
const UNAVAILABLE_CODES = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);

/**
 * The one door to the database: sessions, transactions, routing and error translation live
 * here and nowhere else. Resolvers get a per-request `QueryRunner` that also counts round trips,
 * which is how the tests prove nested queries are batched.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly logger: Logger,
  ) {}

  /** A runner for one request (or one script), with its own round-trip counter. */
  runner(): QueryRunner {
    return new QueryRunner(this);
  }

  /** Runs a read in a READ transaction, routed to a follower or read replica when clustered. */
  async read(query: string, parameters: Parameters = {}): Promise<Row[]> {
    return this.run('READ', query, parameters);
  }

  /** Runs several statements in one write transaction: all of them or none. */
  async writeTransaction<T>(work: (transaction: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw this.translate(error, 'write transaction');
    } finally {
      await session.close();
    }
  }

  /** True when the database answers a trivial query; never throws. */
  async isReachable(): Promise<boolean> {
    try {
      await this.read('RETURN 1 AS ok');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run(mode: 'READ' | 'WRITE', query: string, parameters: Parameters): Promise<Row[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const work = async (transaction: ManagedTransaction) => {
        const result = await transaction.run(query, withIntegers(parameters));
        return result.records.map((record) => record.toObject() as Row);
      };
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      throw this.translate(error, query);
    } finally {
      await session.close();
    }
  }

  /** Driver errors become API errors; the detail (and the Cypher) goes to the log only. */
  private translate(error: unknown, query: string): ApiError {
    if (error instanceof ApiError) return error;
    if (error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code)) {
      this.logger.warn({ code: error.code, message: error.message }, 'database unavailable');
      return new DatabaseUnavailableError();
    }
    this.logger.error({ err: error, query }, 'database query failed');
    return new ApiError('INTERNAL_SERVER_ERROR', 'The query could not be completed.');
  }
}

/**
 * JavaScript numbers travel to Neo4j as floats, which LIMIT, SKIP and range bounds refuse.
 * Every whole-number parameter the API sends is a count or a bound, so send it as an integer.
 */
function withIntegers(parameters: Parameters): Parameters {
  return Object.fromEntries(
    Object.entries(parameters).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}

/** Per-request facade over the executor that counts database round trips. */
export class QueryRunner {
  private trips = 0;

  constructor(private readonly executor: Executor) {}

  get roundTrips(): number {
    return this.trips;
  }

  read(query: string, parameters: Parameters = {}): Promise<Row[]> {
    this.trips += 1;
    return this.executor.read(query, parameters);
  }
}
