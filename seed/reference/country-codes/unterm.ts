/**
 * UNTERM's short and formal names as country-codes.csv gives them, and what their markers say.
 *
 * UNTERM writes the article a name takes after it in brackets ("Netherlands (the)",
 * "Afghanistan (l')", "Islas Cook (las)") and marks states that are not UN members: "*" for the
 * non-member observer states (the Holy See, the State of Palestine), "**" for the states in free
 * association with New Zealand (the Cook Islands, Niue), which are neither members nor observers.
 */

/** The six UN languages, with the csv's word for each and whether it writes a non-Latin script. */
export const UN_LANGUAGES = [
  { code: 'ar', column: 'Arabic', official: 'official_name_ar', suffix: 'Ar', originalScript: true },
  { code: 'zh', column: 'Chinese', official: 'official_name_cn', suffix: 'Zh', originalScript: true },
  { code: 'en', column: 'English', official: 'official_name_en', suffix: 'En', originalScript: false },
  { code: 'es', column: 'Spanish', official: 'official_name_es', suffix: 'Es', originalScript: false },
  { code: 'fr', column: 'French', official: 'official_name_fr', suffix: 'Fr', originalScript: false },
  { code: 'ru', column: 'Russian', official: 'official_name_ru', suffix: 'Ru', originalScript: true },
] as const;

export type UntermMarker = 'none' | 'observer' | 'non-member';

/** The non-member marker at the end of a UNTERM name: "*" observer, "**" other non-member. */
export function untermMarker(name: string): UntermMarker {
  const marker = /\s(\*{1,2})$/.exec(name.trim())?.[1];
  if (marker === '*') return 'observer';
  if (marker === '**') return 'non-member';
  return 'none';
}

/** The articles UNTERM brackets after a short name, in English, French and Spanish. */
const TRAILING_ARTICLE = /\s\((?:the|le|la|l'|l’|les|el|los|las)\)$/;

/**
 * A UNTERM name without its non-member marker and without a bracketed trailing article:
 * "Holy See (the) *" → "Holy See", "Afghanistan (l')" → "Afghanistan". Brackets that carry
 * meaning stay: "Iran (Islamic Republic of)", "Bolivia (Plurinational State of)".
 */
export function cleanUntermName(name: string): string {
  return name
    .trim()
    .replace(/\s\*{1,2}$/, '')
    .replace(TRAILING_ARTICLE, '')
    .trim();
}
