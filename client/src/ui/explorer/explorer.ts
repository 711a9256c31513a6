import type { Core } from 'cytoscape';
import type { ApiClient } from '../../api/client.js';
import { GraphStore, nodesToCollapse, type Subgraph } from '../../core/graph/index.js';
import { countOf, isGroupId, neighbourCount, planExpansion, type ExpansionPlan, type GroupMember } from '../../core/hubs/index.js';
import type { DatasetId, EntityKind, RelationType } from '../../core/model/index.js';
import {
  addNodes,
  EMPTY_VIEW,
  History,
  removeNodes,
  sameView,
  setPinned,
  toggleKind,
  toggleType,
  toggleDataset,
  hiddenByDatasets,
  showDatasetsOf,
  type LayoutName,
  type SizeMode,
  type TimeRange,
  type ViewState,
} from '../../core/view/index.js';
import type { LayoutRunner, LayoutStep } from '../graph/layouts.js';
import { GraphLoader } from './graph-loader.js';
import { HubGroups } from './hub-groups.js';
import { ViewSync } from './view-sync.js';

/** How a view change came about: URL sync pushes steps and replaces the rest. */
export type ChangeKind = 'step' | 'replace' | 'restore';

type LayoutPlan = 'auto' | 'full' | 'none';

/**
 * The explorer's one source of truth: the current view state, its undo history, and every step
 * a reader can take (expand, hide, pin, collapse, filter, select…). Panels call these methods and
 * listen for changes; none of them edits the graph directly.
 */
export class Explorer {
  readonly store = new GraphStore();
  readonly loader: GraphLoader;
  readonly sync: ViewSync;
  readonly hubs: HubGroups;
  private readonly history = new History<ViewState>(EMPTY_VIEW);
  private readonly changeListeners = new Set<(state: ViewState, kind: ChangeKind) => void>();
  private readonly noticeListeners = new Set<(message: string) => void>();
  private readonly groupOpenListeners = new Set<(groupId: string) => void>();
  /** View changes are applied one after another, never interleaved. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly cy: Core,
    readonly api: ApiClient,
    private readonly layouts: LayoutRunner,
  ) {
    this.loader = new GraphLoader(api, this.store);
    this.sync = new ViewSync(cy, this.store);
    this.hubs = new HubGroups(cy, api, this.store, this.sync.positions);
  }

  get state(): ViewState {
    return this.history.present;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  onChange(listener: (state: ViewState, kind: ChangeKind) => void): void {
    this.changeListeners.add(listener);
  }

  onNotice(listener: (message: string) => void): void {
    this.noticeListeners.add(listener);
  }

  notice(message: string): void {
    for (const listener of this.noticeListeners) listener(message);
  }

  nameOf(id: string): string {
    return this.store.entities.get(id)?.name ?? id;
  }

  /** Opens a view (a shared link, the overview): its nodes are fetched if need be, then laid out afresh. */
  open(state: ViewState, kind: ChangeKind): Promise<void> {
    return this.enqueue(async () => {
      // Unknown entities must be fetched before they can be drawn; links among known ones follow in the background.
      await this.loader.complete(this.store.unknown(state.nodes), 'the shared view');
      await this.hubs.ensure(state.groups);
      const known = { ...state, nodes: state.nodes.filter((id) => this.store.entities.has(id)), groups: state.groups.filter((id) => this.hubs.known.has(id)) };
      const previous = this.cy.nodes().empty() ? null : this.state;
      this.record(known, kind === 'restore' ? 'step' : 'replace');
      await this.apply(known, previous, previous ? 'auto' : 'full');
      this.emit(kind);
      this.linkNewNodes(known.nodes);
    });
  }

  async expand(id: string): Promise<void> {
    // A group node opens its list of members (in the details) instead.
    if (isGroupId(id)) {
      this.select(id);
      for (const listener of this.groupOpenListeners) listener(id);
      return;
    }
    // A hub with more links than the reader's threshold opens as groups; asking costs one small query.
    const groups = await this.hubs.groupsOf(id).catch(() => null);
    const plan = groups && planExpansion(groups, this.hubs.threshold);
    if (plan?.grouped) return this.expandGrouped(id, plan);
    const subgraph = await this.loader.neighbourhood({ id, depth: 1, limit: 200 }, `the links of ${this.nameOf(id)}`);
    // Expanding is exploring: the datasets its links come from come into view if the legend hid them.
    const next = showDatasetsOf({ ...addNodes(this.state, subgraph.nodes.map((node) => node.id)), selected: id }, [...subgraph.nodes, ...subgraph.edges]);
    const added = next.nodes.length - this.state.nodes.length;
    this.notice(
      added === 0
        ? `${this.nameOf(id)} has no further links to show.`
        : `Added ${added} ${added === 1 ? 'entity' : 'entities'} linked to ${this.nameOf(id)}${subgraph.truncated ? ' (the first 200 only)' : ''}${this.datasetsShownNote(next)}.`,
    );
    await this.step(next, id);
  }

