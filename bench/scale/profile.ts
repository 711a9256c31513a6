import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { withIntegers } from '../raw-driver-server.js';

export interface ProfileFigures {
  dbHits: number;
  rows: number;
  milliseconds: number;
  /** Set when the query did not finish within the timeout (then the other figures are 0). */
  failure?: string;
}

function totalDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + totalDbHits(child), 0);
}

/**
 * Runs `query` with PROFILE in a read transaction that times out after `timeoutMillis`, and
 * returns the total db hits of its plan and the rows it returned.
 */
export async function profileQuery(
  driver: Driver,
  query: string,
  parameters: Record<string, unknown>,
  timeoutMillis = 60_000,
): Promise<ProfileFigures> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const started = performance.now();
  try {
    const result = await session.executeRead((transaction) => transaction.run(`PROFILE ${query}`, withIntegers(parameters)), {
      timeout: timeoutMillis,
    });
    const plan = result.summary.profile;
    return {
      dbHits: plan ? totalDbHits(plan) : 0,
      rows: result.records.length,
      milliseconds: performance.now() - started,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { dbHits: 0, rows: 0, milliseconds: performance.now() - started, failure: message };
  } finally {
    await session.close();
  }
}
