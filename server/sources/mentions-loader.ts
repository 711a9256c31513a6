import DataLoader from 'dataloader';
import { readQuery } from '../../cypher/index.js';
import type { QueryRunner } from '../database/executor.js';
import type { EntityNode, RelationRecord } from '../entities/graph-records.js';

const MENTIONS = readQuery('mentions');

/** What one source document is evidence for. */
export interface Mentions {
  entities: EntityNode[];
  relations: RelationRecord[];
}

export type MentionsLoader = DataLoader<string, Mentions>;

/** `Source.mentions` and `mentionedRelations` of every source on one level, in one query. */
export function createMentionsLoader(runner: QueryRunner): MentionsLoader {
  return new DataLoader(async (sourceIds) => {
    const rows = await runner.read(MENTIONS, { ids: [...sourceIds] });
    const found = new Map(rows.map((row) => [row.id as string, { entities: row.entities, relations: row.relations } as Mentions]));
    return sourceIds.map((id) => found.get(id) ?? { entities: [], relations: [] });
  });
}
