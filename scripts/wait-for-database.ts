import type { Executor } from '../server/database/executor.js';

/** A database given by NEO4J_URI (e.g. docker compose) may still be starting: wait up to a minute. */
export async function waitForDatabase(executor: Executor, say: (line: string) => void, timeoutMillis = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMillis;
  let warned = false;
  while (!(await executor.isReachable())) {
    if (Date.now() > deadline) throw new Error(`The database did not answer within ${timeoutMillis / 1000} s.`);
    if (!warned) say('Waiting for the database to accept connections…');
    warned = true;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
