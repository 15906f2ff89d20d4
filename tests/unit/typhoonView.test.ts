// The typhoon on every role's map: the centre now, the announced track and the 七级/十级/十二级
// 风圈 by quadrant (东北、东南、西南、西北, as CMA bulletins give them) — each quadrant's radius is the
// outermost reach of the floor's wind there; the circles lean to the right of the track, move and
// change with the storm, and every role is shown the same (public bulletins).
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { stormAt, type TyphoonTrack } from '../../sim-core/hazards/typhoon/track.ts';
import { surfaceWindAt } from '../../sim-core/hazards/typhoon/windAt.ts';
import { QUADRANTS, WIND_CIRCLES, windCirclesAt, windQuadrantRadii, windRadiusAlong } from '../../sim-core/hazards/typhoon/typhoonView.ts';
import { bulletinCircles, typhoonEventLine, windCircleName, windCircleRadiiText } from '../../presentation/text/typhoonText.ts';
import { windCircleOutline } from '../../presentation/map/windQuadrants.ts';

const scenario = loadScenario('scenarios/demo-district-typhoon');
const ty = scenario.typhoon!;
const SPEEDS = WIND_CIRCLES.map((c) => c.speed);
const along = (x: number, y: number, r: number, bearing: number): [number, number] => [x + r * Math.sin((bearing * Math.PI) / 180), y + r * Math.cos((bearing * Math.PI) / 180)];

