// The storm's forward motion in its surface wind (Lin & Chavas 2012, JGR 117 D09120): the background
// wind 0.55 × the translation turned 20° cyclonically, added to the vortex's surface wind turned in
// by Bretschneider's inflow angle (Phadke et al. 2003, eq. 11). Pinned: a stationary storm is the
// symmetric Holland vortex bit for bit; moving, the right of the track at Rmax is stronger than
// the left by 2 × 0.55 × the forward speed; the translation is the track's own.
import { describe, expect, it } from 'vitest';
import { AIR_DENSITY, EARTH_OMEGA, hollandGradientWind, hollandMaxWind, hollandPeakWind, type HollandVortex } from '../../sim-core/hazards/typhoon/holland.ts';
import { surfaceMaxWind, surfaceWindAt } from '../../sim-core/hazards/typhoon/windAt.ts';
import { BACKGROUND_SHARE, inflowAngle } from '../../sim-core/hazards/typhoon/forwardMotion.ts';
import { stormAt, type StormAt, type TyphoonTrack } from '../../sim-core/hazards/typhoon/track.ts';
import { runTyphoonCase } from '../../sim-core/hazards/typhoon/typhoonCase.ts';
import { hypot } from '../../sim-core/math/index.ts';

const RMAX = 40000;
const vortex = (latitude: number): HollandVortex => ({ pc: 95000, pn: 101000, rmax: RMAX, b: 1.5, f: 2 * EARTH_OMEGA * Math.sin((latitude * Math.PI) / 180), rho: AIR_DENSITY });
const track = (latitude: number) => ({ surfaceFactor: 0.8, latitude });
/** A storm at the origin moving `speed` m/s toward `heading` degrees clockwise from north. */
const moving = (latitude: number, speed: number, heading: number): StormAt => {
  const h = (heading * Math.PI) / 180;
  return { x: 0, y: 0, vx: speed * Math.sin(h), vy: speed * Math.cos(h), vortex: vortex(latitude) };
};
/** The point r metres from the origin at compass bearing `bearing`. */
const at = (r: number, bearing: number): [number, number] => [r * Math.sin((bearing * Math.PI) / 180), r * Math.cos((bearing * Math.PI) / 180)];

describe('the storm’s forward motion in its wind', () => {
  it('a stationary storm is the symmetric vortex, bit for bit, everywhere', () => {
    const tr = track(25), still = moving(25, 0, 0);
    for (const r of [0, 5000, 39000, 40000, 41000, 48000, 90000, 250000]) {
      for (const bearing of [0, 37, 90, 181, 300]) {
        const [x, y] = at(r, bearing);
        // The symmetric wind as windAt.ts had it before the motion was added.
        expect(surfaceWindAt(tr, still, x, y)).toBe(0.8 * hollandGradientWind(still.vortex, hypot(x - still.x, y - still.y)));
      }
    }
    expect(surfaceMaxWind(tr, still)).toBe(0.8 * hollandPeakWind(still.vortex).wind);
  });

  it('moving, the right of the track at Rmax is stronger than the left by 2 × 0.55 × the forward speed', () => {
    const tr = track(25);
    for (const [speed, heading] of [[6, 0], [6, 315], [10, 250], [3, 90]]) {
      const s = moving(25, speed, heading);
      const vs = 0.8 * hollandGradientWind(s.vortex, RMAX);
      const right = surfaceWindAt(tr, s, ...at(RMAX, heading + 90));
      const left = surfaceWindAt(tr, s, ...at(RMAX, heading - 90));
      // At Rmax the inflow angle (20°) equals the background wind's turn: the two line up exactly.
      expect(right).toBeCloseTo(vs + BACKGROUND_SHARE * speed, 9);
      expect(left).toBeCloseTo(vs - BACKGROUND_SHARE * speed, 9);
      expect(right - left).toBeCloseTo(1.1 * speed, 9);
    }
  });

  it('is strongest on the right of the track at Rmax, 5° behind it far out, and weakest on the left', () => {
    const tr = track(25), s = moving(25, 8, 315);
    const scan = (r: number) => {
      let best = -1, worst = -1, hi = -Infinity, lo = Infinity;
      for (let b = 0; b < 360; b++) {
        const w = surfaceWindAt(tr, s, ...at(r, b));
        if (w > hi) { hi = w; best = b; }
        if (w < lo) { lo = w; worst = b; }
      }
      return { best, worst };
    };
    expect(scan(RMAX)).toEqual({ best: 45, worst: 225 }); // heading 315° + 90°, − 90°
    expect(inflowAngle(3 * RMAX, RMAX)).toBe(25);
    expect(scan(3 * RMAX)).toEqual({ best: 50, worst: 230 }); // turned in by 25°: 5° further round
  });

  it('in the southern hemisphere the left of the track is the stronger side', () => {
    const tr = track(-20), s = moving(-20, 6, 180);
    const right = surfaceWindAt(tr, s, ...at(RMAX, 270)), left = surfaceWindAt(tr, s, ...at(RMAX, 90));
    expect(left - right).toBeCloseTo(6.6, 9);
  });

  it('the storm’s maximum is the vortex’s peak plus the whole background wind', () => {
    const tr = track(25), s = moving(25, 5, 0);
    const peak = hollandPeakWind(s.vortex);
    expect(peak.r).toBeLessThan(RMAX); // with Coriolis, inside Rmax and below eq. 6
    expect(peak.wind).toBeLessThan(hollandMaxWind(s.vortex));
    expect(surfaceMaxWind(tr, s)).toBeCloseTo(0.8 * peak.wind + 2.75, 12);
    // Cyclostrophic, the peak is eq. 6 at Rmax.
    const c = hollandPeakWind(vortex(0));
    expect(c.wind).toBeCloseTo(hollandMaxWind(vortex(0)), 9);
    expect(c.r / RMAX).toBeCloseTo(1, 4);
    // Nowhere on a fine polar scan is the wind above it.
    let top = 0;
    for (let r = 20000; r <= 60000; r += 250) for (let b = 0; b < 360; b += 2) top = Math.max(top, surfaceWindAt(tr, s, ...at(r, b)));
    expect(top).toBeLessThanOrEqual(surfaceMaxWind(tr, s) + 1e-9);
    expect(top).toBeGreaterThan(surfaceMaxWind(tr, s) - 0.05);
  });
});

