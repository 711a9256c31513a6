import type { Logger } from '../logger.js';

export interface CircuitBreakerOptions {
  /** First wait before probing a database that just went away; doubles up to `maxBackoffMillis`. */
  initialBackoffMillis: number;
  maxBackoffMillis: number;
}

export const DEFAULT_CIRCUIT_OPTIONS: CircuitBreakerOptions = { initialBackoffMillis: 250, maxBackoffMillis: 2_000 };

/**
 * Remembers that the database is down, so that requests fail in milliseconds instead of each
 * waiting for the driver's connection time-outs and retries.
 *
 * Closed: queries go through. `trip()` (a query found the database unreachable) opens it: queries
 * are refused at once while a background probe (`probe`, one trivial query with a short deadline)
 * runs with exponential backoff; the first probe that succeeds closes it again. No request ever
 * waits on the probe, and the probe is the only traffic the database sees while it is down.
 */
export class CircuitBreaker {
  private openedAt: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly logger: Logger,
    private readonly options: CircuitBreakerOptions = DEFAULT_CIRCUIT_OPTIONS,
  ) {}

  get isOpen(): boolean {
    return this.openedAt !== undefined;
  }

  /** The database was found unreachable: refuse queries until a probe succeeds. */
  trip(reason: string): void {
    if (this.isOpen || this.disposed) return;
    this.openedAt = Date.now();
    this.logger.warn({ reason }, 'database unreachable: failing fast until a probe succeeds');
    this.schedule(this.options.initialBackoffMillis);
  }

  /** A query or an outside check reached the database. */
  recordSuccess(): void {
    if (!this.isOpen) return;
    this.logger.info({ downMillis: Date.now() - this.openedAt! }, 'database reachable again');
    this.openedAt = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private schedule(delayMillis: number): void {
    this.timer = setTimeout(() => void this.probeOnce(delayMillis), delayMillis);
    // A server that is shutting down must not be held open by its probe.
    this.timer.unref();
  }

  private async probeOnce(lastDelayMillis: number): Promise<void> {
    if (!this.isOpen || this.disposed) return;
    try {
      await this.probe();
      this.recordSuccess();
    } catch {
      if (this.isOpen && !this.disposed) this.schedule(Math.min(lastDelayMillis * 2, this.options.maxBackoffMillis));
    }
  }
}
