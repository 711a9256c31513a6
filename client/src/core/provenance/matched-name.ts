import { textDirection } from './names.js';

/**
 * The name a search matched, when it is not the entity's canonical name: "Казахстан" for
 * Kazakhstan, "Kirghizistan" for Kyrgyzstan. A match that differs only in case or accents
 * ("kazakhstan") is the canonical name and is not repeated.
 */
export function matchedName(matched: string | null | undefined, canonical: string): { text: string; dir: 'ltr' | 'rtl' | 'auto' } | null {
  if (!matched) return null;
  if (fold(matched) === fold(canonical)) return null;
  return { text: matched, dir: textDirection(matched) };
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
