import DataLoader from 'dataloader';
import { readQuery } from '../../cypher/index.js';
import { CURATED_DATASET } from '../../model/data-model.js';
import type { QueryRunner } from '../database/executor.js';
import { inIdOrder } from '../entities/loaders.js';
import { curatedDataset, referenceDataset, type CuratedCounts, type DatasetRecord } from './dataset-records.js';
import { REFERENCE_KEY_PREFIX, KEY_SEPARATOR, type ReferenceStatementNode } from './statements.js';

const DATASETS = readQuery('datasets');
const CURATED_DATASET_QUERY = readQuery('curated-dataset');
const STATEMENTS_OF_SUBJECTS = readQuery('statements-of-subjects');

/** Which page of whose reference statements: one `statements` field of one entity or relation. */
export interface StatementsKey {
  subjectId: string;
  first: number;
  /** The key the page starts after ('' for the first page). */
  after: string;
}

export interface StatementsPage {
  totalCount: number;
  /** Up to `first + 1` statements, each with its `key` in the subject's order. */
  rows: ReferenceStatementNode[];
}

export interface DatasetLoaders {
  dataset: DataLoader<string, DatasetRecord | null>;
  statements: DataLoader<StatementsKey, StatementsPage, string>;
}

/**
 * Every reference dataset (a closed list of four, one query), and the curated documents first
 * when asked for (counted from their citations: a second query).
 */
export async function readDatasets(runner: QueryRunner, options: { curated: boolean }): Promise<DatasetRecord[]> {
  const [curated, references] = await Promise.all([
    options.curated ? runner.read(CURATED_DATASET_QUERY, { curated: CURATED_DATASET }) : Promise.resolve([]),
    runner.read(DATASETS),
  ]);
  return [
    ...curated.map((row) => curatedDataset(row as unknown as CuratedCounts)),
    ...references.map((row) => referenceDataset(row.dataset as Record<string, unknown>)),
  ];
}

const statementsGroup = (key: StatementsKey) => `${key.first}\u0000${key.after}`;

/** The statements of every entity (or relation) on one level with the same arguments: one query. */
async function loadStatements(runner: QueryRunner, keys: readonly StatementsKey[]): Promise<StatementsPage[]> {
  const groups = new Map<string, StatementsKey[]>();
  for (const key of keys) groups.set(statementsGroup(key), [...(groups.get(statementsGroup(key)) ?? []), key]);
  const pages = new Map<string, StatementsPage>();
  await Promise.all(
    [...groups.entries()].map(async ([group, members]) => {
      const { first, after } = members[0]!;
      const rows = await runner.read(STATEMENTS_OF_SUBJECTS, {
        ids: [...new Set(members.map((member) => member.subjectId))],
        first,
        after,
        prefix: REFERENCE_KEY_PREFIX,
        separator: KEY_SEPARATOR,
      });
      for (const row of rows) {
        pages.set(`${row.id as string}\u0000${group}`, {
          totalCount: Number(row.totalCount),
          rows: row.page as ReferenceStatementNode[],
        });
      }
    }),
  );
  return keys.map((key) => pages.get(`${key.subjectId}\u0000${statementsGroup(key)}`) ?? { totalCount: 0, rows: [] });
}

export function createDatasetLoaders(runner: QueryRunner): DatasetLoaders {
  // Whichever dataset is asked for first, every reference dataset is read and kept for the
  // request, so the datasets of statements and names on later levels cost nothing more.
  const dataset: DataLoader<string, DatasetRecord | null> = new DataLoader(async (ids) => {
    const datasets = await readDatasets(runner, { curated: ids.includes(CURATED_DATASET) });
    for (const record of datasets) dataset.prime(record.id, record);
    return inIdOrder(ids, datasets, (record) => record.id);
  });
  return {
    dataset,
    statements: new DataLoader((keys) => loadStatements(runner, keys), {
      cacheKeyFn: (key) => `${key.subjectId}\u0000${statementsGroup(key)}`,
    }),
  };
}
