import { RELATION_TYPES, isRelationType } from '../../model/data-model';
import { collectProperties } from './record-labels';
import { RELATION_FIELD_NAMES, RELATION_PROPERTY_NAMES, relationSchema } from './relation-schema';
import type { SeedIssue } from './seed-issues';
import type { RelationRecord } from './types';
import { isMapping } from './yaml-files';
import { toSeedIssues } from './zod-issues';

/** A relation's id: the explicit one, or "<TYPE>:<from>-><to>" built from its ends. */
export function relationId(raw: Record<string, unknown>): string | undefined {
  if (typeof raw.id === 'string' && raw.id.trim() !== '') return raw.id;
  if (typeof raw.type === 'string' && typeof raw.from === 'string' && typeof raw.to === 'string') {
    return `${raw.type}:${raw.from}->${raw.to}`;
  }
  return undefined;
}

const NON_PROPERTY_FIELDS = RELATION_FIELD_NAMES.filter((field) => !RELATION_PROPERTY_NAMES.includes(field));

/** Checks the records of one relations/*.yaml file on their own; references are checked later. */
export function readRelations(file: string, items: unknown[], issues: SeedIssue[]): RelationRecord[] {
  const relations: RelationRecord[] = [];
  items.forEach((raw, index) => {
    if (!isMapping(raw)) {
      issues.push({ file, record: `#${index}`, field: '(record)', reason: 'must be a mapping of fields' });
      return;
    }
    const location = { file, record: relationId(raw) ?? `#${index}` };
    if (raw.type === undefined) {
      issues.push({ ...location, field: 'type', reason: 'is missing' });
      return;
    }
    if (typeof raw.type !== 'string' || !isRelationType(raw.type)) {
      issues.push({
        ...location,
        field: 'type',
        reason: `unknown relation type ${JSON.stringify(raw.type)}; the model's types are ${RELATION_TYPES.join(', ')}`,
      });
      return;
    }
    const parsed = relationSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...toSeedIssues(parsed.error, location, RELATION_FIELD_NAMES, 'relation records'));
      return;
    }
    const relation = parsed.data;
    relations.push({
      id: relation.id ?? `${relation.type}:${relation.from}->${relation.to}`,
      type: relation.type,
      from: relation.from,
      to: relation.to,
      properties: collectProperties(relation, NON_PROPERTY_FIELDS),
      evidence: relation.evidence,
      ...(relation.conflict !== undefined && { conflict: relation.conflict }),
      ...(relation.doubt !== undefined && { doubt: relation.doubt }),
      file,
    });
  });
  return relations;
}