  /** A hub opened as group nodes, each group of a few members shown directly. */
  private async expandGrouped(id: string, plan: ExpansionPlan): Promise<void> {
    const loaded = await Promise.all(plan.direct.map((group) => this.hubs.members(group)));
    const members = loaded.flatMap((group) => group.members);
    this.store.add({ nodes: members.map((member) => member.entity), edges: members.map((member) => member.relation) });
    const withMembers = addNodes(this.state, [id, ...members.map((member) => member.entity.id)]);
    const next = showDatasetsOf({ ...withMembers, groups: [...new Set([...this.state.groups, ...plan.groups.map((group) => group.id)])], selected: id }, [
      ...members.map((member) => member.relation),
      ...members.map((member) => member.entity),
    ]);
    const direct = members.length ? ` and ${members.length} ${members.length === 1 ? 'entity' : 'entities'} directly` : '';
    this.notice(
      `${this.nameOf(id)} has ${neighbourCount(plan.groups) + members.length} links, more than ${this.hubs.threshold}: shown as ${plan.groups.length} ${plan.groups.length === 1 ? 'group' : 'groups'}${direct}. Open a group to choose whom to add.`,
    );
    await this.step(next, id);
  }

  /** Adds members of a group to the view (one undo step); a group whose every member is shown goes. */
  async addFromGroup(groupId: string, members: readonly GroupMember[]): Promise<void> {
    const group = this.hubs.known.get(groupId);
    if (!group || members.length === 0) return;
    this.store.add({ nodes: members.map((member) => member.entity), edges: members.map((member) => member.relation) });
    const added = addNodes(this.state, members.map((member) => member.entity.id));
    const shown = this.hubs.shownCount(group, new Set(added.nodes));
    const finished = !group.lowerBound && shown >= group.count;
    const next = showDatasetsOf(
      {
        ...added,
        groups: finished ? added.groups.filter((other) => other !== groupId) : added.groups,
        selected: finished && added.selected === groupId ? group.hub : added.selected,
      },
      members.map((member) => member.relation),
    );
    const count = next.nodes.length - this.state.nodes.length;
    this.notice(
      count === 0
        ? 'They are all in view already.'
        : `Added ${countOf(group.kind, count)} to the view${finished ? '; the group is shown in full, so it goes' : ` (${shown} of ${group.count} shown)`}${this.datasetsShownNote(next)}.`,
    );
    await this.step(next, group.hub);
  }

  onGroupOpen(listener: (groupId: string) => void): void {
    this.groupOpenListeners.add(listener);
  }

  /** Adds a fetched subgraph (a path, an answer) to the view. */
  async show(subgraph: Pick<Subgraph, 'nodes' | 'edges'>, selected: string | null = null): Promise<void> {
    this.store.add(subgraph);
    const next = showDatasetsOf(addNodes(this.state, subgraph.nodes.map((node) => node.id)), [...subgraph.nodes, ...subgraph.edges]);
    await this.step({ ...next, selected: selected ?? next.selected }, selected);
  }

  /** Brings entities into view by id (fetching them if need be) and selects one of them or a link; the camera follows. */
  async reveal(ids: readonly string[], selected: string | null = null): Promise<void> {
    const missing = ids.filter((id) => !this.state.nodes.includes(id));
    const asked = () => [...ids, ...(selected ? [selected] : [])].flatMap((id) => this.store.entities.get(id) ?? this.store.relations.get(id) ?? []);
    if (missing.length === 0) {
      const shown = showDatasetsOf(this.state, asked());
      if (shown !== this.state) await this.step({ ...shown, selected }, selected, 'none');
      else this.select(selected);
      this.focus([...ids, selected]);
      return;
    }
    await this.loader.complete(missing, missing.length === 1 ? this.nameOf(missing[0]!) : `${missing.length} entities`);
    // What the reader asks for is shown, even when the legend hid the datasets that assert it.
    await this.step(showDatasetsOf({ ...addNodes(this.state, missing.filter((id) => this.store.entities.has(id))), selected }, asked()), selected);
    this.focus([...ids, selected]);
  }

