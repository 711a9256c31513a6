export { DATASET_SHORT_NAMES, datasetCitation, datasetShortName, isCurated, sortDatasets } from './datasets.js';
export { matchedName } from './matched-name.js';
export { otherNames, textDirection, unLanguageNames, UN_LANGUAGES, type DisplayName } from './names.js';
export { measureRecord, PREVIEW_CHARACTERS, PREVIEW_LINES, statementLocator, type RecordMeasure } from './raw-record.js';
export { CONSENT_WORDS, readableDefinition, referenceFactLines, type ReferenceRelationFacts } from './relation-facts.js';
export type { DatasetReference, NameRecord, StatementRecord, UnLanguage, UnLanguageNames } from './types.js';
