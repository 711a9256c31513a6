import type { ApiClient } from '../../api/client.js';
import { SOURCES, type SourceDocument, type SourcesResult } from '../../api/documents.js';
import { locateQuote } from '../../core/evidence/index.js';
import type { Evidence } from '../../core/graph/index.js';
import { formatIsoPrefix } from '../../core/timeline/index.js';
import { LatestOnly } from '../../core/requests/index.js';
import { h, replaceChildren } from '../dom/element.js';

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
    const text = found
      ? [document.text.slice(0, found.start), h('mark', { id: 'reader-quote' }, document.text.slice(found.start, found.end)), document.text.slice(found.end)]
      : [document.text];
    const meta = [document.publisher, document.publisherType, document.date ? formatIsoPrefix(document.date) : null, document.id].filter(Boolean).join(' · ');
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
