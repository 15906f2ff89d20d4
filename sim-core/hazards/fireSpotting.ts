// Spotting (飞火): in strong wind, burning cells loft firebrands that start new fires downwind.
// A simplified, seeded model (the scenario turns it on): each burning cell, each minute, throws
// a spot with chance SPOT_CHANCE·(U − 3 m/s) above 3 m/s of midflame wind, at a distance drawn
// uniformly up to 60 s × U metres (≈ 0.5 km at 8 m/s) within ±15° of the wind's direction. Its
// distances are of the order of Albini's (1979, USDA INT-56) short-range spotting from surface
// fires; the chance is an assumed figure to be calibrated.
import type { SimContext } from '../context.ts';
import { fireRuntime } from './fireRuntime.ts';
import { NON_BURNABLE } from './fire/spread.ts';
import { cos, sin } from '../math/index.ts';

const SPOT_CHANCE = 2e-5;
const CALM = 3;
const DEG = Math.PI / 180;

/** Starts spot fires from the burning cells; returns how many. */
export function throwSpots(ctx: SimContext, burning: readonly number[]): number {
  const { scenario, state } = ctx;
  if (!scenario.spotting) return 0;
  const { speed, dir } = state.entities.weather.wind;
  if (speed <= CALM) return 0;
  const p = SPOT_CHANCE * (speed - CALM);
  const { width, height, cellSize } = scenario.grid;
  const fuel = fireRuntime(scenario).land.fuel;
  const arrival = state.fields.fireArrival;
  let spots = 0;
  for (const c of burning) {
    if (state.rng.uniform('hazards') >= p) continue;
    const d = state.rng.between('hazards', cellSize, 60 * speed);
    const a = (dir + state.rng.between('hazards', -15, 15)) * DEG;
    const i = Math.floor((c % width) + 0.5 + (d * sin(a)) / cellSize);
    const j = Math.floor(Math.floor(c / width) + 0.5 + (d * cos(a)) / cellSize);
    if (i < 0 || j < 0 || i >= width || j >= height) continue;
    const target = j * width + i;
    if (fuel[target] === NON_BURNABLE || arrival[target] <= state.t || state.fields.fireBlocked[target]) continue;
    arrival[target] = state.t;
    spots++;
  }
  if (spots) { state.fields.fireDirty = true; state.fields.version++; }
  return spots;
}
