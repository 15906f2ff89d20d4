// OpenStreetMap .osm.pbf extracts (tiny-osmpbf decodes the blobs): the ways with their tags and
// vertices as WGS 84 lon/lat, and their node refs (a shared ref is a junction in OSM).
import { readFileSync } from 'node:fs';
import tinyOsmPbf from 'tiny-osmpbf';

export interface OsmWay {
  feature: string;
  tags: Record<string, unknown>;
  /** Parts of the way (a way whose nodes are missing from the extract is cut there). */
  coords: number[][][];
}

interface OsmElement { type: 'node' | 'way' | 'relation'; id: number; lat?: number; lon?: number; nodes?: number[]; tags: Record<string, string> }

/** Ways of an extract that carry `tagKey`; throws Error with a plain message on a bad file. */
export function readOsmPbf(path: string, tagKey: string): OsmWay[] {
  const bytes = new Uint8Array(readFileSync(path));
  let elements: OsmElement[];
  try {
    elements = tinyOsmPbf(bytes).elements as OsmElement[];
  } catch (err) {
    throw new Error(`not a readable .osm.pbf: ${(err as Error).message}`);
  }
  const nodes = new Map<number, [number, number]>();
  for (const e of elements) if (e.type === 'node') nodes.set(e.id, [e.lon!, e.lat!]);
  const ways: OsmWay[] = [];
  for (const e of elements) {
    if (e.type !== 'way' || !(tagKey in e.tags)) continue;
    const parts: number[][][] = [];
    let run: number[][] = [];
    for (const ref of e.nodes ?? []) {
      const p = nodes.get(ref);
      if (p) run.push(p);
      else { if (run.length > 1) parts.push(run); run = []; }
    }
    if (run.length > 1) parts.push(run);
    ways.push({ feature: `way ${e.id}`, tags: e.tags, coords: parts });
  }
  return ways;
}
