export const DIRECTIONS = ['left', 'right', 'up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

interface Placed {
  id: string;
  x: number;
  y: number;
}

const VECTORS: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * Keyboard navigation in the drawing: the nearest node lying in the arrow's direction (within
 * 60° of it), nearer-and-straighter first. Null when nothing lies that way.
 */
export function nearestInDirection(from: Placed, candidates: readonly Placed[], direction: Direction): string | null {
  const vector = VECTORS[direction];
  let best: { id: string; cost: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.id === from.id) continue;
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const along = dx * vector.x + dy * vector.y;
    if (along <= 0) continue;
    const across = Math.abs(dx * vector.y - dy * vector.x);
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const cost = along + 2 * across;
    if (!best || cost < best.cost) best = { id: candidate.id, cost };
  }
  return best?.id ?? null;
}
