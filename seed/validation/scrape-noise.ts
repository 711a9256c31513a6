import type { SourceDocument } from './types';

/**
 * Garbage the scrape injected into the documents. It may appear in evidence quotes (which are copied
 * byte for byte) and in aliases (so search still finds a misspelt name), but nowhere else.
 */
export const SCRAPE_GARBAGE = ['缅北禁地', 'Orime', 'Theyand', '0.1f&on'] as const;

/** The garbage string `text` contains, if any. */
export function findGarbage(text: string): string | undefined {
  return SCRAPE_GARBAGE.find((garbage) => text.includes(garbage));
}

/**
 * The noise `name` contains: the garbage above, or any noise string a source's metadata lists
 * (a typo such as "Kygryz Republic" may be an alias, but never the canonical name).
 */
export function findNoiseInName(name: string, sources: readonly SourceDocument[]): string | undefined {
  const garbage = findGarbage(name);
  if (garbage !== undefined) return garbage;
  for (const source of sources) {
    const noise = source.noise.find((candidate) => name.includes(candidate));
    if (noise !== undefined) return noise;
  }
  return undefined;
}
