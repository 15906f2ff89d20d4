// The social force on each pedestrian (Helbing & Molnár 1995; Helbing, Farkas & Vicsek 2000),
// integrated over one step into the velocity rapier is then asked to realise:
//
//   m dv/dt = m (v₀ e − v) / τ                                   driving term
//           + Σ_j A exp((r_ij − d_ij) / B) n_ij w(φ_ij)          other people
//           + Σ_j k max(0, r_ij − d_ij) n_ij                       their bodies' shells
//           + Σ_W A_w exp((r − d_iW) / B_w) n_iW                 walls
//   w(φ) = λ + (1 − λ)(1 + cos φ) / 2                            anisotropy (Helbing & Johansson 2009)
//
// e is the floor-field direction, n_ij the unit vector from j to i, cos φ_ij = −n_ij·e_i (1 when
// j is straight ahead of i), r_ij = 2r, d_ij the distance between centres. The body force k
// acts on the compressible shell outside the core (crowdParams.ts, shellStiffness); the hard
// core's contact is rapier's; there is no sliding friction κ. |v| is capped at maxSpeedFactor·v₀.
// Explicit Euler over dt: dt/τ = 0.1 and k dt² / m ≈ 0.05 are well inside stability.
//
// Each pair within the cutoff is visited once (the exponential is shared; only w differs per
// side), from a half stencil of neighbour cells, in a fixed order. The exponential comes from a
// table of 4096 intervals over [0, cutoff] with linear interpolation: relative error below
// (Δd / B)² / 8 ≈ 4·10⁻⁷. The same pass counts people
// within `densityRadius` of each person: the local density whose maximum the case reports.

import { shellStiffness } from './crowdParams.ts';
import { cellAt } from './navGrid.ts';
import { bucketAgents } from './neighbourGrid.ts';
import { crowdTime, type CrowdSim } from './crowdState.ts';
import { exp } from '../../math/index.ts';

/** A exp((2r − d) / B) at d = k · cutoff / (length − 2); one spare entry past the cutoff. */
export function repulsionTable(radius: number, A: number, B: number, cutoff: number): Float64Array {
  const intervals = 4096;
  const t = new Float64Array(intervals + 2);
  for (let k = 0; k < t.length; k++) t[k] = A * exp((2 * radius - (k * cutoff) / intervals) / B);
  return t;
}

/** Fills sim.nvx/nvy for every agent inside; returns the highest local density (P/m²). */
export function socialForceStep(sim: CrowdSim): number {
  const { n, alive, active, px, py, vx, vy, ex, ey, fx: Fx, fy: Fy, nearCount, nvx, nvy, grid, params: p, scenario: c } = sim;
  bucketAgents(grid, n, alive, px, py);
  drivingForces(sim, crowdTime(sim));
  const { start, order } = grid;
  const gnx = grid.nx;
  const gny = grid.ny;
  const table = sim.repulsion;
  const tableScale = (table.length - 2) / p.cutoff;
  const lambda = p.lambda;
  const halfOneMinusLambda = 0.5 * (1 - lambda);
  const cut2 = p.cutoff * p.cutoff;
  const dens2 = p.densityRadius * p.densityRadius;
  const touch = 2 * c.radius;
  const shellK = shellStiffness(p, c.radius);

  // Pairs: within a cell (later index in the cell's list), then with the cells to the east,
  // north-west, north and north-east — each unordered pair of neighbouring cells once.
  for (let cj = 0; cj < gny; cj++) {
    for (let ci = 0; ci < gnx; ci++) {
      const cell = cj * gnx + ci;
      const s0 = start[cell];
      const s1 = start[cell + 1];
      if (s0 === s1) continue;
      for (let k = s0; k < s1; k++) {
        const a = order[k];
        for (let m = k + 1; m < s1; m++) pair(a, order[m]);
        if (ci + 1 < gnx) for (let m = start[cell + 1], e = start[cell + 2]; m < e; m++) pair(a, order[m]);
        if (cj + 1 < gny) {
          const up = cell + gnx;
          const i0 = ci > 0 ? ci - 1 : ci;
          const i1 = ci + 1 < gnx ? ci + 1 : ci;
          for (let m = start[up - ci + i0], e = start[up - ci + i1 + 1]; m < e; m++) pair(a, order[m]);
        }
      }
    }
  }

  function pair(a: number, b: number): void {
    const rx = px[a] - px[b];
    const ry = py[a] - py[b];
    const d2 = rx * rx + ry * ry;
    if (d2 >= cut2) return;
    if (d2 <= dens2) {
      nearCount[a]++;
      nearCount[b]++;
    }
    if (d2 === 0) return;
    const d = Math.sqrt(d2);
    const nx = rx / d; // from b to a
    const ny = ry / d;
    // A exp((r_ij − d) / B), interpolated from a table (Math.exp dominated the step).
    const u = d * tableScale;
    const iu = u | 0;
    const f = table[iu] + (u - iu) * (table[iu + 1] - table[iu]);
    // cos φ for a is −n·e_a; for b the unit vector flips, so it is +n·e_b.
    let fa = f * (lambda + halfOneMinusLambda * (1 - (nx * ex[a] + ny * ey[a]) * active[a]));
    let fb = f * (lambda + halfOneMinusLambda * (1 + (nx * ex[b] + ny * ey[b]) * active[b]));
    if (d < touch) {
      // The compressible shell: k (2r − d), the same on both, whoever is ahead.
      const shell = shellK * (touch - d);
      fa += shell;
      fb += shell;
    }
    Fx[a] += fa * nx;
    Fy[a] += fa * ny;
    Fx[b] -= fb * nx;
    Fy[b] -= fb * ny;
  }

  wallForces(sim);

  // v(t + dt) = v + dt F / m, capped at maxSpeedFactor · v₀.
  const dt = p.dt;
  const invMass = 1 / p.mass;
  const speed = c.speed;
  const maxSpeedFactor = p.maxSpeedFactor;
  let maxCount = 0;
  for (let a = 0; a < n; a++) {
    if (!alive[a]) continue;
    if (nearCount[a] > maxCount) maxCount = nearCount[a];
    let ux = vx[a] + dt * Fx[a] * invMass;
    let uy = vy[a] + dt * Fy[a] * invMass;
    const vmax = maxSpeedFactor * speed[a];
    const s2 = ux * ux + uy * uy;
    if (s2 > vmax * vmax) {
      const k = vmax / Math.sqrt(s2);
      ux *= k;
      uy *= k;
    }
    nvx[a] = ux;
    nvy[a] = uy;
  }
  return maxCount / (Math.PI * dens2);
}

