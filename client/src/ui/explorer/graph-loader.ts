import type { ApiClient, RequestOptions } from '../../api/client.js';
import {
  NEIGHBOURHOOD,
  NEIGHBOURHOOD_BATCH_SIZE,
  neighbourhoodsDocument,
  type NeighbourhoodResult,
  type NeighbourhoodsResult,
  type NeighbourhoodVariables,
} from '../../api/documents.js';
import type { GraphStore, Subgraph } from '../../core/graph/index.js';

/** Fetches into the store: one neighbourhood, or many (batched, for shared links and for linking new nodes). */
export class GraphLoader {
  constructor(
    private readonly api: ApiClient,
    private readonly store: GraphStore,
  ) {}

  async neighbourhood(variables: NeighbourhoodVariables, label: string, options: RequestOptions = {}): Promise<Subgraph> {
    const { neighbourhood } = await this.api.request<NeighbourhoodResult>(NEIGHBOURHOOD, { ...variables }, label, options);
    // Only an unfiltered neighbourhood tells us every relation of the centre (as many as the API's limit lets through).
    const complete = !variables.types && !variables.kinds;
    this.store.add(neighbourhood, complete ? [variables.id] : []);
    return neighbourhood;
  }

  /**
   * Makes the store complete for these ids (their every relation known). Ids that no longer
   * exist are skipped: a shared link may name an entity the curated data has since dropped.
   */
  async complete(ids: readonly string[], label: string): Promise<void> {
    const missing = this.store.incomplete(ids);
    for (let start = 0; start < missing.length; start += NEIGHBOURHOOD_BATCH_SIZE) {
      const batch = missing.slice(start, start + NEIGHBOURHOOD_BATCH_SIZE);
      try {
        const result = await this.api.request<NeighbourhoodsResult>(
          neighbourhoodsDocument(batch.length),
          Object.fromEntries(batch.map((id, index) => [`id${index}`, id])),
          label,
        );
        batch.forEach((id, index) => this.addComplete(id, result[`n${index}`]));
      } catch {
        // One unknown id fails the whole batch (the field is non-null): ask one by one instead.
        for (const id of batch) {
          await this.neighbourhood({ id, depth: 1, limit: 200 }, label).catch(() => undefined);
        }
      }
    }
  }

  private addComplete(id: string, subgraph: Subgraph | undefined): void {
    if (subgraph) this.store.add(subgraph, [id]);
  }
}
