// 卫星电话: a village whose phones are cut reports by its satellite phone quickly instead of by a
// messenger on foot — in the quake's first village report and in the warning chain's hop to the
// village responder. Two villages of 松岭镇 about as far from the seat, both with their phones cut
// before the shock; only one holds a satellite phone.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { createSim } from '../../sim-core/sim.ts';
import type { Inject } from '../../sim-core/injects/inject.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { quakeVillageReportText } from '../../presentation/text/quakeText.ts';

const base = loadScenario('scenarios/demo-district-quake');
const WITH = 'songling-changping', WITHOUT = 'songling-shiping'; // 3.9 and 3.6 km from the seat
const cutPhones = (place: string): Inject => ({ id: `cut-${place}`, t: 300, jitter: 0, kind: 'outage', target: { place }, payload: { services: ['comms'], restore: false }, visibleTo: [] });

function scenario(): Scenario {
  const q = base.earthquake!;
  return {
    ...base,
    villages: base.villages.map((v) => ({ ...v, satellitePhone: v.id === WITH ? true : undefined })),
    earthquake: { ...q, satellitePhones: (q.satellitePhones ?? []).filter((v) => v !== WITH && v !== WITHOUT) },
    injects: [...base.injects, cutPhones(WITH), cutPhones(WITHOUT)],
  };
}

describe('satellite phones', () => {
  it('a cut-off village with a satellite phone is heard well before one without', () => {
    const s = scenario();
    const sim = createSim(s, { seed: 5 });
    sim.advanceTo(4 * 3600);
    const q = sim.state.entities.quake!;
    const reports = sim.state.log.filter((e) => e.entry === 'event' && e.kind === 'quakeVillageReport') as any[];
    const withPhone = reports.find((e) => e.village === WITH), without = reports.find((e) => e.village === WITHOUT);
    expect(withPhone.by).toBe('satellitePhone');
    expect(without.by).toBe('messenger');
    // 15 min to count the damage, 10 more to get the phone through (assumed); the report waits for the next 10-minute step.
    expect(withPhone.t - q.t).toBeGreaterThanOrEqual(25 * 60);
    expect(withPhone.t - q.t).toBeLessThanOrEqual(25 * 60 + 600);
    // The messenger sets out after 30 min and walks 1.3 × 3.55 km at 4 km/h (69 min): 99 min after the shock.
    expect(without.t - q.t).toBeGreaterThanOrEqual(99 * 60);
    expect(without.t - withPhone.t).toBeGreaterThan(60 * 60);
    expect(withPhone.visibleTo).toEqual(['township:songling']);
    expect(quakeVillageReportText(withPhone, '长坪村', 'zh')).toContain('卫星电话');
    expect(quakeVillageReportText(without, '石坪村', 'zh')).toContain('派人步行送信');
  }, 120_000);

  it('the warning reaches a cut-off village responder by satellite phone before one reached by messenger', () => {
    const sim = createSim(scenario(), { seed: 7 });
    sim.advanceTo(400);
    expect(sim.state.entities.outages[WITH]).toContain('comms');
    const r = sim.apply({ type: 'issueWarning', role: 'chief', level: 'orange', villages: [WITH, WITHOUT] });
    expect(r.ok).toBe(true);
    const hop = (v: string) => sim.state.entities.warnings.hops.find((x) => x.kind === 'villageResponder' && x.target === v)!.t - 400;
    // Ringing the village 5–20 min, then the satellite phone 5–15 min more; a messenger 30–60 min more.
    expect(hop(WITH)).toBeLessThanOrEqual(35 * 60);
    expect(hop(WITHOUT)).toBeGreaterThanOrEqual(35 * 60);
  });
});
