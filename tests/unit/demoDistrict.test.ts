// The default scenario (scenarios/demo-district): the checked-in file is what the generator
// builds, it is a valid scenario, it carries the Miyun figures (DOMAIN.md), and the terrain it
// regenerates at load is the same to the bit on this engine as where the file was made.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildDemoDistrict } from '../../scenarios/generate/demoDistrict.ts';
import { scenarioSchema } from '../../scenarios/schema.ts';
import { generateTerrain } from '../../scenarios/terrain/generateTerrain.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';

const checkedIn = JSON.parse(readFileSync(new URL('../../scenarios/demo-district/scenario.json', import.meta.url), 'utf8'));
const s = scenarioSchema.parse(checkedIn);
const { width, height, cellSize } = s.grid;
const terrain = generateTerrain(s.grid, s.terrain!);
const places = [...s.townships, ...s.villages, ...s.shelters, ...s.depots, ...s.teamBases, ...s.cameras, ...s.reservoirs, ...s.gauges];
const cellOf = (x: number, y: number) => Math.floor(y / cellSize) * width + Math.floor(x / cellSize);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Nodes reachable from node 0 with the `closed` edges shut. */
function reachable(closed: ReadonlySet<number> = new Set()): Uint8Array {
  const adjacency: number[][] = s.roads.nodes.map(() => []);
  s.roads.edges.forEach(([a, b], e) => {
    if (closed.has(e)) return;
    adjacency[a].push(b);
    adjacency[b].push(a);
  });
  const seen = new Uint8Array(s.roads.nodes.length);
  const stack = [0];
  seen[0] = 1;
  while (stack.length > 0) {
    for (const v of adjacency[stack.pop()!]) {
      if (!seen[v]) {
        seen[v] = 1;
        stack.push(v);
      }
    }
  }
  return seen;
}

/** The road node nearest to (x, y) among nodes within two cells, and its distance. */
const nodeAtCell = new Map<number, number>(s.roads.nodes.map(([x, y], n) => [cellOf(x, y), n]));
function nearestNode(x: number, y: number): { node: number; distance: number } {
  let best = { node: -1, distance: Infinity };
  const i = Math.floor(x / cellSize), j = Math.floor(y / cellSize);
  for (let dj = -2; dj <= 2; dj++) {
    for (let di = -2; di <= 2; di++) {
      const n = nodeAtCell.get((j + dj) * width + i + di);
      if (n === undefined) continue;
      const [nx, ny] = s.roads.nodes[n];
      const distance = Math.sqrt((nx - x) * (nx - x) + (ny - y) * (ny - y));
      if (distance < best.distance) best = { node: n, distance };
    }
  }
  return best;
}

