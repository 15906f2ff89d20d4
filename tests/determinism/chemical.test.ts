// The chlorine-release exercise (scenarios/demo-district-chemical): the run replays bit for bit
// (twice, from a snapshot, from its log); the threat zone turns with the wind-shift inject;
// sheltering in place lowers the dose and the casualties; the leak grows when nobody isolates
// the tank within 20 min, and stops when the works brigade does.
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOSURE_BIT } from '../../sim-core/world/closureCause.ts';
import { createSim, restoreSim, type Sim } from '../../sim-core/sim.ts';
import { decodeSnapshot, encodeSnapshot } from '../../server/serve/snapshotCodec.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { readCommandsFile } from '../../server/run/commandsFile.ts';
import { runHourly } from '../fixtures/hourlyRun.ts';
import { shelterDoseFactor, DEFAULT_AIR_CHANGES_PER_HOUR } from '../../sim-core/hazards/plume/shelter.ts';

const scenario = loadScenario('scenarios/demo-district-chemical');
const commands = readCommandsFile('scenarios/demo-district-chemical/sample-commands.jsonl');
const HOUR = 3600, UNTIL = 3 * HOUR;

const bearing = (site: { x: number; y: number }, p: [number, number]) => (Math.atan2(p[0] - site.x, p[1] - site.y) * 180 / Math.PI + 360) % 360;

describe('the chlorine-release exercise replays bit for bit', () => {
  let straight: string[];
  let at1h: Buffer;
  let log: LogEntry[];
  let sim: Sim;
  beforeAll(() => {
    sim = createSim(scenario, { seed: 5 });
    straight = runHourly(sim, commands, UNTIL, { onHour: (h) => { if (h === 1) at1h = encodeSnapshot(sim.snapshot()); } });
    log = sim.state.log;
  }, 300_000);

  it('the sample response isolates the leak before it grows, measures the zone and tells the chief', () => {
    const c = sim.state.entities.chemical!;
    expect(c.isolated['yunhua-chlorine']?.by).toBe('yunhua-brigade');
    expect(c.releases).toHaveLength(1); // leak-grows never fired
    expect(sim.state.entities.injectsFired['leak-grows']).toBeUndefined();
    expect(log.some((e: any) => e.kind === 'zoneMeasured' && e.visibleTo.includes('chief'))).toBe(true);
    expect(c.measured?.knownTo).toEqual(expect.arrayContaining(['chief', 'team:special-1', 'township:yuncheng']));
  });

  it('a second run gives the same hash every hour', () => {
    expect(runHourly(createSim(scenario, { seed: 5 }), commands, UNTIL)).toEqual(straight);
  }, 300_000);

  it('snapshot at 1 h, restore, and the rest equals the straight run', () => {
    const restored = restoreSim(scenario, decodeSnapshot(at1h));
    expect(restored.hash()).toBe(straight[0]);
    expect(runHourly(restored, commands, UNTIL, { from: HOUR })).toEqual(straight.slice(1));
  }, 300_000);

  it('replaying the log reaches the same state', () => {
    const replay = createSim(scenario, { seed: 5 });
    for (const e of log) {
      if (e.entry !== 'command') continue;
      replay.advanceTo(e.t);
      expect(replay.apply(JSON.parse(JSON.stringify(e)))).toEqual({ ok: true, t: e.t, seq: e.seq });
    }
    replay.advanceTo(UNTIL);
    expect(replay.hash()).toBe(straight[straight.length - 1]);
  }, 300_000);
});

describe('nobody isolates the tank', () => {
  let sim: Sim;
  const zoneAt: Record<string, { bearing: number; reach: number }> = {};
  beforeAll(() => {
    sim = createSim(scenario, { seed: 1 });
    const site = scenario.chemical!.sites[0];
    for (const t of [HOUR + 25 * 60, HOUR + 40 * 60]) {
      sim.advanceTo(t);
      const aegl2 = sim.state.entities.chemical!.zone!.tiers.find((x) => x.tier === 'AEGL-2')!;
      const tip = aegl2.polygon[Math.floor(aegl2.polygon.length / 2)];
      zoneAt[t] = { bearing: bearing(site, tip), reach: aegl2.reach };
    }
  }, 300_000);

  it('the leak grows 20 min after it began (conditional inject)', () => {
    expect(sim.state.entities.injectsFired['leak-grows']).toBe(30 * 60);
    const grown = sim.state.entities.chemical!.releases[1];
    expect(grown).toMatchObject({ kind: 'continuous', from: 30 * 60, rate: 6000 });
  });

  it('the zone turns with the wind-shift inject (236° → 258°)', () => {
    expect(Math.abs(zoneAt[HOUR + 25 * 60].bearing - 236)).toBeLessThan(1);
    expect(Math.abs(zoneAt[HOUR + 40 * 60].bearing - 258)).toBeLessThan(1);
    expect(zoneAt[HOUR + 40 * 60].reach).toBeGreaterThan(1000);
  });

  it('the chief learns no zone without a measurement', () => {
    expect(sim.state.entities.chemical!.measured).toBeNull();
    expect(sim.viewFor('chief')!.chemical!.zone).toBeNull();
    expect(sim.viewFor('director')!.chemical!.zone).not.toBeNull();
  });
});

