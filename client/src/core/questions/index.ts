export * from './catalogue.js';
export { answerFromNeighbourhood, type RelationAnswer } from './answer.js';
