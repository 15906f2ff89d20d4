// 烈度分布图: the chief and the townships get the intensity map when the scenario publishes it
// (earthquake.intensityMapAt, the demo's `intensity-map` message), not before; teams and the
// observer never; the director and evaluator from the shock. The layer is the intensity field by
// whole degree: falling away from the epicentre, longer along the fault than across it.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { createSim } from '../../sim-core/sim.ts';
import { intensityDegrees, intensityMapPixels, mappedDegrees } from '../../presentation/map/intensityMap.ts';
import { shakingAt } from '../../sim-core/hazards/quake/shaking.ts';
import { intensityZoneName } from '../../presentation/text/quakeText.ts';

const s = loadScenario('scenarios/demo-district-quake');
const q = s.earthquake!;

describe('who has the intensity map, and when', () => {
  it('is published to the chief and the townships at intensityMapAt, with the agency message', () => {
    const at = q.intensityMapAt!;
    const message = s.injects.find((i) => i.id === 'intensity-map')!;
    expect(message.t).toBe(at); // the map and the message that tells of it come together
    const sim = createSim(s, { seed: 2 });
    const roles = ['chief', 'township:songling', 'team:fire-1', 'observer', 'director', 'evaluator'];
    const has = () => Object.fromEntries(roles.map((r) => [r, sim.viewFor(r)!.intensityMap ?? null]));
    expect(Object.values(has()).every((x) => x === null)).toBe(true); // before the shock
    sim.advanceTo(at - 600);
    expect(has()).toEqual({ chief: null, 'township:songling': null, 'team:fire-1': null, observer: null, director: { since: q.t }, evaluator: { since: q.t } });
    sim.advanceTo(at);
    expect(has()).toEqual({ chief: { since: at }, 'township:songling': { since: at }, 'team:fire-1': null, observer: null, director: { since: q.t }, evaluator: { since: q.t } });
  }, 60_000);

  it('is never published when the scenario gives no time', () => {
    const { intensityMapAt: _, ...rest } = q;
    const sim = createSim({ ...s, earthquake: rest }, { seed: 2 });
    sim.advanceTo(3 * 3600);
    expect(sim.viewFor('chief')!.intensityMap).toBeUndefined();
    expect(sim.viewFor('director')!.intensityMap).toEqual({ since: q.t });
  }, 60_000);
});

describe('the intensity map layer', () => {
  const { width: w, cellSize } = s.grid;
  const deg = intensityDegrees(s)!;
  const at = (x: number, y: number) => deg[Math.floor(y / cellSize) * w + Math.floor(x / cellSize)];

  it('gives each cell its intensity rounded to the degree, VI and up', () => {
    expect(mappedDegrees(s)).toEqual([6, 7, 8, 9]);
    for (const [x, y] of [[30000, 34000], [36000, 40000], [30000, 28000], [10000, 10000], [45000, 5000]]) {
      const i = shakingAt(q, Math.floor(x / cellSize) * cellSize + cellSize / 2, Math.floor(y / cellSize) * cellSize + cellSize / 2).intensity;
      expect(at(x, y), `${x}, ${y}`).toBe(Math.round(i) >= 6 ? Math.round(i) : 0);
    }
  });

  it('falls away from the epicentre and reaches farther along the fault (N50°E) than across it', () => {
    const ext = (dx: number, dy: number) => { // metres from the epicentre to the edge of the VIII zone along a direction
      let r = 0;
      while (at(q.epicentre.x + dx * (r + 100), q.epicentre.y + dy * (r + 100)) >= 8) r += 100;
      return r;
    };
    const sx = Math.sin((q.strike * Math.PI) / 180), sy = Math.cos((q.strike * Math.PI) / 180);
    const along = ext(sx, sy), across = ext(sy, -sx);
    expect(along).toBeGreaterThan(across * 1.2);
    // The rapid report the chief is told of (the `intensity-map` message) says the VIII zone is about 39 km by 26 km.
    expect(2 * along / 1000).toBeCloseTo(39, 0); // 38.8 km (cells of 100 m)
    expect(2 * across / 1000).toBeCloseTo(26, 0);
    expect(at(q.epicentre.x, q.epicentre.y)).toBe(9);
    expect(at(q.epicentre.x + 20000 * sy, q.epicentre.y - 20000 * sx)).toBeLessThan(8);
  });

  it('draws only the mapped cells, and is absent without an earthquake; the legend says 度区 in Roman numerals', () => {
    const px = intensityMapPixels(s)!;
    let drawn = 0;
    for (let k = 3; k < px.length; k += 4) if (px[k] > 0) drawn++;
    expect(drawn).toBe(deg.filter((d) => d > 0).length);
    const { earthquake: _, ...none } = s;
    expect(intensityMapPixels(none)).toBeNull();
    expect(intensityZoneName(8, 'zh')).toBe('VIII度区');
    expect(intensityZoneName(6, 'zh')).toBe('VI度区');
  });
});
