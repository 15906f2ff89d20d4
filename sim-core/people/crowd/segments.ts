// Plane geometry of walls and exits, which the crowd case gives as segments [x1, y1, x2, y2]
// in metres (x east, y north).
import { hypot } from '../../math/index.ts';

export type Segment = readonly [number, number, number, number];

export function segmentLength(s: Segment): number {
  return hypot(s[2] - s[0], s[3] - s[1]);
}

/** Distance from the point (px, py) to the segment (ax, ay)–(bx, by). */
export function pointSegmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let u = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  u = u < 0 ? 0 : u > 1 ? 1 : u;
  return hypot(px - (ax + u * dx), py - (ay + u * dy));
}

/**
 * Where the move (px, py) → (qx, qy) crosses the segment (ax, ay)–(bx, by), as the fraction of
 * the move in [0, 1], or −1 when it does not (a move that only touches the line counts when it
 * ends on it, so an agent stopping exactly on a door line is out).
 */
export function crossingFraction(
  px: number, py: number, qx: number, qy: number, ax: number, ay: number, bx: number, by: number,
): number {
  const rx = qx - px;
  const ry = qy - py;
  const sx = bx - ax;
  const sy = by - ay;
  const denom = rx * sy - ry * sx;
  if (denom === 0) return -1; // parallel: sliding along a door line is not going through it
  const wx = ax - px;
  const wy = ay - py;
  const t = (wx * sy - wy * sx) / denom; // along the move
  const u = (wx * ry - wy * rx) / denom; // along the segment
  return t > 0 && t <= 1 && u >= 0 && u <= 1 ? t : -1;
}
