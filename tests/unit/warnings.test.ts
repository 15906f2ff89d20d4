// 预警: the chain chief → township → village responder → households, with 叫应 and outages.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { restoreSim } from '../../sim-core/sim.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

const events = (sim: ReturnType<typeof createSim>, kind: string) =>
  sim.state.log.filter((e) => e.entry === 'event' && e.kind === kind) as any[];

describe('warnings', () => {
  it('travel chief → township → village → households, each hop later than the last, with acknowledgement', () => {
    const sim = createSim(miniScenario(), { seed: 4 });
    expect(sim.apply({ type: 'issueWarning', role: 'chief', level: 'orange', townships: ['town1'] }).ok).toBe(true);
    sim.advanceTo(4 * 3600);
    const delivered = events(sim, 'warningDelivered')[0];
    expect(delivered).toMatchObject({ township: 'town1', level: 'orange' });
    expect(delivered.t).toBeGreaterThanOrEqual(60);
    expect(delivered.t).toBeLessThanOrEqual(300);
    const ack = events(sim, 'warningAcknowledged')[0];
    expect(ack.t).toBeGreaterThan(delivered.t);
    expect(ack.visibleTo).toContain('chief');
    const village = events(sim, 'warningReachedVillage')[0];
    expect(village).toMatchObject({ village: 'v1', level: 'orange' });
    expect(village.t - delivered.t).toBeGreaterThanOrEqual(300);
    const w = sim.state.entities.warnings.villages.v1;
    expect(w.households).toHaveLength(12); // v1's at-risk households
    for (const t of w.households) expect(t).toBeGreaterThan(village.t); // every household after the responder
    // Door to door reaches everyone (reach 1.0) within 90 min of the responder.
    for (const t of w.households) expect(t).toBeLessThanOrEqual(village.t + 5400);
    expect(events(sim, 'warningReachedHouseholds')[0]).toMatchObject({ village: 'v1', reached: 12, total: 12 });
    expect(sim.viewFor('township:town2')!.events.some((e) => e.kind === 'warningDelivered')).toBe(false);
  });

  it('a comms outage at the village forces a messenger; a power outage silences the broadcast', () => {
    const at = (outages: string[] | null, channels?: string[]) => {
      const json = miniScenarioJson();
      if (outages) json.injects = [{ id: 'cut', t: 0, kind: 'outage', target: { place: 'v1' }, payload: { services: outages } }];
      const sim = createSim(miniScenario(json), { seed: 4 });
      sim.apply({ type: 'issueWarning', role: 'township:town1', level: 'red', villages: ['v1'], ...(channels ? { channels } : {}) });
      sim.advanceTo(6 * 3600);
      return { responder: events(sim, 'warningReachedVillage')[0].t as number, homes: sim.state.entities.warnings.villages.v1.households };
    };
    const normal = at(null), noComms = at(['comms']);
    expect(normal.responder).toBeLessThanOrEqual(1200);
    expect(noComms.responder).toBeGreaterThanOrEqual(1800); // a messenger had to go
    const broadcastOnly = at(null, ['broadcast']), broadcastNoPower = at(['power'], ['broadcast']);
    expect(broadcastOnly.homes.some((t) => t < Infinity)).toBe(true);
    expect(broadcastNoPower.homes.every((t) => t === Infinity)).toBe(true);
  });

  it('refuses what a role may not warn, and survives snapshot and restore', () => {
    const scenario = miniScenario();
    const sim = createSim(scenario, { seed: 4 });
    expect(sim.apply({ type: 'issueWarning', role: 'township:town2', level: 'red', villages: ['v1'] })).toMatchObject({ ok: false, reason: 'notPermitted' });
    expect(sim.apply({ type: 'issueWarning', role: 'team:fs1', level: 'red' })).toMatchObject({ ok: false, reason: 'notPermitted' });
    expect(sim.apply({ type: 'issueWarning', role: 'chief', level: 'purple' })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(sim.apply({ type: 'issueWarning', role: 'chief', level: 'red', villages: ['nowhere'] })).toMatchObject({ ok: false, reason: 'unknownPlace' });
    sim.apply({ type: 'issueWarning', role: 'chief', level: 'yellow' });
    sim.advanceTo(400);
    const copy = restoreSim(scenario, sim.snapshot());
    sim.advanceTo(3 * 3600);
    copy.advanceTo(3 * 3600);
    expect(copy.hash()).toBe(sim.hash());
  });
});
