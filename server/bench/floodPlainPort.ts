// The other reference of the all-wet bench row: a plain JavaScript port of the textbook loops of
// the same scheme (Bates et al. 2010 with de Almeida et al. 2012's θ; as LISFLOOD-FP's
// acceleration solver is usually written): old fluxes copied aside each sub-step, every face and
// every cell visited, Math.cbrt for h^{7/3}. No active ranges, no fused passes. Closed edges only.
import type { FloodParams, FloodSources, FloodState } from '../../sim-core/hazards/flood/floodState.ts';

const G = 9.81;

/** Advance `seconds` of model time; returns the cell updates done (cells × sub-steps). */
export function plainPortAdvance(p: FloodParams, s: FloodState, sources: FloodSources, seconds: number): number {
  const { width: w, height: hgt, cellSize: dx } = p.grid;
  const alpha = p.alpha ?? 0.3, theta = p.theta ?? 0.7, dry = p.dryDepth ?? 0.001;
  const rain = sources.rainRate as number;
  const z = p.elevation, m = p.manning as Float32Array;
  const { depth: h, qx, qy } = s;
  const qxOld = new Float64Array(qx.length), qyOld = new Float64Array(qy.length);
  let hmax = 0;
  for (let c = 0; c < w * hgt; c++) if (h[c] > hmax) hmax = h[c];
  let elapsed = 0, updates = 0;
  for (;;) {
    let dt = (alpha * dx) / Math.sqrt(G * Math.max(hmax, 0.01));
    const last = dt >= (seconds - elapsed) * (1 - 1e-12);
    if (last) dt = seconds - elapsed;
    qxOld.set(qx);
    qyOld.set(qy);
    for (let j = 0; j < hgt; j++) {
      for (let i = 1; i < w; i++) {
        const a = j * w + i - 1, b = a + 1, f = j * (w + 1) + i;
        qx[f] = faceFlux(qxOld[f], qxOld[f - 1], qxOld[f + 1], z[a], z[b], h[a], h[b], m[a], m[b], dt, dx, theta, dry);
      }
    }
    for (let j = 1; j < hgt; j++) {
      for (let i = 0; i < w; i++) {
        const a = (j - 1) * w + i, b = j * w + i, f = j * w + i;
        qy[f] = faceFlux(qyOld[f], qyOld[f - w], qyOld[f + w], z[a], z[b], h[a], h[b], m[a], m[b], dt, dx, theta, dry);
      }
    }
    for (let j = 0; j < hgt; j++) {
      for (let i = 0; i < w; i++) {
        const c = j * w + i, fw = j * (w + 1) + i;
        const out = Math.max(0, -qx[fw]) + Math.max(0, qx[fw + 1]) + Math.max(0, -qy[c]) + Math.max(0, qy[c + w]);
        const avail = (h[c] + rain * dt) * dx;
        if (out * dt > avail) {
          const k = avail / (out * dt);
          if (qx[fw] < 0) qx[fw] *= k;
          if (qx[fw + 1] > 0) qx[fw + 1] *= k;
          if (qy[c] < 0) qy[c] *= k;
          if (qy[c + w] > 0) qy[c + w] *= k;
        }
      }
    }
    hmax = 0;
    for (let j = 0; j < hgt; j++) {
      for (let i = 0; i < w; i++) {
        const c = j * w + i, fw = j * (w + 1) + i;
        h[c] = Math.max(0, h[c] + (dt / dx) * (qx[fw] - qx[fw + 1] + qy[c] - qy[c + w]) + rain * dt);
        hmax = Math.max(hmax, h[c]);
      }
    }
    updates += w * hgt;
    if (last) break;
    elapsed += dt;
  }
  s.t += seconds;
  return updates;
}

function faceFlux(q: number, qLeft: number, qRight: number, za: number, zb: number, ha: number, hb: number, na: number, nb: number, dt: number, dx: number, theta: number, dry: number): number {
  const ea = za + ha, eb = zb + hb;
  const hf = Math.max(ea, eb) - Math.max(za, zb);
  if (hf <= dry) return 0;
  let qw = theta * q + 0.5 * (1 - theta) * (qLeft + qRight);
  if (qw * q < 0) qw = q;
  const n2 = 0.5 * (na * na + nb * nb);
  return (qw - G * hf * dt * (eb - ea) / dx) / (1 + (G * dt * n2 * Math.abs(q)) / Math.pow(hf, 7 / 3));
}
