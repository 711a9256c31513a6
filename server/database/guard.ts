/** Why a guarded piece of database work stopped before it settled. */
export class DeadlineExceeded extends Error {
  constructor(readonly deadlineMillis: number) {
    super(`no answer within ${deadlineMillis} ms`);
  }
}

export class Aborted extends Error {
  constructor() {
    super('the request was aborted');
  }
}

/**
 * Settles with `work`, or rejects with DeadlineExceeded after `deadlineMillis`, or with Aborted
 * as soon as `signal` fires, whichever comes first. The caller then closes the session, which
 * makes the driver reset the connection and the database stop the transaction. A database that
 * is frozen (no answer at all) cannot hold a request past its deadline this way.
 */
export function guard<T>(work: Promise<T>, deadlineMillis: number, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) {
    work.catch(() => {});
    return Promise.reject(new Aborted());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => finish(() => reject(new Aborted()));
    const timer = setTimeout(() => finish(() => reject(new DeadlineExceeded(deadlineMillis))), deadlineMillis);
    let settled = false;
    function finish(settle: () => void): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}
