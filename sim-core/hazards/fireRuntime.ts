// What the fire subsystem derives once per scenario: the fuel of every cell from its land
// cover, with main roads and water as fire breaks. The per-cell spread rates for a weather are
// each sim's own (fireWork: cached by weather, since a day has few weather changes).
import type { Scenario } from '../world/scenario.ts';
import { LAND_COVER } from '../world/landCover.ts';
import { cellAt } from '../world/grid.ts';
import type { Moisture, Wind } from '../injects/inject.ts';
import { fireFuelIndex, NON_BURNABLE, prepareFireCells, type FireCells, type FireLandscape } from './fire/spread.ts';
import type { SimContext } from '../context.ts';
import type { FireWork } from '../simScratch.ts';

/**
 * Fuel models by land cover for the hills of north China (Scott & Burgan 2005 codes): forest —
 * oak and pine with a grass and shrub understorey, TU2 (moderate-load humid timber-shrub);
 * shrub — SH2; grass — GR2; cropland — GR1 (short sparse stubble, dry in spring); built-up,
 * water and bare rock do not burn.
 */
const FUEL_BY_COVER: Record<number, string | null> = {
  [LAND_COVER.forest]: 'TU2',
  [LAND_COVER.shrub]: 'SH2',
  [LAND_COVER.grass]: 'GR2',
  [LAND_COVER.cropland]: 'GR1',
  [LAND_COVER.built]: null,
  [LAND_COVER.water]: null,
  [LAND_COVER.bare]: null,
};

/** Road classes whose cleared verges stop a surface fire (highway, county). */
const BREAK_ROAD_CLASSES = 2;

interface FireRuntime {
  land: FireLandscape;
}

const cache = new WeakMap<Scenario, FireRuntime>();

export function fireRuntime(s: Scenario): FireRuntime {
  let rt = cache.get(s);
  if (rt) return rt;
  const n = s.grid.width * s.grid.height;
  const fuel = new Uint8Array(n);
  const idx: Record<number, number> = {};
  for (const [cover, code] of Object.entries(FUEL_BY_COVER)) idx[Number(cover)] = code ? fireFuelIndex(code) : NON_BURNABLE;
  for (let c = 0; c < n; c++) fuel[c] = idx[s.landCover[c]] ?? NON_BURNABLE;
  const g = s.roads;
  for (let k = 0; k < g.nodeCount; k++) {
    let main = false;
    for (let a = g.adjStart[k]; a < g.adjStart[k + 1]; a++) if (g.edgeClass[g.adjEdge[a]] < BREAK_ROAD_CLASSES) main = true;
    if (main) { const c = cellAt(s.grid, g.nodeX[k], g.nodeY[k]); if (c >= 0) fuel[c] = NON_BURNABLE; }
  }
  const land: FireLandscape = { width: s.grid.width, height: s.grid.height, cellSize: s.grid.cellSize, fuel, elevation: s.elevation };
  rt = { land };
  cache.set(s, rt);
  return rt;
}

function fireWork(ctx: SimContext): FireWork {
  const own = ctx.scratch.fire;
  if (own) return own;
  const work: FireWork = { weatherKey: '', cells: null, arrival: new Float64Array(ctx.scenario.grid.width * ctx.scenario.grid.height) };
  ctx.scratch.fire = work;
  return work;
}

/** This sim's spread rates per cell for a weather, recomputed (into the same buffers) when it changes. */
export function fireCellsFor(ctx: SimContext, wind: Wind, moisture: Moisture): FireCells {
  const work = fireWork(ctx);
  const key = JSON.stringify([wind, moisture]);
  if (key !== work.weatherKey || !work.cells) {
    work.cells = prepareFireCells(fireRuntime(ctx.scenario).land, { moisture, windSpeed: wind.speed, windDir: wind.dir, windLimit: ctx.scenario.fireWindLimit }, work.cells ?? undefined);
    work.weatherKey = key;
  }
  return work.cells;
}

/** This sim's buffer for the arrival times of a recompute. */
export function fireArrivalWork(ctx: SimContext): Float64Array {
  return fireWork(ctx).arrival;
}
