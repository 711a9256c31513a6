/**
 * One GraphQL document the explorer sends, with the translation of its variables into the API's
 * spelling and of its answer into the core's types (see model-values.ts).
 */
export interface Operation<Result> {
  readonly document: string;
  variablesToApi(variables: Record<string, unknown>): Record<string, unknown>;
  resultFromApi(data: unknown): Result;
}

export function operation<Result, WireResult>(
  document: string,
  resultFromApi: (data: WireResult) => Result,
  variablesToApi: (variables: Record<string, unknown>) => Record<string, unknown> = (variables) => variables,
): Operation<Result> {
  return { document, variablesToApi, resultFromApi: (data) => resultFromApi(data as WireResult) };
}
