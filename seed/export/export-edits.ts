import { stringify } from 'yaml';
import { ENTITY_FILE_NAMES } from '../validation/entity-kinds.js';
import type { EntityKind } from '../../model/data-model.js';

/** An accepted editor-owned entity, relation or source as the export reads it from Neo4j. */
export interface ExportedEntity {
  properties: Record<string, unknown>;
}
export interface ExportedRelation {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}
export interface EditsToExport {
  entities: ExportedEntity[];
  relations: ExportedRelation[];
  sources: Record<string, unknown>[];
}

/** What the export writes: file paths relative to the output folder (the seed's layout), and what it left out and why. */
export interface ExportResult {
  files: Map<string, string>;
  skipped: string[];
}

const ENTITY_KIND_FIELDS = ['scope', 'iso3', 'instrumentType', 'placeType', 'startDate', 'endDate', 'eventType'];
const RELATION_FIELDS = ['startDate', 'endDate', 'title', 'role', 'frequency', 'note'];

function evidenceOf(properties: Record<string, unknown>): { source: string; quote: string }[] {
  const sources = (properties.evidenceSources as string[] | undefined) ?? [];
  const quotes = (properties.evidenceQuotes as string[] | undefined) ?? [];
  return sources.map((source, index) => ({ source, quote: quotes[index] ?? '' }));
}

function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)));
}

/** The seed's file name of an editor's source (`src:ed-1a2b3c4d` → `ed-1a2b3c4d`). */
function sourceFileStem(id: string): string {
  return id.slice('src:'.length);
}

/**
 * The accepted edits as seed files (seed/README.md's record format): entities in their kind's
 * file, relations in relations/editors.yaml, editors' sources as a text and a metadata file.
 * A seed record needs at least one verbatim quote: a record that rests on an editor's note alone
 * is left out (and listed), and so is a relation whose editor-made end is left out.
 * The ids are the graph's, so importing these files as seed files claims the same records
 * instead of adding copies.
 */
export function exportEdits(edits: EditsToExport): ExportResult {
  const files = new Map<string, string>();
  const skipped: string[] = [];
  const exportedEntities = new Set<string>();
  const editorEntities = new Set(edits.entities.map((entity) => String(entity.properties.id)));
  const byFile = new Map<string, Record<string, unknown>[]>();
  for (const { properties } of [...edits.entities].sort((a, b) => String(a.properties.id).localeCompare(String(b.properties.id)))) {
    const id = String(properties.id);
    const evidence = evidenceOf(properties);
    if (evidence.length === 0) {
      skipped.push(`${id}: rests on an editor's note alone (a seed record needs a quote)`);
      continue;
    }
    const kind = String(properties.kind) as EntityKind;
    const record = defined({
      id,
      kind,
      name: properties.name,
      aliases: properties.aliases,
      description: properties.description,
      ...Object.fromEntries(ENTITY_KIND_FIELDS.map((field) => [field, properties[field]])),
      evidence,
    });
    const file = `entities/${ENTITY_FILE_NAMES[kind]}`;
    byFile.set(file, [...(byFile.get(file) ?? []), record]);
    exportedEntities.add(id);
  }
  for (const [file, records] of byFile) files.set(file, `# Accepted edits of the workspace (npm run seed:export-edits): append to seed/${file}.\n\n${stringify(records)}`);

  const relations: Record<string, unknown>[] = [];
  for (const relation of [...edits.relations].sort((a, b) => String(a.properties.id).localeCompare(String(b.properties.id)))) {
    const id = String(relation.properties.id);
    const evidence = evidenceOf(relation.properties);
    const missingEnd = [relation.from, relation.to].find((end) => editorEntities.has(end) && !exportedEntities.has(end));
    if (evidence.length === 0) skipped.push(`${id}: rests on an editor's note alone (a seed record needs a quote)`);
    else if (missingEnd) skipped.push(`${id}: its end ${missingEnd} is not exported`);
    else {
      const defaultId = `${relation.type}:${relation.from}->${relation.to}`;
      relations.push(
        defined({
          type: relation.type,
          from: relation.from,
          to: relation.to,
          ...(id !== defaultId && { id }),
          ...Object.fromEntries(RELATION_FIELDS.map((field) => [field, relation.properties[field]])),
          evidence,
        }),
      );
    }
  }
  if (relations.length > 0) files.set('relations/editors.yaml', `# Accepted edits of the workspace (npm run seed:export-edits).\n\n${stringify(relations)}`);

  const cited = new Set([...edits.entities.map((entity) => entity.properties), ...edits.relations.map((relation) => relation.properties)].flatMap((properties) => evidenceOf(properties).map((item) => item.source)));
  for (const source of edits.sources) {
    const id = String(source.id);
    if (!cited.has(id)) continue;
    const stem = sourceFileStem(id);
    files.set(`sources/${stem}.txt`, String(source.text));
    const metadata = defined({
      id,
      file: `${stem}.txt`,
      title: source.title,
      publisher: source.publisher,
      publisherType: source.publisherType ?? 'other',
      description: `Registered by an editor in the workspace on ${String(source.createdAt).slice(0, 10)}; its text as pasted then.`,
      url: source.url,
    });
    files.set(`sources/${stem}.yaml`, stringify({ ...metadata, date: source.date ?? null }));
  }
  return { files, skipped };
}
