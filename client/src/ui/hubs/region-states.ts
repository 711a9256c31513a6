import type { ApiClient } from '../../api/client.js';
import { GROUP_MEMBERS, GROUP_MEMBERS_PAGE, type GroupMembersResult, type MatrixCandidate } from '../../api/documents.js';
import { MatrixSource } from '../matrix/matrix-source.js';

/** M49 nests region > sub-region > intermediate region > state: a state is at most four steps below the world. */
const MAX_DEPTH = 4;

/**
 * The regions of the graph (the M49 places the country-codes dataset adds, as the matrix lists
 * them) and the states of each, read from the API as the states LOCATED_IN the region directly
 * or through its sub-regions (as cypher/queries/region-states.cypher walks them for the matrix),
 * each region read once per page load.
 */
export class RegionStates {
  private readonly source: MatrixSource;
  private readonly states = new Map<string, Promise<ReadonlySet<string>>>();

  constructor(private readonly api: ApiClient) {
    this.source = new MatrixSource(api);
  }

  regions(): Promise<MatrixCandidate[]> {
    return this.source.regions();
  }

  statesOf(regionId: string): Promise<ReadonlySet<string>> {
    let found = this.states.get(regionId);
    if (!found) {
      found = this.walk(regionId);
      found.catch(() => this.states.delete(regionId));
      this.states.set(regionId, found);
    }
    return found;
  }

  /** The region's subtree, a level at a time: its states, and its sub-regions' states in turn. */
  private async walk(regionId: string): Promise<ReadonlySet<string>> {
    const states = new Set<string>();
    let places = [regionId];
    for (let depth = 0; depth < MAX_DEPTH && places.length > 0; depth += 1) {
      const below = await Promise.all(places.map((place) => this.locatedIn(place)));
      places = [];
      for (const member of below.flat()) {
        if (member.kind === 'State') states.add(member.id);
        else if (member.kind === 'Place') places.push(member.id);
      }
    }
    return states;
  }

  private async locatedIn(placeId: string): Promise<{ id: string; kind: string }[]> {
    const found: { id: string; kind: string }[] = [];
    let after: string | null = null;
    do {
      const page: GroupMembersResult = await this.api.request(GROUP_MEMBERS, { id: placeId, type: 'LOCATED_IN', direction: 'INCOMING', first: GROUP_MEMBERS_PAGE, after }, 'the states of a region');
      found.push(...page.members.map((member) => ({ id: member.entity.id, kind: member.entity.kind })));
      after = page.endCursor;
    } while (after !== null);
    return found;
  }
}
