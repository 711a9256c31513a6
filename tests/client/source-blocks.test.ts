import { describe, expect, it } from 'vitest';
import { locateQuote, sourceBlocks, type SourceBlock } from '../../client/src/core/evidence/index.js';
import { SEED_SOURCES } from './seed-fixtures.js';

const plain = (blocks: SourceBlock[]) => blocks.map((block) => `${block.kind === 'heading' ? `h${block.level}` : 'text'}:${block.spans.map((span) => (span.marked ? `[${span.text}]` : span.text)).join('')}`);

describe('a captured page as headings and text', () => {
  it('reads the capture’s “## Secretary” as a heading, not as text with hash marks', () => {
    const launch = SEED_SOURCES.find((source) => source.id === 'src:000')!;
    const blocks = sourceBlocks(launch.text, null);
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.spans.map((span) => span.text).join(''))).toEqual(['In collaboration with', 'Secretary']);
    expect(blocks.every((block) => block.spans.every((span) => !/^#+ /m.test(span.text)))).toBe(true);
  });

  it('marks the quote inside the text, and keeps every character of the text but the hash marks', () => {
    const text = '## Secretary\n\nThe Centre spoke. It was heard.\n### Next\nMore.';
    const found = locateQuote(text, 'It was heard.');
    expect(plain(sourceBlocks(text, found))).toEqual(['h2:Secretary', 'text:The Centre spoke. [It was heard.]', 'h3:Next', 'text:More.']);
  });

  it('marks a quote that runs across a heading in each block it touches', () => {
    const text = 'Before the end\n## Heading\nafter it';
    expect(plain(sourceBlocks(text, { start: 7, end: text.length - 3 }))).toEqual(['text:Before [the end]', 'h2:[Heading]', 'text:[after] it']);
  });

  it('leaves a text without headings as one block, and a hash without a space as text', () => {
    expect(plain(sourceBlocks('#hashtag and ## not at the start', null))).toEqual(['text:#hashtag and ## not at the start']);
  });
});
