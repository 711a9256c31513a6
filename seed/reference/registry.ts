import type { DatasetId } from '../../model/data-model.js';
import { parseCountryCodes } from './country-codes/index.js';
import { parseCowIgo } from './cow-igo/index.js';
import type { ReferenceParser } from './types.js';
import { parseUnScConsolidated } from './un-sc-consolidated/index.js';
import { parseUntcArmsTreaties } from './untc-arms-treaties/index.js';

export interface ReferenceSource {
  dataset: DatasetId;
  /** The folder under the reference-data directory. */
  folder: string;
  parse: ReferenceParser;
}

/**
 * The reference datasets in import order: the country codes first, whose names rank above the
 * other datasets' spellings of the same states (the writer's NAME_RANK decides, not the order).
 */
export const REFERENCE_SOURCES: readonly ReferenceSource[] = [
  { dataset: 'dataset:country-codes', folder: 'country-codes', parse: (dir) => parseCountryCodes(dir) },
  { dataset: 'dataset:untc-arms-treaties', folder: 'untc-arms-treaties', parse: (dir) => parseUntcArmsTreaties(dir) },
  { dataset: 'dataset:cow-igo', folder: 'cow-igo-v3', parse: (dir) => parseCowIgo(dir) },
  { dataset: 'dataset:un-sc-consolidated', folder: 'un-sc-consolidated', parse: (dir) => parseUnScConsolidated(dir) },
];
