import autocannon, { type Request, type Result } from 'autocannon';

export interface MixFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  failures: number;
}

/** An autocannon request for one GraphQL operation. */
export function graphqlRequest(body: { query: string; variables?: Record<string, unknown> }): Request {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  };
}

/** A request for the raw-driver server's operation `index`. */
export function rawRequest(index: number): Request {
  return { method: 'POST', path: `/${index}`, body: '' };
}

function fire(url: string, requests: Request[], duration: number, connections: number): Promise<Result> {
  // One worker thread fires the requests, so the servers keep the main thread to themselves.
  return autocannon({ url, connections, duration, pipelining: 1, workers: 1, requests });
}

/** The segments of one side: requests/s over all of them, latency percentiles averaged. */
function combine(runs: Result[]): MixFigures {
  const total = runs.reduce((sum, run) => sum + run.requests.total, 0);
  const mean = (value: (run: Result) => number) => runs.reduce((sum, run) => sum + value(run), 0) / runs.length;
  return {
    requestsPerSecond: total / runs.reduce((sum, run) => sum + run.duration, 0),
    p50: mean((run) => run.latency.p50),
    p99: mean((run) => run.latency.p99),
    total,
    failures: runs.reduce((sum, run) => sum + run.errors + run.timeouts + run.non2xx, 0),
  };
}

/** The two sides of a comparison and the load to put on each. */
export interface Sides {
  apiUrl: string;
  rawUrl: string;
  apiRequests: Request[];
  rawRequests: Request[];
  seconds: number;
  connections: number;
}

/**
 * Fires the same mix at the API and at the raw-driver server: a warm-up on each side (Neo4j's
 * JVM compiles its hot paths in the first seconds of load), then A B B A A B B A segments, so
 * that a drift in the machine's load weighs on both sides the same.
 */
export async function compareMix(options: Sides & { warmUpSeconds: number; segmentsPerSide?: number }): Promise<{ api: MixFigures; raw: MixFigures }> {
  const { apiUrl, rawUrl, apiRequests, rawRequests, connections } = options;
  const segments = options.segmentsPerSide ?? 4;
  await fire(apiUrl, apiRequests, options.warmUpSeconds, connections);
  await fire(rawUrl, rawRequests, options.warmUpSeconds, connections);
  const apiRuns: Result[] = [];
  const rawRuns: Result[] = [];
  const segment = options.seconds / segments;
  const runApi = async () => apiRuns.push(await fire(apiUrl, apiRequests, segment, connections));
  const runRaw = async () => rawRuns.push(await fire(rawUrl, rawRequests, segment, connections));
  for (let pair = 0; pair < segments; pair += 1) {
    for (const run of pair % 2 === 0 ? [runApi, runRaw] : [runRaw, runApi]) await run();
  }
  return { api: combine(apiRuns), raw: combine(rawRuns) };
}

/** Each operation alone on each side for `seconds`: requests/s of both. */
export async function compareEach(options: Sides): Promise<{ api: number; raw: number }[]> {
  const figures: { api: number; raw: number }[] = [];
  for (const [index, request] of options.apiRequests.entries()) {
    const alone = await fire(options.apiUrl, [request], options.seconds, options.connections);
    const baseline = await fire(options.rawUrl, [options.rawRequests[index]!], options.seconds, options.connections);
    figures.push({ api: alone.requests.average, raw: baseline.requests.average });
  }
  return figures;
}

function line(side: string, result: MixFigures): string {
  return `${side.padEnd(12)}${result.requestsPerSecond.toFixed(0).padStart(9)}${result.p50.toFixed(1).padStart(10)}${result.p99.toFixed(1).padStart(10)}${String(result.total).padStart(10)}${String(result.failures).padStart(10)}`;
}

/** The two sides as a table, and the ratio API / raw. */
export function formatMix(figures: { api: MixFigures; raw: MixFigures }): string {
  const { api, raw } = figures;
  const ratio = api.requestsPerSecond / raw.requestsPerSecond;
  return [
    `${'side'.padEnd(12)}${'req/s'.padStart(9)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'requests'.padStart(10)}${'failures'.padStart(10)}`,
    line('GraphQL API', api),
    line('raw driver', raw),
    '',
    `API / raw: ${ratio.toFixed(2)} (${(ratio * 100).toFixed(0)} % of the raw driver's requests/s); latency p50 ${(api.p50 / raw.p50).toFixed(2)}×, p99 ${(api.p99 / raw.p99).toFixed(2)}× the raw driver's.`,
  ].join('\n');
}
