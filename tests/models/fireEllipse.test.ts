// The fire's shape in strong wind and its head rate at high wind on light fuels, checked against
// independent references (docs/verification.md, "Fire"):
//  - the elliptical template of FARSITE and Spark (Anderson 1983; Richards 1990): on a uniform
//    bed with no slope, the fire ignited at a point is after time T the ellipse with the ignition
//    at its rear focus, head R·T, back R·T·(1 − e)/(1 + e), length-to-width L/W, i.e. the point
//    at angle ψ from the head and distance r is reached at r·(1 − e·cos ψ)/(R·(1 − e));
//  - behave's own head rates (firelab/behave, BehavePlus's library) for Anderson fuel models 1
//    and 8 at high midflame wind with its default setting, no wind limit.
import { describe, expect, it } from 'vitest';
import { findFuelModel } from '../../sim-core/hazards/fire/fuelModels.ts';
import { surfaceFire, type MoisturePercent } from '../../sim-core/hazards/fire/rothermel.ts';
import { fireArrivalTimes, fireFuelIndex, prepareFireCells, type FireLandscape, type FireWeather } from '../../sim-core/hazards/fire/spread.ts';
import { runFireCase } from '../../sim-core/hazards/fire/fireCase.ts';
import { DEFAULT_WIND_LIMIT } from '../../sim-core/hazards/fire/windLimit.ts';
import { fireCellsFor } from '../../sim-core/hazards/fireRuntime.ts';
import type { SimContext } from '../../sim-core/context.ts';
import { scenarioSchema } from '../../scenarios/schema.ts';
import { BTU_FT2_MIN_TO_KW_M2, FT } from '../../sim-core/hazards/fire/units.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';

const DEG = Math.PI / 180;
const MPH = 0.44704; // m/s
const relErr = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const DRY: FireWeather['moisture'] = { d1: 4, d10: 5, d100: 6, liveHerb: 60, liveWoody: 90 };

function uniformLand(side: number, cellSize: number, fuel: string | number): FireLandscape {
  const n = side * side;
  return { width: side, height: side, cellSize, fuel: new Uint8Array(n).fill(fireFuelIndex(fuel)), elevation: new Float32Array(n) };
}

/** Arrival time at fractional cell coordinates (cell centres at integers), bilinear. */
function sample(t: Float64Array, w: number, x: number, y: number): number {
  const i = Math.floor(x), j = Math.floor(y);
  const fx = x - i, fy = y - j;
  const at = (a: number, b: number) => t[b * w + a];
  return (1 - fy) * ((1 - fx) * at(i, j) + fx * at(i + 1, j)) + fy * ((1 - fx) * at(i, j + 1) + fx * at(i + 1, j + 1));
}

/** The template's arrival time (s) at displacement (x, y) m from the ignition. */
function templateTime(ros: number, e: number, dir: number, x: number, y: number): number {
  const r = Math.hypot(x, y);
  return (r - e * (Math.sin(dir * DEG) * x + Math.cos(dir * DEG) * y)) / ((ros / 60) * (1 - e));
}

