// `tuiyan model plume`'s case file: the contract (DESIGN.md "Case files") and its errors.
import { describe, expect, it } from 'vitest';
import { runPlumeCase } from '../../sim-core/hazards/plume/plumeCase.ts';

const BOOK_CASE = {
  release: { rate: 0.37 }, height: 40, wind: { speed: 2, dir: 90 }, stability: 'B', sigma: 'pasquillGifford',
  receptors: [[280, 0], [-280, 0]],
};

describe('plume case', () => {
  it('answers the worked example of Fundamentals of Air Pollution (0.28 km, 1.56e-5 g/m³) within 2 %', () => {
    const r = runPlumeCase(BOOK_CASE);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [down, up] = r.result.receptors!;
    expect(Math.abs(down.concentration - 1.56e-5) / 1.56e-5).toBeLessThan(0.02);
    expect(down.downwind).toBeCloseTo(280, 9);
    expect(Math.abs(down.sigmaZ! - 28.2) / 28.2).toBeLessThan(0.02);
    expect(up.concentration).toBe(0);
    expect(up.sigmaY).toBeNull();
  });

  it('gives a chlorine IDLH zone on a grid that grows with the release rate, and the shelter factor', () => {
    const base = { release: { rate: 500 }, height: 1, wind: { speed: 2, dir: 45 }, stability: 'F', sigma: 'briggsUrban',
      grid: { width: 80, height: 80, cellSize: 25, source: [10, 10] }, substance: 'chlorine', shelter: { exposure: 1800 } };
    const small = runPlumeCase(base);
    const big = runPlumeCase({ ...base, release: { rate: 2000 } });
    if (!small.ok || !big.ok) throw new Error('case rejected');
    const [zs] = small.result.zones!;
    const [zb] = big.result.zones!;
    expect(zs.tier).toBe('IDLH');
    expect(zs.threshold).toBeCloseTo((10 * 70.9) / 24.45 / 1000, 12); // 10 ppm of chlorine in g/m³
    expect(zs.cells).toBeGreaterThan(0);
    expect(zb.cells).toBeGreaterThan(zs.cells);
    expect(zb.reach).toBeGreaterThan(zs.reach);
    expect(small.result.concentration).toHaveLength(80 * 80);
    // λ = 0.5 /h (the stated default) over 30 min: 1 − (1 − e^−0.25)/0.25
    expect(small.result.shelterFactor).toBeCloseTo(1 - (1 - Math.exp(-0.25)) / 0.25, 10);
  });

  it('names every problem by its JSON path and never throws', () => {
    const r = runPlumeCase({ release: { rate: -1 }, wind: { speed: 0, dir: 400 }, stability: 'G', sigma: 'x', grid: { width: 10, height: 10, cellSize: 5, source: [20, 0] }, substance: 'phosgene', frob: 1 });
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.errors.map((e) => e.path);
    for (const p of ['release.rate', 'wind.speed', 'wind.dir', 'stability', 'sigma', 'grid.source', 'substance', 'frob']) expect(paths).toContain(p);
    expect(runPlumeCase(null)).toMatchObject({ ok: false });
    expect(runPlumeCase({ ...BOOK_CASE, stability: 'F' })).toMatchObject({ ok: false, errors: [{ path: 'stability' }] });
    expect(runPlumeCase({ ...BOOK_CASE, release: { mass: 1000 } })).toMatchObject({ ok: false, errors: [{ path: 'time' }] });
  });

  it('a puff case needs a time and moves with it', () => {
    const puff = { release: { mass: 1e5 }, wind: { speed: 2, dir: 0 }, stability: 'D', receptors: [[0, 600]] };
    const early = runPlumeCase({ ...puff, time: 100 });
    const onTime = runPlumeCase({ ...puff, time: 300 });
    if (!early.ok || !onTime.ok) throw new Error('case rejected');
    expect(onTime.result.receptors![0].concentration).toBeGreaterThan(early.result.receptors![0].concentration);
  });
});
