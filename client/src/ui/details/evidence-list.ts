import type { Evidence } from '../../core/graph/index.js';
import { citationDate } from '../../core/timeline/index.js';
import { h } from '../dom/element.js';

/** Each quote with its source document, and a button that opens the document at the quote. */
export function evidenceList(evidence: readonly Evidence[], openReader: (item: Evidence) => void): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'hint' }, 'No passage of the sources is recorded for this.');
  return h(
    'ol',
    { class: 'evidence-list' },
    evidence.map((item) => {
      const read = h('button', { type: 'button', class: 'link-button read-source', onclick: () => openReader(item) }, 'Read it in the source');
      // A click on the quote itself reads it too; focus goes to its button first, so that closing the reader returns there.
      const quote = h('blockquote', { class: 'clickable', title: 'Read it in the source', onclick: () => (read.focus(), openReader(item)) }, item.quote);
      return h(
        'li',
        {},
        h(
          'figure',
          { class: 'evidence' },
          quote,
          h(
            'figcaption',
            {},
            h('span', { class: 'source-title' }, item.source.title),
            item.source.publisher ? h('span', { class: 'source-meta' }, ` · ${item.source.publisher}`) : null,
            h('span', { class: 'source-meta source-date' }, ` · ${citationDate(item.source.date)}`),
          ),
          read,
        ),
      );
    }),
  );
}
