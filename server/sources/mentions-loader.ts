import DataLoader from 'dataloader';
import { readQuery } from '../../cypher/index.js';
import type { QueryRunner } from '../database/executor.js';
import type { EntityNode, RelationRecord } from '../entities/graph-records.js';

const QUERIES = { entities: readQuery('mentions-entities'), relations: readQuery('mentions-relations') } as const;

/** Which page of what one source document is evidence for. */
export interface MentionsKey {
  sourceId: string;
  what: keyof typeof QUERIES;
  first: number;
  offset: number;
}

/** Up to `first + 1` entities or relations: the extra one says there is a next page. */
export type MentionsPage = EntityNode[] | RelationRecord[];

export type MentionsLoader = DataLoader<MentionsKey, MentionsPage, string>;

const groupKey = (key: MentionsKey) => `${key.what}:${key.first}:${key.offset}`;

/** A source id as one quoted term of the full-text query (the keyword analyzer keeps it whole). */
export function evidencePhrase(sourceId: string): string {
  return `"${sourceId.replace(/["\\]/g, '\\$&')}"`;
}

/** `Source.mentions` and `mentionedRelations` of every source on one level: one query per kind of page. */
export function createMentionsLoader(runner: QueryRunner): MentionsLoader {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, MentionsKey[]>();
      for (const key of keys) groups.set(groupKey(key), [...(groups.get(groupKey(key)) ?? []), key]);
      const pages = new Map<string, MentionsPage>();
      await Promise.all(
        [...groups.entries()].map(async ([group, members]) => {
          const { what, first, offset } = members[0]!;
          const sourceIds = [...new Set(members.map((member) => member.sourceId))];
          const rows = await runner.read(QUERIES[what], {
            sources: sourceIds.map((id) => ({ id, phrase: evidencePhrase(id) })),
            first,
            offset,
          });
          for (const row of rows) pages.set(`${row.id as string}\u0000${group}`, row.page as MentionsPage);
        }),
      );
      return keys.map((key) => pages.get(`${key.sourceId}\u0000${groupKey(key)}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.sourceId}\u0000${groupKey(key)}` },
  );
}
