// The typhoon on every role's map: the centre now, the announced track and the 七级/十级/十二级
// 风圈 — each circle's radius is where the Holland surface wind falls to the Beaufort floor, the
// circles move and change with the storm, and every role is shown the same (public bulletins).
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { stormAt } from '../../sim-core/hazards/typhoon/track.ts';
import { surfaceWindAt } from '../../sim-core/hazards/typhoon/windAt.ts';
import { WIND_CIRCLES, windCircleRadius } from '../../sim-core/hazards/typhoon/typhoonView.ts';
import { bulletinCircles, typhoonEventLine, windCircleName } from '../../presentation/text/typhoonText.ts';

const scenario = loadScenario('scenarios/demo-district-typhoon');
const ty = scenario.typhoon!;

describe('typhoon wind circles', () => {
  it('each radius is where the wind falls to the force floor, beyond the radius of maximum wind', () => {
    const storm = stormAt(ty.track, 9 * 3600);
    const radii = WIND_CIRCLES.map(({ speed }) => windCircleRadius(ty.track, storm, speed));
    for (const [k, { speed }] of WIND_CIRCLES.entries()) {
      const r = radii[k];
      if (r === null) continue;
      expect(r).toBeGreaterThan(storm.vortex.rmax);
      expect(surfaceWindAt(ty.track, storm, storm.x + r, storm.y)).toBeGreaterThanOrEqual(speed);
      expect(surfaceWindAt(ty.track, storm, storm.x + r + 2, storm.y)).toBeLessThan(speed);
    }
    // Stronger wind, smaller circle.
    expect(radii[0]).not.toBeNull();
    expect(radii[1]).not.toBeNull();
    expect(radii[0]!).toBeGreaterThan(radii[1]!);
    if (radii[2] !== null) expect(radii[1]!).toBeGreaterThan(radii[2]);
    // A wind the storm never reaches has no circle.
    expect(windCircleRadius(ty.track, storm, 80)).toBeNull();
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
    expect(later.circles[0].radius).toBe(Math.round(windCircleRadius(ty.track, s10, 13.9)!));
    expect(early.circles[0].radius).not.toBe(later.circles[0].radius);
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

  it('each bulletin quotes the circles at its fix, as the weather service does', () => {
    const circles = bulletinCircles(ty.track, 3);
    const storm = stormAt(ty.track, ty.track.fixes[3].t);
    expect(circles[0]).toEqual({ force: 7, km: Math.round(windCircleRadius(ty.track, storm, 13.9)! / 1000) });
    const line = typhoonEventLine(scenario, { kind: 'typhoonBulletin', typhoon: ty.id, fix: 3, x: 32000, y: 22000, pressure: 975, maxWind: 30, grade: 'severeTropicalStorm' } as any)!;
    expect(line.text[0]).toContain(`七级风圈半径 ${circles[0].km} 公里`);
    expect(bulletinCircles(ty.track, 99)).toEqual([]);
  });
});
