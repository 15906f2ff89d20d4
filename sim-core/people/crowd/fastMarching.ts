// The eikonal equation |∇T| = f on the navigation grid, solved by the fast marching method
// (Sethian 1996): T is the least travel "cost" from the sources where f is the cost per metre.
// First-order upwind update from the accepted neighbours along each axis,
//   ((T − a)⁺)² + ((T − b)⁺)² = (h·f)²,
// i.e. T = min(a, b) + h·f when |a − b| ≥ h·f, else (a + b + √(2h²f² − (a − b)²)) / 2.
// Unlike a graph Dijkstra this has no 45° bias, so the gradient points along true shortest
// paths — what a floor field needs (JuPedSim computes its floor fields the same way).

import { CellHeap, CLOSED } from '../../hazards/fire/cellHeap.ts';

/**
 * Travel cost from the source cells; Infinity where unreachable. `impassable[c] = 1` cells are
 * never entered; `cost` (per metre, ≥ 1) defaults to 1 everywhere.
 */
export function fastMarch(
  nx: number, ny: number, h: number, impassable: Uint8Array, sources: ArrayLike<number>, cost: Float32Array | null,
): Float64Array {
  const n = nx * ny;
  // T holds accepted values only; a cell still in the heap reads as Infinity to its neighbours.
  const T = new Float64Array(n).fill(Infinity);
  const heap = new CellHeap(n);
  for (let c = 0; c < n; c++) if (impassable[c]) heap.pos[c] = CLOSED;
  for (let k = 0; k < sources.length; k++) heap.offer(0, sources[k]);
  while (heap.size > 0) {
    const key = heap.peekKey();
    const c = heap.pop();
    T[c] = key;
    const i = c % nx;
    const j = (c - i) / nx;
    if (i > 0) relax(c - 1, i - 1, j);
    if (i < nx - 1) relax(c + 1, i + 1, j);
    if (j > 0) relax(c - nx, i, j - 1);
    if (j < ny - 1) relax(c + nx, i, j + 1);
  }
  return T;

  function relax(c: number, i: number, j: number): void {
    if (heap.pos[c] === CLOSED) return;
    const a = Math.min(i > 0 ? T[c - 1] : Infinity, i < nx - 1 ? T[c + 1] : Infinity);
    const b = Math.min(j > 0 ? T[c - nx] : Infinity, j < ny - 1 ? T[c + nx] : Infinity);
    const hf = h * (cost === null ? 1 : cost[c]);
    let t: number;
    if (Math.abs(a - b) >= hf) t = Math.min(a, b) + hf;
    else t = 0.5 * (a + b + Math.sqrt(2 * hf * hf - (a - b) * (a - b)));
    heap.offer(t, c);
  }
}
