// The burst's street flood on its own fine grid (hazards/waterMain/streetGrid.ts, streetFlood.ts):
// the grid conserves mass, the street floods past 0.3 m within minutes at the drill's flow and the
// water follows the streets, closing the valves stops the inflow and the street drains, the road
// edges under the water close and reopen as the district flood's do, and a scenario without a
// burst carries no street grid.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSim, restoreSim, type Sim } from '../../sim-core/sim.ts';
import { decodeSnapshot, encodeSnapshot } from '../../server/serve/snapshotCodec.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { storedVolume, createFloodState } from '../../sim-core/hazards/flood/floodState.ts';
import { advanceFlood, createFloodScratch } from '../../sim-core/hazards/flood/localInertial.ts';
import { BUILDING_HEIGHT, demAt, STREET_CELL, STREET_CELLS, streetGrid } from '../../sim-core/hazards/waterMain/streetGrid.ts';
import { STREET_FLOODED_DEPTH, streetMeasures } from '../../sim-core/hazards/waterMain/streetFlood.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';
import { CLOSURE_BIT } from '../../sim-core/world/closureCause.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';

const MIN = 60, HOUR = 3600;
let scenario: Scenario;
beforeAll(() => { scenario = loadScenario('scenarios/demo-district-watermain'); });

const burst = (sim: Sim) => sim.state.entities.waterMain!.bursts.burst;
const grid = (sim: Sim) => streetGrid(sim.scenario, burst(sim).x, burst(sim).y);
const water = (sim: Sim) => sim.state.fields.streets!.burst.flood;
const events = (sim: Sim, kind: string) => sim.state.log.filter((e) => e.entry === 'event' && (e as { kind: string }).kind === kind) as any[];

describe('the street grid', () => {
  it('is 10 m cells over 1.28 km centred on the burst, the DEM bilinear, streets burnt in and buildings raised', () => {
    const g = streetGrid(scenario, 18150, 9150);
    expect(g.params.grid).toEqual({ width: STREET_CELLS, height: STREET_CELLS, cellSize: STREET_CELL });
    // The burst at the centre of the middle cell.
    expect(g.x0 + (STREET_CELLS / 2 + 0.5) * STREET_CELL).toBe(18150);
    // Bilinear: at a district cell centre the DEM itself, halfway between two centres their mean.
    const cs = scenario.grid.cellSize, w = scenario.grid.width, i = 181, j = 91;
    expect(demAt(scenario, (i + 0.5) * cs, (j + 0.5) * cs)).toBeCloseTo(scenario.elevation[j * w + i], 9);
    expect(demAt(scenario, (i + 1) * cs, (j + 0.5) * cs)).toBeCloseTo((scenario.elevation[j * w + i] + scenario.elevation[j * w + i + 1]) / 2, 9);
    // The burst's road (edges 1024 and 1030 meet at its node) is on the grid, street cells at ground level.
    expect([...g.edges]).toEqual(expect.arrayContaining([1024, 1030]));
    const z = g.params.elevation;
    let streets = 0, buildings = 0;
    for (let c = 0; c < z.length; c++) {
      const cx = g.x0 + ((c % STREET_CELLS) + 0.5) * STREET_CELL, cy = g.y0 + (Math.floor(c / STREET_CELLS) + 0.5) * STREET_CELL;
      const ground = demAt(scenario, cx, cy);
      if (g.street[c]) { streets++; expect(z[c]).toBe(ground); }
      const cover = scenario.landCover[Math.floor(cy / cs) * w + Math.floor(cx / cs)];
      if (!g.street[c] && cover === LAND_COVER.built && z[c] === ground + BUILDING_HEIGHT) buildings++;
    }
    expect(g.street[g.inflowCell]).toBe(1);
    expect(streets).toBeGreaterThan(100);
    expect(buildings).toBeGreaterThan(streets);
  });

  it('conserves mass: stored + outflow = inflow to round-off, while the burst runs and after', () => {
    const g = streetGrid(scenario, 18150, 9150);
    const s = createFloodState(g.params.grid), sc = createFloodScratch(g.params.grid);
    for (let m = 0; m < 150; m++) {
      advanceFlood(g.params, s, { rainRate: 0, inflows: m < 90 ? [{ cell: g.inflowCell, rate: 3.608809 }] : [] }, 60, sc);
      if (m % 30 === 29 || m === 89) {
        expect(s.totals.outflow).toBeGreaterThanOrEqual(0);
        expect(Math.abs(storedVolume(g.params, s) + s.totals.outflow - s.totals.inflow)).toBeLessThan(1e-9 * s.totals.inflow);
      }
    }
    expect(s.totals.inflow).toBeCloseTo(3.608809 * 90 * 60, 6);
    // Some of it left over the open edges.
    expect(s.totals.outflow).toBeGreaterThan(0.1 * s.totals.inflow);
  });
});

