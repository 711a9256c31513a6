import type { EntityKind, RelationType } from '../model/index.js';

export const QUESTION_IDS = [
  'funders',
  'implementers',
  'collaborators',
  'states-served',
  'instruments-supported',
  'event-attendees',
  'event-organisers',
  'link',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

const ACTOR_KINDS = ['Organization', 'State', 'Person'] as const satisfies readonly EntityKind[];

interface QuestionBase {
  id: QuestionId;
  /** The menu entry, with `{subject}` standing for the entity the question is about. */
  text: string;
  subjectKinds: readonly EntityKind[];
  /** Whom the question is about until the reader picks another. */
  defaultSubject: string;
}

/** Answered by the subject's relations of one type, in one direction. */
export interface RelationQuestion extends QuestionBase {
  answer: 'relations';
  relation: RelationType;
  /** `incoming`: the answers point at the subject (X funds the project). */
  direction: 'incoming' | 'outgoing';
  answerKinds?: readonly EntityKind[];
}

/** Answered by the shortest paths between the subject and a second entity. */
export interface PathQuestion extends QuestionBase {
  answer: 'paths';
  secondKinds: readonly EntityKind[];
  defaultSecond: string;
}

export type Question = RelationQuestion | PathQuestion;

export const PROJECT_ID = 'project:terrorism-arms-crime-nexus';

/** The questions coordinators and researchers in this field ask first, in the order they ask them. */
export const QUESTIONS: Record<QuestionId, Question> = {
  funders: { id: 'funders', text: 'Who funds {subject}?', subjectKinds: ['Project', 'Event'], defaultSubject: PROJECT_ID, answer: 'relations', relation: 'FUNDS', direction: 'incoming' },
  implementers: { id: 'implementers', text: 'Who implements {subject}?', subjectKinds: ['Project', 'Instrument'], defaultSubject: PROJECT_ID, answer: 'relations', relation: 'IMPLEMENTS', direction: 'incoming' },
  collaborators: { id: 'collaborators', text: 'Who collaborates on {subject}?', subjectKinds: ['Project'], defaultSubject: PROJECT_ID, answer: 'relations', relation: 'COLLABORATES_ON', direction: 'incoming' },
  'states-served': { id: 'states-served', text: 'Which states does {subject} serve?', subjectKinds: ['Project'], defaultSubject: PROJECT_ID, answer: 'relations', relation: 'BENEFITS_FROM', direction: 'incoming', answerKinds: ['State'] },
  'instruments-supported': { id: 'instruments-supported', text: 'Which instruments does {subject} support?', subjectKinds: ['Project', 'Organization', 'State'], defaultSubject: PROJECT_ID, answer: 'relations', relation: 'SUPPORTS', direction: 'outgoing', answerKinds: ['Instrument'] },
  'event-attendees': { id: 'event-attendees', text: 'Who attended {subject}?', subjectKinds: ['Event'], defaultSubject: 'event:project-launch', answer: 'relations', relation: 'ATTENDED', direction: 'incoming' },
  'event-organisers': { id: 'event-organisers', text: 'Who organised {subject}?', subjectKinds: ['Event'], defaultSubject: 'event:project-launch', answer: 'relations', relation: 'ORGANIZED', direction: 'incoming' },
  link: { id: 'link', text: 'How is {subject} linked to {second}?', subjectKinds: ACTOR_KINDS, defaultSubject: 'org:unodc', answer: 'paths', secondKinds: ACTOR_KINDS, defaultSecond: 'org:sco-rats' },
};

/** The question's text with names filled in ("Who funds the project?"), or a placeholder. */
export function questionText(question: Question, subjectName?: string, secondName?: string): string {
  return question.text
    .replace('{subject}', subjectName ?? placeholder(question.subjectKinds))
    .replace('{second}', secondName ?? (question.answer === 'paths' ? placeholder(question.secondKinds) : ''));
}

function placeholder(kinds: readonly EntityKind[]): string {
  if (kinds.length === 1 && kinds[0] === 'Event') return 'an event';
  if (kinds.includes('Project')) return 'the project';
  return 'an actor';
}
