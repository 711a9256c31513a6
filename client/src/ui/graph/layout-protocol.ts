/** Messages between the page and the force-layout worker (plain data: they are structured-cloned). */

export interface ForceLayoutRequest {
  requestId: number;
  nodes: { id: string; x: number; y: number; width: number; height: number }[];
  edges: { source: string; target: string }[];
  /** Nodes that must stay where they are: pinned ones, and those already placed in an incremental layout. */
  fixed: string[];
  /** Start from random positions (a fresh layout) or from the current ones (an incremental step). */
  randomize: boolean;
}

export interface ForceLayoutResponse {
  requestId: number;
  positions: Record<string, { x: number; y: number }>;
  millis: number;
  error?: string;
}
