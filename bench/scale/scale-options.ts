import { parseArgs } from 'node:util';
import { syntheticGraphOptions, type SyntheticGraphOptions } from './synthetic-records.js';

/** The command-line options every bench:scale script shares (sizes of the synthetic graph, home). */
export interface ScaleArguments {
  graph: SyntheticGraphOptions;
  home: string | undefined;
  /** A running scale database to use instead of starting one (`--uri` or BENCH_SCALE_URI). */
  uri: string | undefined;
  /** JSON parameters of a query to profile. */
  params: string | undefined;
  /** A GraphQL request whose Cypher to profile, and its JSON variables. */
  graphql: string | undefined;
  variables: string | undefined;
  serve: boolean;
  positionals: string[];
}

export function readScaleArguments(args: string[]): ScaleArguments {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      entities: { type: 'string' },
      relations: { type: 'string' },
      seed: { type: 'string' },
      supernodes: { type: 'string' },
      'supernode-degree': { type: 'string' },
      home: { type: 'string' },
      uri: { type: 'string' },
      params: { type: 'string' },
      graphql: { type: 'string' },
      variables: { type: 'string' },
      serve: { type: 'boolean' },
    },
  });
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value.replaceAll('_', '')));
  const graph = syntheticGraphOptions({
    ...(values.entities !== undefined && { entities: number(values.entities) }),
    ...(values.relations !== undefined && { relations: number(values.relations) }),
    ...(values.seed !== undefined && { seed: number(values.seed) }),
    ...(values.supernodes !== undefined && { supernodes: number(values.supernodes) }),
    ...(values['supernode-degree'] !== undefined && { supernodeDegree: number(values['supernode-degree']) }),
  });
  for (const [key, value] of Object.entries(graph)) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${key} must be a whole number, not ${value}.`);
  }
  return {
    graph,
    home: values.home ?? process.env.BENCH_SCALE_HOME,
    uri: values.uri ?? process.env.BENCH_SCALE_URI,
    params: values.params,
    graphql: values.graphql,
    variables: values.variables,
    serve: values.serve ?? false,
    positionals,
  };
}
