import { parseGroupId } from '../hubs/groups.js';
import { ENTITY_KINDS, isDatasetId, RELATION_TYPES, type EntityKind, type RelationType } from '../model/index.js';
import { EMPTY_VIEW, LAYOUT_NAMES, SIZE_MODES, type TimeRange, type ViewState } from './state.js';

/**
 * The view ↔ the query string of a shareable link, e.g.
 * `?nodes=project:x,org:unodc&pinned=org:unodc&hideKinds=Place&select=org:unodc&layout=grid`,
 * `&groups=group:PARTY_TO~in~State~instrument:arms-trade-treaty&sanctions=state:TJK`.
 * Decoding never throws: a hand-edited or truncated link keeps whatever parts still make sense.
 */

const ENTITY_ID = /^[A-Za-z]+:[^\s,]{1,200}$/;
const ISO_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function encodeView(state: ViewState): string {
  const parts: [string, string][] = [['nodes', state.nodes.join(',')]];
  if (state.pinned.length) parts.push(['pinned', state.pinned.join(',')]);
  if (state.hiddenKinds.length) parts.push(['hideKinds', state.hiddenKinds.join(',')]);
  if (state.hiddenTypes.length) parts.push(['hideTypes', state.hiddenTypes.join(',')]);
  if (state.hiddenDatasets.length) parts.push(['hideDatasets', state.hiddenDatasets.join(',')]);
  if (state.selected) parts.push(['select', state.selected]);
  if (state.layout !== EMPTY_VIEW.layout) parts.push(['layout', state.layout]);
  if (state.sizeBy !== EMPTY_VIEW.sizeBy) parts.push(['size', state.sizeBy]);
  if (state.time) parts.push(['from', state.time.from], ['to', state.time.to]);
  if (state.asOf) parts.push(['asOf', state.asOf]);
  if (!state.minimap) parts.push(['minimap', 'off']);
  if (state.groups.length) parts.push(['groups', state.groups.join(',')]);
  if (state.sanctions) parts.push(['sanctions', state.sanctions]);
  return parts.map(([key, value]) => `${key}=${readable(value)}`).join('&');
}

/** Colons and commas are legal in a query string; leaving them unescaped keeps links legible. */
function readable(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

export interface DecodedView {
  state: ViewState;
  /** False when the link names no nodes: the explorer then opens on its overview. */
  hasNodes: boolean;
}

export function decodeView(search: string): DecodedView {
  const params = new URLSearchParams(search);
  const nodes = unique(list(params.get('nodes')).filter((id) => ENTITY_ID.test(id)));
  const nodeSet = new Set(nodes);
  const selected = params.get('select');
  return {
    hasNodes: nodes.length > 0,
    state: {
      nodes,
      pinned: unique(list(params.get('pinned')).filter((id) => nodeSet.has(id))),
      hiddenKinds: unique(list(params.get('hideKinds')).filter((kind): kind is EntityKind => (ENTITY_KINDS as readonly string[]).includes(kind))),
      hiddenTypes: unique(list(params.get('hideTypes')).filter((type): type is RelationType => (RELATION_TYPES as readonly string[]).includes(type))),
      hiddenDatasets: unique(list(params.get('hideDatasets')).filter(isDatasetId)),
      selected: selected && selected.length <= 400 ? selected : null,
      layout: oneOf(LAYOUT_NAMES, params.get('layout')) ?? EMPTY_VIEW.layout,
      sizeBy: oneOf(SIZE_MODES, params.get('size')) ?? EMPTY_VIEW.sizeBy,
      time: timeRange(params.get('from'), params.get('to')),
      asOf: isoDate(params.get('asOf')),
      minimap: params.get('minimap') !== 'off',
      // A group stands beside its hub: one whose hub the link does not show is dropped.
      groups: unique(list(params.get('groups')).filter((id) => nodeSet.has(parseGroupId(id)?.hub ?? ''))),
      sanctions: entityId(params.get('sanctions')),
    },
  };
}

function entityId(value: string | null): string | null {
  return value && ENTITY_ID.test(value) ? value : null;
}

function list(value: string | null): string[] {
  return (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.find((option) => option === value);
}

/** A whole year, month or day: `2016`, `2016-05`, `2016-05-31`; anything else is dropped. */
function isoDate(value: string | null): string | null {
  if (!value || !ISO_PREFIX.test(value)) return null;
  const [, month, day] = value.split('-').map(Number);
  return (month === undefined || (month >= 1 && month <= 12)) && (day === undefined || (day >= 1 && day <= 31)) ? value : null;
}

function timeRange(from: string | null, to: string | null): TimeRange | null {
  if (!from || !to || !ISO_PREFIX.test(from) || !ISO_PREFIX.test(to)) return null;
  return from <= to ? { from, to } : { from: to, to: from };
}
