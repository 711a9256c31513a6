/** Graph ids for the list's records. */

/** "QDi.372" → "qdi-372". */
export function referenceSlug(referenceNumber: string): string {
  return referenceNumber.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function partyId(kind: 'Person' | 'Organization', referenceNumber: string): string {
  return `${kind === 'Person' ? 'person' : 'org'}:un-${referenceSlug(referenceNumber)}`;
}

/** "Al-Qaida" → "al-qaida", "SouthSudan" → "south-sudan", "DPRK" → "dprk". */
export function regimeSlug(unListType: string): string {
  return unListType
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function regimeId(unListType: string): string {
  return `instrument:unsc-sanctions-${regimeSlug(unListType)}`;
}
