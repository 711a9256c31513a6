/// <reference lib="webworker" />
import { forceLayout, type LayoutInput } from '../../core/network/force-layout.js';

/** The overview's layout, off the main thread: ForceAtlas2 over ~1,500 nodes takes about a second. */
export interface OverviewLayoutAnswer {
  positions: Record<string, { x: number; y: number }>;
  millis: number;
  error?: string;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutInput>) => {
  const started = performance.now();
  try {
    const positions = Object.fromEntries(forceLayout(event.data));
    scope.postMessage({ positions, millis: performance.now() - started } satisfies OverviewLayoutAnswer);
  } catch (error) {
    scope.postMessage({ positions: {}, millis: 0, error: String(error) } satisfies OverviewLayoutAnswer);
  }
};
