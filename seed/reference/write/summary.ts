import type { DatasetId } from '../../../model/data-model.js';

export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What one dataset's import did, by kind and by relation type. */
export interface ReferenceSummary {
  dataset: DatasetId;
  entities: Record<string, ChangeCounts>;
  /** Entities the dataset stated before and no longer does (its claim ended; deleted only if orphaned). */
  entitiesEnded: number;
  relations: Record<string, ChangeCounts>;
  /** Relations the dataset stated before and no longer does: marked `withdrawnAsOf`, not deleted. */
  relationsEnded: number;
  statements: ChangeCounts;
  statementsWithdrawn: number;
  unresolved: number;
}

export function emptySummary(dataset: DatasetId): ReferenceSummary {
  const zero = () => ({ created: 0, updated: 0, unchanged: 0 });
  return { dataset, entities: {}, entitiesEnded: 0, relations: {}, relationsEnded: 0, statements: zero(), statementsWithdrawn: 0, unresolved: 0 };
}

/** True when the import changed nothing: the second run of the same files. */
export function isUnchanged(summary: ReferenceSummary): boolean {
  const all = [...Object.values(summary.entities), ...Object.values(summary.relations), summary.statements];
  return (
    all.every((counts) => counts.created === 0 && counts.updated === 0) &&
    summary.entitiesEnded === 0 &&
    summary.relationsEnded === 0 &&
    summary.statementsWithdrawn === 0
  );
}

/** The aligned table the importer prints: created / updated / ended / unchanged by kind and type. */
export function formatReferenceSummary(summary: ReferenceSummary): string {
  const line = (name: string, counts: ChangeCounts, ended: number | string = '') =>
    `  ${name.padEnd(18)}${String(counts.created).padStart(8)}${String(counts.updated).padStart(9)}${String(ended).padStart(7)}${String(counts.unchanged).padStart(11)}`;
  const lines = [`${summary.dataset}`, `  ${''.padEnd(18)}${'created'.padStart(8)}${'updated'.padStart(9)}${'ended'.padStart(7)}${'unchanged'.padStart(11)}`];
  for (const [kind, counts] of Object.entries(summary.entities).sort()) lines.push(line(kind, counts));
  lines.push(`  ${'(entities ended)'.padEnd(18)}${''.padStart(17)}${String(summary.entitiesEnded).padStart(7)}`);
  for (const [type, counts] of Object.entries(summary.relations).sort()) lines.push(line(type, counts));
  lines.push(`  ${'(relations ended)'.padEnd(18)}${''.padStart(17)}${String(summary.relationsEnded).padStart(7)}`);
  lines.push(line('Statement', summary.statements, summary.statementsWithdrawn));
  lines.push(`  unresolved values: ${summary.unresolved} (listed by \`npm run import:reference -- --unresolved\`)`);
  return lines.join('\n');
}
