import { CURATED_DATASET, DATASET_IDS, type DatasetId } from '../../../model/data-model.js';

/**
 * Who may set a node's name: the curated seed first, then the dataset that knows names best.
 * A lower rank wins; a dataset never renames a node that a lower-ranked dataset named.
 */
export const NAME_RANK: Record<DatasetId, number> = {
  'dataset:curated': 0,
  'dataset:country-codes': 1,
  'dataset:untc-arms-treaties': 2,
  'dataset:cow-igo': 2,
  'dataset:un-sc-consolidated': 3,
  // An editor names only the entities editors create, which no other dataset asserts.
  'dataset:editors': 0,
};

/**
 * Properties the curated seed states about its own entities. A reference dataset may set them
 * only on a node the curated seed does not assert (a listed group's kind-specific `scope`, a
 * treaty's `instrumentType`); on a curated node the curated value stands.
 */
export const CURATED_KIND_PROPERTIES = ['scope', 'iso3', 'instrumentType', 'placeType', 'startDate', 'endDate', 'eventType', 'outcomes'];

/** The short key a dataset's per-dataset node properties carry: `dataset:cow-igo` → `cow_igo`. */
export function datasetKey(dataset: DatasetId): string {
  return dataset.slice('dataset:'.length).replace(/-/g, '_');
}

/** The node property holding the strong names a dataset gives: `names__cow_igo`. */
export function namesProperty(dataset: DatasetId): string {
  return `names__${datasetKey(dataset)}`;
}

/** The node property holding the weak names (aliases of low quality) a dataset gives. */
export function weakNamesProperty(dataset: DatasetId): string {
  return `weakNames__${datasetKey(dataset)}`;
}

/** The node property holding the names in their original script a dataset gives. */
export function scriptNamesProperty(dataset: DatasetId): string {
  return `scriptNames__${datasetKey(dataset)}`;
}

/** The node property holding what a dataset finds unclear about the entity: `doubt__cow_igo`. */
export function doubtProperty(dataset: DatasetId): string {
  return `doubt__${datasetKey(dataset)}`;
}

export const NAME_PROPERTIES = DATASET_IDS.filter((id) => id !== CURATED_DATASET).flatMap((id) => [
  namesProperty(id),
  weakNamesProperty(id),
  scriptNamesProperty(id),
]);
