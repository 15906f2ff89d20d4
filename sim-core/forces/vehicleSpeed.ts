// Travel speed of an emergency vehicle by road class. Mountain roads in the district are
// narrow and winding; the figures are design speeds of Chinese road classes (JTG B01-2014:
// 二级 60–80, 三级 30–40, 四级 20–30 km/h) taken toward their lower end for loaded vehicles.
import { ROAD_CLASSES, type RoadGraph } from '../world/roadGraph.ts';

const KMH: Record<(typeof ROAD_CLASSES)[number], number> = {
  highway: 60,
  county: 45,
  township: 35,
  village: 25,
  track: 10,
};

const SPEED_BY_CLASS = new Float64Array(ROAD_CLASSES.map((c) => KMH[c] / 3.6));

/** Travel seconds on each edge for an emergency vehicle. */
export function vehicleEdgeTimes(g: RoadGraph): Float64Array {
  const out = new Float64Array(g.edgeCount);
  for (let e = 0; e < g.edgeCount; e++) out[e] = g.edgeLength[e] / SPEED_BY_CLASS[g.edgeClass[e]];
  return out;
}
