import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../client/src/core/evidence/index.js';
import { SEED_EVIDENCE, SEED_SOURCES } from './seed-fixtures.js';

const TEXT = 'The project will be co-implemented in 2020/\n2021 by the United Nations Counter Terrorism Centre\u00A0of the United Nations Office of Counter Terrorism.';

function highlighted(text: string, quote: string): string | null {
  const found = locateQuote(text, quote);
  return found && text.slice(found.start, found.end);
}

describe('finding a quote in its source text', () => {
  it('finds a verbatim quote, ignoring spaces around it', () => {
    expect(locateQuote(TEXT, 'co-implemented')).toEqual({ start: 20, end: 34 });
    expect(locateQuote(TEXT, '  co-implemented \n')).toEqual({ start: 20, end: 34 });
  });

  it('finds a quote the document wraps or spaces differently, covering the document’s own spacing', () => {
    expect(highlighted(TEXT, 'co-implemented in 2020/ 2021 by')).toBe('co-implemented in 2020/\n2021 by');
    expect(highlighted(TEXT, 'Counter Terrorism Centre of the United Nations')).toBe('Counter Terrorism Centre\u00A0of the United Nations');
  });

  it('falls back to a match that ignores case', () => {
    expect(highlighted(TEXT, 'UNITED NATIONS OFFICE of counter terrorism')).toBe('United Nations Office of Counter Terrorism');
  });

  it('finds nothing for an empty quote or one the document does not contain', () => {
    expect(locateQuote(TEXT, '')).toBeNull();
    expect(locateQuote(TEXT, ' \n\t')).toBeNull();
    expect(locateQuote(TEXT, 'co-implemented in 2022')).toBeNull();
    expect(locateQuote('', 'anything')).toBeNull();
  });

  it('keeps its place after letters that lengthen when lower-cased', () => {
    // "İ" lower-cases to two code units; the highlight must still start and end on the quote.
    const text = 'İzmir talks, then  Almaty  Meeting on arms.';
    expect(highlighted(text, 'almaty meeting')).toBe('Almaty  Meeting');
    expect(highlighted('Talks in İstanbul  and Almaty.', 'İstanbul and Almaty')).toBe('İstanbul  and Almaty');
  });

  it('finds quotes in other scripts', () => {
    expect(highlighted('Встреча в  Астане прошла', 'в Астане')).toBe('в  Астане');
  });

  it('finds every quote of the curated dataset exactly where its source has it', () => {
    const texts = new Map(SEED_SOURCES.map((source) => [source.id, source.text]));
    const evidence = SEED_EVIDENCE.map((item) => ({ ...item, text: texts.get(item.source) }));
    expect(evidence.length).toBeGreaterThan(100);
    for (const { record, quote, text } of evidence) {
      expect(text, record).toBeDefined();
      expect(highlighted(text!, quote), record).toBe(quote.trim());
    }
  });
});