/**
 * Desired direction down each agent's floor field (where the field is undefined — on the exit
 * line, on a ridge — the last one is kept) and the driving term m (v₀ e − v) / τ. Before its
 * reaction time a person stands (RiMEA test 5): v₀ = 0, and it reacts to neighbours isotropically.
 */
function drivingForces(sim: CrowdSim, t: number): void {
  const { n, alive, px, py, vx, vy, ex, ey, fx, fy, active, nearCount, nav, params: p, scenario: c } = sim;
  const speed = c.speed;
  const reaction = c.reaction;
  const fields = nav.fields;
  const fieldOf = nav.fieldOf;
  const navGrid = nav.grid;
  const k = p.mass / p.tau;
  for (let a = 0; a < n; a++) {
    if (!alive[a]) continue;
    nearCount[a] = 1; // the agent itself
    if (t >= reaction[a]) {
      const field = fields[fieldOf[a]];
      const cell = cellAt(navGrid, px[a], py[a]);
      const dx = field.dirX[cell];
      const dy = field.dirY[cell];
      if (dx !== 0 || dy !== 0) {
        ex[a] = dx;
        ey[a] = dy;
      }
      active[a] = 1;
      fx[a] = k * (speed[a] * ex[a] - vx[a]);
      fy[a] = k * (speed[a] * ey[a] - vy[a]);
    } else {
      active[a] = 0;
      fx[a] = -k * vx[a];
      fy[a] = -k * vy[a];
    }
  }
}

/** Repulsion from the walls bucketed near each agent's cell. */
function wallForces(sim: CrowdSim): void {
  const { n, alive, px, py, fx, fy, grid, wallXY, params: p, scenario: c } = sim;
  const { cellOf, wallStart, wallItems } = grid;
  const r = c.radius;
  const A = p.wallA;
  const invB = 1 / p.wallB;
  const cut2 = p.wallCutoff * p.wallCutoff;
  for (let a = 0; a < n; a++) {
    if (!alive[a]) continue;
    const x = px[a];
    const y = py[a];
    const cell = cellOf[a];
    for (let k = wallStart[cell], kEnd = wallStart[cell + 1]; k < kEnd; k++) {
      const w = 4 * wallItems[k];
      const ax = wallXY[w];
      const ay = wallXY[w + 1];
      const sx = wallXY[w + 2] - ax;
      const sy = wallXY[w + 3] - ay;
      let u = ((x - ax) * sx + (y - ay) * sy) / (sx * sx + sy * sy);
      u = u < 0 ? 0 : u > 1 ? 1 : u;
      const rx = x - (ax + u * sx);
      const ry = y - (ay + u * sy);
      const d2 = rx * rx + ry * ry;
      if (d2 >= cut2 || d2 === 0) continue;
      const d = Math.sqrt(d2);
      const f = (A * exp((r - d) * invB)) / d;
      fx[a] += f * rx;
      fy[a] += f * ry;
    }
  }
}
