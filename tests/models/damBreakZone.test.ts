// The dam-break zone (sim-core/hazards/dam/breakZoneRun.ts): the sim's own flood model run on a
// break of the Yunling dam (云岭水库) in the storm-day district, pool at the crest, no rain.
// Deterministic, and it holds the valley below the dam, not the hills beside it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { computeDamBreakZone, type ZoneRun } from '../../sim-core/hazards/dam/breakZoneRun.ts';
import { maskFromRuns, runsOfMask } from '../../sim-core/hazards/dam/breakZone.ts';
import { cellAt } from '../../sim-core/world/grid.ts';

const s = loadScenario('scenarios/demo-district');
const RES = 'res-yunling';
const dam = s.reservoirs.find((r) => r.id === RES)!;

describe('dam-break zone', () => {
  let day: ZoneRun;
  beforeAll(() => { day = computeDamBreakZone(s, RES, { hours: 12 }); });

  it('is the same twice, and the first hours’ zone lies inside the longer run’s', () => {
    const a = computeDamBreakZone(s, RES, { hours: 2 }), b = computeDamBreakZone(s, RES, { hours: 2 });
    expect(a.zone.runs).toEqual(b.zone.runs);
    expect(Buffer.from(a.maxDepth.buffer).equals(Buffer.from(b.maxDepth.buffer))).toBe(true);
    const early = a.zone.mask, late = day.zone.mask;
    let outside = 0, inside = 0;
    for (let c = 0; c < early.length; c++) if (early[c]) { inside++; if (!late[c]) outside++; }
    expect(inside).toBeGreaterThan(100);
    expect(outside).toBe(0);
  });

  it('holds the valley below the dam: the outlet, low ground downstream, and places reached in order', () => {
    const { mask } = day.zone;
    expect(mask[dam.outletCell]).toBe(1);
    // Every zone cell lies below the crest the water started from.
    let highest = -Infinity, cells = 0;
    for (let c = 0; c < mask.length; c++) if (mask[c]) { cells++; highest = Math.max(highest, s.elevation[c]); }
    expect(highest).toBeLessThan(dam.damCrest);
    // More than 10 km² under water, reaching more than 10 km downstream (south) of the dam.
    expect(cells * 0.01).toBeGreaterThan(10);
    let south = Infinity;
    for (let c = 0; c < mask.length; c++) if (mask[c]) south = Math.min(south, Math.floor(c / s.grid.width) * s.grid.cellSize);
    expect(dam.y - south).toBeGreaterThan(10_000);
    // The villages and shelters of the valley, none of the pool's own shore villages above the crest.
    expect(day.zone.villages.length).toBeGreaterThan(2);
    expect(day.zone.shelters.length).toBeGreaterThan(0);
    for (const id of [...day.zone.villages, ...day.zone.shelters]) {
      const p = [...s.villages, ...s.shelters].find((x) => x.id === id)!;
      expect(s.elevation[cellAt(s.grid, p.x, p.y)]).toBeLessThan(dam.damCrest);
      expect(day.arrival[id]).toBeGreaterThan(0);
    }
    // A place on the hills beside the pool is not in it.
    const hill = s.villages.filter((v) => s.elevation[cellAt(s.grid, v.x, v.y)] > dam.damCrest + 20);
    expect(hill.length).toBeGreaterThan(0);
    for (const v of hill) expect(day.zone.villages).not.toContain(v.id);
  });

  it('runs round-trip through the scenario format', () => {
    expect(runsOfMask(maskFromRuns(s.grid, day.zone.runs))).toEqual(day.zone.runs);
  });
});

describe('the checked-in zone of the earthquake exercise', () => {
  it('is what tuiyan model dambreak computes from the scenario now', () => {
    const quake = loadScenario('scenarios/demo-district-quake');
    const shipped = quake.damBreakZones!.find((z) => z.reservoir === RES)!;
    const now = computeDamBreakZone(quake, RES, { hours: shipped.hours, depth: shipped.depth, mode: shipped.mode });
    expect(now.zone.runs).toEqual(shipped.runs);
    expect(shipped.shelters).toEqual(['shelter-heyang-2', 'shelter-shimen-1']);
  });
});

