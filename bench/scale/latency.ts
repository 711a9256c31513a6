export interface LatencyFigures {
  /** Milliseconds of each timed request, in the order they ran. */
  samples: number[];
  /** The very first request (Neo4j plans the query then): its milliseconds, or its error. */
  first: number | string;
  /** Set when a request failed (an error, a GraphQL error, a timeout): sampling stopped there. */
  failure?: string;
  /** True when sampling stopped early because one request was slower than `slowMillis`. */
  cutShort: boolean;
}

export interface SamplingBudget {
  /** Requests timed at most (after the untimed warm-up). */
  iterations: number;
  /** Stop sampling after this much time, whatever the count. */
  seconds: number;
  /** One request slower than this ends the sampling: one such figure says enough. */
  slowMillis: number;
  /**
   * Tries of each request before timing starts, until one succeeds: the first of a query can
   * fail (the API's read timeout) while Neo4j is still planning it; failed tries stop the row.
   */
  warmUpTries: number;
}

/**
 * Times requests one after the other (latency, not throughput), cycling through `sends` (the
 * keystrokes of search-as-you-type; usually one request), within a budget in requests and in
 * time, so that a slow query costs seconds, not minutes.
 */
export async function sampleLatency(sends: (() => Promise<unknown>)[], budget: SamplingBudget): Promise<LatencyFigures> {
  const samples: number[] = [];
  let first: number | string = Number.NaN;
  for (const [index, send] of sends.entries()) {
    const warm = await warmUp(send, budget.warmUpTries);
    if (index === 0) first = warm.first;
    if (warm.failure) return { samples, first, cutShort: true, failure: warm.failure };
  }
  try {
    const deadline = performance.now() + budget.seconds * 1_000;
    while (samples.length < budget.iterations && performance.now() < deadline) {
      const started = performance.now();
      await sends[samples.length % sends.length]!();
      const elapsed = performance.now() - started;
      samples.push(elapsed);
      if (elapsed > budget.slowMillis) return { samples, first, cutShort: true };
    }
    return { samples, first, cutShort: false };
  } catch (error) {
    return { samples, first, cutShort: true, failure: message(error) };
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Sends until one succeeds, at most `tries` times: the first try's milliseconds or error, and the last error if none succeeded. */
export async function warmUp(send: () => Promise<unknown>, tries: number): Promise<{ first: number | string; failure?: string }> {
  let first: number | string = Number.NaN;
  for (let attempt = 1; ; attempt += 1) {
    const started = performance.now();
    try {
      await send();
      if (attempt === 1) first = performance.now() - started;
      return { first };
    } catch (error) {
      if (attempt === 1) first = message(error);
      if (attempt >= tries) return { first, failure: `${attempt} tries: ${message(error)}` };
    }
  }
}

/** The p-th percentile (0-100) of the samples, nearest rank; NaN when there are none. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** POSTs one GraphQL request; throws on a non-200 answer or any GraphQL error. Returns the body's size. */
export async function postGraphql(url: string, request: GraphqlRequest, timeoutMillis: number): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(timeoutMillis),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
  if (response.status !== 200 || body.errors) {
    const error = body.errors?.[0];
    throw new Error(`HTTP ${response.status}${error ? `: ${error.extensions?.code ?? ''} ${error.message}` : ''}`);
  }
  return text.length;
}
