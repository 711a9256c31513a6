import { searchTerms } from './lucene-query.js';

/** How closely the search text matches a whole spelling: the first ranking key of search hits. */
export const EXACTNESS = {
  /** The text is a spelling of the entity, give or take case and punctuation ("Interpol", "un counter terrorism office"). */
  whole: 2,
  /** The text starts a spelling ("unod" for UNODC). */
  start: 1,
  /** Only words of it match, or only fuzzily. */
  partial: 0,
} as const;
export type Exactness = (typeof EXACTNESS)[keyof typeof EXACTNESS];

export interface SpellingMatch {
  /** The name or alias that matched best, as the entity spells it. */
  matched: string;
  exactness: Exactness;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function score(candidate: string, text: string, query: string, terms: string[]): number {
  const name = normalise(candidate);
  // The very spelling typed outranks one equal only once case and punctuation are ignored.
  if (candidate === text.trim()) return 101;
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

/** Which of an entity's name and aliases the search text matched best (shown as "matched UNDOC"), and how closely. */
export function matchSpelling(text: string, name: string, aliases: readonly string[]): SpellingMatch {
  const query = normalise(text);
  const terms = searchTerms(text);
  let best = name;
  let bestScore = score(name, text, query, terms);
  for (const alias of aliases) {
    const aliasScore = score(alias, text, query, terms);
    if (aliasScore > bestScore) {
      best = alias;
      bestScore = aliasScore;
    }
  }
  const exactness = bestScore >= 100 ? EXACTNESS.whole : bestScore >= 80 ? EXACTNESS.start : EXACTNESS.partial;
  return { matched: best, exactness };
}
