export { hopText, pathSentence, pathSteps, relationSentence, type PathLink, type PathStep } from './sentence.js';
