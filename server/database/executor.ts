import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Session } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { CircuitBreaker, DEFAULT_CIRCUIT_OPTIONS, type CircuitBreakerOptions } from './circuit-breaker.js';
import { ApiError, DatabaseTimeoutError, DatabaseUnavailableError, RequestCancelledError } from './errors.js';
import { Aborted, DeadlineExceeded, guard } from './guard.js';

export type Parameters = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface ExecutorOptions {
  /** Longest a read transaction may run; the database terminates it then (driver transaction config). */
  readTimeoutMillis: number;
  /** The same for writes (schema, imports), which legitimately run longer. */
  writeTimeoutMillis: number;
  /**
   * How much longer than its timeout the executor waits for the database to report it before it
   * stops waiting itself: the database checks time-outs periodically, and a frozen one never does.
   */
  graceMillis: number;
  /** Deadline of a reachability probe (`RETURN 1`): readiness and the circuit's background probe. */
  probeTimeoutMillis: number;
  circuit: CircuitBreakerOptions;
}

/** An API write (an edit, a review, a session) is a handful of statements: seconds, not minutes. */
export const DEFAULT_EDIT_TIMEOUT_MILLIS = 10_000;

export const DEFAULT_EXECUTOR_OPTIONS: ExecutorOptions = {
  readTimeoutMillis: 5_000,
  writeTimeoutMillis: 300_000,
  graceMillis: 1_000,
  probeTimeoutMillis: 1_500,
  circuit: DEFAULT_CIRCUIT_OPTIONS,
};

/** What one database call may be given besides its Cypher. */
export interface CallOptions {
  /** Fires when whoever asked went away (the HTTP client aborted): the transaction is stopped. */
  signal?: AbortSignal;
}

export interface WriteOptions extends CallOptions {
  /** A shorter timeout than the write default (an API edit is small; an import is not). */
  timeoutMillis?: number;
}

// Driver error codes that mean "the database cannot be reached right now".
const UNAVAILABLE_CODES = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);
// The database stopped a transaction that outlived its timeout.
const TIMED_OUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * The one door to the database: sessions, transactions, time-outs, cancellation, routing and
 * error translation live here and nowhere else. Resolvers get a per-request `QueryRunner` that
 * also counts round trips, which is how the tests prove nested queries are batched.
 *
 * Every transaction has a timeout the database enforces, and a deadline the executor enforces
 * itself (timeout + grace) for a database that does not answer at all. While the database is
 * known to be down (the circuit is open) queries fail at once with DATABASE_UNAVAILABLE.
 */
