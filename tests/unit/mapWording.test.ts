// The wording a player reads about the map: roads by class, number and place (never "路段 1419"),
// road nodes by the village they serve, reservoirs in the duty room's words with strict lines
// (a pool at its flood-limit level is 正常), ad-hoc injects by kind, closure causes in Chinese;
// and the map's colours: no road class in or near the closure red, closed roads crossed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { nodeName, roadLabelAnchors, roadName, roadShortName, roadsText } from '../../presentation/text/roadNames.ts';
import { reservoirLines, reservoirState } from '../../presentation/text/reservoirState.ts';
import { closureReasonName, gaugeReading, injectName, placeName, reservoirStateName } from '../../presentation/text/names.ts';
import { CLOSED, CLOSED_MARK, ROAD_MIN_DISTANCE_FROM_CLOSED, ROAD_RGB, VILLAGE_STATUS_RGB } from '../../presentation/map/palette.ts';
import { renderSituation } from '../../presentation/map/situationMap.ts';

const ASCII_WORD = /[A-Za-z]{2,}/;

let s: Scenario;
beforeAll(() => { s = loadScenario('scenarios/demo-district'); });

describe('road names', () => {
  it('names every edge in Chinese by class, with a route number for through roads and a place', () => {
    for (let e = 0; e < s.roads.edgeCount; e += 7) {
      const n = roadName(s, e, 'zh');
      expect(n).toMatch(/^(国道G1\d\d|县道X\d{3}|乡道Y\d{3}|村道|机耕路)/);
      expect(n).not.toMatch(/路段|\b\d{4}\b/);
      expect(n.replace(/[GXY]\d{3}/, '')).not.toMatch(ASCII_WORD);
    }
  });

  it('is fixed for a scenario and differs between far-apart stretches of one road', () => {
    const county = [...Array(s.roads.edgeCount).keys()].filter((e) => s.roads.edgeClass[e] === 1);
    expect(roadName(s, county[0], 'zh')).toBe(roadName(s, county[0], 'zh'));
    const names = new Set(county.map((e) => roadName(s, e, 'zh')));
    expect(names.size).toBeGreaterThan(5);
    expect(roadName(s, county[0], 'en')).toMatch(/^County road X\d{3}/);
  });

  it('groups several edges by road and counts them', () => {
    const e = [...Array(s.roads.edgeCount).keys()].find((k) => s.roads.edgeClass[k] === 0)!;
    const same = [...Array(s.roads.edgeCount).keys()].filter((k) => roadName(s, k, 'zh') === roadName(s, e, 'zh')).slice(0, 3);
    expect(roadsText(s, same, 'zh')).toBe(`${roadName(s, e, 'zh')} 3 段`);
  });

  it('labels numbered roads on the map at spaced anchors', () => {
    const anchors = roadLabelAnchors(s);
    expect(anchors.length).toBeGreaterThan(10);
    for (const a of anchors) expect(roadShortName(s, a.edge, 'zh')).toMatch(/^(国道G|县道X|乡道Y)\d{3}$/);
  });

  it('names a road node by the village it serves, never by its number', () => {
    const v = s.villages[0];
    expect(nodeName(s, v.node, 'zh')).toBe(`${v.name.zh}附近`);
    expect(placeName(s, `node:${v.node}`, 'zh')).toBe(`${v.name.zh}附近`);
    expect(placeName(s, `node:${v.node}`, 'zh')).not.toMatch(/节点|\d/);
  });
});

describe('reservoir states', () => {
  it('reads a pool at its flood-limit level as 正常, and climbs through 超汛限 / 超警戒 / 超设计 / 漫坝', () => {
    const r = s.reservoirs.find((x) => x.id === 'res-yunling')!;
    const l = reservoirLines(s, r.id)!;
    expect(l.floodLimit).toBe(r.floodLimitLevel);
    expect(l.floodLimit < l.warning && l.warning < l.design && l.design < l.crest).toBe(true);
    const words = (level: number, over = false) => reservoirStateName(reservoirState(s, r.id, level, over), 'zh');
    expect(words(r.floodLimitLevel)).toBe('正常');
    expect(words(r.floodLimitLevel - 3)).toBe('正常');
    expect(words(r.floodLimitLevel + 0.1)).toBe('超汛限');
    expect(words(l.warning + 0.1)).toBe('超警戒');
    expect(words(l.design + 0.1)).toBe('超设计');
    expect(words(l.crest + 0.01)).toBe('漫坝');
    expect(words(r.floodLimitLevel, true)).toBe('漫坝');
  });

  it('reads a reservoir dam gauge by the reservoir, a river gauge by its own levels', () => {
    const dam = s.gauges.find((g) => g.on === 'reservoir')!;
    // The core calls a dam gauge at its flood-limit line "warning"; the duty room calls it normal.
    expect(gaugeReading(s, dam.id, dam.warningLevel, 'warning', 'zh')).toBe('正常');
    const river = s.gauges.find((g) => g.on === 'river')!;
    expect(gaugeReading(s, river.id, river.warningLevel, 'warning', 'zh')).toBe('超警戒');
  });
});

