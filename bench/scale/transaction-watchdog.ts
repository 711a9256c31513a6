import type { Driver } from 'neo4j-driver';

/**
 * Terminates every transaction of the database older than `maxMillis`, every two seconds. The
 * API's reads time out by themselves (NEO4J_TRANSACTION_TIMEOUT_MS), but the bench's own PROFILE
 * runs and a build of another era's launcher may not, and Community edition cannot change
 * `db.transaction.timeout` at run time: one unbounded query on a supernode must not keep a core
 * busy for minutes and skew every later figure.
 */
export function startTransactionWatchdog(driver: Driver, maxMillis: number, onTerminate: (count: number) => void): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const check = async () => {
    const session = driver.session();
    try {
      const result = await session.run(
        `SHOW TRANSACTIONS YIELD transactionId, elapsedTime, currentQuery
         WHERE elapsedTime > duration({milliseconds: $maxMillis}) AND NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
         RETURN collect(transactionId) AS ids`,
        { maxMillis },
      );
      const ids = result.records[0]?.get('ids') as string[];
      if (ids.length > 0) {
        await session.run('TERMINATE TRANSACTIONS $ids', { ids });
        onTerminate(ids.length);
      }
    } catch {
      // The database is busy or stopping: the next round tries again.
    } finally {
      await session.close();
    }
  };
  const timer = setInterval(() => {
    running = running.then(check);
  }, 2_000);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
