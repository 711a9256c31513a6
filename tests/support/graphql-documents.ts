import { Kind, parse, print } from 'graphql';
import { OPERATIONS } from '../../bench/operations.js';
import { CONTRACT_CASES } from '../../bench/scale/contract-cases.js';
import { PEER_CASES } from '../../bench/scale/peer-cases.js';
import * as explorerDocuments from '../../client/src/api/documents.js';
import type { Operation } from '../../client/src/api/operation.js';
import { readCookbook } from '../../server/graphql/cookbook.js';

/** A GraphQL document someone sends to the API, named for the messages of the tests that check it. */
export interface GraphqlDocument {
  name: string;
  text: string;
}

function isOperation(value: unknown): value is Operation<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { document?: unknown }).document === 'string';
}

/** Every document the explorer sends (client/src/api/documents.ts), the batched neighbourhoods at their largest. */
export function clientDocuments(): GraphqlDocument[] {
  const operations = Object.entries(explorerDocuments).flatMap(([name, value]) => (isOperation(value) ? [{ name: `client ${name}`, text: value.document }] : []));
  const batch = explorerDocuments.neighbourhoodsDocument(explorerDocuments.NEIGHBOURHOOD_BATCH_SIZE);
  return [...operations, { name: 'client neighbourhoodsDocument', text: batch.document }];
}

/** The analyst's cookbook (docs/cookbook.md), also GraphiQL's tabs. */
export function cookbookDocuments(): GraphqlDocument[] {
  return readCookbook().map((recipe) => ({ name: `cookbook: ${recipe.question}`, text: recipe.query }));
}

/** The benchmarks' documents: the mix (bench/operations.ts) and the scale bench's contract cases and peer questions. */
export function benchDocuments(): GraphqlDocument[] {
  return [
    ...OPERATIONS.map((operation) => ({ name: `bench ${operation.name}`, text: operation.graphql.query })),
    ...CONTRACT_CASES.map((test) => ({ name: `bench:scale ${test.name}`, text: test.query })),
    ...PEER_CASES.map((question) => ({ name: `bench:scale (ours) ${question.name}`, text: question.ours('state:KAZ').query })),
  ];
}

/**
 * The documents as one, each shared fragment once: the client embeds the same fragments in
 * several documents. A fragment name given two different definitions is kept twice, so that
 * the lint reports it.
 */
export function mergedDocument(documents: readonly GraphqlDocument[]): string {
  const fragments = new Map<string, string>();
  const definitions: string[] = [];
  for (const document of documents) {
    for (const definition of parse(document.text).definitions) {
      const text = print(definition);
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        if (fragments.get(definition.name.value) === text) continue;
        fragments.set(definition.name.value, text);
      }
      definitions.push(text);
    }
  }
  return `${definitions.join('\n\n')}\n`;
}
