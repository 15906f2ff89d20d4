// The after-action report's situation maps draw what the day had (issues 18, 19): on the quake day
// the intensity map (VI–IX with the 烈度分布 legend), the dam-break zone and the bridges the shock
// dropped; on the typhoon day the wind circles, the track and the corner map at the closest
// approach; on the storm day none of these. Checked in the report's HTML (the legend's SVG) and
// in the map's pixels, against the same map drawn without the layer.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSim, type Sim } from '../../sim-core/sim.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import type { SimState } from '../../sim-core/state.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { loadPlan } from '../../server/planFiles.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { reportMap } from '../../server/render/situationMap.ts';
import { renderReportHtml, reportMapTimes } from '../../presentation/report/reportHtml.ts';
import { bridgeStates, renderSituation, situationOf, type RgbaImage } from '../../presentation/map/situationMap.ts';
import { situationLegend } from '../../presentation/map/situationLegend.ts';
import { INTENSITY_RGB } from '../../presentation/map/intensityMap.ts';
import { BRIDGE_DOWN, WIND_CIRCLE_RGB, type Rgb } from '../../presentation/map/palette.ts';
import { closestApproach } from '../../sim-core/hazards/typhoon/track.ts';

function day(folder: string, until: number): Sim {
  const sim = createSim(loadScenario(`scenarios/${folder}`), { seed: 1 });
  sim.advanceTo(until);
  return sim;
}

function reportHtml(folder: string, sim: Sim): string {
  const plan = loadPlan(`scenarios/${folder}/plan.json`, sim.scenario);
  const report = scoreLog(plan, sim.scenario, sim.state.log, sim.state.t);
  return renderReportHtml({ report, plan, scenario: sim.scenario, seed: 1, series: sim.state.series, log: sim.state.log, maps: [reportMap(sim)], kpis: {} });
}

/** The legend's SVG under the report's map (empty when there is none). */
function legendSvg(html: string): string {
  return html.match(/<svg class="map-legend"[\s\S]*?<\/svg>/)?.[0] ?? '';
}

const pixel = (img: RgbaImage, x: number, y: number): Rgb => {
  const o = (Math.round(y) * img.width + Math.round(x)) * 4;
  return [img.rgba[o], img.rgba[o + 1], img.rgba[o + 2]];
};
const near = (a: Rgb, b: Rgb, tol: number) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) <= tol;

describe('the quake report’s map', () => {
  let sim: Sim;
  let html: string;
  beforeAll(() => {
    sim = day('demo-district-quake', 2 * 3600);
    html = reportHtml('demo-district-quake', sim);
  }, 120_000);

  it('has the intensity zones VI–IX under 烈度分布 in its legend, with the dam-break zone', () => {
    const svg = legendSvg(html);
    expect(svg).toContain('烈度分布');
    for (const [d, name] of [[6, 'VI度区'], [7, 'VII度区'], [8, 'VIII度区'], [9, 'IX度区']] as const) {
      expect(svg).toContain(`data-legend="intensity-${d}"`);
      expect(svg).toContain(name);
    }
    expect(svg).toContain('data-legend="dam-break-zone"');
    expect(svg).toContain('溃坝洪水淹没范围');
    // Chinese only: no English words or ids in the legend's text.
    const text = svg.replace(/<[^>]+>/g, ' ');
    expect(text).not.toMatch(/intensity|bridge|br-|typhoon/i);
  });

  it('washes the epicentre in the highest degree’s colour, which the map without the layer lacks', () => {
    const q = sim.scenario.earthquake!;
    const layers = situationOf(sim.scenario, sim.state);
    expect(layers.intensity).toBe(true);
    const scale = 2, { cellSize, height } = sim.scenario.grid;
    const x = (q.epicentre.x / cellSize) * scale, y = (height - q.epicentre.y / cellSize) * scale;
    const withIt = renderSituation(sim.scenario, layers, scale);
    const without = renderSituation(sim.scenario, { ...layers, intensity: false }, scale);
    const a = pixel(withIt, x, y), b = pixel(without, x, y);
    const toIX = (c: Rgb) => Math.hypot(c[0] - INTENSITY_RGB[9][0], c[1] - INTENSITY_RGB[9][1], c[2] - INTENSITY_RGB[9][2]);
    expect(toIX(a)).toBeLessThan(toIX(b) - 20);
  });

  it('marks every bridge the shock dropped, and names it in the legend', () => {
    const down = sim.state.log.filter((e): e is EventEntry & { kind: 'bridgeDown' } => e.entry === 'event' && e.kind === 'bridgeDown').map((e) => e.bridge);
    // Seed 1 drops at least one bridge (the HWB5 湖畔县道桥 near the epicentre); the test needs one.
    expect(down.length).toBeGreaterThan(0);
    const layers = situationOf(sim.scenario, sim.state);
    expect(layers.bridges!.filter((b) => b.state === 'down').map((b) => b.id).sort()).toEqual([...down].sort());
    const svg = legendSvg(html);
    expect(svg).toContain('data-legend="bridge-down"');
    expect(svg).toContain('桥梁震损垮塌');
    expect(svg).not.toContain('data-legend="bridge-reopened"');
    const scale = 2, { cellSize, height } = sim.scenario.grid;
    const img = renderSituation(sim.scenario, layers, scale);
    for (const b of layers.bridges!) {
      const cx = (b.x / cellSize) * scale, cy = (height - b.y / cellSize) * scale;
      let dark = 0;
      for (let dy = -4; dy <= 4; dy++) for (let dx = -4; dx <= 4; dx++) if (near(pixel(img, cx + dx, cy + dy), BRIDGE_DOWN, 10)) dark++;
      expect(dark, b.id).toBeGreaterThan(20);
    }
  });

  it('shows a bridge an emergency bridge reopened as reopened, and one down again as down', () => {
    const [a, b] = sim.scenario.bridges!;
    const state = {
      entities: { quake: { bridges: { [b.id]: { t: 600, work: 0 } } } },
      log: [a, b].map((x, k) => ({ entry: 'event', t: 3600 + k, seq: k, visibleTo: [], kind: 'bridgeRepaired', bridge: x.id, edges: x.edges })),
    } as unknown as SimState;
    expect(bridgeStates(sim.scenario, state).map((x) => [x.id, x.state])).toEqual([[a.id, 'reopened'], [b.id, 'down']]);
    const legend = situationLegend(sim.scenario, { flood: null, fire: null, closedEdges: [], units: [], bridges: bridgeStates(sim.scenario, state) }, 'zh');
    expect(legend.flatMap((g) => g.entries.map((e) => e.label))).toEqual(expect.arrayContaining(['应急钢桥抢通', '桥梁震损垮塌']));
  });

  it('before the shock has no intensity map and no bridge', () => {
    const before = day('demo-district-quake', 5 * 60);
    const layers = situationOf(before.scenario, before.state);
    expect(layers.intensity).toBeUndefined();
    expect(layers.bridges).toEqual([]);
    expect(legendSvg(reportHtml('demo-district-quake', before))).not.toContain('烈度分布');
  }, 60_000);
});