describe('fire shape in strong wind: the elliptical template', () => {
  const T = 3600;
  // GR4 (moderate-load dry grass), dry; 2 m/s midflame wind gives L/W ≈ 1.5, 5.4 m/s ≈ 3.5 (no
  // wind limit, BehavePlus's default). Wind toward 0° lies along the grid, 30° and 120° across it
  // (between a knight move and a diagonal, where the 16-neighbour stencil was 15–20 % late).
  const cases: [number, [number, number], number][] = [];
  // 5 m/s gives L/W ≈ 3.2 (the measured case, 25–33 % short before) and 5.8 m/s L/W ≈
  // 3.9, near the top of the range asked for (L/W up to 4).
  for (const [wind, lwRange] of [[2, [1.4, 1.6]], [5, [3.1, 3.3]], [5.4, [3.3, 3.7]], [5.8, [3.85, 4.05]]] as [number, [number, number]][]) {
    for (const dir of [0, 30, 120]) cases.push([wind, lwRange, dir]);
  }

  it.each(cases)('wind %s m/s (L/W in %j) toward %s°: probes and area after an hour within 2 %', (wind, [lwLo, lwHi], dir) => {
    const fire = surfaceFire(findFuelModel('GR4')!, DRY, wind, dir, 0, 0);
    expect(fire.lw).toBeGreaterThan(lwLo);
    expect(fire.lw).toBeLessThan(lwHi);
    const R = fire.ros, e = fire.eccentricity;
    // Cells of 1/100 of the head's run in an hour; the ignition 40 cells behind the centre.
    const cs = (R * 60) / 100;
    const side = 241;
    const land = uniformLand(side, cs, 'GR4');
    const cells = prepareFireCells(land, { moisture: DRY, windSpeed: wind, windDir: dir });
    expect(relErr(cells.ros[0], R)).toBeLessThan(1e-6); // Float32 per cell
    const i0 = 120 - Math.round(40 * Math.sin(dir * DEG)), j0 = 120 - Math.round(40 * Math.cos(dir * DEG));
    const t = fireArrivalTimes(land, cells, [{ cell: j0 * side + i0, t: 0 }], Infinity, null);

    // Probes on the template's one-hour perimeter: head, 45° off it both ways, flanks, back.
    for (const psi of [0, 45, -45, 90, -90, 180]) {
      const r = (R * 60 * (1 - e)) / (1 - e * Math.cos(psi * DEG)) / cs; // cells
      const bearing = (dir + psi) * DEG;
      const at = sample(t, side, i0 + r * Math.sin(bearing), j0 + r * Math.cos(bearing));
      expect(relErr(at, T), `ψ = ${psi}°`).toBeLessThan(0.02);
    }
    // Every cell centre that has burned, against the template's own time there (beyond the
    // five cells round the ignition, where a cell is large against the distance).
    let worst = 0, burned = 0;
    for (let j = 0; j < side; j++) {
      for (let i = 0; i < side; i++) {
        const x = (i - i0) * cs, y = (j - j0) * cs;
        const tt = templateTime(R, e, dir, x, y);
        if (t[j * side + i] <= T) burned++;
        if (tt <= T && Math.hypot(x, y) > 5 * cs) worst = Math.max(worst, relErr(t[j * side + i], tt));
      }
    }
    expect(worst).toBeLessThan(0.02);
    // Area: π·a·b, a = (head + back)·T/2, b = a/(L/W).
    const a = ((fire.ros + fire.rosBacking) / 60) * T / 2;
    const area = Math.PI * a * (a / fire.lw);
    expect(relErr(burned * cs * cs, area)).toBeLessThan(0.02);
  });

  it('holds up to L/W 4.5, with the wind at an odd angle to the grid', () => {
    const dir = 77;
    const fire = surfaceFire(findFuelModel('GR4')!, DRY, 6.3, dir, 0, 0);
    expect(fire.lw).toBeGreaterThan(4.2);
    const cs = (fire.ros * 60) / 100, side = 241;
    const land = uniformLand(side, cs, 'GR4');
    const cells = prepareFireCells(land, { moisture: DRY, windSpeed: 6.3, windDir: dir });
    const i0 = 120 - Math.round(40 * Math.sin(dir * DEG)), j0 = 120 - Math.round(40 * Math.cos(dir * DEG));
    const t = fireArrivalTimes(land, cells, [{ cell: j0 * side + i0, t: 0 }], Infinity, null);
    const head = sample(t, side, i0 + 100 * Math.sin(dir * DEG), j0 + 100 * Math.cos(dir * DEG));
    expect(relErr(head, 3600)).toBeLessThan(0.02);
    let burned = 0;
    for (const x of t) if (x <= 3600) burned++;
    const a = ((fire.ros + fire.rosBacking) / 60) * 3600 / 2;
    expect(relErr(burned * cs * cs, Math.PI * a * (a / fire.lw))).toBeLessThan(0.02);
  });

  it('reaches a fire break\'s shadow only through its gap (line of sight)', () => {
    // Strong wind toward the north; a wall of non-burnable cells across the fire's path at row
    // 60 with a one-cell gap at column 100, far to the side of the ignition at (20, 30). Behind the wall, no cell may burn before the fire could
    // get there through the gap: t(b) ≥ min over points q of the gap cell of T(I→q) + T(q→b).
    const side = 121, cs = 10;
    const land = uniformLand(side, cs, 'GR4');
    for (let i = 0; i < side; i++) if (i !== 100) land.fuel[60 * side + i] = 0;
    const weather = { moisture: DRY, windSpeed: 5.4, windDir: 0 };
    const cells = prepareFireCells(land, weather);
    const R = cells.ros[0], e = cells.eccentricity[0];
    const [i0, j0] = [20, 30];
    const t = fireArrivalTimes(land, cells, [{ cell: j0 * side + i0, t: 0 }], Infinity, null);
    const openLand = uniformLand(side, cs, 'GR4');
    const open = fireArrivalTimes(openLand, prepareFireCells(openLand, weather), [{ cell: j0 * side + i0, t: 0 }], Infinity, null);
    let violations = 0, shadowed = 0;
    for (let j = 61; j < side; j++) {
      for (let i = 0; i < side; i++) {
        let bound = Infinity;
        for (let qx = -0.5; qx <= 0.5; qx += 0.25) {
          for (let qy = -0.5; qy <= 0.5; qy += 0.25) {
            const gx = 100 + qx - i0, gy = 60 + qy - j0;
            bound = Math.min(bound, templateTime(R, e, 0, gx * cs, gy * cs) + templateTime(R, e, 0, (i - 100 - qx) * cs, (j - 60 - qy) * cs));
          }
        }
        if (t[j * side + i] < bound * 0.99) violations++;
        if (t[j * side + i] > 1.3 * open[j * side + i]) shadowed++;
      }
    }
    expect(violations).toBe(0);
    // The wall matters: much of the far side burns far later than without it.
    expect(shadowed).toBeGreaterThan(1000);
  });
});