describe('sheltering in place', () => {
  const villages = ['yuncheng-huagong', 'yuncheng-dongguan'];
  const until = 2 * HOUR;
  let open: Sim, shut: Sim;
  beforeAll(() => {
    open = createSim(scenario, { seed: 1 });
    open.advanceTo(until);
    shut = createSim(scenario, { seed: 1 });
    // Ordered at once: in force (10 min notice) when the leak begins at 10 min.
    expect(shut.apply({ type: 'orderShelterInPlace', role: 'chief', villages }).ok).toBe(true);
    shut.advanceTo(until);
  }, 300_000);

  it('the outdoor air is the same; the breathed dose falls, by no more than the constant-exposure factor allows', () => {
    for (const v of villages) {
      const a = open.state.entities.chemical!.villages[v], b = shut.state.entities.chemical!.villages[v];
      expect(b.outdoorDose).toBeCloseTo(a.outdoorDose, 6);
      expect(a.dose).toBeCloseTo(a.outdoorDose, 6);
      // A house shut for the whole passage (about 1.5 h of gas here) lets in at least the factor
      // for that passage; the time-varying plume lets in more than the factor of a 2 h exposure
      // would say only if it is front-loaded, so bound it between the 30-min and 2-h factors.
      const ratio = b.dose / b.outdoorDose;
      expect(ratio).toBeLessThan(shelterDoseFactor(DEFAULT_AIR_CHANGES_PER_HOUR, 2 * HOUR) + 0.05);
      expect(ratio).toBeGreaterThan(shelterDoseFactor(DEFAULT_AIR_CHANGES_PER_HOUR, 30 * 60) - 0.05);
    }
  });

  it('fewer people are killed and hurt', () => {
    const of = (s: Sim, v: string) => s.state.entities.casualties.villages[v] ?? { dead: 0, injured: 0 };
    const hurt = (s: Sim) => villages.reduce((n, v) => n + of(s, v).dead + of(s, v).injured, 0);
    const dead = (s: Sim) => villages.reduce((n, v) => n + of(s, v).dead, 0);
    expect(dead(open)).toBeGreaterThan(0);
    expect(dead(shut)).toBeLessThan(dead(open));
    expect(hurt(shut)).toBeLessThan(hurt(open));
  });

  it('only the chief or the village\'s own township may order it', () => {
    const s = createSim(scenario, { seed: 1 });
    expect(s.apply({ type: 'orderShelterInPlace', role: 'township:heyang', villages })).toMatchObject({ ok: false, reason: 'notPermitted' });
    expect(s.apply({ type: 'orderShelterInPlace', role: 'township:yuncheng', villages })).toMatchObject({ ok: true });
    expect(s.apply({ type: 'orderShelterInPlace', role: 'chief', villages })).toMatchObject({ ok: false, reason: 'noChange' });
  });
});

describe('警戒区交通管制 when the leak runs out of control', () => {
  it('the chief, told the measured zone, closes the roads in it; before that the order is refused', () => {
    const s = createSim(scenario, { seed: 1 });
    s.advanceTo(15 * 60);
    expect(s.apply({ type: 'trafficControl', role: 'chief' })).toMatchObject({ ok: false, detail: { code: 'noZoneKnown' } });
    expect(s.apply({ type: 'dispatch', role: 'chief', unit: 'special-1', to: { place: 'yunhua-plant' }, task: 'monitor' }).ok).toBe(true);
    s.advanceTo(HOUR + 20 * 60);
    const zone = s.viewFor('chief')!.chemical!.zone!;
    expect(zone.measured).toBe(true);
    expect(zone.tiers.find((x) => x.tier === 'AEGL-2')!.reach).toBeGreaterThan(1000);
    const r = s.apply({ type: 'trafficControl', role: 'chief' });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    s.advanceTo(HOUR + 21 * 60);
    const closedByZone = s.viewFor('chief')!.closures.filter((c) => c.reason === '危化品泄漏警戒区交通管制');
    expect(closedByZone.length).toBeGreaterThan(0);
    // Exactly the ordered edges are closed, as a cordon (警戒区交通管制: public traffic only), known to every role.
    expect(s.viewFor('township:heyang')!.closures.filter((c) => c.reason === '危化品泄漏警戒区交通管制').length).toBe(closedByZone.length);
    for (const c of closedByZone) expect(s.state.fields.edgeClosed[c.edge] & CLOSURE_BIT.cordon).toBe(CLOSURE_BIT.cordon);
  }, 120_000);
});
