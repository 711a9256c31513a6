import type { EntitySummary } from './types.js';

const LONGEST_LABEL = 60;
const SHORT_FORM = 48;

/**
 * A short form may only shorten the name: an alias with a word the name lacks ("UNDP Project
 * Presentation" for the February 2020 presentation, whose givers the sources dispute) may be a
 * competing claim rather than an abbreviation, and the canvas must not take sides.
 */
function usesOnlyWordsOf(name: string, alias: string): boolean {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const nameWords = words(name);
  const known = new Set(nameWords);
  // The initials of a run of the name's words count too: "UN" for "United Nations".
  for (let start = 0; start < nameWords.length; start++) {
    let initials = '';
    for (const word of nameWords.slice(start, start + 6)) {
      initials += word[0];
      if (initials.length > 1) known.add(initials);
    }
  }
  return words(alias).every((word) => known.has(word));
}

/**
 * A node's caption: the name, unless it is too long to read in a graph ("Protocol against the
 * Illicit Manufacturing of and Trafficking in Firearms, …"). Then the title before a colon, or a
 * short alias that is words rather than an acronym and only uses the name's own words ("Firearms Protocol"), or the name cut at a
 * word. Acronyms are never preferred: the reader may not know them. The details show the full name.
 */
export function displayLabel(entity: Pick<EntitySummary, 'name' | 'aliases'>): string {
  const name = entity.name.trim();
  if (name.length <= LONGEST_LABEL) return name;
  const title = name.split(':')[0]!.trim();
  if (title.length >= 12 && title.length <= SHORT_FORM) return title;
  const alias = entity.aliases
    .map((candidate) => candidate.trim())
    .filter((candidate) => candidate.includes(' ') && candidate.length >= 10 && candidate.length <= SHORT_FORM && usesOnlyWordsOf(name, candidate))
    .sort((a, b) => a.length - b.length)[0];
  if (alias) return alias;
  const cut = name.slice(0, SHORT_FORM + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:\s]+$/, '')}…`;
}
