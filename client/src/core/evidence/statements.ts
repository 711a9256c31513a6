import type { Evidence, RelationSummary } from '../graph/types.js';
import { relationSentence } from '../paths/index.js';

/**
 * Every statement the sources make about one actor, in one list: the quotes about the actor
 * itself, then those behind each of its links, grouped by link ("UNODC — implements → the
 * project"), with the link's dispute or doubt. What a reader would otherwise gather by clicking
 * each link in turn.
 */
export interface StatementGroup {
  /** The link the quotes state, or null for the quotes about the entity itself. */
  relationId: string | null;
  title: string;
  conflict: string | null;
  doubt: string | null;
  evidence: Evidence[];
}

export function statementGroups(
  entity: { id: string; name: string; doubt?: string | null; evidence: readonly Evidence[] },
  relations: readonly RelationSummary[],
  nameOf: (id: string) => string,
): StatementGroup[] {
  const own: StatementGroup = { relationId: null, title: `About ${entity.name} itself`, conflict: null, doubt: entity.doubt ?? null, evidence: [...entity.evidence] };
  const other = (relation: RelationSummary) => (relation.from.id === entity.id ? relation.to.id : relation.from.id);
  const links = [...relations]
    .sort((a, b) => a.type.localeCompare(b.type) || nameOf(other(a)).localeCompare(nameOf(other(b))) || a.id.localeCompare(b.id))
    .map((relation) => ({
      relationId: relation.id,
      title: relationSentence(relation, nameOf),
      conflict: relation.conflict ?? null,
      doubt: relation.doubt ?? null,
      evidence: [...relation.evidence],
    }));
  return [own, ...links].filter((group) => group.evidence.length > 0 || group.conflict || group.doubt);
}

export function statementCount(groups: readonly StatementGroup[]): number {
  return groups.reduce((sum, group) => sum + group.evidence.length, 0);
}

/**
 * The first `limit` quotes, whole groups kept together where they fit; a group that would run
 * past the limit is cut, so a page never holds more than `limit` quotes (at least one group shows).
 */
export function firstStatements(groups: readonly StatementGroup[], limit: number): StatementGroup[] {
  const page: StatementGroup[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    const evidence = group.evidence.slice(0, left);
    page.push({ ...group, evidence });
    left -= evidence.length;
  }
  return page;
}