  /** Moves the camera so that these nodes (or links' ends) are in sight, once the steps before are done. */
  focus(ids: readonly (string | null)[]): void {
    void this.enqueue(async () => this.layouts.focus(ids));
  }

  hide(ids: readonly string[]): Promise<void> {
    const isEdgeOf = (edgeId: string, nodeIds: ReadonlySet<string>) => {
      const relation = this.store.relations.get(edgeId);
      return !!relation && (nodeIds.has(relation.from.id) || nodeIds.has(relation.to.id));
    };
    return this.step(removeNodes(this.state, ids, isEdgeOf));
  }

  collapse(id: string): Promise<void> {
    const edges = this.cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
    const leaving = nodesToCollapse(id, edges, new Set(this.state.pinned));
    if (leaving.length === 0) {
      this.notice(`Nothing hangs on ${this.nameOf(id)} alone, so there is nothing to collapse.`);
      return Promise.resolve();
    }
    this.notice(`Collapsed ${leaving.length} ${leaving.length === 1 ? 'entity' : 'entities'} into ${this.nameOf(id)}.`);
    return this.step({ ...removeNodes(this.state, leaving), selected: id });
  }

  togglePin(id: string): Promise<void> {
    return this.step(setPinned(this.state, id, !this.state.pinned.includes(id)), null, 'none');
  }

  toggleKind(kind: EntityKind): Promise<void> {
    return this.step(this.withoutHiddenSelection(toggleKind(this.state, kind)), null, 'none');
  }

  toggleType(type: RelationType): Promise<void> {
    return this.step(this.withoutHiddenSelection(toggleType(this.state, type)), null, 'none');
  }

  toggleDataset(dataset: DatasetId): Promise<void> {
    return this.step(this.withoutHiddenSelection(toggleDataset(this.state, dataset)), null, 'none');
  }

  setMinimap(minimap: boolean): Promise<void> {
    return this.step({ ...this.state, minimap }, null, 'none');
  }

  /** Says so when exploring brought hidden datasets back into view. */
  private datasetsShownNote(next: ViewState): string {
    const shown = this.state.hiddenDatasets.filter((dataset) => !next.hiddenDatasets.includes(dataset));
    return shown.length ? ', with the reference data that links them (the legend’s “Links stated by” hides it again)' : '';
  }

  /** A selection the legend just hid is dropped, so the details never describe what the graph no longer shows. */
  private withoutHiddenSelection(next: ViewState): ViewState {
    return next.selected && this.isHidden(next.selected, next) ? { ...next, selected: null } : next;
  }

  /** Hidden by the legend: a node of a hidden kind, or a link of a hidden type or with a hidden end. */
  isHidden(id: string, state: ViewState = this.state): boolean {
    const kindHidden = (entityId: string) => {
      const kind = this.store.entities.get(entityId)?.kind;
      return kind !== undefined && state.hiddenKinds.includes(kind);
    };
    const relation = this.store.relations.get(id);
    const datasetHidden = (entityId: string) => hiddenByDatasets(this.store.entities.get(entityId)?.datasets, state.hiddenDatasets);
    if (relation) {
      return (
        state.hiddenTypes.includes(relation.type) ||
        hiddenByDatasets(relation.datasets, state.hiddenDatasets) ||
        [relation.from.id, relation.to.id].some((end) => kindHidden(end) || datasetHidden(end))
      );
    }
    return kindHidden(id) || datasetHidden(id);
  }

  setLayout(layout: LayoutName): Promise<void> {
    return this.step({ ...this.state, layout }, null, 'full');
  }

  /** Runs the current layout again from scratch. */
  relayout(): Promise<void> {
    return this.enqueue(() => this.layouts.run({ name: this.state.layout, fit: 'all' }));
  }

  setSizeBy(sizeBy: SizeMode): Promise<void> {
    return this.step({ ...this.state, sizeBy }, null, 'none');
  }

  setTime(time: TimeRange | null): Promise<void> {
    return this.step({ ...this.state, time }, null, 'none');
  }

