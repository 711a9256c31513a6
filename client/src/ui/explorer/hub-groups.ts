import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { ApiClient } from '../../api/client.js';
import { GROUP_MEMBERS, GROUP_MEMBERS_PAGE, RELATION_GROUPS, type GroupMembersResult, type RelationGroupsResult } from '../../api/documents.js';
import type { GraphStore } from '../../core/graph/index.js';
import { apiDirection, DEFAULT_HUB_THRESHOLD, groupCaption, hubGroups, inGroup, parseGroupId, type GroupMember, type HubGroup } from '../../core/hubs/index.js';
import type { Point } from '../../core/layout/index.js';
import type { ViewState } from '../../core/view/index.js';

const THRESHOLD_KEY = 'nexus:hub-threshold';

/** A group's members as far as they are fetched; `complete` once the last page is in. */
export interface LoadedMembers {
  members: GroupMember[];
  complete: boolean;
}

/**
 * Hubs opened as group nodes: each hub's groups as the API counted them, their members as far
 * as they are fetched (a page of 100 at a time), and the group nodes drawn beside their hub.
 */
export class HubGroups {
  /** Every group of every hub asked about, by group id. */
  readonly known = new Map<string, HubGroup>();
  private readonly byHub = new Map<string, HubGroup[]>();
  private readonly loaded = new Map<string, LoadedMembers>();
  private readonly loading = new Map<string, Promise<LoadedMembers>>();
  private readonly pageListeners = new Map<string, Set<(loaded: LoadedMembers) => void>>();
  private chosenThreshold: number | undefined;

  constructor(
    private readonly cy: Core,
    private readonly api: ApiClient,
    private readonly store: GraphStore,
    private readonly positions: Map<string, Point>,
  ) {}

  /** Above this many links a hub opens as groups: the reader's setting, kept in this browser. */
  get threshold(): number {
    const stored = this.chosenThreshold ?? Number(readStorage(THRESHOLD_KEY));
    return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_HUB_THRESHOLD;
  }

  set threshold(value: number) {
    this.chosenThreshold = value;
    writeStorage(THRESHOLD_KEY, String(value));
  }

  async groupsOf(hub: string): Promise<HubGroup[]> {
    const cached = this.byHub.get(hub);
    if (cached) return cached;
    const { groups } = await this.api.request<RelationGroupsResult>(RELATION_GROUPS, { id: hub }, `the links of ${this.store.entities.get(hub)?.name ?? hub} (how many, of which kinds)`);
    const found = hubGroups(hub, groups);
    this.byHub.set(hub, found);
    for (const group of found) this.known.set(group.id, group);
    return found;
  }

  /** Makes these groups known (a shared link names them): their hubs' groups are fetched. */
  async ensure(ids: readonly string[]): Promise<void> {
    const hubs = new Set(ids.filter((id) => !this.known.has(id)).flatMap((id) => parseGroupId(id)?.hub ?? []));
    await Promise.all([...hubs].map((hub) => this.groupsOf(hub).catch(() => [])));
  }

  /** One page of a group's members, from the hub's relations of its type and direction (the other kinds skipped). */
  async page(group: HubGroup, first: number, after: string | null): Promise<GroupMembersResult> {
    const result = await this.api.request<GroupMembersResult>(
      GROUP_MEMBERS,
      { id: group.hub, type: group.type, direction: apiDirection(group.direction), first, after },
      `members of a group of ${this.store.entities.get(group.hub)?.name ?? group.hub}`,
    );
    return { ...result, members: result.members.filter((member) => member.entity.kind === group.kind) };
  }

  membersLoaded(id: string): LoadedMembers | undefined {
    return this.loaded.get(id);
  }

