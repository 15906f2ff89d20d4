// A wind circle drawn as the weather service draws it (风圈): four quarter arcs round the centre,
// the north-east one at the NE radius, then SE, SW, NW, joined by radial steps on the north,
// east, south and west lines where the radii differ. The one outline both the live map
// (client/map/typhoonLayer.ts) and the report's map (situationMap.ts) fill and stroke.
import type { QuadrantRadii } from '../../sim-core/hazards/typhoon/typhoonView.ts';

/** Degrees between the outline's points along an arc: under half a pixel off a 3,000-px radius. */
const ARC_STEP = 1;

/**
 * The closed outline, [x, y] in the grid's metres (x east, y north), clockwise from north: for
 * each quadrant the arc from its first bearing to its last at that quadrant's radius. A quadrant
 * of radius 0 collapses to the centre.
 */
export function windCircleOutline(x: number, y: number, radii: QuadrantRadii): [number, number][] {
  const pts: [number, number][] = [];
  for (let q = 0; q < 4; q++) {
    const r = radii[q];
    for (let d = 0; d <= 90; d += ARC_STEP) {
      const b = ((q * 90 + d) * Math.PI) / 180;
      pts.push([x + r * Math.sin(b), y + r * Math.cos(b)]);
    }
  }
  return pts;
}

/** The widest radius of a circle, m (for fitting the map's corner inset round it). */
export const widestRadius = (radii: QuadrantRadii | null): number => (radii ? Math.max(...radii) : 0);
