import type { StylesheetJson } from 'cytoscape';
import { DATASET_MARKS, KIND_STYLES, NODE_OUTLINE, RELATION_STYLES } from '../../core/legend/index.js';
import { NODE_SIZE } from '../../core/analytics/index.js';
import { DATASET_IDS, ENTITY_KINDS, RELATION_TYPES } from '../../core/model/index.js';

const HIGHLIGHT = '#f5b700';

/** The graph's look, derived from the legend so that the canvas and the legend cannot disagree. */
export function graphStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: `data(size)`,
        height: `data(size)`,
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'DejaVu Sans, system-ui, sans-serif',
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'border-color': NODE_OUTLINE,
      },
    },
    ...ENTITY_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: KIND_STYLES[kind].shape, 'background-color': KIND_STYLES[kind].colour },
    })),
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'curve-style': 'bezier',
        'arrow-scale': 1.1,
        label: 'data(label)',
        'font-size': 9,
        color: '#374151',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // Link labels appear when zoomed in, and always on the selection's links (`emphasised`).
        'min-zoomed-font-size': 12,
      },
    },
    ...RELATION_TYPES.map((type) => {
      const style = RELATION_STYLES[type];
      return {
        selector: `edge[type = "${type}"]`,
        style: {
          'line-color': style.colour,
          'line-style': style.line,
          'target-arrow-shape': style.arrow,
          'target-arrow-color': style.colour,
          ...(style.line === 'dotted' ? { width: 2.2 } : {}),
        },
      };
    }),
    // The dataset that states a link: its mark in the middle of the line (none for the curated documents).
    ...DATASET_IDS.flatMap((dataset) => {
      const mark = DATASET_MARKS[dataset];
      // The verb moves towards the actor's end, so that it never hides the mark in the middle.
      if (!mark.shape) return [];
      const style = { 'mid-target-arrow-shape': mark.shape, 'mid-target-arrow-color': mark.colour, 'mid-target-arrow-fill': 'filled', label: '', 'source-label': 'data(label)', 'source-text-offset': 48, 'source-text-rotation': 'autorotate' } as const;
      return [{ selector: `edge[dataset = "${dataset}"]`, style }];
    }),
    // Uncertainty is drawn, not hidden: a dashed outline for doubted entities, a halo for disputed links.
    { selector: 'node.doubt', style: { 'border-style': 'dashed', 'border-width': 2.5 } },
    { selector: 'edge.conflict', style: { 'underlay-color': '#d55e00', 'underlay-opacity': 0.3, 'underlay-padding': 4 } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5 } },
    // For editors and reviewers: a proposal waiting for review would change it (the editors' colour).
    { selector: 'node.has-proposal', style: { 'border-style': 'dotted', 'border-width': 4, 'border-color': '#CC6677' } },
    { selector: 'edge.has-proposal', style: { 'underlay-color': '#CC6677', 'underlay-opacity': 0.35, 'underlay-padding': 4 } },
    { selector: '.highlighted', style: { 'underlay-color': HIGHLIGHT, 'underlay-opacity': 0.55, 'underlay-padding': 7, 'z-index': 20 } },
    { selector: 'edge.highlighted', style: { width: 3.5, 'underlay-padding': 4, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.emphasised', style: { 'min-zoomed-font-size': 0, 'z-index': 10 } },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    { selector: '.out-of-time', style: { opacity: 0.12 } },
    // As of a date: what did not hold then is not drawn; what may or may not have held is faded (the details say why).
    { selector: 'edge.as-of-uncertain', style: { opacity: 0.4 } },
    { selector: '.filtered, .as-of-hidden', style: { display: 'none' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000000', 'underlay-color': '#1d4ed8', 'underlay-opacity': 0.35, 'underlay-padding': 8 } },
    { selector: 'edge:selected', style: { 'min-zoomed-font-size': 0, width: 4, 'underlay-color': '#1d4ed8', 'underlay-opacity': 0.35, 'underlay-padding': 5 } },
    // Selected, a node keeps its proposal ring (the blue halo says it is selected).
    { selector: 'node.has-proposal:selected', style: { 'border-style': 'dotted', 'border-color': '#CC6677' } },
    { selector: 'node:active', style: { 'overlay-opacity': 0.12 } },
    // A hub's group node stands for many entities: a dashed box with its count and relation, unlike any entity's shape.
    {
      selector: 'node.hub-group',
      style: {
        shape: 'round-rectangle',
        width: 210,
        height: 56,
        'background-color': '#f1f5f9',
        'border-style': 'dashed',
        'border-width': 2.5,
        'border-color': '#334155',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-max-width': '200px',
        'font-size': 11,
        'font-weight': 'bold',
        'text-outline-width': 0,
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node.hub-group:selected', style: { 'border-style': 'dashed', 'border-width': 4, 'border-color': '#000000' } },
    { selector: 'edge.hub-group-link', style: { width: 4, 'line-style': 'dashed', 'line-dash-pattern': [8, 5], opacity: 0.8 } },
  ];
}

export const DEFAULT_NODE_SIZE = NODE_SIZE.default;
