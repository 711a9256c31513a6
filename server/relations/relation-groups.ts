import { assertCypherName, expandForEach, readQuery } from '../../cypher/index.js';
import { RELATION_TYPES } from '../../model/data-model.js';
import type { EntityNode } from '../entities/graph-records.js';
import type { RequestContext } from '../graphql/context.js';
import { checkRange } from '../graphql/limits.js';

const RELATION_DEGREES = expandForEach(readQuery('relation-degrees'), 'RELATION_TYPE', RELATION_TYPES);
const [OUTLINE, ...BRANCH_TEXTS] = readQuery('relation-groups').split(/^\/\/ BRANCH /m);
const BRANCHES = new Map(
  BRANCH_TEXTS.map((text) => {
    const newline = text.indexOf('\n');
    return [text.slice(0, newline).trim() as GroupDirection, text.slice(newline + 1).trim()];
  }),
);

/** Relations read per type and direction to split them by kind: the largest hub (a sanctions regime, ~380) fits the default. */
export const DEFAULT_GROUP_LIMIT = 500;
export const MAX_GROUP_LIMIT = 2_000;

type GroupDirection = 'OUTGOING' | 'INCOMING';

export interface RelationGroupRecord {
  type: string;
  direction: GroupDirection;
  kind: string;
  count: number;
  typeCount: number;
  countIsLowerBound: boolean;
}

/**
 * The query that counts the entity's relations by kind: one branch per type and direction it
 * has. Types come from the data model's whitelist (the degrees' keys), never from the request.
 */
export function relationGroupsQuery(sides: readonly { type: string; direction: GroupDirection }[]): string {
  const branches = sides.map(({ type, direction }) => {
    assertCypherName(type);
    return BRANCHES.get(direction)!.replaceAll('TYPE', type);
  });
  return OUTLINE!.trim().replace(/^[ \t]*\/\/ BRANCHES$/m, branches.join('\nUNION ALL\n'));
}

/**
 * `Entity.relationGroups`: two queries, asked for one hub at a time when it is expanded. The
 * degree store says which types and directions the entity has and how many of each; only those
 * are read, at most `limit` of each.
 */
export async function relationGroupsOf(entity: EntityNode, args: { limit?: number | null }, context: RequestContext): Promise<RelationGroupRecord[]> {
  const limit = checkRange('relationGroups', 'limit', args.limit ?? DEFAULT_GROUP_LIMIT, 1, MAX_GROUP_LIMIT);
  const [row] = await context.runner.read(RELATION_DEGREES, { id: entity.id });
  const { none: _, ...degrees } = (row?.degrees ?? {}) as Record<string, [number, number]>;
  const sides = Object.entries(degrees).flatMap(([type, [outgoing, incoming]]) => [
    ...(outgoing > 0 ? [{ type, direction: 'OUTGOING' as const, typeCount: outgoing }] : []),
    ...(incoming > 0 ? [{ type, direction: 'INCOMING' as const, typeCount: incoming }] : []),
  ]);
  if (sides.length === 0) return [];
  const rows = (await context.runner.read(relationGroupsQuery(sides), { id: entity.id, limit })) as unknown as Omit<RelationGroupRecord, 'typeCount' | 'countIsLowerBound'>[];
  const typeCount = new Map(sides.map((side) => [`${side.type} ${side.direction}`, side.typeCount]));
  return rows
    .map((group) => {
      const total = typeCount.get(`${group.type} ${group.direction}`) ?? group.count;
      return { ...group, typeCount: total, countIsLowerBound: total > limit };
    })
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction) || a.kind.localeCompare(b.kind));
}
