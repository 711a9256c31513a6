export type {
  Dataset,
  EntityRecord,
  Evidence,
  PropertyValue,
  RelationRecord,
  SeedFile,
  SourceDocument,
} from './types';
export { SeedValidationError, formatSeedIssue, type SeedIssue } from './seed-issues';
export { parseDataset } from './parse-dataset';
export { DEFAULT_SEED_DIRECTORY, loadDataset } from './load-dataset';
export { SCRAPE_GARBAGE } from './scrape-noise';
export { ENTITY_FILE_NAMES, ENTITY_ID_PREFIXES } from './entity-kinds';
