import { ENTITY_KINDS, isEntityKind } from '../../model/data-model';
import { ENTITY_FILE_NAMES, ENTITY_ID_PREFIXES } from './entity-kinds';
import { COMMON_ENTITY_FIELD_NAMES, ENTITY_SCHEMAS, entityFieldNames } from './entity-schemas';
import { collectProperties, recordLabel } from './record-labels';
import type { SeedIssue } from './seed-issues';
import type { EntityRecord } from './types';
import { isMapping } from './yaml-files';
import { toSeedIssues } from './zod-issues';

/** One record, or undefined when it cannot be read as an entity at all. */
function readEntity(file: string, raw: Record<string, unknown>, record: string, issues: SeedIssue[]): EntityRecord | undefined {
  const location = { file, record };
  if (raw.kind === undefined) {
    issues.push({ ...location, field: 'kind', reason: 'is missing' });
    return undefined;
  }
  if (typeof raw.kind !== 'string' || !isEntityKind(raw.kind)) {
    const reason = `unknown kind ${JSON.stringify(raw.kind)}; the model's kinds are ${ENTITY_KINDS.join(', ')}`;
    issues.push({ ...location, field: 'kind', reason });
    return undefined;
  }
  const kind = raw.kind;
  const parsed = ENTITY_SCHEMAS[kind].safeParse(raw);
  if (!parsed.success) {
    issues.push(...toSeedIssues(parsed.error, location, entityFieldNames(kind), `${kind} records`));
    return undefined;
  }
  const entity = parsed.data;
  // The checks below leave the record readable, so its evidence and relations are still checked.
  if (file.split('/').at(-1) !== ENTITY_FILE_NAMES[kind]) {
    issues.push({ ...location, field: 'kind', reason: `a ${kind} belongs in entities/${ENTITY_FILE_NAMES[kind]}` });
  }
  const prefix = ENTITY_ID_PREFIXES[kind];
  if (!entity.id.startsWith(prefix)) {
    issues.push({ ...location, field: 'id', reason: `${kind} ids must start with "${prefix}"` });
  }
  if (kind === 'State' && entity.id !== `state:${String(entity.iso3)}`) {
    issues.push({ ...location, field: 'id', reason: `a State id must be "state:" + its iso3 code (${String(entity.iso3)})` });
  }
  return {
    id: entity.id,
    kind,
    name: entity.name,
    aliases: entity.aliases,
    description: entity.description,
    evidence: entity.evidence,
    properties: collectProperties(entity, COMMON_ENTITY_FIELD_NAMES),
    ...(entity.doubt !== undefined && { doubt: entity.doubt }),
    file,
  };
}

/**
 * Checks the records of one entities/*.yaml file on their own; cross-record checks come later.
 * The ids of unreadable records go into `rejectedIds`, so relations to them are not also reported.
 */
export function readEntities(file: string, items: unknown[], issues: SeedIssue[], rejectedIds: Set<string>): EntityRecord[] {
  const entities: EntityRecord[] = [];
  items.forEach((raw, index) => {
    if (!isMapping(raw)) {
      issues.push({ file, record: `#${index}`, field: '(record)', reason: 'must be a mapping of fields' });
      return;
    }
    const record = recordLabel(raw, index);
    const entity = readEntity(file, raw, record, issues);
    if (entity === undefined) rejectedIds.add(record);
    else entities.push(entity);
  });
  return entities;
}
