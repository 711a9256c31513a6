import { describe, expect, it } from 'vitest';
import { GraphStore } from '../../client/src/core/graph/index.js';
import { RELATION_TYPE_DEFINITIONS } from '../../client/src/core/model/index.js';
import { answerFromNeighbourhood, PROJECT_ID, QUESTION_IDS, QUESTIONS, questionText, type RelationQuestion } from '../../client/src/core/questions/index.js';
import { entity, relation, SEED_ENTITIES, SEED_RELATIONS, seedEntity } from './seed-fixtures.js';

const PRESENTATION = 'event:project-presentation-2020-02';

/** What the API answers for a neighbourhood: the subject, its relations and the entities at their other ends. */
function neighbourhood(subjectId: string) {
  const store = new GraphStore();
  store.add({ nodes: SEED_ENTITIES, edges: SEED_RELATIONS });
  return { nodes: [subjectId, ...store.neighbours(subjectId)].map(seedEntity), edges: store.relationsOf(subjectId) };
}

function relationQuestion(id: (typeof QUESTION_IDS)[number]): RelationQuestion {
  const question = QUESTIONS[id];
  if (question.answer !== 'relations') throw new Error(`${id} is not answered by relations`);
  return question;
}

const answerIds = (id: (typeof QUESTION_IDS)[number], subjectId: string) =>
  answerFromNeighbourhood(relationQuestion(id), subjectId, neighbourhood(subjectId)).entities.map((item) => item.id);

describe('the questions catalogue', () => {
  it('has one entry per question id, each knowing its own id', () => {
    expect(Object.keys(QUESTIONS)).toEqual([...QUESTION_IDS]);
    for (const id of QUESTION_IDS) expect(QUESTIONS[id].id).toBe(id);
  });

  it('asks only what the data model can answer: subjects and answers at the right ends of the relation', () => {
    for (const question of Object.values(QUESTIONS)) {
      if (question.answer !== 'relations') continue;
      const definition = RELATION_TYPE_DEFINITIONS[question.relation];
      const [subjectEnd, answerEnd] = question.direction === 'incoming' ? [definition.to, definition.from] : [definition.from, definition.to];
      for (const kind of question.subjectKinds) expect(subjectEnd, `${question.id} subject ${kind}`).toContain(kind);
      for (const kind of question.answerKinds ?? []) expect(answerEnd, `${question.id} answer ${kind}`).toContain(kind);
    }
  });

  it('opens every question on a seed entity of a kind it asks about', () => {
    for (const question of Object.values(QUESTIONS)) {
      expect(question.subjectKinds, question.id).toContain(seedEntity(question.defaultSubject).kind);
      if (question.answer === 'paths') expect(question.secondKinds, question.id).toContain(seedEntity(question.defaultSecond).kind);
    }
    expect(seedEntity(PROJECT_ID).kind).toBe('Project');
  });

  it('fills in the names of what the question is about', () => {
    expect(questionText(QUESTIONS.funders, 'the project')).toBe('Who funds the project?');
    expect(questionText(QUESTIONS.link, 'UNODC', 'SCO RATS')).toBe('How is UNODC linked to SCO RATS?');
  });

  it('says something sensible before anything is picked', () => {
    expect(questionText(QUESTIONS.funders)).toBe('Who funds the project?');
    expect(questionText(QUESTIONS['instruments-supported'])).toBe('Which instruments does the project support?');
    expect(questionText(QUESTIONS['event-attendees'])).toBe('Who attended an event?');
    expect(questionText(QUESTIONS.link)).toBe('How is an actor linked to an actor?');
    expect(questionText(QUESTIONS.link, 'UNODC')).toBe('How is UNODC linked to an actor?');
  });
});

describe('answering from a neighbourhood', () => {
  it('finds who funds the project, by name', () => {
    expect(answerIds('funders', PROJECT_ID)).toEqual(['state:CAN', 'state:RUS', 'state:SAU']);
  });

  it('finds who implements the project, leaving out those who only collaborate', () => {
    expect(answerIds('implementers', PROJECT_ID)).toEqual(['org:global-firearms-programme', 'org:uncct', 'org:unoda', 'org:unoct', 'org:unodc']);
    expect(answerIds('collaborators', PROJECT_ID)).toEqual(['org:cted', 'org:sco', 'org:unoda']);
  });

  it('finds the states the project serves', () => {
    expect(answerIds('states-served', PROJECT_ID)).toEqual(['state:KAZ', 'state:KGZ', 'state:TJK', 'state:TKM', 'state:UZB']);
  });

  it('follows the question’s direction: the instruments the project supports, not the actors supporting it', () => {
    expect(answerIds('instruments-supported', PROJECT_ID)).toEqual([
      'instrument:madrid-guiding-principles',
      'instrument:firearms-protocol',
      'instrument:security-council-resolution-2370',
      'instrument:un-global-counter-terrorism-strategy',
    ]);
    expect(answerIds('instruments-supported', 'org:sco-rats')).toEqual([]);
  });

  it('returns the relations behind the answer, for their evidence', () => {
    const answer = answerFromNeighbourhood(relationQuestion('event-organisers'), PRESENTATION, neighbourhood(PRESENTATION));
    expect(answer.relations.map((item) => item.id).sort()).toEqual([
      `ORGANIZED:org:uncct->${PRESENTATION}`,
      `ORGANIZED:org:undp->${PRESENTATION}`,
      `ORGANIZED:org:unodc->${PRESENTATION}`,
    ]);
    expect(answer.entities.map((item) => item.name)).toEqual(['UNDP', 'United Nations Counter-Terrorism Centre', 'United Nations Office on Drugs and Crime']);
  });

  it('names an entity once even when two relations give it, and skips relations to entities not fetched', () => {
    const subject = entity('event:x', 'A meeting', 'Event');
    const answer = answerFromNeighbourhood(relationQuestion('event-attendees'), subject.id, {
      nodes: [subject, entity('state:KAZ', 'Kazakhstan', 'State'), entity('org:a', 'Åland Office')],
      edges: [
        relation('ATTENDED', 'state:KAZ', subject.id, { id: 'one' }),
        relation('ATTENDED', 'state:KAZ', subject.id, { id: 'two' }),
        relation('ATTENDED', 'org:a', subject.id),
        relation('ATTENDED', 'org:not-fetched', subject.id),
        relation('ORGANIZED', 'org:a', subject.id),
        relation('ATTENDED', subject.id, 'state:KAZ', { id: 'backwards' }),
      ],
    });
    expect(answer.entities.map((item) => item.id)).toEqual(['org:a', 'state:KAZ']);
    expect(answer.relations.map((item) => item.id)).toEqual(['one', 'two', `ATTENDED:org:a->${subject.id}`]);
  });

  it('answers nothing from an empty neighbourhood', () => {
    expect(answerFromNeighbourhood(relationQuestion('funders'), PROJECT_ID, { nodes: [], edges: [] })).toEqual({ entities: [], relations: [] });
  });
});