describe('the drill burst in the street', () => {
  it('floods its street past 0.3 m within 5 minutes, the water following the streets, and the chief sees it', () => {
    const sim = createSim(scenario, { seed: 1 });
    expect(sim.state.fields.streets).toBeUndefined();
    sim.advanceTo(20 * MIN);
    const g = grid(sim), d = water(sim).depth;
    const m = streetMeasures(g, d);
    expect(m.depth).toBeGreaterThan(STREET_FLOODED_DEPTH);
    expect(m.length).toBeGreaterThan(0);
    const flooded = events(sim, 'streetFlooded');
    expect(flooded).toHaveLength(1);
    expect(flooded[0].t).toBeLessThanOrEqual(15 * MIN + 5 * MIN);
    expect(flooded[0].visibleTo).toContain('chief');
    // The water follows the streets: the deepest street cell is deeper than any cell off the street,
    // and the buildings stay dry.
    let offStreet = 0, inBuildings = 0;
    const z = g.params.elevation;
    for (let c = 0; c < d.length; c++) {
      if (g.street[c]) continue;
      if (d[c] > offStreet) offStreet = d[c];
      const cx = g.x0 + ((c % STREET_CELLS) + 0.5) * STREET_CELL, cy = g.y0 + (Math.floor(c / STREET_CELLS) + 0.5) * STREET_CELL;
      if (z[c] === demAt(scenario, cx, cy) + BUILDING_HEIGHT) inBuildings = Math.max(inBuildings, d[c]);
    }
    expect(m.deepest).toBeGreaterThan(offStreet);
    expect(offStreet).toBeGreaterThan(0);
    expect(inBuildings).toBe(0);
    // The road edges at the burst close as the district flood closes roads (cause flood), for everyone.
    const closed = sim.state.fields.edgeClosed;
    expect(closed[1024] & CLOSURE_BIT.flood).toBeTruthy();
    expect(closed[1030] & CLOSURE_BIT.flood).toBeTruthy();
    // The district grid gets none of the burst's water.
    expect(sim.state.fields.flood.totals.inflow).toBe(0);
    // The chief's view carries the depth at the burst and the flooded street length; a team's does not.
    const chief = sim.viewFor('chief')!.streetFloods!;
    expect(chief).toHaveLength(1);
    expect(chief[0].depth).toBeCloseTo(m.depth, 2);
    expect(chief[0].length).toBe(Math.round(m.length));
    // The map draws the street water on the edges it stands on, the burst's two among them.
    expect(chief[0].edges.map((e) => e.edge)).toEqual(expect.arrayContaining([1024, 1030]));
    for (const e of chief[0].edges) expect(e.depth).toBeGreaterThanOrEqual(0.05);
    expect(sim.viewFor('team:fire-1')!.streetFloods).toBeUndefined();
  });

  it('closing the valves stops the inflow; the street drains, reports it and its roads reopen', () => {
    const sim = createSim(scenario, { seed: 1 });
    sim.advanceTo(16 * MIN);
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'watersupply-1', to: { node: 1021 }, task: 'closeValve' }).ok).toBe(true);
    let isolatedAt = 0;
    for (let t = 20 * MIN; t <= 4 * HOUR && !isolatedAt; t += MIN) {
      sim.advanceTo(t);
      isolatedAt = burst(sim).isolatedAt ?? 0;
    }
    expect(isolatedAt).toBeGreaterThan(0);
    // The street as the last valve closes, still flooded; from the next minute nothing flows in.
    const atClose = streetMeasures(grid(sim), water(sim).depth);
    expect(atClose.deepest).toBeGreaterThan(STREET_FLOODED_DEPTH);
    sim.advanceTo(isolatedAt + MIN);
    const inflowAtClose = water(sim).totals.inflow;
    sim.advanceTo(isolatedAt + 30 * MIN);
    expect(water(sim).totals.inflow).toBe(inflowAtClose);
    const later = streetMeasures(grid(sim), water(sim).depth);
    expect(later.deepest).toBeLessThan(atClose.deepest);
    expect(later.length).toBe(0);
    expect(events(sim, 'streetDrained')).toHaveLength(1);
    sim.advanceTo(isolatedAt + 3 * HOUR);
    expect(streetMeasures(grid(sim), water(sim).depth).deepest).toBeLessThan(0.05);
    // The flood's closures are lifted (the collapse inject's own closure of 1030 is another cause).
    expect(sim.state.fields.edgeClosed[1024] & CLOSURE_BIT.flood).toBe(0);
    expect(sim.state.fields.edgeClosed[1030] & CLOSURE_BIT.flood).toBe(0);
    // Drained and shut: no longer stepped.
    expect(sim.state.fields.streets!.burst.idle).toBe(true);
  });

  it('replays bit for bit through a snapshot (stored as the server stores it) taken while the street is wet', () => {
    const a = createSim(scenario, { seed: 3 });
    a.advanceTo(40 * MIN);
    const b = restoreSim(scenario, decodeSnapshot(encodeSnapshot(a.snapshot())));
    expect(b.hash()).toBe(a.hash());
    expect(b.state.fields.streets!.burst.flood.depth).toEqual(a.state.fields.streets!.burst.flood.depth);
    a.advanceTo(2 * HOUR);
    b.advanceTo(2 * HOUR);
    expect(b.hash()).toBe(a.hash());
  });
});
