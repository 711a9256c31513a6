import { KIND_STYLES } from '../legend/kind-styles.js';
import { RELATION_STYLES } from '../legend/relation-styles.js';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from '../model/index.js';

/** Which way a group's relations run, seen from the hub: `in` when the neighbours are their actors. */
export type GroupDirection = 'in' | 'out';

/** A hub's neighbours of one kind, linked to it by relations of one type and direction. */
export interface GroupKey {
  readonly hub: string;
  readonly type: RelationType;
  readonly direction: GroupDirection;
  readonly kind: EntityKind;
}

/** A group with its size, as the API counted it (`Entity.relationGroups`). */
export interface HubGroup extends GroupKey {
  readonly id: string;
  /** Relations in the group: exact unless `lowerBound`. */
  readonly count: number;
  /** The API read only part of a larger type: there are at least `count`. */
  readonly lowerBound: boolean;
}

/** How a hub opens: below the threshold everything at once, above it groups (small groups still directly). */
export interface ExpansionPlan {
  readonly grouped: boolean;
  /** Groups whose members are added at once (all of them when not grouped). */
  readonly direct: readonly HubGroup[];
  /** Groups drawn as one group node each. */
  readonly groups: readonly HubGroup[];
}

export const DEFAULT_HUB_THRESHOLD = 40;
/**
 * A group of this many members or fewer is not worth a node of its own: its members are shown
 * directly, the smallest groups first, as long as together they stay within the threshold (a
 * state's seven treaties and its curated links stay in sight beside its sixty memberships).
 */
export const DIRECT_GROUP_MAX = 10;

const PREFIX = 'group:';
const ENTITY_ID = /^[A-Za-z]+:[^\s,]{1,200}$/;

/** `group:PARTY_TO~in~State~instrument:arms-trade-treaty`: readable in a shared link, no comma (links list ids with commas). */
export function groupId(key: GroupKey): string {
  return `${PREFIX}${key.type}~${key.direction}~${key.kind}~${key.hub}`;
}

export function isGroupId(id: string | null | undefined): id is string {
  return !!id && id.startsWith(PREFIX);
}

/** The key a group id names, or null when it is not one (a hand-edited link). */
export function parseGroupId(id: string): GroupKey | null {
  if (!isGroupId(id)) return null;
  const [type, direction, kind, ...rest] = id.slice(PREFIX.length).split('~');
  const hub = rest.join('~');
  if (!(RELATION_TYPES as readonly string[]).includes(type ?? '')) return null;
  if (direction !== 'in' && direction !== 'out') return null;
  if (!(ENTITY_KINDS as readonly string[]).includes(kind ?? '')) return null;
  if (!ENTITY_ID.test(hub)) return null;
  return { hub, type: type as RelationType, direction, kind: kind as EntityKind };
}

/** The API's groups (its enum spellings already translated) as the client's. */
export function hubGroups(hub: string, groups: readonly { type: RelationType; direction: 'OUTGOING' | 'INCOMING'; kind: EntityKind; count: number; countIsLowerBound: boolean }[]): HubGroup[] {
  return groups.map((group) => {
    const key: GroupKey = { hub, type: group.type, direction: group.direction === 'INCOMING' ? 'in' : 'out', kind: group.kind };
    return { ...key, id: groupId(key), count: group.count, lowerBound: group.countIsLowerBound };
  });
}

/** How many neighbours expanding would pour onto the canvas: relations, which for a hub are about its neighbours. */
export function neighbourCount(groups: readonly HubGroup[]): number {
  return groups.reduce((sum, group) => sum + group.count, 0);
}

export function planExpansion(groups: readonly HubGroup[], threshold: number, directMax = DIRECT_GROUP_MAX): ExpansionPlan {
  if (neighbourCount(groups) <= threshold) return { grouped: false, direct: groups, groups: [] };
  const direct = new Set<HubGroup>();
  let shown = 0;
  for (const group of [...groups].sort((a, b) => a.count - b.count)) {
    if (group.lowerBound || group.count > directMax || shown + group.count > threshold) break;
    direct.add(group);
    shown += group.count;
  }
  return { grouped: true, direct: groups.filter((group) => direct.has(group)), groups: groups.filter((group) => !direct.has(group)) };
}

const SINGULAR: Record<EntityKind, string> = {
  Organization: 'organisation',
  State: 'state',
  Person: 'person',
  Instrument: 'instrument',
  Project: 'project',
  Event: 'event',
  Place: 'place',
};

/** "1 state", "117 states", "2,000+ people". */
export function countOf(kind: EntityKind, count: number, lowerBound = false): string {
  const noun = count === 1 && !lowerBound ? SINGULAR[kind] : KIND_STYLES[kind].plural.toLowerCase();
  return `${count.toLocaleString('en-GB')}${lowerBound ? '+' : ''} ${noun}`;
}

/** The relation's verb without a leading "is" ("is party to" → "party to"), so that it reads after a count. */
function verbOf(type: RelationType): string {
  return RELATION_STYLES[type].verb.replace(/^is /, '');
}

/**
 * What a group node says, read from the hub: its members are the actors ("117 states · party to")
 * or the hub is ("member of 42 organisations").
 */
export function groupLabel(group: Pick<HubGroup, 'type' | 'direction' | 'kind' | 'count' | 'lowerBound'>): string {
  const members = countOf(group.kind, group.count, group.lowerBound);
  return group.direction === 'in' ? `${members} · ${verbOf(group.type)}` : `${verbOf(group.type)} ${members}`;
}

/** The label once some members are on the canvas: "117 states · party to (12 shown)". */
export function groupCaption(group: HubGroup, shown: number): string {
  return shown > 0 ? `${groupLabel(group)}\n${shown.toLocaleString('en-GB')} of ${group.count.toLocaleString('en-GB')}${group.lowerBound ? '+' : ''} shown` : groupLabel(group);
}

/** The API's direction for a group's relations, seen from the hub. */
export function apiDirection(direction: GroupDirection): 'INCOMING' | 'OUTGOING' {
  return direction === 'in' ? 'INCOMING' : 'OUTGOING';
}

/** Whether a relation of the store belongs to the group (its type, its direction from the hub, the other end's kind). */
export function inGroup(group: GroupKey, relation: { type: RelationType; from: { id: string }; to: { id: string } }, kindOf: (id: string) => EntityKind | undefined): boolean {
  if (relation.type !== group.type) return false;
  const other = group.direction === 'in' ? (relation.to.id === group.hub ? relation.from.id : null) : relation.from.id === group.hub ? relation.to.id : null;
  return other !== null && kindOf(other) === group.kind;
}