describe('the typhoon report’s map', () => {
  let sim: Sim;
  let html: string;
  beforeAll(() => {
    const s = loadScenario('scenarios/demo-district-typhoon');
    const at = closestApproach(s.typhoon!.track, (s.grid.width * s.grid.cellSize) / 2, (s.grid.height * s.grid.cellSize) / 2);
    // The report takes a map at the closest approach besides every 6 h.
    expect(reportMapTimes(24 * 3600, s)).toContain(at);
    expect(at % (6 * 3600)).not.toBe(0);
    sim = day('demo-district-typhoon', at);
    html = reportHtml('demo-district-typhoon', sim);
  }, 120_000);

  it('has the wind circles with their radii and the track in its legend', () => {
    const svg = legendSvg(html);
    const view = situationOf(sim.scenario, sim.state).typhoon!;
    for (const c of view.circles) {
      if (c.radii === null) expect(svg).not.toContain(`data-legend="wind-${c.force}"`);
      else {
        const [ne, se, sw, nw] = c.radii.map((m) => Math.round(m / 1000));
        expect(svg).toContain(`${({ 7: '七', 10: '十', 12: '十二' } as Record<number, string>)[c.force]}级风圈半径：东北方向 ${ne} 公里，东南方向 ${se} 公里，西南方向 ${sw} 公里，西北方向 ${nw} 公里`);
      }
    }
    expect(view.circles.filter((c) => c.radii !== null).length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('台风路径及中心');
    expect(svg).toContain('右上角小图');
    expect(svg).not.toContain('烈度分布');
  });

  it('draws the circles: the corner map holds the 七级 circle’s colour, the map without the typhoon does not', () => {
    const layers = situationOf(sim.scenario, sim.state);
    const withIt = renderSituation(sim.scenario, layers, 2);
    const without = renderSituation(sim.scenario, { ...layers, typhoon: undefined }, 2);
    const count = (img: RgbaImage) => {
      let n = 0;
      for (let y = 0; y < img.height * 0.3; y++) for (let x = Math.floor(img.width * 0.7); x < img.width; x++) if (near(pixel(img, x, y), WIND_CIRCLE_RGB[7], 40)) n++;
      return n;
    };
    expect(count(withIt)).toBeGreaterThan(100);
    expect(count(without)).toBeLessThan(10);
  });
});

describe('the storm day’s report map', () => {
  it('has no intensity map, bridges, dam-break zone or typhoon, and no legend under the map', () => {
    const sim = day('demo-district', 3 * 3600);
    const layers = situationOf(sim.scenario, sim.state);
    expect(layers.intensity).toBeUndefined();
    expect(layers.bridges).toBeUndefined();
    expect(layers.typhoon).toBeUndefined();
    const html = reportHtml('demo-district', sim);
    expect(html).toContain('关键时刻态势图');
    expect(legendSvg(html)).toBe('');
    expect(html).not.toMatch(/data-legend="(intensity|wind|bridge|dam-break|typhoon)/);
    expect(reportMapTimes(24 * 3600, sim.scenario)).toEqual([6, 12, 18, 24].map((h) => h * 3600));
  }, 120_000);
});
