import { DATASET_RELATION_TYPES, REFERENCE_DATASET_IDS, isDatasetId, isEntityKind, isRelationType, RELATION_PROPERTIES, REFERENCE_RELATION_PROPERTIES, type DatasetId } from '../../../model/data-model.js';
import type { ReferenceEvidence, ReferenceImport, ReferenceValue } from '../types.js';
import { doubtProperty, namesProperty, scriptNamesProperty, weakNamesProperty } from './ownership.js';

/** A parser's output that breaks the contract: the import is refused with file, record and reason. */
export class ReferenceRecordError extends Error {
  constructor(
    readonly dataset: string,
    readonly record: string,
    readonly reason: string,
  ) {
    super(`${dataset} › ${record}: ${reason}`);
    this.name = 'ReferenceRecordError';
  }
}

export type Properties = Record<string, ReferenceValue>;

export interface EntityRow {
  id: string;
  kind: string;
  name: string;
  /** Every property the dataset owns, null where this record states none (so the write removes it). */
  properties: Properties;
}

export interface RelationRow {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Properties;
}

export interface StatementRow {
  id: string;
  properties: Properties;
}

export interface UnresolvedRow {
  properties: Properties;
}

export interface ImportRows {
  dataset: DatasetId;
  datasetProperties: Properties;
  entities: EntityRow[];
  relations: RelationRow[];
  statements: StatementRow[];
  unresolved: UnresolvedRow[];
  ownedKeys: string[];
}

const ALLOWED_RELATION_KEYS = new Set<string>([...RELATION_PROPERTIES, ...Object.keys(REFERENCE_RELATION_PROPERTIES)]);

/** Checks a parser's records against the contract and shapes them into the rows the writer sends. */
export function importRows(input: ReferenceImport): ImportRows {
  const dataset = input.dataset.id;
  if (!isDatasetId(dataset) || !REFERENCE_DATASET_IDS.includes(dataset)) throw new ReferenceRecordError(String(dataset), 'dataset', 'not a reference dataset id');
  const doubtKey = doubtProperty(dataset);
  const ownedKeys = [...input.entityProperties, namesProperty(dataset), weakNamesProperty(dataset), scriptNamesProperty(dataset), doubtKey];
  const owned = new Set(ownedKeys);

  const entityIds = new Set<string>();
  const entities = input.entities.map((entity): EntityRow => {
    const where = `entity ${entity.id}`;
    if (entityIds.has(entity.id)) throw new ReferenceRecordError(dataset, where, 'stated twice');
    entityIds.add(entity.id);
    if (!isEntityKind(entity.kind)) throw new ReferenceRecordError(dataset, where, `unknown kind ${entity.kind}`);
    if (!/^[a-z]+:[A-Za-z0-9._-]+$/.test(entity.id)) throw new ReferenceRecordError(dataset, where, 'id must be `<prefix>:<slug>`');
    if (entity.name.trim() === '') throw new ReferenceRecordError(dataset, where, 'has no name');
    requireEvidence(dataset, where, entity.evidence);
    const properties: Properties = Object.fromEntries(ownedKeys.map((key) => [key, null]));
    for (const [key, value] of Object.entries(entity.properties)) {
      if (!owned.has(key)) throw new ReferenceRecordError(dataset, where, `property ${key} is not in entityProperties`);
      properties[key] = value;
    }
    const strong = entity.names.filter((name) => name.quality === 'strong' && !name.originalScript).map((name) => name.name);
    const weak = entity.names.filter((name) => name.quality === 'weak').map((name) => name.name);
    const script = entity.names.filter((name) => name.originalScript && name.quality === 'strong').map((name) => name.name);
    properties[namesProperty(dataset)] = strong.length > 0 ? unique(strong) : null;
    properties[weakNamesProperty(dataset)] = weak.length > 0 ? unique(weak) : null;
    properties[scriptNamesProperty(dataset)] = script.length > 0 ? unique(script) : null;
    properties[doubtKey] = entity.doubt ?? null;
    return { id: entity.id, kind: entity.kind, name: entity.name, properties };
  });

  const relationIds = new Set<string>();
  const relations = input.relations.map((relation): RelationRow => {
    const where = `relation ${relation.id}`;
    if (relationIds.has(relation.id)) throw new ReferenceRecordError(dataset, where, 'stated twice');
    relationIds.add(relation.id);
    if (!isRelationType(relation.type)) throw new ReferenceRecordError(dataset, where, `unknown type ${relation.type}`);
    // A dataset filter walks only the types its datasets state (model/data-model.ts): a new type must be declared there first.
    if (!DATASET_RELATION_TYPES[dataset].includes(relation.type)) throw new ReferenceRecordError(dataset, where, `type ${relation.type} is not among the types the model lets ${dataset} state`);
    for (const end of [relation.from, relation.to]) {
      if (!entityIds.has(end)) throw new ReferenceRecordError(dataset, where, `its end ${end} is not among the dataset's entities`);
    }
    requireEvidence(dataset, where, relation.evidence);
    const properties: Properties = {};
    for (const [key, value] of Object.entries(relation.properties)) {
      if (!ALLOWED_RELATION_KEYS.has(key)) throw new ReferenceRecordError(dataset, where, `property ${key} is not a relation property of the model`);
      if (value !== null) properties[key] = value;
    }
    if (relation.doubt) properties.doubt = relation.doubt;
    const id = relationId(relation.type, relation.from, relation.to, relation.id);
    properties.id = id;
    properties.dataset = dataset;
    return { id, type: relation.type, from: relation.from, to: relation.to, properties };
  });

  const statements = [
    ...input.entities.flatMap((entity) => statementRows(dataset, 'entity', entity.id, entity.evidence)),
    ...input.relations.flatMap((relation) =>
      statementRows(dataset, 'relation', relationId(relation.type, relation.from, relation.to, relation.id), relation.evidence),
    ),
  ];
  const unresolved = input.unresolved.map((item) => ({ properties: { dataset, ...item } as Properties }));
  const { id: _id, files, ...rest } = input.dataset;
  const datasetProperties: Properties = { ...rest, id: dataset, files };
  return { dataset, datasetProperties, entities, relations, statements: uniqueById(statements), unresolved, ownedKeys };
}

