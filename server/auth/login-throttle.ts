import type { LoginLimits } from '../config.js';
import type { Clock } from './sessions.js';

/** Keys followed at once; past this the oldest are forgotten, so a flood of made-up accounts cannot fill memory. */
const MAX_KEYS = 100_000;

/**
 * Counts refused sign-ins per account (its folded email, whether or not the account exists) and
 * per client address in a sliding window; past LOGIN_MAX_FAILURES_PER_ACCOUNT or
 * LOGIN_MAX_FAILURES_PER_ADDRESS, sign-in is refused (429) until the oldest failure leaves the
 * window, even with the right password. A successful sign-in clears its account's count.
 * The counts live in this process: each API replica counts on its own.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: LoginLimits,
    private readonly clock: Clock = Date.now,
  ) {}

  /** Seconds to wait before trying again, or null when this sign-in may be tried. */
  retryAfterSeconds(login: string, address: string): number | null {
    const now = this.clock();
    const waits = [
      this.wait(`account:${login}`, this.limits.maxFailuresPerAccount, now),
      this.wait(`address:${address}`, this.limits.maxFailuresPerAddress, now),
    ].filter((wait): wait is number => wait !== null);
    return waits.length ? Math.max(...waits) : null;
  }

  recordFailure(login: string, address: string): void {
    const now = this.clock();
    for (const key of [`account:${login}`, `address:${address}`]) {
      const recent = this.recent(key, now);
      recent.push(now);
      this.failures.delete(key);
      this.failures.set(key, recent);
    }
    while (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
  }

  recordSuccess(login: string): void {
    this.failures.delete(`account:${login}`);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < this.limits.windowMillis);
  }

  private wait(key: string, limit: number, now: number): number | null {
    const recent = this.recent(key, now);
    if (recent.length < limit) return null;
    const freedAt = recent[recent.length - limit]! + this.limits.windowMillis;
    return Math.max(1, Math.ceil((freedAt - now) / 1000));
  }
}
