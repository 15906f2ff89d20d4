// The dam-break zone on the chief's map and in the briefing: the zone's cells are washed violet
// (north up), the situation map shows it, and the briefing names the villages and shelters
// inside in Chinese (never ids).
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { resolveZone } from '../../sim-core/hazards/dam/breakZone.ts';
import { cellAt } from '../../sim-core/world/grid.ts';
import { damBreakZonePixels, DAM_BREAK_ZONE } from '../../presentation/map/damBreakZone.ts';
import { renderSituation } from '../../presentation/map/situationMap.ts';
import { damBreakZoneBriefing, damBreakZoneLegend } from '../../presentation/text/damText.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';

const base = loadScenario('scenarios/demo-district');
const shelter = base.shelters[0];
const village = base.villages[0];
const around = (x: number, y: number): [number, number][] => {
  const c = cellAt(base.grid, x, y);
  return [[c - 1, 3]];
};
// A strip of 50 cells away from any marker, so the situation map shows the wash itself.
const strip: [number, number] = [200 * base.grid.width + 100, 50];
const runs = [...around(village.x, village.y), ...around(shelter.x, shelter.y), strip].sort((a, b) => a[0] - b[0]);
const zone = resolveZone(base.grid, { reservoir: 'res-yunling', mode: 'overtopping', poolLevel: 159.1, hours: 24, depth: 0.15, runs }, base.villages, base.shelters);
const s: Scenario = { ...base, damBreakZones: [zone] };

describe('dam-break zone on the map and in the briefing', () => {
  it('resolves the places inside from the cells', () => {
    expect(zone.shelters).toContain(shelter.id);
    expect(zone.villages).toContain(village.id);
  });

  it('washes the zone’s cells violet, north up, and nothing else', () => {
    const px = damBreakZonePixels(s)!;
    const { width: w, height: h } = s.grid;
    const c = cellAt(s.grid, shelter.x, shelter.y), i = c % w, j = Math.floor(c / w);
    const o = ((h - 1 - j) * w + i) * 4;
    expect([px[o], px[o + 1], px[o + 2]]).toEqual([...DAM_BREAK_ZONE]);
    expect(px[o + 3]).toBeGreaterThan(0);
    let painted = 0;
    for (let k = 3; k < px.length; k += 4) if (px[k] > 0) painted++;
    expect(painted).toBe(56);
    expect(damBreakZonePixels(base)).toBeNull();
    const a = renderSituation(base, { flood: null, fire: null, closedEdges: [], units: [] }, 1);
    const b = renderSituation(s, { flood: null, fire: null, closedEdges: [], units: [] }, 1);
    expect(Buffer.from(a.rgba).equals(Buffer.from(b.rgba))).toBe(false);
  });

  it('the briefing names the reservoir, villages and shelters inside, in Chinese', () => {
    const [zh] = damBreakZoneBriefing(s, 'zh');
    expect(zh).toContain('云岭水库');
    expect(zh).toContain(shelter.name.zh);
    expect(zh).toContain(village.name.zh);
    expect(zh).not.toMatch(/[a-z]{3,}/);
    expect(damBreakZoneLegend('zh')).toBe('溃坝洪水淹没范围');
    expect(damBreakZoneBriefing(s, 'en')[0]).toContain('dam-break zone');
  });
});
