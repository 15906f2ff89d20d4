// 溃坝洪水淹没范围 — the zone a dam break would flood, precomputed once per scenario by running
// the sim's own flood model on the break (breakZoneRun.ts, `tuiyan model dambreak`), checked in
// with the scenario as runs of grid cells, and read here: which cells, villages and shelters lie
// inside. Like the 溃坝洪水风险图 a reservoir's emergency plan carries, it is a planning map drawn
// before the day, not a forecast of this run's water.
import type { Grid } from '../../world/grid.ts';
import { cellAt } from '../../world/grid.ts';

/** How the zone was computed, and its cells as [first cell, count] runs (row-major from the south-west). */
export interface DamBreakZoneSpec {
  reservoir: string;
  mode: 'overtopping' | 'piping';
  /** Pool level at the break, m (the dam crest: the worst credible case). */
  poolLevel: number;
  /** Hours of flow after the break the envelope covers. */
  hours: number;
  /** A cell is in the zone where the deepest water it sees reaches this, m. */
  depth: number;
  runs: [number, number][];
}

export interface DamBreakZone extends DamBreakZoneSpec {
  /** 1 for a cell in the zone. */
  mask: Uint8Array;
  /** Villages and shelters whose cell is in the zone, in scenario order. */
  villages: string[];
  shelters: string[];
}

interface Located { id: string; x: number; y: number }

export function maskFromRuns(grid: Grid, runs: readonly (readonly [number, number])[]): Uint8Array {
  const mask = new Uint8Array(grid.width * grid.height);
  for (const [from, count] of runs) mask.fill(1, Math.max(0, from), Math.min(mask.length, from + count));
  return mask;
}

export function runsOfMask(mask: Uint8Array): [number, number][] {
  const runs: [number, number][] = [];
  for (let c = 0; c < mask.length; c++) {
    if (!mask[c]) continue;
    const from = c;
    while (c + 1 < mask.length && mask[c + 1]) c++;
    runs.push([from, c - from + 1]);
  }
  return runs;
}

export function inZone(grid: Grid, mask: Uint8Array, x: number, y: number): boolean {
  const c = cellAt(grid, x, y);
  return c >= 0 && mask[c] === 1;
}

export function resolveZone(grid: Grid, spec: DamBreakZoneSpec, villages: readonly Located[], shelters: readonly Located[]): DamBreakZone {
  const mask = maskFromRuns(grid, spec.runs);
  return {
    ...spec, mask,
    villages: villages.filter((v) => inZone(grid, mask, v.x, v.y)).map((v) => v.id),
    shelters: shelters.filter((s) => inZone(grid, mask, s.x, s.y)).map((s) => s.id),
  };
}

/** The reservoir whose dam-break zone holds a shelter (the first, in scenario order), or null. */
export function zoneHolding(zones: readonly DamBreakZone[] | undefined, shelter: string, reservoirs?: readonly string[]): string | null {
  for (const z of zones ?? []) if ((!reservoirs || reservoirs.includes(z.reservoir)) && z.shelters.includes(shelter)) return z.reservoir;
  return null;
}

/**
 * Below a dam that may fail, every household is at risk, not only the registered 险户: the
 * seeds' district lies below its reservoir and "must avoid the reservoir's flood as well as the
 * earthquake" (001 §5.6.4), and a dam-break zone is emptied whole. A village inside a zone
 * counts its whole population as at risk (its households too), so an evacuation order there
 * moves everyone and the zone's flood finds everyone who stayed.
 */
export function wholeVillagesAtRisk<V extends { id: string; population: number; households: number; atRisk: { people: number; households: number } }>(villages: readonly V[], zones: readonly DamBreakZone[]): V[] {
  const inside = new Set(zones.flatMap((z) => z.villages));
  return villages.map((v) => (inside.has(v.id) ? { ...v, atRisk: { people: v.population, households: v.households } } : v));
}
