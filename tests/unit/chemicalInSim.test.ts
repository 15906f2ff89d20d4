// The chemical release on the hand-built mini district: the scenario block is checked field by
// field, a puff (explosion) comes in by the director's ad-hoc inject, a monitoring crew measures
// the zone, a township it does not reach learns it only by report, a crew isolates the leak, and
// a district without chemical sites refuses shelter-in-place orders and draws nothing.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { ScenarioError } from '../../scenarios/problems.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

function chemJson(extra: Record<string, unknown> = {}) {
  const json = miniScenarioJson();
  json.weather = { wind: { speed: 2, dir: 90 } };
  json.chemical = { stability: 'D', sigma: 'briggsRural', sites: [{ id: 'tank', name: { zh: '储罐' }, place: 'v1', substance: 'chlorine', inventory: 5000, height: 1 }], ...extra };
  return json;
}

const problems = (json: Record<string, any>): string[] => {
  try { miniScenario(json); return []; } catch (e) { if (e instanceof ScenarioError) return e.problems.map((p) => `${p.path}: ${p.message}`); throw e; }
};

describe('chemical sites in a scenario', () => {
  it('refuses a substance without public tiers, a missing place, an unknown field, a release at no site', () => {
    const bad = chemJson();
    bad.chemical.sites[0].substance = 'ammonia';
    expect(problems(bad).join('\n')).toMatch(/chemical\.sites\.0\.substance|chemical\.sites\[0\]\.substance/);
    const nowhere = chemJson();
    nowhere.chemical.sites[0].place = 'atlantis';
    expect(problems(nowhere)).toContain('chemical.sites[0].place: no place "atlantis"');
    const typo = chemJson({ stabilty: 'D' });
    expect(problems(typo).join('\n')).toContain('stabilty');
    const inj = chemJson();
    inj.injects = [{ id: 'x', t: '1m', kind: 'chemicalRelease', target: { site: 'nope' }, payload: { rate: 1 } }];
    expect(problems(inj)).toContain('injects[0].target.site: no chemical site "nope"');
  });

  it('a scenario without chemical sites has no chemical state and refuses sheltering in place', () => {
    const sim = createSim(miniScenario(), { seed: 1 });
    expect(sim.state.entities.chemical).toBeUndefined();
    expect(sim.apply({ type: 'orderShelterInPlace', role: 'chief', villages: ['v1'] })).toMatchObject({ ok: false, reason: 'unknownPlace' });
    expect(sim.viewFor('director')!.chemical).toBeUndefined();
  });
});

describe('a release in the mini district', () => {
  it('an explosion puff by ad-hoc inject passes downwind and is gone', () => {
    const sim = createSim(miniScenario(chemJson()), { seed: 1 });
    sim.advanceTo(60);
    const r = sim.apply({ type: 'injectNow', role: 'director', kind: 'chemicalRelease', target: { site: 'tank' }, payload: { mass: 500, cause: 'explosion' }, visibleTo: ['chief'] });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const seg = sim.state.entities.chemical!.releases[0];
    expect(seg).toMatchObject({ kind: 'puff', from: 60, mass: 500_000 });
    sim.advanceTo(600);
    expect(sim.state.entities.chemical!.zone!.tiers.find((x) => x.tier === 'AEGL-2')!.reach).toBeGreaterThan(0);
    expect(sim.state.log.some((e: any) => e.kind === 'chemicalRelease' && e.cause === 'explosion' && e.visibleTo.includes('chief'))).toBe(true);
    // A bad ad-hoc release is refused with its field.
    expect(sim.apply({ type: 'injectNow', role: 'director', kind: 'chemicalRelease', target: { site: 'tank' }, payload: { rate: -1 }, visibleTo: [] })).toMatchObject({ ok: false, message: expect.stringContaining('payload.rate') });
  });

  it('a fire crew isolates a leak after 10 min on scene; a township team cannot', () => {
    const json = chemJson();
    json.injects = [{ id: 'leak', t: '1m', kind: 'chemicalRelease', target: { site: 'tank' }, payload: { rate: 0.2 }, visibleTo: ['chief'] }];
    const sim = createSim(miniScenario(json), { seed: 1 });
    sim.advanceTo(120);
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'tt2', to: { place: 'v1' }, task: 'isolate' }).ok).toBe(true);
    sim.advanceTo(3600);
    expect(sim.state.log.some((e: any) => e.kind === 'taskFailed' && e.unit === 'tt2' && e.task === 'isolate')).toBe(true);
    expect(sim.state.entities.chemical!.isolated.tank).toBeUndefined();
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'isolate' }).ok).toBe(true);
    sim.advanceTo(3 * 3600);
    const done = sim.state.entities.chemical!.isolated.tank;
    expect(done?.by).toBe('fs1');
    const arrived = sim.state.log.find((e: any) => e.kind === 'unitArrived' && e.unit === 'fs1' && e.t > 3600)!;
    // 10 min of work, counted in whole minute steps from the first step on scene.
    expect(done.t - arrived.t).toBeGreaterThan(540);
    expect(done.t - arrived.t).toBeLessThanOrEqual(600);
    const seg = sim.state.entities.chemical!.releases[0];
    expect(seg.kind === 'continuous' && seg.to).toBe(done.t);
  });

  it('the measured zone reaches the chief through the crew, and a township only by report', () => {
    const json = chemJson();
    json.injects = [{ id: 'leak', t: '1m', kind: 'chemicalRelease', target: { site: 'tank' }, payload: { rate: 2 }, visibleTo: ['chief'] }];
    const sim = createSim(miniScenario(json), { seed: 1 });
    sim.advanceTo(120);
    expect(sim.viewFor('chief')!.chemical!.zone).toBeNull();
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'monitor' }).ok).toBe(true);
    sim.advanceTo(3600);
    const chief = sim.viewFor('chief')!.chemical!.zone!;
    expect(chief.measured).toBe(true);
    expect(chief.tiers[0].polygon.length).toBeGreaterThan(3);
    expect(sim.viewFor('township:town1')!.chemical!.zone).toBeNull();
    expect(sim.apply({ type: 'sendReport', role: 'chief', to: 'township:town1', kind: 'instruction', text: { zh: '侦检结果：下风向1公里内就地避险' } }).ok).toBe(true);
    expect(sim.viewFor('township:town1')!.chemical!.zone!.measured).toBe(true);
  });
});
