/**
 * Where an element sits in a file's raw text, and its verbatim quote. Quotes start at the
 * beginning of the element's first line (its indentation, or in the one-line-per-record 2017
 * file the record's text before it, is part of the quote) so that the file's lines joined from
 * `line` start with the quote, and end exactly at the element's closing tag.
 */
export interface SourceSpan {
  /** Offset of the element's `<` in the text. */
  start: number;
  /** Offset just past the element's closing `>`. */
  end: number;
}

export interface SourceText {
  readonly text: string;
  /** 1-based line of an offset. */
  line(offset: number): number;
  /** Offset of the first character of the line holding `offset`. */
  lineStart(offset: number): number;
  /** The verbatim quote for a span: from its line's start to the element's end. */
  quote(span: SourceSpan): string;
}

export function sourceText(text: string): SourceText {
  const newlines: number[] = [];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) newlines.push(index);
  /** How many newlines come before `offset`. */
  const before = (offset: number): number => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((newlines[middle] ?? Infinity) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const lineStart = (offset: number) => {
    const count = before(offset);
    return count === 0 ? 0 : (newlines[count - 1] ?? -1) + 1;
  };
  return {
    text,
    line: (offset) => before(offset) + 1,
    lineStart,
    quote: (span) => text.slice(lineStart(span.start), span.end),
  };
}

/**
 * The spans of every `<tag>…</tag>` element between `from` and `to`, in document order.
 * Only for elements that do not nest in themselves (INDIVIDUAL, ENTITY, VALUE, COMMENTS1…).
 * An empty element written `<tag/>` has no text to quote and is skipped.
 */
export function elementSpans(text: string, tag: string, from = 0, to = text.length): SourceSpan[] {
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  const spans: SourceSpan[] = [];
  let start = text.indexOf(open, from);
  while (start !== -1 && start < to) {
    const closeAt = text.indexOf(close, start + open.length);
    if (closeAt === -1 || closeAt + close.length > to) throw new Error(`<${tag}> at offset ${start} is not closed`);
    spans.push({ start, end: closeAt + close.length });
    start = text.indexOf(open, closeAt + close.length);
  }
  return spans;
}

/** The one `<tag>…</tag>` inside a span, if any. */
export function childSpan(text: string, parent: SourceSpan, tag: string): SourceSpan | undefined {
  return elementSpans(text, tag, parent.start, parent.end)[0];
}