  /**
   * Fetches every member, a page at a time; `onPage` hears of each page as it lands. A second
   * caller while the pages are still coming (the reader opened another group and came back)
   * hears of the remaining pages too, not only the first caller.
   */
  members(group: HubGroup, onPage: (loaded: LoadedMembers) => void = () => undefined): Promise<LoadedMembers> {
    const done = this.loaded.get(group.id);
    if (done?.complete) return Promise.resolve(done);
    const listeners = this.pageListeners.get(group.id) ?? new Set();
    this.pageListeners.set(group.id, listeners.add(onPage));
    const running = this.loading.get(group.id);
    if (running) return running;
    const run = (async () => {
      const loaded: LoadedMembers = { members: [], complete: false };
      this.loaded.set(group.id, loaded);
      let after: string | null = null;
      do {
        const page: GroupMembersResult = await this.page(group, GROUP_MEMBERS_PAGE, after);
        loaded.members.push(...page.members);
        after = page.endCursor;
        loaded.complete = after === null;
        for (const listener of listeners) listener(loaded);
      } while (after !== null);
      return loaded;
    })();
    this.loading.set(group.id, run);
    return run.finally(() => {
      this.loading.delete(group.id);
      this.pageListeners.delete(group.id);
    });
  }

  /** How many of the group's members the view shows (their link to the hub known to the store). */
  shownCount(group: HubGroup, nodes: ReadonlySet<string>): number {
    const kindOf = (id: string) => this.store.entities.get(id)?.kind;
    const shown = new Set<string>();
    for (const relation of this.store.relationsOf(group.hub)) {
      if (!inGroup(group, relation, kindOf)) continue;
      const other = relation.from.id === group.hub ? relation.to.id : relation.from.id;
      if (nodes.has(other)) shown.add(other);
    }
    return shown.size;
  }

  /** Draws the view's groups beside their hubs (and removes the others); returns the ids of those newly drawn with no remembered place. */
  sync(state: ViewState): string[] {
    const nodes = new Set(state.nodes);
    const wanted = state.groups.flatMap((id) => {
      const group = this.known.get(id);
      return group && nodes.has(group.hub) && this.cy.getElementById(group.hub).nonempty() ? [group] : [];
    });
    const wantedIds = new Set(wanted.map((group) => group.id));
    const leaving = this.cy.nodes('.hub-group').filter((node) => !wantedIds.has(node.id()));
    leaving.forEach((node) => {
      this.positions.set(node.id(), { ...node.position() });
    });
    const entering = wanted.filter((group) => this.cy.getElementById(group.id).empty());
    const unplaced = entering.filter((group) => !this.positions.has(group.id)).map((group) => group.id);
    this.cy.batch(() => {
      this.cy.remove(leaving);
      this.cy.add(entering.flatMap((group, index) => this.elementsOf(group, index, entering.length)));
      for (const group of wanted) {
        const caption = groupCaption(group, this.shownCount(group, nodes));
        const node = this.cy.getElementById(group.id);
        if (node.data('label') !== caption) node.data('label', caption);
      }
    });
    return unplaced;
  }

  private elementsOf(group: HubGroup, index: number, of: number): ElementDefinition[] {
    const hub = this.cy.getElementById(group.hub) as NodeSingular;
    // Newcomers start in a ring around their hub; the layout then finds them a place.
    const angle = (2 * Math.PI * index) / Math.max(of, 1);
    const position = this.positions.get(group.id) ?? { x: hub.position().x + 160 * Math.cos(angle), y: hub.position().y + 160 * Math.sin(angle) };
    const [source, target] = group.direction === 'in' ? [group.id, group.hub] : [group.hub, group.id];
    return [
      { group: 'nodes', data: { id: group.id, label: groupCaption(group, 0), hubGroup: true, memberKind: group.kind, size: 40 }, classes: 'hub-group', position: { ...position } },
      { group: 'edges', data: { id: `${group.id}#link`, source, target, type: group.type, label: '' }, classes: 'hub-group-link' },
    ];
  }
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage refused (private mode): the default holds
  }
}

function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // storage refused: the setting lasts for this page only
  }
}