describe('the translation comes from the track', () => {
  const tr: TyphoonTrack = {
    fixes: [{ t: 0, x: 0, y: 0, pc: 960, rmax: RMAX }, { t: 3 * 3600, x: -21600, y: 43200, pc: 965, rmax: RMAX }, { t: 9 * 3600, x: -21600, y: 151200, pc: 970, rmax: RMAX }],
    pn: 1008, b: 1.4, latitude: 30, surfaceFactor: 0.75,
  };
  const v = (t: number) => { const s = stormAt(tr, t); return [s.vx, s.vy]; };

  it('is each leg’s velocity: the next leg’s at a fix, the last leg’s at the last fix, none outside the track', () => {
    expect(v(0)).toEqual([-2, 4]);
    expect(v(3600)).toEqual([-2, 4]);
    expect(v(3 * 3600)).toEqual([0, 5]);
    expect(v(9 * 3600)).toEqual([0, 5]);
    expect(v(9 * 3600 + 1)).toEqual([0, 0]);
    expect(v(-1)).toEqual([0, 0]);
  });

  it('a one-fix track stands still', () => {
    const one = { ...tr, fixes: [tr.fixes[0]] };
    expect([stormAt(one, 0).vx, stormAt(one, 0).vy]).toEqual([0, 0]);
  });
});

describe('the case with a translation', () => {
  const base = { centralPressure: 950, ambientPressure: 1010, rmax: RMAX, b: 1.5 };

  it('reports the right- and left-side maxima about 2 × 0.55 × the speed apart', () => {
    const r = runTyphoonCase({ ...base, surfaceFactor: 0.8, translationSpeed: 7, heading: 300, radii: [20000, 40000, 80000] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const m = r.result.motion!;
    expect(m.background).toBeCloseTo(3.85, 12);
    // Cyclostrophic: the right side peaks at Rmax with Vm·0.8 + 0.55·7.
    expect(m.right.r).toBe(RMAX);
    expect(m.right.wind).toBeCloseTo(0.8 * r.result.maxWind + 3.85, 9);
    expect(m.right.wind - m.left.wind).toBeGreaterThan(7.6);
    expect(m.right.wind - m.left.wind).toBeLessThan(7.75);
    expect(m.surfaceMax).toBeCloseTo(m.right.wind, 6);
    for (const p of r.result.profile) {
      expect(p.right!).toBeGreaterThan(p.wind);
      expect(p.left!).toBeLessThan(p.wind);
    }
  });

  it('standing still gives the symmetric profile on both sides', () => {
    const r = runTyphoonCase({ ...base, translationSpeed: 0, heading: 0, radii: [20000, 40000, 80000] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    for (const p of r.result.profile) { expect(p.right).toBe(p.wind); expect(p.left).toBe(p.wind); }
    expect(r.result.motion!.right.wind).toBe(r.result.motion!.left.wind);
  });

  it('wants the heading with the speed, and the speed with the heading', () => {
    const a = runTyphoonCase({ ...base, translationSpeed: 5 });
    const b = runTyphoonCase({ ...base, heading: 90 });
    const c = runTyphoonCase({ ...base, translationSpeed: 90, heading: 400 });
    expect(a.ok || a.errors.map((e) => e.path)).toEqual(['heading']);
    expect(b.ok || b.errors.map((e) => e.path)).toEqual(['translationSpeed']);
    expect(c.ok || c.errors.map((e) => e.path).sort()).toEqual(['heading', 'translationSpeed']);
  });
});
