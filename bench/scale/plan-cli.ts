/**
 * Prints the PROFILE plan of one Cypher statement (operator, details, rows, db hits), for finding
 * which step of a query does the work:
 *   npx tsx bench/scale/plan-cli.ts --uri bolt://… --params '{"id": "…"}' < statement.cypher
 */
import { readFileSync } from 'node:fs';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { withIntegers } from '../raw-driver-server.js';
import { readScaleArguments } from './scale-options.js';

const args = readScaleArguments(process.argv.slice(2));
const statement = readFileSync(0, 'utf8');
const driver = neo4j.driver(args.uri ?? process.env.BENCH_SCALE_URI ?? 'bolt://127.0.0.1:7687');

function print(plan: ProfiledPlan, depth = 0): void {
  const details = String(plan.arguments.Details ?? '').slice(0, 110);
  console.log(`${'  '.repeat(depth)}${plan.operatorType.replace(/@.*/, '')}  rows=${plan.rows} hits=${plan.dbHits}  ${details}`);
  for (const child of plan.children) print(child, depth + 1);
}

const session = driver.session({ defaultAccessMode: neo4j.session.READ });
try {
  const result = await session.run(`PROFILE ${statement}`, withIntegers(args.params ? (JSON.parse(args.params) as Record<string, unknown>) : {}));
  print(result.summary.profile as ProfiledPlan);
} finally {
  await session.close();
  await driver.close();
}
