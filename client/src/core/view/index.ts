export * from './state.js';
export { History } from './history.js';
export { decodeView, encodeView, type DecodedView } from './url.js';
