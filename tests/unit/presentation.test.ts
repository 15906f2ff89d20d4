// The shared presentation layer: every event the storm day and the fire day produce is worded in
// Chinese with the scenario's Chinese names (never an id) and in English when asked; the
// situation-map renderer paints the palette's colours where the state says.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createSim, type Sim } from '../../sim-core/sim.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { allPlaces } from '../../sim-core/world/placeIndex.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';
import { depthAt, floodRuntime } from '../../sim-core/hazards/floodRuntime.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { readCommandsFile } from '../../server/run/commandsFile.ts';
import { eventLine, isHazardRoadChange } from '../../presentation/text/eventText.ts';
import { orderText } from '../../presentation/text/orderText.ts';
import { COVER_RGB, ROAD_RGB, shadeFactor, WATER, WATER_MIN_DEPTH, waterAlpha } from '../../presentation/map/palette.ts';
import { renderSituation, situationOf, type RgbaImage, type SituationLayers } from '../../presentation/map/situationMap.ts';
import { renderReportHtml } from '../../presentation/report/reportHtml.ts';
import { formatScore } from '../../presentation/report/scoreText.ts';
import { encodePng } from '../../server/render/png.ts';
import { loadPlan } from '../../server/planFiles.ts';
import { scoreLog } from '../../sim-core/score/score.ts';

/** Plays a scenario's sample command log (as `npm run demo` does) up to `until`, looking at `at` on the way. */
function sampleDay(folder: string, until: number, look?: { at: number; f: (sim: Sim) => void }): Sim {
  const scenario = loadScenario(`scenarios/${folder}`);
  const sim = createSim(scenario, { seed: 1 });
  const to = (t: number) => {
    if (look && sim.state.t < look.at && t >= look.at) { sim.advanceTo(look.at); look.f(sim); }
    sim.advanceTo(t);
  };
  for (const c of readCommandsFile(`scenarios/${folder}/sample-commands.jsonl`)) {
    if (c.t > until) break;
    to(c.t);
    sim.apply(c.command);
  }
  to(until);
  return sim;
}

