// 堤防 — levees on the hydraulic grid. A levee is a polyline; every cell face it crosses gets a
// crest (the higher of the face's two beds plus the levee's height), so the local-inertial
// solver passes water across that face only once it stands above the crest (localInertial.ts).
// A breach (溃堤, an inject) opens the face of the levee nearest the breach point: its crest
// erodes linearly down to the bed over the formation time. On the district's 400 m hydraulic
// grid a breach is one face wide (400 m): the grid cannot hold a narrower gap.
import type { Draft } from 'immer';
import type { SimContext } from '../context.ts';
import type { Entities } from '../state.ts';
import type { Levee } from '../world/scenario.ts';
import type { FloodGrid, FloodState } from './flood/floodState.ts';
import type { FloodWork } from '../simScratch.ts';
import { squared } from '../math/index.ts';

/** The faces of one levee: code (x-face index, or (w+1)·h + y-face index), crest and bed (m). */
interface LeveeFaces {
  codes: Int32Array;
  crest: Float64Array;
  floor: Float64Array;
  /** Face midpoints, m (to find the face a breach opens). */
  midX: Float64Array;
  midY: Float64Array;
}

/** Per levee its faces (derived once per scenario). */
export interface LeveeRuntime {
  levees: LeveeFaces[];
}

/** Crest arrays on the x and y faces for the solver (−Infinity where no levee): one sim's, refilled each step. */
type LeveeCrests = NonNullable<FloodWork['crests']>;

/**
 * The interior faces along a levee, in code order, with their crest and bed. The polyline is
 * snapped to the grid lines (as TUFLOW z-lines and LISFLOOD-FP dykes sit on cell edges): from
 * the grid corner nearest each vertex, it steps corner to corner along x or y, whichever keeps
 * closer to the true line, and each step lies on one face. So the wall is connected — no gap at
 * a corner for water to slip through — whatever the line's angle.
 */
export function leveeFaces(grid: FloodGrid, bed: ArrayLike<number>, levee: Levee): LeveeFaces {
  const { width: w, height: h, cellSize: dx } = grid;
  const nx = (w + 1) * h;
  const found = new Map<number, { crest: number; floor: number; mx: number; my: number }>();
  const addFace = (code: number, a: number, b: number, mx: number, my: number) => {
    const floor = Math.max(bed[a], bed[b]);
    found.set(code, { crest: floor + levee.height, floor, mx, my });
  };
  for (let k = 0; k + 1 < levee.line.length; k++) {
    const [ax, ay] = levee.line[k], [bx, by] = levee.line[k + 1];
    let i = Math.round(ax / dx), j = Math.round(ay / dx);
    const iEnd = Math.round(bx / dx), jEnd = Math.round(by / dx);
    const sx = Math.sign(iEnd - i), sy = Math.sign(jEnd - j);
    // Distance (up to a constant factor) of corner (p, q) from the line through a and b.
    const off = (p: number, q: number) => Math.abs((bx - ax) * (q * dx - ay) - (by - ay) * (p * dx - ax));
    while (i !== iEnd || j !== jEnd) {
      const stepX = j === jEnd || (i !== iEnd && off(i + sx, j) <= off(i, j + sy));
      if (stepX) {
        // Corner (i, j) → (i + sx, j): the y-face on grid line j between columns min(i, i+sx).
        const col = Math.min(i, i + sx);
        if (j >= 1 && j <= h - 1 && col >= 0 && col < w) addFace(nx + j * w + col, (j - 1) * w + col, j * w + col, (col + 0.5) * dx, j * dx);
        i += sx;
      } else {
        // Corner (i, j) → (i, j + sy): the x-face on grid line i between rows min(j, j+sy).
        const row = Math.min(j, j + sy);
        if (i >= 1 && i <= w - 1 && row >= 0 && row < h) addFace(row * (w + 1) + i, row * w + i - 1, row * w + i, i * dx, (row + 0.5) * dx);
        j += sy;
      }
    }
  }
  const codes = [...found.keys()].sort((p, q) => p - q);
  return {
    codes: Int32Array.from(codes),
    crest: Float64Array.from(codes, (c) => found.get(c)!.crest),
    floor: Float64Array.from(codes, (c) => found.get(c)!.floor),
    midX: Float64Array.from(codes, (c) => found.get(c)!.mx),
    midY: Float64Array.from(codes, (c) => found.get(c)!.my),
  };
}

