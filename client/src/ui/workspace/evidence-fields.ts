import type { ApiClient } from '../../api/client.js';
import { SOURCES } from '../../api/documents.js';
import { QUOTE_CHECK } from '../../api/edit-documents.js';
import { h } from '../dom/element.js';

export interface EvidenceValue {
  sourceId?: string;
  quote?: string;
  editorNote?: string;
}

/**
 * What states an edit: a source and a verbatim quote of it, checked against the source's text
 * as it is typed, or, where no document exists yet, an editor's note (shown as such).
 */
export function evidenceFields(api: ApiClient, idPrefix: string): { element: HTMLElement; value(): EvidenceValue | null; problem(): string | null } {
  const source = h('select', { id: `${idPrefix}-source` }, h('option', { value: '' }, 'No document: an editor\u2019s note'));
  const quote = h('textarea', { id: `${idPrefix}-quote`, rows: 3, placeholder: 'Paste the passage, exactly as the source words it' });
  const check = h('p', { class: 'quote-check', id: `${idPrefix}-quote-check`, role: 'status' });
  const note = h('textarea', { id: `${idPrefix}-note`, rows: 2, placeholder: 'Why this holds, where no document says it yet' });
  const quoteRow = h('div', { class: 'evidence-quote' }, h('label', { for: quote.id }, 'Quote'), quote, check);
  const noteRow = h('div', { class: 'evidence-note' }, h('label', { for: note.id }, 'Editor\u2019s note'), note);
  let found = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  void api.request(SOURCES, {}, 'the source documents').then(({ sources }) => {
    for (const document of sources) source.append(h('option', { value: document.id }, document.title));
  });
  const update = () => {
    const hasSource = source.value !== '';
    quoteRow.hidden = !hasSource;
    noteRow.hidden = hasSource;
  };
  const verify = () => {
    clearTimeout(timer);
    found = false;
    if (!source.value || quote.value.trim().length < 12) {
      check.textContent = source.value ? 'Type or paste at least a dozen characters of the passage.' : '';
      return;
    }
    check.textContent = 'Checking the quote against the source…';
    const ticket = ++asked;
    timer = setTimeout(async () => {
      try {
        const result = await api.request(QUOTE_CHECK, { sourceId: source.value, quote: quote.value }, 'checking the quote');
        if (ticket !== asked) return;
        found = result.found;
        check.textContent = result.found ? '✓ Found verbatim in the source.' : `✗ Not found in the source${result.hint ? `: ${result.hint}` : '.'}`;
        check.dataset.found = String(result.found);
      } catch (error) {
        if (ticket === asked) check.textContent = `Could not check the quote: ${(error as Error).message}`;
      }
    }, 300);
  };
  source.addEventListener('change', () => {
    update();
    verify();
  });
  quote.addEventListener('input', verify);
  update();

  return {
    element: h('fieldset', { class: 'evidence-fields' }, h('legend', {}, 'Evidence'), h('label', { for: source.id }, 'Source'), source, quoteRow, noteRow),
    value() {
      if (source.value) return quote.value.trim() ? { sourceId: source.value, quote: quote.value } : null;
      return note.value.trim() ? { editorNote: note.value.trim() } : null;
    },
    problem() {
      if (source.value && !found) return 'The quote must be found verbatim in the chosen source.';
      if (!source.value && !note.value.trim()) return 'Give a source and its quote, or an editor\u2019s note.';
      return null;
    },
  };
}
