import type { NameRecord, UnLanguage, UnLanguageNames } from './types.js';

/**
 * Names in other languages and scripts, each with the `lang` and `dir` a page needs to draw it
 * right (Arabic runs right to left) and to let a screen reader pronounce it.
 */
export interface DisplayName {
  text: string;
  /** BCP 47 language tag, or null when the dataset does not say. */
  lang: string | null;
  dir: 'ltr' | 'rtl' | 'auto';
  /** What the name is, for a reader: "Arabic", "original script", "weak alias". */
  label: string;
}

/** The six UN languages in the UN's own (alphabetical, English) order. */
export const UN_LANGUAGES: readonly { code: UnLanguage; label: string }[] = [
  { code: 'ar', label: 'Arabic' },
  { code: 'zh', label: 'Chinese' },
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'French' },
  { code: 'ru', label: 'Russian' },
  { code: 'es', label: 'Spanish' },
];

const RIGHT_TO_LEFT_LANGUAGES = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi', 'dv', 'ckb', 'sd', 'ug']);
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm']);
/** Arabic, Hebrew, Syriac, Thaana, N'Ko letters and the Arabic presentation forms. */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LEFT_TO_RIGHT_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u4E00-\u9FFF]/u;

/**
 * The direction to draw a name in: from its language or script where the dataset gives them,
 * else from its first strong letter; "auto" when there is none to go by.
 */
export function textDirection(text: string, language?: string | null, script?: string | null): 'ltr' | 'rtl' | 'auto' {
  if (language) return RIGHT_TO_LEFT_LANGUAGES.has(language.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
  if (script) return RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  for (const character of text) {
    if (RIGHT_TO_LEFT_LETTER.test(character)) return 'rtl';
    if (LEFT_TO_RIGHT_LETTER.test(character)) return 'ltr';
  }
  return 'auto';
}

/** A state's short names in the six UN languages, in the UN's order; languages without a name are left out. */
export function unLanguageNames(names: UnLanguageNames | null | undefined): DisplayName[] {
  if (!names) return [];
  return UN_LANGUAGES.flatMap(({ code, label }) => {
    const text = names[code];
    return text ? [{ text, lang: code, dir: textDirection(text, code), label }] : [];
  });
}

/**
 * The names a reference dataset gives beyond the canonical one and the six UN-language names:
 * original-script names first, then strong, then weak ones, each once.
 */
export function otherNames(names: readonly NameRecord[], canonical: string, shown: readonly string[] = []): DisplayName[] {
  const seen = new Set([canonical, ...shown]);
  const rank = (name: NameRecord) => (name.originalScript ? 0 : name.quality === 'strong' ? 1 : 2);
  return [...names]
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((name) => {
      if (seen.has(name.name)) return [];
      seen.add(name.name);
      // The list's heading says whether the names are weak; each name says its script and language.
      const label = [name.originalScript ? 'original script' : null, name.language ? languageLabel(name.language) : null].filter(Boolean).join(', ');
      return [{ text: name.name, lang: name.language ?? null, dir: textDirection(name.name, name.language, name.script), label }];
    });
}

function languageLabel(code: string): string {
  return UN_LANGUAGES.find((language) => language.code === code)?.label ?? code;
}
