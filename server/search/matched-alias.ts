import { foldName } from '../../seed/reference/write/search-text.js';
import type { NameRecord } from '../names/entity-names.js';
import { searchTerms } from './lucene-query.js';

/** How closely the search text matches a whole spelling: the first ranking key of search hits. */
export const EXACTNESS = {
  /** The text is a spelling of the entity, give or take case, punctuation and script ("Interpol", "Kazajstan" for "Kazajstán"). */
  whole: 2,
  /** The text starts a spelling ("unod" for UNODC). */
  start: 1,
  /** Only words of it match, or only fuzzily. */
  partial: 0,
} as const;
export type Exactness = (typeof EXACTNESS)[keyof typeof EXACTNESS];

export interface SpellingMatch {
  /** The name that matched best, as the entity's dataset spells it. */
  matchedName: NameRecord;
  exactness: Exactness;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether two words are at most `limit` insertions, deletions or substitutions apart (Levenshtein). */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > limit) return false;
    previous = current;
  }
  return previous[b.length]! <= limit;
}

function scoreAgainst(name: string, query: string, terms: string[]): number {
  if (name === query) return 100;
  if (name.startsWith(query)) return 80;
  const words = name.split(' ');
  let total = 0;
  for (const term of terms) {
    if (words.includes(term)) total += 10;
    else if (words.some((word) => word.startsWith(term))) total += 6;
    else if (name.includes(term)) total += 3;
    // The index's fuzzy terms (lucene-query.ts): a word within one or two edits ("Voronkof").
    else if (term.length >= 4 && words.some((word) => withinEdits(word, term, term.length >= 7 ? 2 : 1))) total += 2;
  }
  // Prefer the shorter spelling when several match equally (an acronym over a long name).
  return total - name.length / 100;
}

interface Query {
  text: string;
  normalised: string;
  terms: string[];
  folded: string;
  foldedTerms: string[];
}

/** A spelling's match: as written, or once both are folded to ASCII (a Cyrillic text against a Latin name). */
function score(candidate: string, query: Query): number {
  // The very spelling typed outranks one equal only once case and punctuation are ignored.
  if (candidate === query.text.trim()) return 101;
  const written = scoreAgainst(normalise(candidate), query.normalised, query.terms);
  const folded = query.folded.length > 0 ? scoreAgainst(foldName(candidate), query.folded, query.foldedTerms) : Number.NEGATIVE_INFINITY;
  return Math.max(written, folded);
}

/**
 * Which of an entity's names the search text matched best (shown as "matched UNDOC"), and how
 * closely. A strong name wins over a weak one that matches as well.
 */
export function matchSpelling(text: string, names: readonly NameRecord[]): SpellingMatch {
  const folded = foldName(text);
  const query: Query = { text, normalised: normalise(text), terms: searchTerms(text), folded, foldedTerms: searchTerms(folded) };
  let best = names[0]!;
  let bestScore = score(best.name, query);
  for (const name of names.slice(1)) {
    const nameScore = score(name.name, query);
    if (nameScore > bestScore || (nameScore === bestScore && best.quality === 'weak' && name.quality === 'strong')) {
      best = name;
      bestScore = nameScore;
    }
  }
  const exactness = bestScore >= 100 ? EXACTNESS.whole : bestScore >= 80 ? EXACTNESS.start : EXACTNESS.partial;
  return { matchedName: best, exactness };
}

export interface RankedHit extends SpellingMatch {
  score: number;
}

/**
 * The order of search hits: whole-spelling matches first, then prefixes, then the rest; among
 * equals a hit on a strong name before one on a weak name; then the index's score.
 */
export function compareHits(a: RankedHit, b: RankedHit): number {
  const strength = (hit: RankedHit) => (hit.matchedName.quality === 'strong' ? 1 : 0);
  return b.exactness - a.exactness || strength(b) - strength(a) || b.score - a.score;
}
