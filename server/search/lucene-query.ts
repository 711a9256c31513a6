// Characters with a meaning in Lucene's query syntax; user text must never carry that meaning.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

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
 * Builds the full-text query: the whole phrase ranks first, then every term as a prefix
 * (`unod*`) and, for terms long enough not to match everything, as a fuzzy term (`kygryz~1`).
 * Returns null when the text has nothing to search for.
 */
export function luceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const parts = terms.map((term) => {
    const fuzzy = term.length >= 4 ? ` OR ${term}~${term.length >= 7 ? 2 : 1}` : '';
    return `(${term}^2 OR ${term}*${fuzzy})`;
  });
  const phrase = terms.length > 1 ? `"${terms.join(' ')}"^4 OR ` : '';
  return `${phrase}(${parts.join(' AND ')})`;
}
