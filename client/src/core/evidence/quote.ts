/**
 * Where a quote sits in its source text. Quotes are copied verbatim, but a document may wrap a
 * line or double a space where the quote does not, so a whitespace-blind match is the fallback.
 */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const trimmed = quote.trim();
  if (!trimmed) return null;
  const exact = text.indexOf(trimmed);
  if (exact !== -1) return { start: exact, end: exact + trimmed.length };

  const positions: number[] = [];
  let squeezed = '';
  for (let index = 0; index < text.length; index++) {
    if (/\s/.test(text[index]!)) continue;
    // Lower-casing can lengthen a character ("İ" becomes "i̇"): every unit it adds maps back to it.
    const lower = text[index]!.toLowerCase();
    squeezed += lower;
    for (let unit = 0; unit < lower.length; unit++) positions.push(index);
  }
  const needle = trimmed.replace(/\s+/g, '').toLowerCase();
  const found = squeezed.indexOf(needle);
  if (found === -1) return null;
  return { start: positions[found]!, end: positions[found + needle.length - 1]! + 1 };
}
