import { CURATED_DATASET, DATASET_IDS, isDatasetId, type DatasetId } from '../model/index.js';
import { formatIsoPrefix } from '../timeline/index.js';
import type { DatasetReference } from './types.js';

/**
 * Short names for the datasets where a whole title does not fit (a search suggestion, a
 * badge). Keyed by the model's closed list, so a new dataset does not compile until it has one.
 */
export const DATASET_SHORT_NAMES: Record<DatasetId, string> = {
  'dataset:curated': 'curated documents',
  'dataset:country-codes': 'country codes',
  'dataset:untc-arms-treaties': 'UN treaty status',
  'dataset:cow-igo': 'COW IGO memberships',
  'dataset:un-sc-consolidated': 'UN sanctions list',
  'dataset:editors': "editors' edits",
};

export function isCurated(datasetId: string): boolean {
  return datasetId === CURATED_DATASET;
}

/** A dataset's short name; an id this page does not know is shown as it is rather than hidden. */
export function datasetShortName(datasetId: string): string {
  return isDatasetId(datasetId) ? DATASET_SHORT_NAMES[datasetId] : datasetId.replace(/^dataset:/, '');
}

/** The curated documents first, then the reference datasets in the model's order. */
export function sortDatasets<Dataset extends { id: string }>(datasets: readonly Dataset[]): Dataset[] {
  const rank = (id: string) => (isDatasetId(id) ? DATASET_IDS.indexOf(id) : DATASET_IDS.length);
  return [...datasets].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** "UN OLA · v3.0 · as of 26 Sep 2024": what a citation of the dataset states beside its title. */
export function datasetCitation(dataset: DatasetReference): string[] {
  const parts: string[] = [];
  if (dataset.publisher) parts.push(dataset.publisher);
  if (dataset.version) parts.push(dataset.version);
  if (dataset.asOf && !(dataset.version ?? '').includes(dataset.asOf)) parts.push(`as of ${formatIsoPrefix(dataset.asOf)}`);
  return parts;
}
