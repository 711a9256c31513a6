import type { ApiClient } from '../../api/client.js';
import { relationSentence } from '../../core/paths/index.js';
import { answerFromNeighbourhood, QUESTION_IDS, QUESTIONS, questionText, type Question, type QuestionId, type RelationQuestion } from '../../core/questions/index.js';
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

  function picker(label: string, kinds: Question['subjectKinds'], slot: 'first' | 'second', initial: string): EntitySearch {
    const search = createEntitySearch({ api, label, placeholder: `Any ${kinds.join(' or ').toLowerCase()}`, kinds, onChoose: (hit) => (subjects[slot] = hit.entity.id) });
    search.input.addEventListener('input', () => (subjects[slot] = null));
    subjects[slot] = initial || null;
    if (initial) search.setValue(explorer.nameOf(initial));
    return search;
  }

  function choose(id: QuestionId): void {
    question = QUESTIONS[id];
    const selected = explorer.state.selected ? explorer.store.entities.get(explorer.state.selected) : undefined;
    const initial = selected && question.subjectKinds.includes(selected.kind) ? selected.id : question.defaultSubject;
    const first = picker(question.answer === 'paths' ? 'First actor' : 'About', question.subjectKinds, 'first', initial);
    const second = question.answer === 'paths' ? picker('Second actor', question.secondKinds, 'second', question.defaultSecond) : null;
    replaceChildren(pickers, first.element, second?.element);
    replaceChildren(answer);
  }

  async function ask(): Promise<void> {
    if (!subjects.first || (question.answer === 'paths' && !subjects.second)) {
      replaceChildren(answer, h('p', { class: 'error' }, 'Choose whom the question is about from the suggestions first.'));
      return;
    }
    if (question.answer === 'paths') {
      replaceChildren(answer, h('p', {}, 'The answer is in the Paths tab.'));
      paths.prefill(subjects.first, subjects.second);
      return;
    }
    await answerRelations(question, subjects.first);
  }

  async function answerRelations(relationQuestion: RelationQuestion, subjectId: string): Promise<void> {
    replaceChildren(answer, h('p', { class: 'loading', role: 'status' }, 'Asking the graph…'));
    try {
      const neighbourhood = await explorer.loader.neighbourhood({ id: subjectId, depth: 1, types: [relationQuestion.relation], limit: 200 }, 'the answer');
      const found = answerFromNeighbourhood(relationQuestion, subjectId, neighbourhood);
      const title = questionText(relationQuestion, explorer.nameOf(subjectId));
      if (found.entities.length === 0) {
        replaceChildren(answer, h('h3', {}, title), h('p', { class: 'empty' }, 'The sources record no answer to this question.'));
        return;
      }
      const subject = explorer.store.entities.get(subjectId)!;
      await explorer.show({ nodes: [subject, ...found.entities], edges: found.relations }, subjectId);
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
            return h(
              'li',
              {},
              kindSwatch(entity.kind, 14),
              h('button', { type: 'button', class: 'link-button', onclick: () => explorer.select(relation.id) }, relationSentence(relation, (id) => explorer.nameOf(id))),
              relation.conflict ? h('span', { class: 'badge badge-conflict' }, 'disputed') : null,
            );
          }),
        ),
      );
    } catch (error) {
      replaceChildren(answer, h('p', { class: 'error' }, `Could not answer: ${(error as Error).message}`));
    }
  }

  choose(question.id);
}
