import type { ApiClient } from '../../api/client.js';
import { SOURCES, type SourceDocument, type SourcesResult } from '../../api/documents.js';
import { locateQuote, sourceBlocks, type SourceBlock } from '../../core/evidence/index.js';
import type { Evidence } from '../../core/graph/index.js';
import { citationDate } from '../../core/timeline/index.js';
import { LatestOnly } from '../../core/requests/index.js';
import { h, replaceChildren } from '../dom/element.js';

const HEADING_TAGS = ['h3', 'h3', 'h3', 'h4', 'h5', 'h6', 'h6'] as const;

/**
 * The source reader: the whole document a quote comes from, with the quote marked and scrolled
 * into view, so a reader can judge the passage in its context. A modal dialog: Escape closes it
 * and focus returns where it was.
 */
export class SourceReader {
  private sources: Promise<Map<string, SourceDocument>> | undefined;
  /** The documents load once for all; what each opening shows is guarded, so a quick second click wins. */
  private readonly latest = new LatestOnly();

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly api: ApiClient,
  ) {
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close(); // a click on the backdrop
    });
  }

  async open(evidence: Evidence): Promise<void> {
    const body = h('div', { class: 'reader-body' }, h('p', { class: 'loading', role: 'status' }, 'Loading the document…'));
    replaceChildren(
      this.dialog,
      h(
        'div',
        { class: 'reader-frame' },
        h('header', { class: 'reader-header' }, h('h2', { id: 'reader-title' }, evidence.source.title), h('button', { type: 'button', class: 'close', 'aria-label': 'Close the source', onclick: () => this.dialog.close() }, '×')),
        body,
      ),
    );
    this.dialog.setAttribute('aria-labelledby', 'reader-title');
    if (!this.dialog.open) this.dialog.showModal();
    const ticket = this.latest.next();
    try {
      const document = (await this.load()).get(evidence.source.id);
      if (!ticket.current) return;
      if (!document) {
        replaceChildren(body, h('p', { class: 'error' }, 'This source is not in the graph any more.'));
        return;
      }
      replaceChildren(body, ...this.render(document, evidence.quote));
      body.querySelector('mark')?.scrollIntoView({ block: 'center' });
    } catch (error) {
      if (!ticket.current) return;
      replaceChildren(body, h('p', { class: 'error' }, `Could not load the document: ${(error as Error).message}`));
    }
  }

  private load(): Promise<Map<string, SourceDocument>> {
    this.sources ??= this.api.request<SourcesResult>(SOURCES, {}, 'the source documents').then((result) => new Map(result.sources.map((source) => [source.id, source])));
    this.sources.catch(() => {
      this.sources = undefined; // try again next time
    });
    return this.sources;
  }

  private render(document: SourceDocument, quote: string): HTMLElement[] {
    const found = locateQuote(document.text, quote);
    let firstMark = true;
    const spans = (block: SourceBlock) =>
      block.spans.map((span) => {
        if (!span.marked) return span.text;
        const mark = h('mark', firstMark ? { id: 'reader-quote' } : {}, span.text);
        firstMark = false;
        return mark;
      });
    // The captures' markdown headings ("## Secretary") are drawn as headings below the reader's own title (h2).
    const text = sourceBlocks(document.text, found).map((block) =>
      block.kind === 'heading' ? h(HEADING_TAGS[Math.min(block.level, HEADING_TAGS.length - 1)]!, { class: 'source-heading' }, spans(block)) : h('p', { class: 'source-paragraph' }, spans(block)),
    );
    const meta = [document.publisher, document.publisherType, citationDate(document.date), document.id].filter(Boolean).join(' · ');
    return [
      h('p', { class: 'reader-meta' }, meta),
      document.description ? h('p', { class: 'reader-description' }, document.description) : h('span'),
      document.url ? h('p', { class: 'reader-meta' }, 'Captured from ', h('code', {}, document.url)) : h('span'),
      found ? h('p', { class: 'hint' }, 'The quoted passage is highlighted.') : h('p', { class: 'notice notice-doubt' }, 'The quote could not be found verbatim in this document; it is shown below the text.'),
      h('div', { class: 'source-text', tabindex: '0', role: 'document', 'aria-label': 'Document text' }, ...text),
      found ? h('span') : h('blockquote', {}, quote),
    ];
  }
}
