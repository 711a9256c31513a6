import { readQuery } from '../../cypher/index.js';
import { CURATED_DATASET } from '../../model/data-model.js';
import { BadInputError } from '../database/errors.js';
import type { EntityNode, RelationRecord, SourceNode } from '../entities/graph-records.js';
import type { RequestContext } from '../graphql/context.js';
import { connectionOf, decodeCursor, decodeOffsetCursor, positioned } from '../graphql/cursors.js';
import { checkRange } from '../graphql/limits.js';
import type { DatasetRecord } from './dataset-records.js';
import { readDatasets } from './loaders.js';
import { curatedStatements, isStatementKey, referenceStatement, type StatementRecord } from './statements.js';

const UNRESOLVED_VALUES = readQuery('unresolved-values');

/** A relation has a handful of statements; `Relation.statements` reads at most this many. */
export const MAX_RELATION_STATEMENTS = 100;

interface PageArguments {
  first?: number | null;
  after?: string | null;
}

/** Who asserts a record: its `datasets` (entities) or `dataset` (relations); a record of the seed before datasets existed is curated. */
function datasetIdsOf(properties: Record<string, unknown>, single: boolean): string[] {
  if (single && typeof properties.dataset === 'string') return [properties.dataset];
  if (!single && Array.isArray(properties.datasets)) return properties.datasets as string[];
  return properties.seedFile !== undefined ? [CURATED_DATASET] : [];
}

async function datasetsOf(ids: string[], context: RequestContext): Promise<DatasetRecord[]> {
  // An id no dataset record answers to (a future editor's, say) is left out rather than invented.
  const datasets = await context.loaders.dataset.loadMany(ids);
  return datasets.filter((dataset): dataset is DatasetRecord => dataset !== null && !(dataset instanceof Error));
}

/** `Entity.statements`: the curated evidence, then the reference statements (one query per level). */
async function statementsOf(entity: EntityNode, args: PageArguments, context: RequestContext) {
  const first = checkRange('statements', 'first', args.first ?? 20, 1, context.limits.maxPageSize);
  const after = args.after ? decodeCursor('statement', args.after, 'statements') : null;
  if (after !== null && !isStatementKey(after)) {
    throw new BadInputError('statements: "after" is not a cursor this field handed out; pass an endCursor from its pageInfo.');
  }
  const curated = curatedStatements(entity.id, entity);
  const reference = await context.loaders.statements.load({ subjectId: entity.id, first, after: after ?? '' });
  const rows: StatementRecord[] = [
    ...curated.filter((statement) => after === null || statement.key > after),
    ...reference.rows.map(referenceStatement),
  ];
  const page = { first, after, totalCount: curated.length + reference.totalCount };
  return connectionOf('statement', rows, page, (statement) => ({ node: statement }), (statement) => statement.key);
}

export const datasetResolvers = {
  Query: {
    async datasets(_: unknown, __: unknown, context: RequestContext) {
      const datasets = await readDatasets(context.runner, { curated: true });
      for (const dataset of datasets) context.loaders.dataset.prime(dataset.id, dataset);
      return datasets;
    },
    dataset: (_: unknown, args: { id: string }, context: RequestContext) => context.loaders.dataset.load(args.id),
  },
  Dataset: {
    async unresolved(dataset: DatasetRecord, args: PageArguments, context: RequestContext) {
      const first = checkRange('unresolved', 'first', args.first ?? 20, 1, context.limits.maxPageSize);
      const offset = decodeOffsetCursor('unresolved-value', args.after, 'unresolved');
      const rows =
        dataset.unresolvedCount === 0
          ? []
          : await context.runner.read(UNRESOLVED_VALUES, { dataset: dataset.id, first, offset });
      const values = positioned(rows.map((row) => row.value as Record<string, unknown>), offset);
      const page = { first, after: offset > 0 ? String(offset) : null, totalCount: dataset.unresolvedCount };
      return connectionOf('unresolved-value', values, page, (value) => ({ node: value }), (value) => value.position);
    },
  },
  Entity: {
    datasets: (entity: EntityNode, _: unknown, context: RequestContext) => datasetsOf(datasetIdsOf(entity, false), context),
    statements: statementsOf,
  },
  Relation: {
    datasets: (relation: RelationRecord, _: unknown, context: RequestContext) =>
      datasetsOf(datasetIdsOf(relation.properties, true), context),
    async statements(relation: RelationRecord, _: unknown, context: RequestContext) {
      const reference = await context.loaders.statements.load({ subjectId: relation.id, first: MAX_RELATION_STATEMENTS, after: '' });
      return [
        ...curatedStatements(relation.id, relation.properties),
        ...reference.rows.slice(0, MAX_RELATION_STATEMENTS).map(referenceStatement),
      ];
    },
  },
  Statement: {
    async dataset(statement: StatementRecord, _: unknown, context: RequestContext) {
      const dataset = await context.loaders.dataset.load(statement.datasetId);
      // Statements are written with their dataset's record in one transaction: a broken import.
      if (!dataset) throw new Error(`A statement cites the dataset "${statement.datasetId}", which the database does not hold (broken import).`);
      return dataset;
    },
    async source(statement: StatementRecord, _: unknown, context: RequestContext): Promise<SourceNode | null> {
      return statement.sourceId === null ? null : context.loaders.source.load(statement.sourceId);
    },
  },
};