describe('presentation on the sample days', () => {
  /** The storm day at 12 h, as the map tests need it (the sim goes on to 24 h for the wording). */
  interface Moment { image: RgbaImage; depths: Float64Array; layers: SituationLayers; fireArrival: Float64Array; t: number }
  let storm: Sim;
  let at12h: Moment;
  let fire: Sim;
  beforeAll(() => {
    storm = sampleDay('demo-district', 86_400, {
      at: 12 * 3600,
      f: (sim) => {
        const s = sim.scenario;
        const rt = floodRuntime(s);
        const depths = new Float64Array(s.grid.width * s.grid.height);
        for (let c = 0; c < depths.length; c++) depths[c] = depthAt(s, rt, sim.state.fields.flood, c);
        const layers = situationOf(s, sim.state);
        at12h = { image: renderSituation(s, layers, 2), depths, layers, fireArrival: Float64Array.from(sim.state.fields.fireArrival), t: sim.state.t };
      },
    });
    fire = sampleDay('demo-district-fire', 12 * 3600);
  }, 180_000);

  /** Every id a scenario gives a thing, which no Chinese line may show. */
  function scenarioIds(s: Scenario): Set<string> {
    return new Set([
      ...allPlaces(s).map((p) => p.id), ...s.teams.map((t) => t.id), ...s.levees.map((l) => l.id),
      ...s.rainZones.map((z) => z.id), ...s.injects.map((i) => i.id), s.id,
    ]);
  }

  const CJK = /[\u4e00-\u9fff]/;
  /** Kinds never listed anywhere (their news is in another event's line). */
  const UNWORDED = new Set(['unitDeparted', 'evacueesDeparted', 'suppliesDispatched']);

  function checkWording(sim: Sim): string[] {
    const s = sim.scenario;
    const ids = scenarioIds(s);
    const events = sim.state.log.filter((e): e is EventEntry => e.entry === 'event');
    const kinds = new Set<string>();
    for (const e of events) {
      kinds.add(e.kind);
      const zh = eventLine(s, e, 'zh');
      const en = eventLine(s, e, 'en');
      if (UNWORDED.has(e.kind) || isHazardRoadChange(e)) {
        expect(zh, e.kind).toBeNull();
        continue;
      }
      expect(zh, `${e.kind} has no Chinese line`).not.toBeNull();
      expect(en, `${e.kind} has no English line`).not.toBeNull();
      const text = `${zh!.tag} ${zh!.text}`;
      expect(text, e.kind).toMatch(CJK);
      for (const token of text.match(/[A-Za-z][\w:.-]*/g) ?? []) {
        expect(ids.has(token), `${e.kind}: id "${token}" in "${text}"`).toBe(false);
        expect(token, `${e.kind}: "${text}"`).not.toMatch(/^(fire|camera|team|township|node|inject)[-:]/);
      }
      // English: an English heading, and a line that is not the Chinese one.
      expect(en!.tag, e.kind).toMatch(/^[\x20-\x7e]+$/);
      expect(en!.text, e.kind).not.toBe(zh!.text);
    }
    for (const c of sim.state.log) {
      if (c.entry !== 'command') continue;
      const zh = orderText(s, c, 'zh');
      expect(zh, c.type).toMatch(CJK);
      for (const token of zh.match(/[A-Za-z][\w:.-]*/g) ?? []) expect(ids.has(token), `${c.type}: "${zh}"`).toBe(false);
      expect(orderText(s, c, 'en'), c.type).not.toBe(zh);
    }
    return [...kinds].sort();
  }

  describe('presentation: event and order wording', () => {
    it('words every event of the storm day in Chinese names, and in English', () => {
      const kinds = checkWording(storm);
      // The storm day's own news: warnings and 叫应, evacuation, flooding, slides, the reservoir.
      for (const k of ['warningIssued', 'warningAcknowledged', 'evacuationOrdered', 'placeFlooded', 'slide', 'peopleTrapped', 'injectFired']) expect(kinds).toContain(k);
      expect(kinds.length).toBeGreaterThan(25);
    });

    it('words every event of the fire day in Chinese names, and in English', () => {
      const kinds = checkWording(fire);
      for (const k of ['fireIgnited', 'fireDetected', 'unitArrived']) expect(kinds).toContain(k);
      const ignited = fire.state.log.find((e): e is EventEntry => e.entry === 'event' && e.kind === 'fireIgnited')!;
      expect(eventLine(fire.scenario, ignited, 'zh')!.text).toMatch(/^1号火场 于 /);
      expect(eventLine(fire.scenario, ignited, 'en')!.text).toMatch(/^fire 1 started at /);
    });

    it('names a team and a place in Chinese, or in English where the scenario has it', () => {
      const arrived = fire.state.log.find((e): e is EventEntry & { kind: 'unitArrived' } => e.entry === 'event' && e.kind === 'unitArrived')!;
      const team = fire.scenario.teams.find((t) => t.id === arrived.unit)!;
      expect(eventLine(fire.scenario, arrived, 'zh')!.text).toContain(team.name.zh);
      expect(eventLine(fire.scenario, arrived, 'en')!.text).toContain(team.name.en ?? team.name.zh);
      expect(eventLine(fire.scenario, arrived, 'en')!.tag).toBe('Arrived');
    });
  });

  describe('presentation: the report', () => {
    it('writes the fire day’s report in Chinese with its verdicts, key events and a map', () => {
      const plan = loadPlan('scenarios/demo-district-fire/plan.json', fire.scenario);
      const report = scoreLog(plan, fire.scenario, fire.state.log, fire.state.t);
      const img = renderSituation(fire.scenario, situationOf(fire.scenario, fire.state), 1);
      const html = renderReportHtml({
        report, plan, scenario: fire.scenario, seed: 1, series: fire.state.series, log: fire.state.log,
        maps: [{ t: fire.state.t, png: encodePng(img.width, img.height, img.rgba) }], kpis: {},
      });
      expect(html).toContain(`${plan.name.zh} — 演练评估报告`);
      const tally = `要求 ${report.requirements.length} 项：按时 ${report.requirements.filter((r) => r.verdict === 'onTime').length}，`;
      expect(html).toContain(tally);
      expect(formatScore(report)).toContain(tally);
      // The first fire found is a key event, worded as everywhere else.
      const found = fire.state.log.find((e): e is EventEntry => e.entry === 'event' && e.kind === 'fireDetected')!;
      expect(html).toContain(`[火情] ${eventLine(fire.scenario, found, 'zh')!.text}`);
      // The fire day starts 03-30 11:00; 12 h on.
      expect(html).toContain('<img alt="态势图 03-30 23:00" src="data:image/png;base64,iVBORw0KGgo');
    });
  });

  describe('presentation: the situation map', () => {
    const pixel = (x: number, y: number) => { const { image } = at12h; const o = (y * image.width + x) * 4; return [...image.rgba.subarray(o, o + 4)]; };

    /** Distance (m) from a point to the nearest road edge or marked place. */
    function clearance(s: Scenario, x: number, y: number): number {
      const g = s.roads;
      let d = Infinity;
      for (let e = 0; e < g.edgeCount; e++) {
        const ax = g.nodeX[g.edgeFrom[e]], ay = g.nodeY[g.edgeFrom[e]], bx = g.nodeX[g.edgeTo[e]], by = g.nodeY[g.edgeTo[e]];
        const L2 = (bx - ax) ** 2 + (by - ay) ** 2;
        const u = L2 ? Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / L2)) : 0;
        d = Math.min(d, Math.hypot(x - ax - u * (bx - ax), y - ay - u * (by - ay)));
      }
      for (const p of [...s.villages, ...s.shelters, ...s.townships, ...s.teamBases]) d = Math.min(d, Math.hypot(x - p.x, y - p.y));
      return d;
    }

    it('is the grid at two pixels a cell', () => {
      const { image } = at12h;
      expect([image.width, image.height]).toEqual([storm.scenario.grid.width * 2, storm.scenario.grid.height * 2]);
      expect(image.rgba.length).toBe(image.width * image.height * 4);
    });

    it('paints a flooded cell in the palette’s water over the hill-shaded land cover', () => {
      const s = storm.scenario;
      const { depths } = at12h;
      const { width: w, height: h, cellSize } = s.grid;
      let cell = -1;
      for (let c = 0; c < depths.length && cell < 0; c++) {
        if (depths[c] > 0.5 && s.landCover[c] !== LAND_COVER.water && at12h.fireArrival[c] > at12h.t
          && clearance(s, (c % w + 0.5) * cellSize, (Math.floor(c / w) + 0.5) * cellSize) > 6 * cellSize) cell = c;
      }
      expect(cell, 'a flooded cell away from roads and places at 12 h').toBeGreaterThanOrEqual(0);
      const i = cell % w, j = Math.floor(cell / w);
      const base = COVER_RGB[s.landCover[cell]];
      const shade = shadeFactor(s.elevation, w, h, cellSize, i, j);
      expect(depths[cell]).toBeGreaterThan(WATER_MIN_DEPTH);
      const a = Math.round(waterAlpha(depths[cell]) * 255) / 255;
      const expected = [0, 1, 2].map((k) => Math.min(255, base[k] * shade) * (1 - a) + WATER[k] * a);
      const got = pixel(i * 2, (h - 1 - j) * 2);
      for (let k = 0; k < 3; k++) expect(Math.abs(got[k] - expected[k]), `channel ${k}: ${got} vs ${expected}`).toBeLessThanOrEqual(1.5);
      expect(got[3]).toBe(255);
      // Blue dominates a cell under more than half a metre of water.
      expect(got[2]).toBeGreaterThan(got[0]);
    });

    it('paints an open highway in the palette’s highway colour', () => {
      const s = storm.scenario;
      const g = s.roads;
      const { height: h, cellSize } = s.grid;
      const closed = new Set(at12h.layers.closedEdges);
      const units = at12h.layers.units;
      let found = false;
      for (let e = 0; e < g.edgeCount && !found; e++) {
        if (g.edgeClass[e] !== 0 || closed.has(e)) continue;
        const x = (g.nodeX[g.edgeFrom[e]] + g.nodeX[g.edgeTo[e]]) / 2, y = (g.nodeY[g.edgeFrom[e]] + g.nodeY[g.edgeTo[e]]) / 2;
        const nearPlace = [...s.villages, ...s.shelters, ...s.townships, ...s.teamBases, ...units].some((p) => Math.hypot(p.x - x, p.y - y) < 6 * cellSize);
        const nearClosure = [...closed].some((k) => Math.min(Math.hypot(g.nodeX[g.edgeFrom[k]] - x, g.nodeY[g.edgeFrom[k]] - y), Math.hypot(g.nodeX[g.edgeTo[k]] - x, g.nodeY[g.edgeTo[k]] - y)) < 6 * cellSize);
        if (nearPlace || nearClosure) continue;
        expect(pixel(Math.round((x / cellSize) * 2), Math.round((h - y / cellSize) * 2))).toEqual([...ROAD_RGB[0], 255]);
        found = true;
      }
      expect(found, 'an open highway segment away from places').toBe(true);
    });
  });
});

describe('presentation: import rules', () => {
  const root = join(import.meta.dirname, '../..');
  const sources = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
  const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

  it('imports only sim-core and itself, and no Node or DOM API, so it runs in Node, a page and a worker', () => {
    const files = sources(join(root, 'presentation'));
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) {
      const rel = relative(root, f);
      for (const spec of imports(f)) {
        expect(spec, `${rel} imports ${spec}`).toMatch(/^\./);
        const target = relative(root, join(f, '..', spec));
        expect(target, `${rel} imports ${spec}`).toMatch(/^(presentation|sim-core)\//);
      }
      // Code only: comments may name the hosts that use a module.
      const text = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(text, rel).not.toMatch(/\b(window|document|localStorage|OffscreenCanvas|ImageData|Buffer|process)\b/);
    }
  });

  it('leaves no edge between server and client', () => {
    for (const [from, banned] of [['client', 'server'], ['server', 'client']] as const) {
      for (const f of sources(join(root, from))) {
        for (const spec of imports(f)) expect(relative(root, join(f, '..', spec)), `${relative(root, f)} imports ${spec}`).not.toMatch(new RegExp(`^${banned}/`));
      }
    }
  });
});
