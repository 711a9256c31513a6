import type cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { CentralityMemo, NODE_SIZE, sizesFromScores, structureKey } from '../../core/analytics/index.js';
import { toEdgeElement, toNodeElement, type GraphStore } from '../../core/graph/index.js';
import { entryPositions, type Point } from '../../core/layout/index.js';
import { drawnAsOf, liesOutside, nodesOutOfForce, relationAsOf, type AsOfStatus } from '../../core/timeline/index.js';
import { hiddenByDatasets, type SizeMode, type TimeRange, type ViewState } from '../../core/view/index.js';
import { addInSlices, nextFrame } from '../graph/sliced-add.js';

/**
 * Newcomers per animation frame, to start with: styling, measuring and drawing a node with its
 * label took about 1.3 ms on the shared test machine (bench/explorer/hubs.ts); later slices are
 * sized so that a frame takes about 100 ms (sliced-add.ts). Links are cheaper.
 */
const NODE_PACE = { first: 50, budgetMillis: 100 };
const EDGE_PACE = { first: 150, budgetMillis: 100 };

/**
 * Makes the Cytoscape graph show a view state: which nodes and edges are drawn (from the store),
 * and how they are marked (pinned, filtered, out of the brushed period, selected, sized).
 */
export class ViewSync {
  /** Where every node was last drawn, so that undo and back put nodes back where they were. */
  readonly positions = new Map<string, Point>();
  private readonly centrality: CentralityMemo<SizeMode>;

  constructor(
    private readonly cy: Core,
    private readonly store: GraphStore,
    /** Injected by tests, to count how often it runs. */
    computeCentrality: (cy: Core, mode: SizeMode) => Map<string, number> = centrality,
  ) {
    this.centrality = new CentralityMemo((mode) => computeCentrality(cy, mode));
  }

  /**
   * Adds and removes elements; returns the ids of nodes that entered with no remembered place.
   * Many newcomers (a hub group's 284 members) come in a slice per animation frame, then their
   * links, so that no frame holds a long task; a few come in at once.
   */
  async syncElements(state: ViewState, anchor: string | null): Promise<string[]> {
    const visible = new Set(state.nodes.filter((id) => this.store.entities.has(id)));
    // Group nodes (hub-groups.ts) come and go with the view's groups, not its nodes.
    const leaving = this.cy.nodes().not('.hub-group').filter((node) => !visible.has(node.id()));
    this.rememberPositions(leaving);
    const entering = [...visible].filter((id) => this.cy.getElementById(id).empty());
    const unplaced = entering.filter((id) => !this.positions.has(id));
    const anchorPosition = this.anchorPosition(anchor);
    const placed = entryPositions(unplaced, (id) => this.placedNeighbours(id), anchorPosition);
    const nodes = entering.map((id): ElementDefinition => ({
      ...toNodeElement(this.store.entities.get(id)!),
      position: { ...(this.positions.get(id) ?? placed.get(id)!) },
    }));
    if (nodes.length <= NODE_PACE.first) {
      this.cy.batch(() => {
        this.cy.remove(leaving);
        this.cy.add(nodes);
        this.addMissingEdges(visible);
      });
      return unplaced;
    }
    this.cy.remove(leaving);
    await addInSlices(this.cy, nodes, NODE_PACE);
    await nextFrame();
    await addInSlices(this.cy, this.missingEdges(visible).map(toEdgeElement), EDGE_PACE);
    return unplaced;
  }

  /** Draws the known relations among the visible nodes that are not drawn yet (after more data arrives). */
  addMissingEdges(visible: ReadonlySet<string> = new Set(this.cy.nodes().map((node) => node.id()))): number {
    const missing = this.missingEdges(visible);
    if (missing.length) this.cy.add(missing.map(toEdgeElement));
    return missing.length;
  }

  private missingEdges(visible: ReadonlySet<string>) {
    return this.store.relationsAmong(visible).filter((relation) => this.cy.getElementById(relation.id).empty());
  }

