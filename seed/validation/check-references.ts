import { RELATION_TYPE_DEFINITIONS } from '../../model/data-model';
import type { SeedIssue } from './seed-issues';
import type { EntityRecord, RelationRecord } from './types';

/** Every relation joins two existing entities of the kinds its type allows at each end. */
export function checkRelationEnds(
  relations: readonly RelationRecord[],
  entities: ReadonlyMap<string, EntityRecord>,
  rejectedEntityIds: ReadonlySet<string>,
  issues: SeedIssue[],
): void {
  for (const relation of relations) {
    const definition = RELATION_TYPE_DEFINITIONS[relation.type];
    for (const end of ['from', 'to'] as const) {
      const entityId = relation[end];
      if (rejectedEntityIds.has(entityId)) continue;
      const entity = entities.get(entityId);
      const location = { file: relation.file, record: relation.id, field: end };
      if (entity === undefined) {
        issues.push({ ...location, reason: `dangling reference: no entity has id "${entityId}"` });
        continue;
      }
      const allowed = definition[end];
      if (!allowed.includes(entity.kind)) {
        issues.push({
          ...location,
          reason: `a ${relation.type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${entity.kind} ("${entityId}"); allowed: ${allowed.join(', ')}`,
        });
      }
    }
  }
}

/** A source that says it captures the same page as another must name a known, different source. */
export function checkSamePageReferences(
  sources: readonly { id: string; capturesSamePageAs?: string }[],
  sourceFiles: ReadonlyMap<string, string>,
  issues: SeedIssue[],
): void {
  for (const source of sources) {
    const other = source.capturesSamePageAs;
    if (other === undefined) continue;
    if (other === source.id || !sourceFiles.has(other)) {
      issues.push({
        file: sourceFiles.get(source.id) ?? source.id,
        record: source.id,
        field: 'capturesSamePageAs',
        reason: `must name another known source, got "${other}"`,
      });
    }
  }
}
