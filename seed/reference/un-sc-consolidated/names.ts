import type { AliasQuality } from '../../../model/data-model.js';
import type { ReferenceName } from '../types.js';

/** Collapses the list's stray and doubled spaces ("CHO  ", " RI "). */
export function cleanText(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** The list's alias qualities: "Low" aliases are weak; Good, High, a.k.a. and f.k.a. are strong. */
export function aliasQuality(quality: string | undefined): AliasQuality {
  return cleanText(quality).toLowerCase() === 'low' ? 'weak' : 'strong';
}

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** True when a name is written (at least partly) in a script other than Latin. */
export function isOriginalScript(name: string): boolean {
  return NON_LATIN.test(name);
}

const WRAPPED_LIST = /^(.+?)\s*\(([^()]*;[^()]*)\)$/;

/**
 * One ALIAS_NAME can hold several names joined by "; " ("Fazel Rahim; Fazil Rahim"), or an
 * original-script name with its transliterations in brackets ("حسن غول (Hassan Ghul; Hassan Gul)").
 */
export function splitAliasName(value: string | undefined): string[] {
  const cleaned = cleanText(value);
  if (!cleaned) return [];
  const wrapped = WRAPPED_LIST.exec(cleaned);
  const parts = wrapped ? [wrapped[1] ?? '', ...(wrapped[2] ?? '').split(';')] : cleaned.split(';');
  return parts.map(cleanText).filter((part) => part.length > 0);
}

export function aliasNames(value: string | undefined, quality: string | undefined): ReferenceName[] {
  return splitAliasName(value).map((name) => ({
    name,
    quality: aliasQuality(quality),
    ...(isOriginalScript(name) ? { originalScript: true } : {}),
  }));
}
