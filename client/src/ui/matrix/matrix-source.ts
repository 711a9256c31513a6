import type { ApiClient } from '../../api/client.js';
import {
  MATRIX_CANDIDATES,
  MATRIX_MEMBERSHIPS,
  MATRIX_PARTICIPATION,
  PROJECT_DONORS,
  type MatrixCandidate,
  type PageInfo,
  type StateSetVariables,
} from '../../api/documents.js';
import type { EntityKind } from '../../core/model/index.js';
import { MEMBERSHIP_DATASET, TREATY_TYPES, type MatrixAxis, type MembershipRecord, type ParticipationRecord } from '../../core/matrix/index.js';

/** How many columns are asked for at once: enough to overlap round trips, few enough to leave the API to others. */
const PARALLEL_COLUMNS = 4;

/**
 * Where a matrix's rows, columns and state sets come from: the API, a page at a time through
 * every cursor. The candidate lists (instruments, organisations, regions, all states) are read
 * once per page load.
 */
export class MatrixSource {
  private readonly candidates = new Map<EntityKind, Promise<MatrixCandidate[]>>();

  constructor(private readonly api: ApiClient) {}

  entitiesOf(kind: EntityKind, signal?: AbortSignal): Promise<MatrixCandidate[]> {
    let list = this.candidates.get(kind);
    if (!list) {
      list = this.allPages((after) => this.api.request(MATRIX_CANDIDATES, { kinds: [kind], after }, `the list of ${kind.toLowerCase()}s`, { signal }).then((page) => ({ pageInfo: page.pageInfo, nodes: page.nodes })));
      list.catch(() => this.candidates.delete(kind));
      this.candidates.set(kind, list);
    }
    return list;
  }

  /** The matrix's columns: the treaties states join, or the organisations with membership data. */
  async columns(axis: MatrixAxis, signal?: AbortSignal): Promise<MatrixCandidate[]> {
    if (axis === 'instruments') {
      const instruments = await this.entitiesOf('Instrument', signal);
      return instruments.filter((entity) => entity.instrumentType && TREATY_TYPES.includes(entity.instrumentType)).sort(byName);
    }
    const organizations = await this.entitiesOf('Organization', signal);
    return organizations.filter((entity) => entity.datasets.includes(MEMBERSHIP_DATASET)).sort(byName);
  }

  async regions(signal?: AbortSignal): Promise<MatrixCandidate[]> {
    return (await this.entitiesOf('Place', signal)).filter((place) => place.placeType === 'region').sort(byName);
  }

  /** The states that fund the project (its DONOR roles), as the graph records them. */
  async donors(projectId: string, signal?: AbortSignal): Promise<string[]> {
    const { donors } = await this.api.request(PROJECT_DONORS, { projectId }, 'the project’s donors', { signal });
    return [...new Set(donors.filter((donor) => donor.kind === 'State').map((donor) => donor.id))];
  }

  /** Every row of every column for the states, each column paged through to its end. */
  async records(axis: MatrixAxis, columnIds: readonly string[], states: StateSetVariables, signal: AbortSignal, onColumn: (done: number) => void): Promise<ParticipationRecord[] | MembershipRecord[]> {
    let done = 0;
    const queue = [...columnIds];
    const results = new Map<string, (ParticipationRecord | MembershipRecord)[]>();
    const worker = async () => {
      for (let column = queue.shift(); column !== undefined; column = queue.shift()) {
        const id = column;
        const rows =
          axis === 'instruments'
            ? await this.allPages((after) => this.api.request(MATRIX_PARTICIPATION, { ...states, instrumentId: id, after }, 'treaty participation', { signal }))
            : await this.allPages((after) => this.api.request(MATRIX_MEMBERSHIPS, { ...states, organizationId: id, after }, 'memberships', { signal }));
        results.set(id, rows);
        onColumn(++done);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_COLUMNS, columnIds.length) }, worker));
    return columnIds.flatMap((id) => results.get(id) ?? []) as ParticipationRecord[] | MembershipRecord[];
  }

  private async allPages<T>(page: (after: string | null) => Promise<{ pageInfo: PageInfo; nodes: T[] }>): Promise<T[]> {
    const all: T[] = [];
    let after: string | null = null;
    do {
      const result: { pageInfo: PageInfo; nodes: T[] } = await page(after);
      all.push(...result.nodes);
      after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
    } while (after);
    return all;
  }
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
