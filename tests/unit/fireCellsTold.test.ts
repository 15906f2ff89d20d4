// The players' fire layer shows detected fires only (issue 15). A cell belongs to the fire whose
// front reached it, not to the nearest ignition: here an undetected fire has burned across most
// of a strip, past the midpoint to a detected fire's ignition, and none of its cells may show.
import { describe, expect, it } from 'vitest';
import { fireCells } from '../../runtime/rasters.ts';
import type { Sim } from '../../sim-core/sim.ts';

const W = 12, H = 3;

function strip(detectedB: boolean): Sim {
  const arrival = new Float64Array(W * H).fill(Infinity);
  // Fire A (detected), lit at x=0 of the middle row at t=100: burned x=0..1.
  arrival[1 * W + 0] = 100; arrival[1 * W + 1] = 160;
  // Fire B, lit at x=11 at t=0: burned west to x=2, a minute a cell.
  for (let x = 11; x >= 2; x--) arrival[1 * W + x] = (11 - x) * 60;
  const fires = {
    a: { id: 'a', cell: 1 * W + 0, detected: 120 },
    b: { id: 'b', cell: 1 * W + 11, detected: detectedB ? 500 : null },
  };
  return { scenario: { grid: { width: W, height: H, cellSize: 30 } }, state: { t: 600, entities: { fire: { fires } }, fields: { fireArrival: arrival } } } as unknown as Sim;
}

const shown = (a: Uint8Array) => [...a].map((v, c) => (v ? c : -1)).filter((c) => c >= 0);

describe('fire cells shown to players', () => {
  it('hide every cell of an undetected fire, even next to a detected one', () => {
    const { truth, detected } = fireCells(strip(false));
    expect(shown(truth)).toHaveLength(12);
    expect(shown(detected)).toEqual([1 * W + 0, 1 * W + 1]);
  });

  it('show both once both are detected', () => {
    const { truth, detected } = fireCells(strip(true));
    expect(shown(detected)).toEqual(shown(truth));
  });
});
