export interface Point {
  x: number;
  y: number;
}

/**
 * Starting positions for nodes entering the view: each starts next to the visible nodes it is
 * linked to (or the anchor), spread on a ring so that the force layout only has to settle them.
 * Deterministic, so the same expansion always starts from the same place.
 */
export function entryPositions(
  newIds: readonly string[],
  placedNeighbours: (id: string) => Point[],
  anchor: Point,
  radius = 120,
): Map<string, Point> {
  const positions = new Map<string, Point>();
  newIds.forEach((id, index) => {
    const neighbours = placedNeighbours(id);
    const centre = neighbours.length ? centroid(neighbours) : anchor;
    const angle = (2 * Math.PI * index) / Math.max(newIds.length, 1) + 0.3;
    const ring = radius * (1 + Math.floor(index / 16) * 0.6);
    positions.set(id, { x: centre.x + ring * Math.cos(angle), y: centre.y + ring * Math.sin(angle) });
  });
  return positions;
}

export function centroid(points: readonly Point[]): Point {
  const sum = points.reduce((total, point) => ({ x: total.x + point.x, y: total.y + point.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}
