import { assertCypherName, readQuery } from '../../cypher/index.js';
import type { Direction } from './loaders.js';

/** Per relation type: the entity's outgoing and incoming relations, and the type's count in the graph. */
export type Degrees = Record<string, [outgoing: number, incoming: number, count: number]>;

type BranchKind = 'ordinary-outgoing' | 'ordinary-incoming' | 'outgoing' | 'incoming';

const [OUTLINE, ...BRANCH_TEXTS] = readQuery('relations-of-supernode').split(/^\/\/ BRANCH /m);
const BRANCHES = new Map(
  BRANCH_TEXTS.map((text) => {
    const newline = text.indexOf('\n');
    return [text.slice(0, newline).trim() as BranchKind, text.slice(newline + 1).trim()];
  }),
);

function branch(kind: BranchKind, type: string): string {
  assertCypherName(type);
  return BRANCHES.get(kind)!.replaceAll('TYPE', type);
}

export interface SupernodePlan {
  query: string;
  totalCount: number;
}

/**
 * The query for one page of a supernode's relations: one branch per type and direction asked
 * for, chosen on its degree (see relations-of-supernode.cypher), and the page's totalCount.
 * Types come from the data model's whitelist (the keys of `degrees`), never from the request.
 */
export function supernodePlan(
  degrees: Degrees,
  request: { direction: Direction; types: readonly string[] | null; first: number },
  denseDegree: number,
): SupernodePlan {
  const branches: string[] = [];
  let totalCount = 0;
  for (const [type, [outgoing, incoming, count]] of Object.entries(degrees)) {
    if (request.types !== null && !request.types.includes(type)) continue;
    if (request.direction !== 'INCOMING' && outgoing > 0) {
      totalCount += outgoing;
      branches.push(branch(outgoing <= denseDegree ? 'ordinary-outgoing' : 'outgoing', type));
    }
    if (request.direction !== 'OUTGOING' && incoming > 0) {
      totalCount += incoming;
      const indexIsCheaper = incoming > denseDegree && incoming * incoming > (request.first + 1) * count;
      branches.push(branch(indexIsCheaper ? 'incoming' : 'ordinary-incoming', type));
    }
  }
  const body = branches.length > 0 ? branches.join('\nUNION ALL\n') : 'RETURN null AS relation, null AS neighbour, null AS outgoing LIMIT 0';
  return { query: OUTLINE!.trim().replace(/^[ \t]*\/\/ BRANCHES$/m, body), totalCount };
}
