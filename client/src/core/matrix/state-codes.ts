/**
 * State ids from what a reader typed: ISO 3166-1 alpha-3 codes or state ids, separated by
 * commas, spaces or new lines ("KAZ, kgz state:TJK"), once each in the order typed; anything else
 * is returned as not understood.
 */
export function parseStateCodes(text: string): { ids: string[]; rejected: string[] } {
  const ids: string[] = [];
  const rejected: string[] = [];
  for (const token of text.split(/[\s,;]+/).filter(Boolean)) {
    const code = token.replace(/^state:/i, '');
    if (!/^[a-z]{3}$/i.test(code)) {
      rejected.push(token);
      continue;
    }
    const id = `state:${code.toUpperCase()}`;
    if (!ids.includes(id)) ids.push(id);
  }
  return { ids, rejected };
}