describe('head rate at high wind on light fuels (wind limit as BehavePlus)', () => {
  // behave's own values: firelab/behave at commit d963287 (2026; surfaceFire.cpp, wind limit off
  // by default since e6d2b8a), Surface::doSurfaceRunInDirectionOfMaxSpread, Anderson fuel models
  // 1 and 8, moisture 6/7/8/60/90 %, midflame wind (DirectMidflame), no slope. [mi/h, ft/min].
  const BEHAVE: Record<number, { reactionIntensity: number; ros: [number, number][] }> = {
    1: { reactionIntensity: 826.132658669, ros: [[5, 103.280139547], [10, 419.283593029], [15, 964.974620933], [20, 1747.279440092]] },
    8: { reactionIntensity: 927.125508384, ros: [[5, 2.230572549], [10, 5.772526293], [15, 10.32301515], [20, 15.68365221]] },
  };
  const LW: [number, number][] = [[5, 1.590064209], [10, 2.780978223], [15, 4.996001672], [20, 8]];
  const MOIST: MoisturePercent = { d1: 6, d10: 7, d100: 8, liveHerb: 60, liveWoody: 90 };

  it('has no limit by default, as behave and BehavePlus', () => {
    expect(DEFAULT_WIND_LIMIT).toBe('none');
  });

  it.each([1, 8])('matches behave for fuel model %i at 5–20 mi/h', (fm) => {
    const ref = BEHAVE[fm];
    for (const [mph, rosFtMin] of ref.ros) {
      const r = surfaceFire(findFuelModel(fm)!, MOIST, mph * MPH, 0, 0, 0);
      expect(relErr(r.reactionIntensity / BTU_FT2_MIN_TO_KW_M2, ref.reactionIntensity)).toBeLessThan(1e-9);
      expect(relErr(r.ros / FT, rosFtMin), `${mph} mi/h`).toBeLessThan(1e-8);
      expect(r.windLimited).toBe(false);
      expect(r.lw).toBeCloseTo(LW.find(([u]) => u === mph)![1], 8);
    }
  });

  it('caps at the 1972 limit U_eff ≤ 0.9·I_R only when chosen, as BehavePlus 5 did', () => {
    for (const fm of [1, 8]) {
      const m = findFuelModel(fm)!;
      const limitMph = (0.9 * BEHAVE[fm].reactionIntensity) / 88; // 8.45 (FM1), 9.48 (FM8)
      for (const [mph, rosFtMin] of BEHAVE[fm].ros) {
        const capped = surfaceFire(m, MOIST, mph * MPH, 0, 0, 0, 'rothermel1972');
        if (mph < limitMph) {
          expect(capped.windLimited).toBe(false);
          expect(relErr(capped.ros / FT, rosFtMin)).toBeLessThan(1e-8);
        } else {
          // Above the limit the head rate is the one at the limit, whatever the wind.
          const atLimit = surfaceFire(m, MOIST, limitMph * MPH, 0, 0, 0, 'none');
          expect(capped.windLimited).toBe(true);
          expect(relErr(capped.ros, atLimit.ros)).toBeLessThan(1e-9);
          expect(relErr(capped.effectiveWindSpeed / MPH, limitMph)).toBeLessThan(1e-9);
          expect(capped.ros / FT).toBeLessThan(rosFtMin * (mph >= 15 ? 0.75 : 0.999));
        }
      }
    }
  });

  it('caps the head rate at the effective wind speed under the 2013 limit', () => {
    // GR9 (very high load grass), very dry, on a 200 % slope with no wind: the head would
    // outrun its effective wind; Andrews, Cruz & Rothermel (2013) hold it to that speed.
    const veryDry: MoisturePercent = { d1: 2, d10: 3, d100: 4, liveHerb: 30, liveWoody: 60 };
    const free = surfaceFire(findFuelModel('GR9')!, veryDry, 0, 0, 200, 180);
    const held = surfaceFire(findFuelModel('GR9')!, veryDry, 0, 0, 200, 180, 'spreadRate2013');
    expect(free.ros).toBeGreaterThan(free.effectiveWindSpeed * 60 * 1.2);
    expect(held.windLimited).toBe(true);
    expect(held.ros).toBeCloseTo(free.effectiveWindSpeed * 60, 9);
    // Where the head is slower than its wind the 2013 limit changes nothing (FM1 at 20 mi/h).
    const fm1 = surfaceFire(findFuelModel(1)!, MOIST, 20 * MPH, 0, 0, 0, 'spreadRate2013');
    expect(fm1.windLimited).toBe(false);
    expect(relErr(fm1.ros / FT, 1747.279440092)).toBeLessThan(1e-8);
  });

  it('is an option of the model fire case and of the scenario, refused when unknown', () => {
    const base = { fuelModel: 1, moisture: MOIST, wind: { speed: 15 * MPH, dir: 0 }, slope: 0, aspect: 0 };
    const none = runFireCase(base);
    const limited = runFireCase({ ...base, windLimit: 'rothermel1972' });
    expect(none.ok && limited.ok).toBe(true);
    if (!none.ok || !limited.ok) return;
    expect(relErr(none.result.ros / FT, 964.974620933)).toBeLessThan(1e-8);
    expect(limited.result.ros).toBeLessThan(0.5 * none.result.ros);
    const bad = runFireCase({ ...base, windLimit: 'sometimes' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors).toEqual([{ path: 'windLimit', message: 'must be one of "none", "rothermel1972", "spreadRate2013"' }]);

    // The scenario's weather carries it (default none) into the district's spread rates.
    const json = miniScenarioJson();
    const parsed = scenarioSchema.parse(json);
    expect(parsed.weather.fireWindLimit).toBe('none');
    expect(scenarioSchema.safeParse({ ...json, weather: { ...json.weather, fireWindLimit: 'sometimes' } }).success).toBe(false);
    const grass = new Uint8Array(30 * 30).fill(LAND_COVER.grass);
    const ros = (fireWindLimit: string) => {
      const j = miniScenarioJson();
      j.weather = { ...j.weather, fireWindLimit };
      // The sim's own spread rates, through the scenario's option (only scenario and work memory are read).
      const ctx = { scenario: miniScenario(j, { landCover: grass }), scratch: {} } as unknown as SimContext;
      return fireCellsFor(ctx, { speed: 15 * MPH, dir: 90 }, DRY).ros[465];
    };
    expect(ros('rothermel1972')).toBeLessThan(0.9 * ros('none'));
  });
});
