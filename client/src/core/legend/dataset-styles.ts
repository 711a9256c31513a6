import type { DatasetId } from '../model/index.js';
import type { ArrowShape } from './relation-styles.js';

/**
 * Which dataset states a link, drawn on the link itself: a mark in the middle of the line, its
 * shape and colour the dataset's. A relation type already owns the line's colour and pattern and
 * the arrow head at its target end, so the dataset takes the one place left, the middle; the
 * curated documents, the first view's layer, leave their links unmarked. Colours are from Paul
 * Tol's muted palette (distinct under the common colour-vision deficiencies, unlike the kinds'
 * Okabe–Ito fills, and each at least 3:1 on white); the shape alone tells them apart too.
 */
export interface DatasetMark {
  readonly shape: Extract<ArrowShape, 'tee' | 'diamond' | 'circle' | 'square' | 'chevron'> | null;
  readonly colour: string;
}

export const DATASET_MARKS: Record<DatasetId, DatasetMark> = {
  'dataset:curated': { shape: null, colour: '#4b5563' },
  'dataset:country-codes': { shape: 'tee', colour: '#aa4499' },
  'dataset:untc-arms-treaties': { shape: 'diamond', colour: '#882255' },
  'dataset:cow-igo': { shape: 'circle', colour: '#117733' },
  'dataset:un-sc-consolidated': { shape: 'square', colour: '#332288' },
  // What editors added and a reviewer accepted: a mark of its own, so that an edit never passes for a document's fact.
  'dataset:editors': { shape: 'chevron', colour: '#CC6677' },
};
