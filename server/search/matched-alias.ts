import { searchTerms } from './lucene-query.js';

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function score(candidate: string, query: string, terms: string[]): number {
  const name = normalise(candidate);
  if (name === query) return 100;
  if (name.startsWith(query)) return 80;
  const words = name.split(' ');
  let total = 0;
  for (const term of terms) {
    if (words.includes(term)) total += 10;
    else if (words.some((word) => word.startsWith(term))) total += 6;
    else if (name.includes(term)) total += 3;
  }
  // Prefer the shorter spelling when several match equally (an acronym over a long name).
  return total - name.length / 100;
}

/** Which of an entity's name and aliases the search text matched best (shown as "matched UNDOC"). */
export function matchedAlias(text: string, name: string, aliases: readonly string[]): string {
  const query = normalise(text);
  const terms = searchTerms(text);
  let best = name;
  let bestScore = score(name, query, terms);
  for (const alias of aliases) {
    const aliasScore = score(alias, query, terms);
    if (aliasScore > bestScore) {
      best = alias;
      bestScore = aliasScore;
    }
  }
  return best;
}