describe('typhoon wind circles by quadrant', () => {
  it('each quadrant’s radius is the farthest its bearings reach the force floor', () => {
    const storm = stormAt(ty.track, 9 * 3600);
    const circles = windQuadrantRadii(ty.track, storm, SPEEDS);
    for (const [k, { speed }] of WIND_CIRCLES.entries()) {
      const radii = circles[k];
      if (radii === null) continue;
      for (const [q, { from }] of QUADRANTS.entries()) {
        if (radii[q] === 0) continue;
        expect(radii[q]).toBeGreaterThan(storm.vortex.rmax);
        const bearings = Array.from({ length: 19 }, (_, j) => from + 5 * j);
        // Reached at the radius on some bearing of the quadrant, and 2 m further on none.
        expect(bearings.some((b) => surfaceWindAt(ty.track, storm, ...along(storm.x, storm.y, radii[q], b)) >= speed)).toBe(true);
        for (const b of bearings) expect(surfaceWindAt(ty.track, storm, ...along(storm.x, storm.y, radii[q] + 2, b))).toBeLessThan(speed);
      }
    }
    // Stronger wind, smaller circle, quadrant by quadrant.
    const [f7, f10] = circles;
    expect(f7).not.toBeNull();
    expect(f10).not.toBeNull();
    for (let q = 0; q < 4; q++) expect(f7![q]).toBeGreaterThan(f10![q]);
    // A wind the storm never reaches has no circle.
    expect(windQuadrantRadii(ty.track, storm, [80])).toEqual([null]);
  });

  it('leans to the right of the track: the demo storm moves north-west, so NE is widest and SW narrowest', () => {
    for (const t of [0, 6 * 3600, 9 * 3600]) {
      const s = stormAt(ty.track, t);
      expect(s.vx).toBeLessThan(0); // heading north-west
      expect(s.vy).toBeGreaterThan(0);
      for (const c of windCirclesAt(ty.track, t).slice(0, 2)) {
        const [ne, se, sw, nw] = c.radii!;
        expect(ne).toBe(Math.max(ne, se, sw, nw));
        expect(sw).toBe(Math.min(ne, se, sw, nw));
        expect(ne - sw).toBeGreaterThan(10_000);
      }
    }
  });

  it('a storm standing still has a round circle: four equal radii', () => {
    const still: TyphoonTrack = { ...ty.track, fixes: [ty.track.fixes[0]] };
    const s = stormAt(still, 0);
    expect([s.vx, s.vy]).toEqual([0, 0]);
    const [f7] = windQuadrantRadii(still, s, [13.9]);
    const east = windRadiusAlong(still, s, 13.9, 90)!;
    for (const r of f7!) expect(Math.abs(r - east)).toBeLessThan(1.5);
  });

  it('the view shows the storm moving, its announced track growing, the same to every role', () => {
    const sim = createSim(scenario, { seed: 2 });
    sim.advanceTo(3600);
    const early = sim.viewFor('chief')!.typhoon!;
    sim.advanceTo(10 * 3600);
    const later = sim.viewFor('chief')!.typhoon!;
    const s10 = stormAt(ty.track, 10 * 3600);
    expect([later.x, later.y]).toEqual([Math.round(s10.x), Math.round(s10.y)]);
    expect(Math.hypot(later.x - early.x, later.y - early.y)).toBeGreaterThan(50_000);
    expect(early.track.length).toBe(1);
    expect(later.track.length).toBe(4); // fixes at 0, 3, 6 and 9 h announced
    expect(later.circles.map((c) => c.force)).toEqual([7, 10, 12]);
    expect(later.circles[0].radii).toEqual(windCirclesAt(ty.track, 10 * 3600)[0].radii);
    expect(early.circles[0].radii![0]).not.toBe(later.circles[0].radii![0]);
    expect(sim.viewFor('township:hupan')!.typhoon).toEqual(later);
    expect(sim.viewFor('director')!.typhoon).toEqual(later);
  });

  it('has no typhoon block in a scenario without one', () => {
    const sim = createSim(loadScenario('scenarios/demo-district-chemical'), { seed: 1 });
    sim.advanceTo(600);
    expect(sim.viewFor('chief')!.typhoon).toBeUndefined();
  });

  it('names the circles in Chinese', () => {
    expect([7, 10, 12].map((f) => windCircleName(f, 'zh'))).toEqual(['七级风圈', '十级风圈', '十二级风圈']);
  });

  it('each bulletin quotes the four quadrants of each circle at its fix, as CMA bulletins do', () => {
    const circles = bulletinCircles(ty.track, 3);
    const at = windCirclesAt(ty.track, ty.track.fixes[3].t);
    expect(circles[0]).toEqual({ force: 7, km: at[0].radii!.map((m) => Math.round(m / 1000)) });
    const line = typhoonEventLine(scenario, { kind: 'typhoonBulletin', typhoon: ty.id, fix: 3, x: 32000, y: 22000, pressure: 975, maxWind: 30, grade: 'severeTropicalStorm' } as any)!;
    const [ne, se, sw, nw] = circles[0].km;
    expect(line.text[0]).toContain(`。七级风圈半径：东北方向 ${ne} 公里，东南方向 ${se} 公里，西南方向 ${sw} 公里，西北方向 ${nw} 公里；十级风圈半径：东北方向 ${circles[1].km[0]} 公里`);
    expect(line.text[1]).toContain(`force-7 wind circle radii: NE ${ne} km, SE ${se} km, SW ${sw} km, NW ${nw} km; force-10`);
    expect(bulletinCircles(ty.track, 99)).toEqual([]);
  });

  it('a quadrant the circle does not reach is not quoted, and a circle reached nowhere is left out', () => {
    expect(windCircleRadiiText(10, [74, 60, 0, 52], 'zh')).toBe('十级风圈半径：东北方向 74 公里，东南方向 60 公里，西北方向 52 公里');
    expect(windCircleRadiiText(10, [74, 60, 0, 52], 'en')).toBe('force-10 wind circle radii: NE 74 km, SE 60 km, NW 52 km');
    for (let k = 0; k < ty.track.fixes.length; k++) for (const c of bulletinCircles(ty.track, k)) expect(c.km.some((x) => x > 0)).toBe(true);
  });

  it('the maps’ outline is four quarter arcs at the quadrant radii, joined on the axes', () => {
    const pts = windCircleOutline(1000, 2000, [180_000, 170_000, 120_000, 130_000]);
    const dist = ([x, y]: [number, number]) => Math.hypot(x - 1000, y - 2000);
    const bearing = ([x, y]: [number, number]) => ((Math.atan2(x - 1000, y - 2000) * 180) / Math.PI + 360) % 360;
    for (const p of pts) {
      const b = bearing(p), d = dist(p);
      // Inside a quadrant the point lies on that quadrant's arc; on an axis, on one of the two.
      const q = Math.floor((b + 1e-9) / 90) % 4;
      const onAxis = Math.abs(b - Math.round(b / 90) * 90) < 1e-6 || Math.abs(b - 360) < 1e-6;
      if (!onAxis) expect(d).toBeCloseTo([180_000, 170_000, 120_000, 130_000][q], 3);
    }
    // The east axis steps from the NE arc (180 km) to the SE arc (170 km).
    expect(pts.filter((p) => Math.abs(bearing(p) - 90) < 1e-6).map((p) => Math.round(dist(p)))).toEqual([180_000, 170_000]);
    expect(dist(pts[0])).toBeCloseTo(180_000, 6);
    expect(bearing(pts[45])).toBeCloseTo(45, 9);
  });
});
