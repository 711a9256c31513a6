import type { ApiClient } from '../../api/client.js';
import { relationSentence } from '../../core/paths/index.js';
import { answerFromNeighbourhood, QUESTION_IDS, QUESTIONS, questionText, type Question, type QuestionId, type RelationQuestion } from '../../core/questions/index.js';
import { LatestOnly } from '../../core/requests/index.js';
import { h, replaceChildren } from '../dom/element.js';
import { kindSwatch } from '../dom/swatch.js';
import type { Explorer } from '../explorer/explorer.js';
import type { PathsPanel } from '../paths/paths-panel.js';
import { createEntitySearch, type EntitySearch } from '../search/entity-search.js';

/**
 * Ready-made questions: the ones this field asks first (who funds the project, which states it
 * serves, who attended an event, how two actors are linked…). Each is a query with a subject the
 * reader can change; its answer is drawn in the graph and listed as sentences.
 */
export function mountQuestions(container: HTMLElement, explorer: Explorer, api: ApiClient, paths: PathsPanel): void {
  let question: Question = QUESTIONS.funders;
  const subjects: { first: string | null; second: string | null } = { first: null, second: null };
  const pickers = h('div', { class: 'question-pickers' });
  const answer = h('div', { class: 'question-answer', 'aria-live': 'polite' });
  const menu = h(
    'fieldset',
    { class: 'question-menu' },
    h('legend', {}, 'Ask'),
    QUESTION_IDS.map((id) =>
      h(
        'label',
        { class: 'question-option' },
        h('input', { type: 'radio', name: 'question', value: id, checked: id === question.id, onchange: () => choose(id) }),
        ' ',
        questionText(QUESTIONS[id]),
      ),
    ),
  );
  replaceChildren(
    container,
    h('h2', {}, 'Questions'),
    h('form', { class: 'question-form', onsubmit: (event: Event) => (event.preventDefault(), void ask()) }, menu, pickers, h('button', { type: 'submit', class: 'primary' }, 'Ask')),
    answer,
  );

  const latest = new LatestOnly();
  let shownPickers: { slot: 'first' | 'second'; search: EntitySearch }[] = [];

  function picker(label: string, kinds: Question['subjectKinds'], slot: 'first' | 'second', initial: string, fetchName: boolean): EntitySearch {
    const search = createEntitySearch({ api, label, placeholder: `Any ${kinds.join(' or ').toLowerCase()}`, kinds, onChoose: (hit) => (subjects[slot] = hit.entity.id) });
    search.input.addEventListener('input', () => (subjects[slot] = null));
    subjects[slot] = initial || null;
    if (initial) search.setValue(explorer.nameOf(initial));
    // A default subject may not be in the graph yet: its name, not its id, is what the reader must see.
    if (initial && fetchName && !explorer.store.entities.has(initial)) void explorer.loader.complete([initial], 'the question').then(showNames);
    return search;
  }

  /** Replaces a raw id in a picker by the entity's name once the store knows it. */
  function showNames(): void {
    for (const { slot, search } of shownPickers) {
      const id = subjects[slot];
      if (id && search.input.value === id && explorer.store.entities.has(id)) search.setValue(explorer.nameOf(id));
    }
  }

  function choose(id: QuestionId, byReader = true): void {
    question = QUESTIONS[id];
    const selected = explorer.state.selected ? explorer.store.entities.get(explorer.state.selected) : undefined;
    const initial = selected && question.subjectKinds.includes(selected.kind) ? selected.id : question.defaultSubject;
    const first = picker(question.answer === 'paths' ? 'First actor' : 'About', question.subjectKinds, 'first', initial, byReader);
    const second = question.answer === 'paths' ? picker('Second actor', question.secondKinds, 'second', question.defaultSecond, byReader) : null;
    shownPickers = [{ slot: 'first', search: first }, ...(second ? [{ slot: 'second' as const, search: second }] : [])];
    replaceChildren(pickers, first.element, second?.element);
    latest.cancel();
    replaceChildren(answer);
  }

  async function ask(): Promise<void> {
    if (!subjects.first || (question.answer === 'paths' && !subjects.second)) {
      replaceChildren(answer, h('p', { class: 'error' }, 'Choose whom the question is about from the suggestions first.'));
      return;
    }
    if (question.answer === 'paths') {
      latest.cancel();
      replaceChildren(answer, h('p', {}, 'The answer is in the Paths tab.'));
      paths.prefill(subjects.first, subjects.second);
      return;
    }
    await answerRelations(question, subjects.first);
  }

  async function answerRelations(relationQuestion: RelationQuestion, subjectId: string): Promise<void> {
    replaceChildren(answer, h('p', { class: 'loading', role: 'status' }, 'Asking the graph…'));
    const ticket = latest.next();
    try {
      const neighbourhood = await explorer.loader.neighbourhood({ id: subjectId, depth: 1, types: [relationQuestion.relation], limit: 200 }, 'the answer', { signal: ticket.signal });
      if (!ticket.current) return;
      const found = answerFromNeighbourhood(relationQuestion, subjectId, neighbourhood);
      const title = questionText(relationQuestion, explorer.nameOf(subjectId));
      if (found.entities.length === 0) {
        replaceChildren(answer, h('h3', {}, title), h('p', { class: 'empty' }, 'The sources record no answer to this question.'));
        return;
      }
      const subject = explorer.store.entities.get(subjectId)!;
      await explorer.show({ nodes: [subject, ...found.entities], edges: found.relations }, subjectId);
      if (!ticket.current) return;
      explorer.highlight([subjectId, ...found.entities.map((entity) => entity.id), ...found.relations.map((relation) => relation.id)]);
      replaceChildren(
        answer,
        h('h3', {}, title),
        h('p', {}, `${found.entities.length} ${found.entities.length === 1 ? 'answer' : 'answers'}, highlighted in the graph:`),
        h(
          'ul',
          { class: 'answer-list' },
          found.relations.map((relation) => {
            const other = relationQuestion.direction === 'incoming' ? relation.from.id : relation.to.id;
            const entity = explorer.store.entities.get(other)!;
            // The title already names the subject: each answer is the other end, the full sentence on hover and for screen readers.
            const sentence = relationSentence(relation, (id) => explorer.nameOf(id));
            return h(
              'li',
              {},
              kindSwatch(entity.kind, 14),
              h('button', { type: 'button', class: 'link-button', title: sentence, 'aria-label': sentence, 'data-relation': relation.id, onclick: () => explorer.select(relation.id) }, entity.name),
              relation.conflict ? h('span', { class: 'badge badge-conflict' }, 'disputed') : null,
              relation.doubt ? h('span', { class: 'badge badge-doubt' }, 'unclear') : null,
              // The caveats travel with the answer: a donor whose funding is stated for one course only says so here.
              relation.conflict ? h('p', { class: 'notice-line notice-conflict' }, h('strong', {}, 'The sources disagree: '), relation.conflict) : null,
              relation.doubt ? h('p', { class: 'notice-line notice-doubt' }, h('strong', {}, 'Unclear: '), relation.doubt) : null,
              entity.doubt ? h('p', { class: 'notice-line notice-doubt' }, h('strong', {}, `About ${entity.name}: `), entity.doubt) : null,
            );
          }),
        ),
      );
      answer.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      if (!ticket.current) return;
      replaceChildren(answer, h('p', { class: 'error' }, `Could not answer: ${(error as Error).message}`));
    }
  }

  // At start-up the graph is still loading: the first question's subject is named once it arrives.
  choose(question.id, false);
  explorer.onChange(showNames);
}