  decorate(state: ViewState): void {
    const pinned = new Set(state.pinned);
    const hiddenKinds = new Set<string>(state.hiddenKinds);
    const hiddenTypes = new Set<string>(state.hiddenTypes);
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const isPinned = pinned.has(node.id());
        if (isPinned !== node.locked()) {
          if (isPinned) node.lock();
          else node.unlock();
        }
        node.toggleClass('pinned', isPinned);
        node.toggleClass('filtered', hiddenKinds.has(node.data('kind')) || hiddenByDatasets(this.store.entities.get(node.id())?.datasets, state.hiddenDatasets));
      });
      this.cy.edges().forEach((edge) => {
        edge.toggleClass('filtered', hiddenTypes.has(edge.data('type')) || hiddenByDatasets(this.store.relations.get(edge.id())?.datasets, state.hiddenDatasets));
      });
      this.markAsOf(state);
      this.cy.elements().forEach((element) => {
        element.toggleClass('out-of-time', state.time !== null && liesOutside(element.data('startDate'), this.endOf(element, state.time), state.time));
      });
      const selected = state.selected ? this.cy.getElementById(state.selected) : this.cy.collection();
      this.cy.elements(':selected').difference(selected).unselect();
      if (selected.nonempty() && !selected.selected()) selected.select();
      this.cy.edges('.emphasised').removeClass('emphasised');
      if (selected.nonempty() && selected.isNode()) selected.connectedEdges().addClass('emphasised');
    });
    this.applySizes(state.sizeBy);
  }

  /**
   * As of a date: links not in force then are hidden, uncertain ones drawn faded (the details
   * say why); a node none of whose links in view holds goes too, unless the reader keeps it
   * (pinned, selected, the project). Each link's verdict is kept in its scratch for the details.
   */
  private markAsOf(state: ViewState): void {
    const links: { source: string; target: string; status: AsOfStatus }[] = [];
    this.cy.edges().forEach((edge) => {
      const relation = state.asOf ? this.store.relations.get(edge.id()) : undefined;
      const verdict = relation && state.asOf ? relationAsOf(relation, state.asOf) : null;
      edge.scratch('_asOf', verdict);
      const kept = !verdict || drawnAsOf(verdict.status) || edge.id() === state.selected;
      edge.toggleClass('as-of-hidden', !kept);
      edge.toggleClass('as-of-uncertain', verdict?.status === 'UNCERTAIN');
      const legendShows = !edge.hasClass('filtered') && !edge.source().hasClass('filtered') && !edge.target().hasClass('filtered');
      if (verdict && legendShows) links.push({ source: edge.source().id(), target: edge.target().id(), status: kept ? 'IN_FORCE' : verdict.status });
    });
    const keep = new Set([...state.pinned, ...(state.selected ? [state.selected] : [])]);
    this.cy.nodes('[kind = "Project"]').forEach((node) => {
      keep.add(node.id());
    });
    const gone = state.asOf ? nodesOutOfForce(links, keep) : new Set<string>();
    this.cy.nodes().forEach((node) => {
      node.toggleClass('as-of-hidden', gone.has(node.id()));
    });
  }

  /** Centrality over what the reader sees (filtered elements excluded), computed by Cytoscape itself, again only when that changes. */
  applySizes(mode: SizeMode): Map<string, number> {
    const scores = mode === 'none' ? new Map<string, number>() : this.centrality.scoresFor(mode, this.scoredStructure());
    const sizes = sizesFromScores(scores);
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const size = mode === 'none' ? NODE_SIZE.default : (sizes.get(node.id()) ?? NODE_SIZE.min);
        if (node.data('size') !== size) node.data('size', size);
      });
    });
    return scores;
  }

  /**
   * An event's lone start date is its day; a project's or a link's is when it began, with no end
   * recorded (Canada funds the project from 2024): such an element runs on through the range.
   */
  private endOf(element: cytoscape.SingularElementArgument, range: TimeRange): string | null {
    const end = element.data('endDate') as string | null;
    const openEnded = element.isEdge() || element.data('kind') === 'Project';
    return end ?? (openEnded && element.data('startDate') ? range.to : null);
  }

  private scoredStructure(): string {
    const elements = scoredElements(this.cy);
    return structureKey(
      elements.nodes().map((node) => node.id()),
      elements.edges().map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() })),
    );
  }

  rememberPositions(nodes = this.cy.nodes()): void {
    nodes.forEach((node) => {
      this.positions.set(node.id(), { ...node.position() });
    });
  }

  private anchorPosition(anchor: string | null): Point {
    const node = anchor ? this.cy.getElementById(anchor) : this.cy.collection();
    if (node.nonempty()) return { ...(node as NodeSingular).position() };
    const extent = this.cy.extent();
    return this.cy.nodes().nonempty() ? { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 } : { x: 0, y: 0 };
  }

  private placedNeighbours(id: string): Point[] {
    return this.store
      .neighbours(id)
      .map((neighbour) => this.cy.getElementById(neighbour))
      .filter((node) => node.nonempty())
      .map((node) => ({ ...(node as NodeSingular).position() }));
  }
}

/** What centrality is computed over: the elements the legend has not filtered out. */
function scoredElements(cy: Core): cytoscape.Collection {
  const shown = (element: cytoscape.SingularElementArgument) => !element.hasClass('filtered') && !element.hasClass('as-of-hidden');
  return cy.elements().filter((element) => shown(element) && (element.isNode() || (shown(element.source()) && shown(element.target()))));
}

export function centrality(cy: Core, mode: SizeMode): Map<string, number> {
  const scores = new Map<string, number>();
  if (mode === 'none') return scores;
  const elements = scoredElements(cy);
  const nodes = elements.nodes();
  if (mode === 'degree') {
    const degree = elements.degreeCentralityNormalized({ directed: false, weight: () => 1 }) as cytoscape.SearchDegreeCentralityNormalizedResultUndirected;
    nodes.forEach((node) => {
      scores.set(node.id(), degree.degree(node));
    });
  } else {
    const betweenness = elements.betweennessCentrality({ directed: false });
    nodes.forEach((node) => {
      scores.set(node.id(), betweenness.betweenness(node));
    });
  }
  return scores;
}
