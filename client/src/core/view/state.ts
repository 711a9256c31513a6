import { isGroupId, parseGroupId } from '../hubs/groups.js';
import type { DatasetId, EntityKind, RelationType } from '../model/index.js';

export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric',
  breadthfirst: 'Breadth-first',
  grid: 'Grid',
};

export const SIZE_MODES = ['none', 'degree', 'betweenness'] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

export const SIZE_MODE_LABELS: Record<SizeMode, string> = {
  none: 'Same size',
  // Short enough to be read whole in the toolbar's select; the guide says what each measures.
  degree: 'Degree (links)',
  betweenness: 'Betweenness',
};

/** A brushed period, as ISO 8601 prefixes; both ends included. */
export interface TimeRange {
  from: string;
  to: string;
}

/** Everything a shared link restores, and every step undo can take back. */
export interface ViewState {
  readonly nodes: readonly string[];
  readonly pinned: readonly string[];
  readonly hiddenKinds: readonly EntityKind[];
  readonly hiddenTypes: readonly RelationType[];
  /** Datasets whose links (and entities only they assert) the legend hides: the first view hides the reference datasets. */
  readonly hiddenDatasets: readonly DatasetId[];
  /** A node or an edge id. */
  readonly selected: string | null;
  readonly layout: LayoutName;
  readonly sizeBy: SizeMode;
  readonly time: TimeRange | null;
  /** The graph as it stood on this date (an ISO 8601 prefix: a year, a month or a day); null shows the latest data. */
  readonly asOf: string | null;
  /** The bird's-eye view in the graph's corner; a reader may hide it when it covers labels. */
  readonly minimap: boolean;
  /** Group nodes standing for a hub's many neighbours (core/hubs ids: `group:PARTY_TO~in~State~<hub>`). */
  readonly groups: readonly string[];
  /** The Sanctions tab's subject: a regime, a state (its listed nationals) or a listed entity; null until the reader opens the tab. */
  readonly sanctions: string | null;
}

export const EMPTY_VIEW: ViewState = {
  nodes: [],
  pinned: [],
  hiddenKinds: [],
  hiddenTypes: [],
  hiddenDatasets: [],
  selected: null,
  layout: 'fcose',
  sizeBy: 'none',
  time: null,
  asOf: null,
  minimap: true,
  groups: [],
  sanctions: null,
};

export function addNodes(state: ViewState, ids: readonly string[]): ViewState {
  const nodes = [...new Set([...state.nodes, ...ids])];
  return nodes.length === state.nodes.length ? state : { ...state, nodes };
}

/** Removing a node also unpins it and, if it was selected, clears the selection. */
export function removeNodes(state: ViewState, ids: readonly string[], isEdgeOf: (edgeId: string, nodeIds: ReadonlySet<string>) => boolean = () => false): ViewState {
  const removed = new Set(ids);
  if (!state.nodes.some((id) => removed.has(id)) && !state.groups.some((id) => removed.has(id))) return state;
  const selectedGone =
    state.selected !== null && (removed.has(state.selected) || isEdgeOf(state.selected, removed) || (isGroupId(state.selected) && removed.has(parseGroupId(state.selected)?.hub ?? '')));
  return {
    ...state,
    nodes: state.nodes.filter((id) => !removed.has(id)),
    pinned: state.pinned.filter((id) => !removed.has(id)),
    groups: state.groups.filter((id) => !removed.has(id) && !removed.has(parseGroupId(id)?.hub ?? '')),
    selected: selectedGone ? null : state.selected,
  };
}

export function setPinned(state: ViewState, id: string, pinned: boolean): ViewState {
  const without = state.pinned.filter((pinnedId) => pinnedId !== id);
  return { ...state, pinned: pinned ? [...without, id] : without };
}

export function toggleKind(state: ViewState, kind: EntityKind): ViewState {
  return { ...state, hiddenKinds: toggle(state.hiddenKinds, kind) };
}

export function toggleType(state: ViewState, type: RelationType): ViewState {
  return { ...state, hiddenTypes: toggle(state.hiddenTypes, type) };
}

export function toggleDataset(state: ViewState, dataset: DatasetId): ViewState {
  return { ...state, hiddenDatasets: toggle(state.hiddenDatasets, dataset) };
}

/**
 * Hidden by the dataset filter: asserted by datasets that are all hidden. A record that names
 * no dataset (an older server) is never hidden by it.
 */
export function hiddenByDatasets(datasets: readonly { id: string }[] | undefined, hidden: readonly string[]): boolean {
  return !!datasets?.length && hidden.length > 0 && datasets.every((dataset) => hidden.includes(dataset.id));
}

/** The hidden datasets less those that assert any of these records: what the reader explores comes into view. */
export function showDatasetsOf(state: ViewState, records: readonly { datasets?: readonly { id: string }[] }[]): ViewState {
  if (state.hiddenDatasets.length === 0) return state;
  const needed = new Set(records.filter((record) => hiddenByDatasets(record.datasets, state.hiddenDatasets)).flatMap((record) => record.datasets!.map((dataset) => dataset.id)));
  return needed.size ? { ...state, hiddenDatasets: state.hiddenDatasets.filter((dataset) => !needed.has(dataset)) } : state;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];
}

/** Same view, ignoring the order in which nodes were added. */
export function sameView(a: ViewState, b: ViewState): boolean {
  return (
    sameSet(a.nodes, b.nodes) &&
    sameSet(a.pinned, b.pinned) &&
    sameSet(a.hiddenKinds, b.hiddenKinds) &&
    sameSet(a.hiddenTypes, b.hiddenTypes) &&
    sameSet(a.hiddenDatasets, b.hiddenDatasets) &&
    a.selected === b.selected &&
    a.layout === b.layout &&
    a.sizeBy === b.sizeBy &&
    a.minimap === b.minimap &&
    sameSet(a.groups, b.groups) &&
    a.time?.from === b.time?.from &&
    a.time?.to === b.time?.to &&
    a.asOf === b.asOf &&
    a.sanctions === b.sanctions
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((item) => set.has(item));
}
