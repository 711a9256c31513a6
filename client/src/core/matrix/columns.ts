import type { InstrumentType } from '../model/index.js';

/** The instrument types that states become parties to: a matrix's treaty columns are the graph's instruments of these types. */
export const TREATY_TYPES: readonly InstrumentType[] = ['treaty', 'convention', 'protocol'];

/** The dataset whose organisations have recorded memberships: a matrix's organisation columns. */
export const MEMBERSHIP_DATASET = 'dataset:cow-igo';

/**
 * A short header for a column (the full name goes in its title): the shortest alias of at most
 * 18 characters ("CSTO", "Firearms Protocol"), else the id's slug when short ("CTBT",
 * "CCW-P2A"), else the name's initials ("Arms Trade Treaty" → "ATT"), else the name.
 */
export function columnLabel(entity: { id: string; name: string; aliases?: readonly string[] }): string {
  const alias = [...(entity.aliases ?? [])].filter((value) => value.length <= 18).sort((a, b) => a.length - b.length)[0];
  if (alias) return alias;
  if (entity.name.length <= 10) return entity.name;
  const slug = entity.id.slice(entity.id.indexOf(':') + 1);
  if (slug.length <= 8) return slug.toUpperCase();
  const initials = entity.name.split(/\s+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word[0]).join('');
  return initials.length >= 2 && initials.length <= 6 ? initials : entity.name;
}
