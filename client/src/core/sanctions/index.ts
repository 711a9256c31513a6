export { delistingWindow, sanctionsStatusText, toSanctionsRow, type SanctionsEntryRecord, type SanctionsName, type SanctionsRow } from './entries.js';
