// `tuiyan model plume`'s case file: the contract (DESIGN.md "Case files") and its errors.
import { describe, expect, it } from 'vitest';
import { runPlumeCase } from '../../sim-core/hazards/plume/plumeCase.ts';

const BOOK_CASE = {
  release: { rate: 0.37 }, height: 40, wind: { speed: 2, dir: 90 }, stability: 'B', sigma: 'pasquillGifford',
  receptors: [[280, 0], [-280, 0]],
};

// Turner, Workbook of Atmospheric Dispersion Estimates (EPA AP-26, revised 1970), ch. 3, example
// problems 1–3 (the texts as transcribed with the book's answers in AtmosCoder-Bench's
// benchmark/core.json, entries turner_1–3; the book's own pages were not reachable, see
// docs/verification.md). Turner reads σy and σz off his Figs 3-2 and 3-3 and prints them, so the
// case gives those σ as `sigmaValues`; the fits of the same curves are checked against them below.
//   1. A burning dump, 3 g/s, ground level, overcast night, 7 m/s (class D), 3 km directly
//      downwind: σy = 190 m, σz = 65 m, χ = Q / (π σy σz u) = 1.1 × 10⁻⁵ g/m³.
//   2. A refinery, 80 g/s of SO₂ at an effective height of 60 m, overcast winter morning, 6 m/s
//      (class D), 500 m directly downwind: σy = 36 m, σz = 18.5 m, χ = 3.3 × 10⁻⁵ g/m³.
//   3. As 2, at ground level 50 m off the axis: χ = 1.3 × 10⁻⁵ g/m³ (two figures: the formula
//      gives 1.26 × 10⁻⁵, so the check is that the model rounds to the book's answer).
const TURNER_1 = { release: { rate: 3 }, height: 0, wind: { speed: 7, dir: 90 }, stability: 'D', sigmaValues: { y: 190, z: 65 }, receptors: [[3000, 0], [-3000, 0]] };
const TURNER_2 = { release: { rate: 80 }, height: 60, wind: { speed: 6, dir: 0 }, stability: 'D', sigmaValues: { y: 36, z: 18.5 }, receptors: [[0, 500], [50, 500]] };
const within = (value: number, book: number, tol: number) => expect(Math.abs(value - book) / book).toBeLessThan(tol);

describe('plume case: Turner\'s Workbook (1970), chapter 3 problems', () => {
  it('answers problem 1 (a ground-level source, 3 km downwind) within 2 %', () => {
    const r = runPlumeCase(TURNER_1);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [axis, up] = r.result.receptors!;
    within(axis.concentration, 1.1e-5, 0.02);
    expect(up.concentration).toBe(0);
    expect(axis.sigmaY).toBe(190);
  });

  it('answers problem 2 (80 g/s at 60 m, 500 m downwind) within 2 % and problem 3 (50 m off the axis) to the book\'s two figures', () => {
    const r = runPlumeCase(TURNER_2);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [axis, off] = r.result.receptors!;
    within(axis.concentration, 3.3e-5, 0.02);
    expect(off.concentration.toPrecision(2)).toBe((1.3e-5).toPrecision(2));
    // The same case 10 m higher is far lower: the check is not insensitive to the height.
    const higher = runPlumeCase({ ...TURNER_2, height: 70 });
    if (!higher.ok) throw new Error('case rejected');
    expect(higher.result.receptors![0].concentration).toBeLessThan(0.5 * 3.3e-5);
  });

  it('Turner\'s fits of the same curves (pasquillGifford) give the σ he read off the graphs within 3 %', () => {
    // Two significant figures read off a log–log graph: 3 % is the reading's own precision.
    const r = runPlumeCase({ release: { rate: 1 }, wind: { speed: 5, dir: 90 }, stability: 'D', sigma: 'pasquillGifford', receptors: [[3000, 0], [500, 0]] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [far, near] = r.result.receptors!;
    within(far.sigmaY!, 190, 0.03);
    within(far.sigmaZ!, 65, 0.03);
    within(near.sigmaY!, 36, 0.03);
    within(near.sigmaZ!, 18.5, 0.03);
  });

  it('fixed σ are refused with a grid, a puff or a time, and must be two positive numbers', () => {
    const paths = (c: unknown) => { const r = runPlumeCase(c); return r.ok ? [] : r.errors.map((e) => e.path); };
    expect(paths({ ...TURNER_1, grid: { width: 10, height: 10, cellSize: 5, source: [0, 0] } })).toContain('sigmaValues');
    expect(paths({ ...TURNER_1, release: { mass: 10 }, time: 60 })).toContain('sigmaValues');
    expect(paths({ ...TURNER_1, time: 600 })).toContain('sigmaValues');
    expect(paths({ ...TURNER_1, sigmaValues: { y: -1, z: 65, w: 2 } })).toEqual(expect.arrayContaining(['sigmaValues.y', 'sigmaValues.w']));
  });
});

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