export class Executor {
  private readonly options: ExecutorOptions;
  private readonly circuit: CircuitBreaker;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly logger: Logger,
    options: Partial<ExecutorOptions> = {},
  ) {
    this.options = { ...DEFAULT_EXECUTOR_OPTIONS, ...options };
    this.circuit = new CircuitBreaker(() => this.probe(), logger, this.options.circuit);
  }

  /** A runner for one request (or one script), with its own round-trip counter and the request's abort signal. */
  runner(signal?: AbortSignal, writeTimeoutMillis?: number): QueryRunner {
    return new QueryRunner(this, signal, writeTimeoutMillis);
  }

  /** True while the database is known to be down and queries are refused without trying. */
  get failingFast(): boolean {
    return this.circuit.isOpen;
  }

  /** Runs a read in a READ transaction, routed to a follower or read replica when clustered. */
  async read(query: string, parameters: Parameters = {}, options: CallOptions = {}): Promise<Row[]> {
    return this.transaction(
      'READ',
      async (transaction) => {
        const result = await transaction.run(query, withIntegers(parameters));
        return result.records.map((record) => record.toObject() as Row);
      },
      query,
      options,
    );
  }

  /** Runs several statements in one write transaction: all of them or none. */
  async writeTransaction<T>(work: (transaction: ManagedTransaction) => Promise<T>, options: WriteOptions = {}): Promise<T> {
    return this.transaction('WRITE', work, 'write transaction', options);
  }

  /**
   * True when the database answers a trivial query within the probe deadline; never throws and
   * never waits longer. While the circuit is open the background probe decides, so this answers at once.
   * A refused connection opens the circuit; a slow answer alone does not (a busy database is not a dead one).
   */
  async isReachable(): Promise<boolean> {
    if (this.circuit.isOpen) return false;
    try {
      await this.probe();
      this.circuit.recordSuccess();
      return true;
    } catch (error) {
      if (isUnavailable(error)) this.circuit.trip(error.code);
      return false;
    }
  }

  async close(): Promise<void> {
    this.circuit.dispose();
    await this.driver.close();
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (transaction: ManagedTransaction) => Promise<T>,
    description: string,
    { signal, timeoutMillis }: WriteOptions,
  ): Promise<T> {
    if (this.circuit.isOpen) throw new DatabaseUnavailableError();
    if (signal?.aborted) throw new RequestCancelledError();
    const timeout = timeoutMillis ?? (mode === 'READ' ? this.options.readTimeoutMillis : this.options.writeTimeoutMillis);
    const session = this.session(mode);
    let settled = false;
    try {
      const running = mode === 'READ' ? session.executeRead(work, { timeout }) : session.executeWrite(work, { timeout });
      const result = await guard(running, timeout + this.options.graceMillis, signal);
      settled = true;
      this.circuit.recordSuccess();
      return result;
    } catch (error) {
      settled = !(error instanceof Aborted || error instanceof DeadlineExceeded);
      throw this.translate(error, description, timeout);
    } finally {
      // Closing a session whose transaction still runs resets the connection: the database stops
      // the transaction. A frozen database never acknowledges the reset, so do not wait for it then.
      if (settled) await session.close();
      else void session.close().catch(() => {});
    }
  }

  /** One trivial query, no retries, bounded by the probe deadline. */
  private async probe(): Promise<void> {
    const session = this.session('READ');
    let settled = false;
    try {
      const running = session.run('RETURN 1 AS ok', {}, { timeout: this.options.probeTimeoutMillis });
      await guard(Promise.resolve(running), this.options.probeTimeoutMillis);
      settled = true;
    } finally {
      if (settled) await session.close();
      else void session.close().catch(() => {});
    }
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /** Driver errors become API errors; the detail (and the Cypher) goes to the log only. */
  private translate(error: unknown, query: string, timeoutMillis: number): ApiError {
    if (error instanceof ApiError) return error;
    if (error instanceof Aborted) {
      this.logger.debug({ query }, 'client went away: transaction stopped');
      return new RequestCancelledError();
    }
    if (error instanceof DeadlineExceeded) {
      // Either a very slow query on a database too busy to enforce its timeout, or a database
      // that answers nothing at all (frozen): a probe tells them apart, and opens the circuit if
      // the database does not answer `RETURN 1` either.
      this.logger.warn({ query, deadlineMillis: error.deadlineMillis }, 'database gave no answer before the deadline');
      this.probe().then(
        () => this.circuit.recordSuccess(),
        () => this.circuit.trip('no answer to a query past its deadline, nor to a probe'),
      );
      return new DatabaseTimeoutError(timeoutMillis);
    }
    if (error instanceof Neo4jError && TIMED_OUT_CODES.has(error.code)) {
      this.logger.warn({ query, timeoutMillis }, 'transaction timed out');
      return new DatabaseTimeoutError(timeoutMillis);
    }
    if (isUnavailable(error)) {
      this.logger.warn({ code: error.code, message: error.message }, 'database unavailable');
      this.circuit.trip(error.code);
      return new DatabaseUnavailableError();
    }
    this.logger.error({ err: error, query }, 'database query failed');
    return new ApiError('INTERNAL_SERVER_ERROR', 'The query could not be completed.');
  }
}

function isUnavailable(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code);
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

/** Per-request facade over the executor that counts database round trips and carries the request's abort signal. */
export class QueryRunner {
  private trips = 0;

  constructor(
    private readonly executor: Executor,
    private readonly signal?: AbortSignal,
    private readonly writeTimeoutMillis = DEFAULT_EDIT_TIMEOUT_MILLIS,
  ) {}

  get roundTrips(): number {
    return this.trips;
  }

  read(query: string, parameters: Parameters = {}): Promise<Row[]> {
    this.trips += 1;
    return this.executor.read(query, parameters, { signal: this.signal });
  }

  /**
   * One write transaction of the API (an edit, a review, a sign-in): all of it or none, within
   * EDIT_TRANSACTION_TIMEOUT_MS. Not tied to the request's abort signal: once a change has started
   * it commits or rolls back as a whole, whether or not the client still waits for the answer.
   */
  write<T>(work: (transaction: ManagedTransaction) => Promise<T>): Promise<T> {
    this.trips += 1;
    return this.executor.writeTransaction(work, { timeoutMillis: this.writeTimeoutMillis });
  }
}
