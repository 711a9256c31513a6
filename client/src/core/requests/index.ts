export { LatestOnly, type RequestTicket } from './latest-only.js';
