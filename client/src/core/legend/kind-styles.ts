import type { EntityKind } from '../model/index.js';

/** The node shapes the legend uses: a subset of Cytoscape's, each drawable in SVG too. */
export const NODE_SHAPES = ['round-rectangle', 'hexagon', 'ellipse', 'diamond', 'star', 'triangle', 'rhomboid'] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

export interface KindStyle {
  /** Fill, from the Okabe–Ito palette, which stays distinct under the common colour-vision deficiencies. */
  readonly colour: string;
  /** A second channel, so that no reader has to tell kinds apart by colour alone. */
  readonly shape: NodeShape;
  /** Plural label for the legend. */
  readonly plural: string;
}

/** One entry per kind: adding a kind to the data model fails to type-check until it has a style. */
export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  Organization: { colour: '#0072B2', shape: 'round-rectangle', plural: 'Organisations' },
  State: { colour: '#E69F00', shape: 'hexagon', plural: 'States' },
  Person: { colour: '#CC79A7', shape: 'ellipse', plural: 'People' },
  Instrument: { colour: '#009E73', shape: 'diamond', plural: 'Instruments' },
  Project: { colour: '#D55E00', shape: 'star', plural: 'Projects' },
  Event: { colour: '#56B4E9', shape: 'triangle', plural: 'Events' },
  Place: { colour: '#F0E442', shape: 'rhomboid', plural: 'Places' },
};

/** Every shape gets the same dark outline, so light fills (yellow, sky blue) still stand out from the white canvas. */
export const NODE_OUTLINE = '#1f2933';
