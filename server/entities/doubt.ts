import { DATASET_IDS } from '../../model/data-model.js';
import { doubtProperty } from '../../seed/reference/write/ownership.js';
import type { EntityNode } from './graph-records.js';

const REFERENCE_DOUBTS = DATASET_IDS.filter((id) => id !== 'dataset:curated').map(doubtProperty);

/**
 * What is in doubt about an entity: the curated seed's doubt, then each reference dataset's
 * (stored apart, as each dataset owns its own), one paragraph each; null when nobody doubts.
 */
export function doubtOf(entity: EntityNode): string | null {
  const doubts = [entity.doubt, ...REFERENCE_DOUBTS.map((key) => entity[key])].filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );
  return doubts.length > 0 ? doubts.join('\n\n') : null;
}
