/**
 * A captured page as blocks to draw: its markdown headings (`## Secretary`) as headings, the rest
 * as running text, each cut into spans so that the quoted passage can be marked wherever it
 * falls. Pure data: the reader builds elements from it with text nodes, never HTML.
 */

export interface SourceSpan {
  text: string;
  /** Part of the quoted passage. */
  marked: boolean;
}

export type SourceBlock = { kind: 'heading'; level: number; spans: SourceSpan[] } | { kind: 'text'; spans: SourceSpan[] };

const HEADING = /^(#{1,6})[ \t]+(\S.*?)[ \t#]*$/;

export function sourceBlocks(text: string, marked: { start: number; end: number } | null): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let textStart: number | null = null;
  const closeText = (end: number) => {
    // Blank lines around a heading are the heading's own spacing: a block element has it already.
    let start = textStart ?? end;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) blocks.push({ kind: 'text', spans: spansOf(text, start, end, marked) });
    textStart = null;
  };
  let offset = 0;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    const heading = HEADING.exec(text.slice(offset, lineEnd));
    if (heading) {
      closeText(offset);
      const start = offset + text.slice(offset, lineEnd).indexOf(heading[2]!);
      blocks.push({ kind: 'heading', level: heading[1]!.length, spans: spansOf(text, start, start + heading[2]!.length, marked) });
    } else {
      textStart ??= offset;
    }
    offset = next;
  }
  closeText(text.length);
  return blocks;
}

function spansOf(text: string, start: number, end: number, marked: { start: number; end: number } | null): SourceSpan[] {
  const cuts = marked ? [start, Math.min(Math.max(marked.start, start), end), Math.min(Math.max(marked.end, start), end), end] : [start, end];
  const spans: SourceSpan[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const [from, to] = [cuts[index]!, cuts[index + 1]!];
    if (to > from) spans.push({ text: text.slice(from, to), marked: !!marked && from >= marked.start && to <= marked.end });
  }
  return spans;
}