describe('other wording', () => {
  it('names an ad-hoc inject by its kind, never by its id', () => {
    expect(injectName(s, 'adhoc-263', 'zh', undefined, 'trapped')).toBe('群众被困');
    expect(injectName(s, 'adhoc-263', 'zh')).not.toContain('adhoc');
    expect(injectName(s, s.injects[0].id, 'zh')).not.toContain(s.injects[0].id);
  });

  it('gives closure causes in Chinese and keeps an order’s own words', () => {
    expect(closureReasonName('flood', 'zh')).toBe('积水漫路');
    expect(closureReasonName('slide', 'zh')).toBe('塌方阻断');
    expect(closureReasonName('桥梁受损', 'zh')).toBe('桥梁受损');
  });
});

describe('map colours', () => {
  const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

  it('draws no road class in or near the closure red', () => {
    for (const c of ROAD_RGB) expect(dist(c, CLOSED)).toBeGreaterThanOrEqual(ROAD_MIN_DISTANCE_FROM_CLOSED);
    expect(dist(VILLAGE_STATUS_RGB.inDanger, ROAD_RGB[0])).toBeGreaterThan(100);
  });

  it('paints a closed road red and crossed in the report map', () => {
    const g = s.roads;
    const e = [...Array(g.edgeCount).keys()].find((k) => g.edgeClass[k] === 0)!;
    const scale = 4;
    const img = renderSituation(s, { flood: null, fire: null, closedEdges: [e], units: [] }, scale);
    const { height: h, cellSize } = s.grid;
    const px = (x: number) => Math.round((x / cellSize) * scale), py = (y: number) => Math.round((h - y / cellSize) * scale);
    const cx = (g.nodeX[g.edgeFrom[e]] + g.nodeX[g.edgeTo[e]]) / 2, cy = (g.nodeY[g.edgeFrom[e]] + g.nodeY[g.edgeTo[e]]) / 2;
    const at = (x: number, y: number) => [...img.rgba.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 3)];
    // The cross's centre is white, with the closure red around it.
    expect(at(px(cx), py(cy))).toEqual([...CLOSED_MARK]);
    let red = 0;
    for (let y = py(cy) - 12; y <= py(cy) + 12; y++) for (let x = px(cx) - 12; x <= px(cx) + 12; x++) if (at(x, y).join() === CLOSED.join()) red++;
    expect(red).toBeGreaterThan(10);
    // Without the closure the same spot is an open road's colour, not red.
    const open = renderSituation(s, { flood: null, fire: null, closedEdges: [], units: [] }, scale);
    expect([...open.rgba.slice((py(cy) * open.width + px(cx)) * 4, (py(cy) * open.width + px(cx)) * 4 + 3)]).not.toEqual([...CLOSED]);
  });
});

describe('each role’s map opens on its own area', () => {
  it('a township on all its villages and shelters, a team on its base, the chief on the whole district', async () => {
    const { homeArea } = await import('../../presentation/map/homeArea.ts');
    const t = s.townships[0];
    const a = homeArea(s, `township:${t.id}`)!;
    for (const p of [...s.villages.filter((v) => v.township === t.id), ...s.shelters.filter((x) => x.township === t.id)]) {
      expect(p.x >= a.x0 && p.x <= a.x1 && p.y >= a.y0 && p.y <= a.y1).toBe(true);
    }
    // Smaller than the district: it is that township's area, not the whole map.
    expect((a.x1 - a.x0) * (a.y1 - a.y0)).toBeLessThan(0.5 * s.grid.width * s.grid.height * s.grid.cellSize ** 2);
    const team = s.teams[0];
    const base = s.teamBases.find((b) => b.id === team.base)!;
    const ta = homeArea(s, `team:${team.id}`)!;
    expect(base.x >= ta.x0 && base.x <= ta.x1 && base.y >= ta.y0 && base.y <= ta.y1).toBe(true);
    expect(homeArea(s, 'chief')).toBeNull();
    expect(homeArea(s, 'director')).toBeNull();
  });
});
