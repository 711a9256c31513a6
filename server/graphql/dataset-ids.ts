import { DATASET_IDS, isDatasetId, type DatasetId } from '../../model/data-model.js';
import { BadInputError } from '../database/errors.js';

/** A `datasetIds` filter, checked against the model's closed list of datasets, else BAD_USER_INPUT. */
export function checkDatasetIds(field: string, values: readonly string[] | null | undefined): DatasetId[] | null {
  if (values === null || values === undefined) return null;
  const unknown = values.filter((value) => !isDatasetId(value));
  if (unknown.length > 0) {
    throw new BadInputError(`${field}: datasetIds: ${unknown.map((id) => JSON.stringify(id)).join(', ')} is not a dataset (one of ${DATASET_IDS.join(', ')}).`);
  }
  return [...new Set(values)] as DatasetId[];
}
