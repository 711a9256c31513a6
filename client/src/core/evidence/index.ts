export { locateQuote } from './quote.js';
