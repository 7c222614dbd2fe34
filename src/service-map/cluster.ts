/**
 * Grouping of close markers, in screen pixels: greedy, in the order given,
 * with a grid so each point only looks at its neighbouring cells (1000
 * markers take a fraction of a millisecond). A group is drawn at the mean of
 * its members and shows their count.
 */
export interface ScreenPoint {
  x: number;
  y: number;
}

export interface Cluster {
  x: number;
  y: number;
  /** Indexes of the points in this group. */
  members: number[];
}

export function clusterPoints(points: readonly ScreenPoint[], radius: number): Cluster[] {
  const cell = Math.max(radius, 1);
  const grid = new Map<number, number[]>();
  // Numeric keys (no string per point): cells within ±2^20 of the origin, far more than any screen.
  const cellKey = (cx: number, cy: number) => (cx + 1048576) * 2097152 + (cy + 1048576);
  points.forEach((p, i) => {
    const k = cellKey(Math.floor(p.x / cell), Math.floor(p.y / cell));
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  });
  const taken = new Uint8Array(points.length);
  const clusters: Cluster[] = [];
  const r2 = radius * radius;
  points.forEach((p, i) => {
    if (taken[i]) return;
    taken[i] = 1;
    const members = [i];
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(cellKey(cx + dx, cy + dy)) ?? []) {
          if (taken[j]) continue;
          const q = points[j]!;
          if ((q.x - p.x) ** 2 + (q.y - p.y) ** 2 <= r2) {
            taken[j] = 1;
            members.push(j);
          }
        }
      }
    }
    let x = 0;
    let y = 0;
    for (const j of members) {
      x += points[j]!.x;
      y += points[j]!.y;
    }
    clusters.push({ x: x / members.length, y: y / members.length, members });
  });
  return clusters;
}