export function buildLeveeRuntime(grid: FloodGrid, bed: ArrayLike<number>, levees: Levee[]): LeveeRuntime | null {
  if (levees.length === 0) return null;
  return { levees: levees.map((l) => leveeFaces(grid, bed, l)) };
}

export function createLeveeCrests(grid: FloodGrid): LeveeCrests {
  return { crestX: new Float64Array((grid.width + 1) * grid.height), crestY: new Float64Array(grid.width * (grid.height + 1)) };
}

/** Fills the crest arrays for time t: each levee's crest, lowered where a breach erodes it. */
export function currentCrests(rt: LeveeRuntime, crests: LeveeCrests, grid: FloodGrid, levees: Levee[], state: Record<string, { breaches: { t: number; formation: number; faces: number[] }[] }>, t: number): void {
  const nx = (grid.width + 1) * grid.height;
  const { crestX, crestY } = crests;
  crestX.fill(-Infinity);
  crestY.fill(-Infinity);
  levees.forEach((l, k) => {
    const f = rt.levees[k];
    const set = (code: number, z: number) => { if (code < nx) crestX[code] = z; else crestY[code - nx] = z; };
    const get = (code: number) => (code < nx ? crestX[code] : crestY[code - nx]);
    for (let m = 0; m < f.codes.length; m++) set(f.codes[m], f.crest[m]);
    // Several breaches on one face: the deepest erosion holds.
    for (const b of state[l.id]?.breaches ?? []) {
      const eroded = b.formation > 0 ? Math.min(1, Math.max(0, (t - b.t) / b.formation)) : 1;
      for (const m of b.faces) set(f.codes[m], Math.min(get(f.codes[m]), f.crest[m] - eroded * (f.crest[m] - f.floor[m])));
    }
  });
}

/** 溃堤: opens the levee face nearest (x, y). Returns false if the levee is unknown or has no face. */
export function breachLevee(ctx: SimContext, rt: LeveeRuntime | null, leveeId: string, x: number, y: number, formation: number, visibleTo: readonly string[]): boolean {
  const k = ctx.scenario.levees.findIndex((l) => l.id === leveeId);
  if (!rt || k < 0 || rt.levees[k].codes.length === 0) return false;
  const f = rt.levees[k];
  let best = 0, bestD = Infinity;
  for (let m = 0; m < f.codes.length; m++) {
    const d = squared(f.midX[m] - x) + squared(f.midY[m] - y);
    if (d < bestD) { bestD = d; best = m; }
  }
  ctx.update((draft) => { draft.hazards.levees[leveeId].breaches.push({ t: ctx.state.t, formation, faces: [best] }); });
  ctx.emit({ kind: 'leveeBreach', levee: leveeId, x: Math.round(f.midX[best]), y: Math.round(f.midY[best]), formation }, ['chief', ...visibleTo]);
  return true;
}

/** Flags levees with water above their crest on either side of any face (漫堤), once per episode. */
export function checkOvertopping(ctx: SimContext, draft: Draft<Entities>, rt: LeveeRuntime, crests: LeveeCrests, grid: FloodGrid, bed: ArrayLike<number>, flood: FloodState): void {
  const { width: w, height: h } = grid;
  const nx = (w + 1) * h;
  ctx.scenario.levees.forEach((l, k) => {
    const f = rt.levees[k];
    let over = false;
    for (let m = 0; m < f.codes.length && !over; m++) {
      const code = f.codes[m];
      const crest = code < nx ? crests.crestX[code] : crests.crestY[code - nx];
      let a: number, b: number;
      if (code < nx) { const i = code % (w + 1), j = (code - i) / (w + 1); a = j * w + i - 1; b = a + 1; }
      else { const y = code - nx; a = y - w; b = y; }
      over = Math.max(bed[a] + flood.depth[a], bed[b] + flood.depth[b]) > crest && crest > f.floor[m];
    }
    const st = draft.hazards.levees[l.id];
    if (over && !st.overtopping) ctx.emit({ kind: 'leveeOvertopping', levee: l.id }, ['chief']);
    st.overtopping = over;
  });
}