  /**
   * Shows the graph as of a date (null: the latest data). A play's later years replace its
   * first step rather than stack up, so one undo takes the whole play back.
   */
  setAsOf(asOf: string | null, how: 'step' | 'replace' = 'step'): Promise<void> {
    if (how === 'step') return this.step({ ...this.state, asOf }, null, 'none');
    return this.enqueue(async () => {
      if (this.state.asOf === asOf) return;
      this.record({ ...this.state, asOf }, 'replace');
      this.sync.decorate(this.state);
      this.emit('replace');
    });
  }

  /** The Sanctions tab's subject is not a step of its own either: like the selection, it rides along in the URL. */
  setSanctions(id: string): void {
    if (this.state.sanctions === id) return;
    this.history.replace({ ...this.state, sanctions: id });
    this.emit('replace');
  }

  /** Selection is not a step of its own: it rides along in the URL and in the next step. */
  select(id: string | null): void {
    if (this.state.selected === id) return;
    this.history.replace({ ...this.state, selected: id });
    this.sync.decorate(this.state);
    this.emit('replace');
  }

  undo(): Promise<void> {
    return this.travel(() => this.history.undo());
  }

  redo(): Promise<void> {
    return this.travel(() => this.history.redo());
  }

  /** Marks elements (a path, a table row, an answer) and fades the rest; null clears. Not part of the view state. */
  highlight(ids: readonly string[] | null): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('highlighted dimmed');
      if (!ids) return;
      const wanted = new Set(ids);
      const marked = this.cy.elements().filter((element) => wanted.has(element.id()));
      marked.addClass('highlighted');
      this.cy.elements().difference(marked).addClass('dimmed');
    });
  }

  private travel(move: () => ViewState | undefined): Promise<void> {
    return this.enqueue(async () => {
      const previous = this.state;
      const next = move();
      if (!next) return;
      await this.apply(next, previous, 'auto');
      this.emit('step');
      // What the undo brought back is shown: the nodes that returned, and the selection.
      this.layouts.focus([...next.nodes.filter((id) => !previous.nodes.includes(id)), next.selected]);
    });
  }

  private step(next: ViewState, anchor: string | null = null, layout: LayoutPlan = 'auto'): Promise<void> {
    return this.enqueue(async () => {
      const previous = this.state;
      if (sameView(previous, next)) return;
      this.record(next, 'step');
      await this.apply(next, previous, layout, anchor);
      this.emit('step');
      this.linkNewNodes(next.nodes.filter((id) => !previous.nodes.includes(id)));
    });
  }

  private record(next: ViewState, how: 'step' | 'replace'): void {
    if (how === 'step') this.history.push(next);
    else this.history.replace(next);
  }

  private async apply(next: ViewState, previous: ViewState | null, layout: LayoutPlan, anchor: string | null = null): Promise<void> {
    const wasEmpty = this.cy.nodes().empty();
    const unplaced = [...(await this.sync.syncElements(next, anchor)), ...this.hubs.sync(next)];
    this.sync.decorate(next);
    // The first nodes are drawn at once, in view, while the layout is computed.
    if (wasEmpty) this.cy.fit(undefined, 40);
    const step = this.layoutStep(next, previous, layout, unplaced, anchor);
    if (step) {
      await this.layouts.run(step);
      this.sync.rememberPositions();
    }
  }

  private layoutStep(next: ViewState, previous: ViewState | null, plan: LayoutPlan, unplaced: string[], anchor: string | null): LayoutStep | null {
    if (plan === 'none') return null;
    if (plan === 'full' || previous?.layout !== next.layout) return { name: next.layout, fit: 'all' };
    if (unplaced.length === 0) return null;
    // Force-directed steps move only the newcomers; the other layouts are cheap and deterministic, so they redo the lot.
    if (next.layout !== 'fcose') return { name: next.layout, fit: 'all' };
    return { name: 'fcose', moving: new Set(unplaced), fit: anchor ? [anchor, ...unplaced] : unplaced };
  }

  /** In the background: fetches the relations of newcomers, so links to nodes already shown appear too. */
  private linkNewNodes(ids: readonly string[]): void {
    if (this.store.incomplete(ids).length === 0) return;
    void this.loader.complete(ids, 'links among the shown entities').then(() =>
      this.enqueue(async () => {
        this.sync.addMissingEdges();
        this.sync.decorate(this.state);
      }),
    );
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private emit(kind: ChangeKind): void {
    for (const listener of this.changeListeners) listener(this.state, kind);
  }
}