describe('demo district scenario', () => {
  it('is exactly what the generator builds (regeneration is deterministic)', () => {
    expect(buildDemoDistrict()).toEqual(checkedIn);
  });

  it('parses with the scenario schema', () => {
    expect(scenarioSchema.safeParse(checkedIn).success).toBe(true);
    expect(s.id).toBe('demo-district');
    expect(s.start).toBe('2026-07-16T06:00:00+08:00');
    expect(s.rasters).toEqual({ elevation: { generate: 'terrain' }, landCover: { generate: 'terrain' } });
  });

  it('has the Miyun figures: 18 townships, 238 villages, 1,776 households and 7,703 people at risk', () => {
    expect(s.townships).toHaveLength(18);
    expect(s.villages).toHaveLength(238);
    expect(sum(s.villages.map((v) => v.atRisk.people))).toBe(7703);
    expect(sum(s.villages.map((v) => v.atRisk.households))).toBe(1776);
    for (const v of s.villages) {
      expect(v.atRisk.people, v.id).toBeGreaterThan(0);
      expect(v.atRisk.people, v.id).toBeLessThanOrEqual(v.population);
      expect(v.atRisk.households, v.id).toBeLessThanOrEqual(v.households);
      expect(v.vulnerable, v.id).toBeLessThanOrEqual(v.atRisk.people);
    }
    const townships = new Set(s.townships.map((t) => t.id));
    expect(new Set(s.villages.map((v) => v.township))).toEqual(townships);
  });

  it('has shelter room for every township’s at-risk people at 1.5 m² each', () => {
    for (const t of s.townships) {
      const people = sum(s.villages.filter((v) => v.township === t.id).map((v) => v.atRisk.people));
      const area = sum(s.shelters.filter((x) => x.township === t.id).map((x) => x.usableArea));
      expect(area, t.id).toBeGreaterThanOrEqual(people * 1.5);
    }
  });

  it('has the district forces of the Miyun plan', () => {
    const ofType = (type: string) => s.teams.filter((t) => t.type === type);
    expect(ofType('fireStation')).toHaveLength(8);
    expect(sum(ofType('fireStation').map((t) => t.size))).toBe(279);
    expect(sum(ofType('forestFireBrigade').map((t) => t.size))).toBe(240);
    expect(sum(ofType('specialService').map((t) => t.size))).toBe(100);
    expect(ofType('army')).toHaveLength(7);
    expect(sum(ofType('army').map((t) => t.size))).toBe(590);
    expect(sum(ofType('townshipTeam').map((t) => t.size))).toBe(915);
    expect(ofType('waterRescue').length).toBeGreaterThan(0);
  });

  it('has about 68 % forest in the generated land cover', () => {
    const forest = terrain.landCover.reduce((a, v) => a + (v === LAND_COVER.forest ? 1 : 0), 0);
    const share = forest / terrain.landCover.length;
    expect(share).toBeGreaterThanOrEqual(0.66);
    expect(share).toBeLessThanOrEqual(0.70);
  });

  it('has about 70 cameras seeing about 85 % of the forest', () => {
    expect(s.cameras.length).toBeGreaterThanOrEqual(60);
    expect(s.cameras.length).toBeLessThanOrEqual(80);
    const seen = new Uint8Array(width * height);
    for (const c of s.cameras) {
      const r = Math.ceil(c.range / cellSize);
      const ci = Math.floor(c.x / cellSize), cj = Math.floor(c.y / cellSize);
      for (let j = Math.max(0, cj - r); j <= Math.min(height - 1, cj + r); j++) {
        for (let i = Math.max(0, ci - r); i <= Math.min(width - 1, ci + r); i++) {
          const dx = (i + 0.5) * cellSize - c.x, dy = (j + 0.5) * cellSize - c.y;
          if (dx * dx + dy * dy <= c.range * c.range) seen[j * width + i] = 1;
        }
      }
    }
    let forest = 0, covered = 0;
    for (let c = 0; c < seen.length; c++) {
      if (terrain.landCover[c] !== LAND_COVER.forest) continue;
      forest++;
      covered += seen[c];
    }
    expect(covered / forest).toBeGreaterThanOrEqual(0.80);
    expect(covered / forest).toBeLessThanOrEqual(0.90);
  });

  it('has one connected road graph', () => {
    expect(reachable().every((v) => v === 1)).toBe(true);
  });

  it('puts every place on the grid within 150 m of a road node', () => {
    for (const p of places) {
      expect(p.x >= 0 && p.x < width * cellSize && p.y >= 0 && p.y < height * cellSize, p.id).toBe(true);
      expect(nearestNode(p.x, p.y).distance, p.id).toBeLessThanOrEqual(150);
    }
  });

  it('uses every id once', () => {
    const ids = [...places.map((p) => p.id), ...s.teams.map((t) => t.id), ...s.injects.map((i) => i.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('closes a stretch of county road that has a detour, and opens it again', () => {
    const close = s.injects.find((i) => i.kind === 'closeRoad')!;
    const open = s.injects.find((i) => i.kind === 'openRoad')!;
    const edges = (close.target as { edges: number[] }).edges;
    expect(edges.length).toBeGreaterThanOrEqual(3);
    expect(edges.length).toBeLessThanOrEqual(5);
    expect((open.target as { edges: number[] }).edges).toEqual(edges);
    expect(open.t).toBeGreaterThan(close.t);
    for (const e of edges) expect(s.roads.edges[e][2]).toBe('county');
    // Consecutive: the closed edges form one path (each inner node shared by two of them).
    const ends = new Map<number, number>();
    for (const e of edges) for (const n of s.roads.edges[e].slice(0, 2) as number[]) ends.set(n, (ends.get(n) ?? 0) + 1);
    expect([...ends.values()].filter((k) => k === 1)).toHaveLength(2);
    const seen = reachable(new Set(edges));
    for (const p of places) expect(seen[nearestNode(p.x, p.y).node], p.id).toBe(1);
  });

  it('keeps reservoir levels in order and on the terrain', () => {
    expect(s.reservoirs.filter((r) => r.class === 'large')).toHaveLength(1);
    expect(s.reservoirs.filter((r) => r.class === 'medium')).toHaveLength(3);
    for (const r of s.reservoirs) {
      // 汛限水位 < 正常蓄水位 < 坝顶
      expect(r.floodLimitLevel, r.id).toBeLessThan(r.normalLevel);
      expect(r.normalLevel, r.id).toBeLessThan(r.damCrest);
      // The reservoir stands on its dam, built up to the crest.
      expect(terrain.elevation[cellOf(r.x, r.y)], r.id).toBe(Math.fround(r.damCrest));
    }
    for (const g of s.gauges) {
      expect(g.warningLevel, g.id).toBeLessThan(g.dangerLevel);
      if (g.on === 'river') {
        expect(terrain.landCover[cellOf(g.x, g.y)], g.id).toBe(LAND_COVER.water);
        expect(g.warningLevel, g.id).toBeGreaterThan(terrain.elevation[cellOf(g.x, g.y)]);
      }
    }
  });
});

describe('generateTerrain golden values', () => {
  // Taken from a run; only exact IEEE arithmetic goes into them, so any engine must agree.
  const pinned: Array<[number, number, number, number]> = [
    // [i, j, elevation, land cover]
    [0, 0, 37.863712310791016, 2],
    [479, 479, 717.9532470703125, 2],
    [240, 240, 531.7672119140625, 2],
    [120, 60, 60.70854568481445, 2],
    [200, 420, 1102.5264892578125, 2],
    [230, 280, 125.6877212524414, 1],
    [410, 330, 492.9398193359375, 2],
    [60, 300, 493.83160400390625, 2],
  ];
  it.each(pinned)('cell [%i, %i]', (i, j, elevation, cover) => {
    expect(terrain.elevation[j * width + i]).toBe(elevation);
    expect(terrain.landCover[j * width + i]).toBe(cover);
  });

  it('the whole rasters hash the same (FNV-1a over little-endian float32 and uint8)', () => {
    const view = new DataView(terrain.elevation.buffer, terrain.elevation.byteOffset, terrain.elevation.byteLength);
    let h = 0x811c9dc5;
    for (let k = 0; k < terrain.elevation.length; k++) {
      const bits = view.getUint32(4 * k, true);
      for (let b = 0; b < 32; b += 8) h = Math.imul(h ^ ((bits >>> b) & 0xff), 0x01000193);
    }
    let g = 0x811c9dc5;
    for (const v of terrain.landCover) g = Math.imul(g ^ v, 0x01000193);
    expect([(h >>> 0).toString(16), (g >>> 0).toString(16)]).toEqual(['a78ceaf1', '2d6bf33d']);
  });
});