/**
 * A reference relation's id in the graph: `<TYPE>:<from>-><to>#<the dataset's own key>`. The
 * curated relations' ids start the same way (`<TYPE>:<from>-><to>`), and the bounded queries rely
 * on it: a supernode's relations are one range of its type's id index
 * (relations-of-supernode.cypher), two dense entities' relations are found by that prefix
 * (neighbourhood.cypher). The dataset's key after `#` keeps it unique (a state's several spells
 * in one organisation) and stable across runs.
 */
export function relationId(type: string, from: string, to: string, key: string): string {
  return `${type}:${from}->${to}#${key}`;
}

function statementRows(dataset: DatasetId, subjectType: 'entity' | 'relation', subjectId: string, evidence: ReferenceEvidence[]): StatementRow[] {
  return evidence.map((item) => {
    const id = `${dataset}|${subjectId}|${item.file}:${item.line}`;
    return {
      id,
      properties: {
        id,
        dataset,
        subjectType,
        subjectId,
        file: item.file,
        line: item.line,
        locator: item.locator,
        quote: item.quote,
        snapshot: item.snapshot ?? null,
      },
    };
  });
}

function requireEvidence(dataset: string, where: string, evidence: ReferenceEvidence[]): void {
  if (evidence.length === 0) throw new ReferenceRecordError(dataset, where, 'has no evidence');
  for (const item of evidence) {
    if (item.quote.length === 0) throw new ReferenceRecordError(dataset, where, `empty quote at ${item.locator}`);
    if (!Number.isInteger(item.line) || item.line < 1) throw new ReferenceRecordError(dataset, where, `bad line ${item.line} at ${item.locator}`);
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function uniqueById(rows: StatementRow[]): StatementRow[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}
