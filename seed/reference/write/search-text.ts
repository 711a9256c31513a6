import anyAscii from 'any-ascii';
import type { ManagedTransaction } from 'neo4j-driver';
import { DATASET_IDS } from '../../../model/data-model.js';
import { namesProperty, scriptNamesProperty, weakNamesProperty } from './ownership.js';

/** Joins names for the full-text index, which reads string properties (as the curated aliasText does). */
export const NAME_SEPARATOR = ' | ';

const STRONG = DATASET_IDS.flatMap((id) => (id === 'dataset:curated' ? ['aliases'] : [namesProperty(id), scriptNamesProperty(id)]));
const WEAK = DATASET_IDS.filter((id) => id !== 'dataset:curated').map(weakNamesProperty);

/**
 * A spelling folded to lower-case ASCII ("Казахстан" → "kazakhstan", "Ḥalimov" → "halimov"), so
 * that Latin spellings of one Cyrillic or Arabic name meet: the query is folded the same way.
 */
export function foldName(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface SearchText {
  aliasText: string;
  weakAliasText: string;
  foldedText: string;
}

/** What the full-text index reads for one node: strong names, weak names, and every name folded. */
export function searchText(properties: Record<string, unknown>): SearchText {
  const strings = (keys: string[]) =>
    keys.flatMap((key) => {
      const value = properties[key];
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    });
  const name = typeof properties.name === 'string' ? properties.name : '';
  const strong = unique(strings(STRONG).filter((alias) => alias !== name));
  const weak = unique(strings(WEAK)).filter((alias) => !strong.includes(alias) && alias !== name);
  const folded = unique([name, ...strong, ...weak].map(foldName).filter((item) => item.length > 0));
  return { aliasText: strong.join(NAME_SEPARATOR), weakAliasText: weak.join(NAME_SEPARATOR), foldedText: folded.join(NAME_SEPARATOR) };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

const BATCH = 1_000;

/** Recomputes the search text of the given nodes from every dataset's names (after any import). */
export async function refreshSearchText(transaction: ManagedTransaction, ids: string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const result = await transaction.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS properties', {
      ids: batch,
    });
    // Only nodes whose text changes are written, so a repeated import writes nothing here.
    const rows = result.records.flatMap((record) => {
      const properties = record.get('properties') as Record<string, unknown>;
      const text = searchText(properties);
      const same = (Object.keys(text) as (keyof SearchText)[]).every((key) => (properties[key] ?? '') === text[key]);
      return same ? [] : [{ id: record.get('id') as string, ...text }];
    });
    if (rows.length === 0) continue;
    await transaction.run(
      `UNWIND $rows AS row
       MATCH (n:Entity {id: row.id})
       SET n.aliasText = row.aliasText, n.weakAliasText = row.weakAliasText, n.foldedText = row.foldedText`,
      { rows },
    );
  }
}
