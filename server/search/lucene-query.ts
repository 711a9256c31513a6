import { foldName } from '../../seed/reference/write/search-text.js';

// Characters with a meaning in Lucene's query syntax; user text must never carry that meaning.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * How much a match counts in each field of the entity_search index: the canonical name most,
 * then the strong names, then every name folded to ASCII (a Latin spelling meeting a Cyrillic
 * or Arabic one), and the weak names (the UN list's "Low" aliases) least, so that a weak alias
 * never outranks an equal strong one.
 */
export const FIELD_BOOSTS = { name: 3, aliasText: 2, foldedText: 1, weakAliasText: 0.5 } as const;

/** Splits free text into plain search terms (lower-case, special characters removed). */
export function searchTerms(text: string): string[] {
  return text
    .replace(LUCENE_SPECIAL, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term.length > 0)
    .slice(0, 8);
}

/**
 * The whole phrase ranks first, then every term as a prefix (`unod*`) and, for terms long
 * enough not to match everything, as a fuzzy term (`kygryz~1`).
 */
function termsQuery(terms: string[]): string {
  const parts = terms.map((term) => {
    const fuzzy = term.length >= 4 ? ` OR ${term}~${term.length >= 7 ? 2 : 1}` : '';
    return `(${term}^2 OR ${term}*${fuzzy})`;
  });
  const phrase = terms.length > 1 ? `"${terms.join(' ')}"^4 OR ` : '';
  return `${phrase}(${parts.join(' AND ')})`;
}

/**
 * Builds the full-text query: the text's terms against the name, strong and weak names, each
 * field boosted (FIELD_BOOSTS), and the text folded to ASCII with the importer's own foldName()
 * against the folded names (`Воронков` → `voronkov`). Returns null when the text has nothing to
 * search for.
 */
export function luceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const query = termsQuery(terms);
  const clauses = [
    `name:(${query})^${FIELD_BOOSTS.name}`,
    `aliasText:(${query})^${FIELD_BOOSTS.aliasText}`,
    `weakAliasText:(${query})^${FIELD_BOOSTS.weakAliasText}`,
  ];
  const folded = searchTerms(foldName(text));
  if (folded.length > 0) clauses.push(`foldedText:(${termsQuery(folded)})^${FIELD_BOOSTS.foldedText}`);
  return clauses.join(' OR ');
}
