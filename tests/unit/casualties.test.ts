// Exposure, casualties, rescue, medical care, task failures and fatigue (issue: people and forces).
import { describe, expect, it } from 'vitest';
import { createSim, restoreSim } from '../../sim-core/sim.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import { areaVulnerability, deathShare, debrisFactor, hazardClass, hazardRating, injuryShare } from '../../sim-core/people/hazardRating.ts';
import { RESCUE_RATE, MEDICAL_RATE, TEAM_WORK_STEP } from '../../sim-core/forces/teamWork.ts';
import { SHIFT_SECONDS, REST_SECONDS, startDuty, workFactor } from '../../sim-core/forces/fatigue.ts';
import { peopleKpis } from '../../sim-core/people/peopleKpis.ts';
import { floodRuntime } from '../../sim-core/hazards/floodRuntime.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

const events = (sim: ReturnType<typeof createSim>, kind: string) =>
  sim.state.log.filter((e): e is EventEntry => e.entry === 'event' && e.kind === kind) as any[];

describe('flood hazard rating (Defra/EA FD2321)', () => {
  it('HR = d·(v + 0.5) + DF, with the debris factor above 0.25 m or 2 m/s', () => {
    expect(hazardRating(0, 3)).toBe(0);
    expect(hazardRating(0.2, 1)).toBeCloseTo(0.2 * 1.5, 12);
    expect(debrisFactor(0.2, 1)).toBe(0);
    expect(debrisFactor(0.26, 0)).toBe(1);
    expect(debrisFactor(0.1, 2.5)).toBe(1);
    expect(hazardRating(0.5, 1)).toBeCloseTo(0.5 * 1.5 + 1, 12);
    expect(hazardRating(1.2, 2)).toBeCloseTo(1.2 * 2.5 + 1, 12);
    expect([0.5, 0.75, 1.25, 2, 2.01].map(hazardClass)).toEqual(['low', 'dangerForSome', 'dangerForMost', 'dangerForMost', 'dangerForAll']);
  });

  it('injuries N(I)/N = (HR·AV/100)·2·PV and deaths N(F) = 2·N(I)·HR/100, rising with the rating', () => {
    expect(areaVulnerability('effective')).toBe(6);
    expect(areaVulnerability('none')).toBe(8);
    expect(injuryShare(2, 7, 0.25)).toBeCloseTo(0.14 * 0.5, 12);
    expect(deathShare(2, 7, 0.25)).toBeCloseTo(2 * 0.07 * 0.02, 12);
    let last = 0;
    for (const hr of [0.5, 1, 1.5, 2, 3, 5]) {
      const s = injuryShare(hr, 8, 0.3);
      expect(s).toBeGreaterThan(last);
      expect(deathShare(hr, 8, 0.3)).toBeLessThan(s);
      last = s;
    }
    expect(injuryShare(100, 9, 1)).toBe(1);
    // A warned village suffers less from the same water.
    expect(injuryShare(2, areaVulnerability('effective'), 0.2)).toBeLessThan(injuryShare(2, areaVulnerability('none'), 0.2));
  });
});

describe('task kinds', () => {
  it('the task kind decides the work, never the label (the player\'s words are for people)', () => {
    const rescuedBy = (task: string, label: string) => {
      const sim = createSim(pitWorld(), { seed: 11 });
      expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'w1', to: { place: 'v1' }, task, label }).ok).toBe(true);
      sim.advanceTo(1800);
      flood(sim, 101.5);
      sim.advanceTo(1800 + 3 * TEAM_WORK_STEP);
      expect(sim.state.entities.units.w1).toMatchObject({ task, taskLabel: label });
      return events(sim, 'peopleRescued').reduce((a, e) => a + e.people, 0);
    };
    expect(rescuedBy('standby', '水上救援 water rescue')).toBe(0);
    expect(rescuedBy('rescue', '前置备勤')).toBeGreaterThan(0);
  });
});

describe('fatigue', () => {
  it('halves the work rate past a 12 h shift; a new shift starts only after 8 h of rest', () => {
    expect(workFactor({ dutySince: 0 }, SHIFT_SECONDS)).toBe(1);
    expect(workFactor({ dutySince: 0 }, SHIFT_SECONDS + 1)).toBe(0.5);
    expect(workFactor({ dutySince: null }, 1e9)).toBe(1);
    expect(startDuty({ dutySince: null, restSince: null }, 100)).toBe(100);
    expect(startDuty({ dutySince: 0, restSince: 3600 }, 3600 + REST_SECONDS - 1)).toBe(0);
    expect(startDuty({ dutySince: 0, restSince: 3600 }, 3600 + REST_SECONDS)).toBe(3600 + REST_SECONDS);
  });
});

/**
 * The mini district with a pit at village v1 (cell 25, 10): ground rises 1 m per 100 m away from
 * it, so a lake at a level stands still (no velocity) and the hazard rating is exact.
 */
function pitWorld() {
  const json = miniScenarioJson();
  json.teamBases.push({ id: 'b3', name: { zh: '水上救援队' }, x: 1950, y: 1000 }, { id: 'b4', name: { zh: '急救站' }, x: 1950, y: 1000 });
  json.teams.push(
    { id: 'w1', name: { zh: '水上救援队' }, type: 'waterRescue', size: 20, base: 'b3', owner: 'district' },
    { id: 'm1', name: { zh: '急救队' }, type: 'medical', size: 12, base: 'b4', owner: 'district' },
    { id: 'd1team', name: { zh: '区应急队' }, type: 'districtTeam', size: 30, base: 'b3', owner: 'district' },
  );
  const elevation = new Float32Array(900);
  for (let j = 0; j < 30; j++) for (let i = 0; i < 30; i++) elevation[j * 30 + i] = 100 + Math.abs(i - 25) + Math.abs(j - 10);
  return miniScenario(json, { elevation });
}

/** Fills the pit to `level` (still water) and wakes the flood. */
function flood(sim: ReturnType<typeof createSim>, level: number) {
  const rt = floodRuntime(sim.scenario);
  const z = rt.params.elevation as Float64Array;
  for (let c = 0; c < z.length; c++) sim.state.fields.flood.depth[c] = Math.max(0, level - z[c]);
  sim.state.fields.floodIdle = false;
}

describe('exposure and rescue in a flooded village', () => {
  it('water over 0.75 HR traps everyone at home; casualties follow the rating; counts add up', () => {
    const sim = createSim(pitWorld(), { seed: 11 });
    flood(sim, 101.5);
    sim.advanceTo(600);
    const trapped = events(sim, 'peopleTrapped');
    expect(trapped).toHaveLength(1);
    expect(trapped[0]).toMatchObject({ village: 'v1', people: 40, cause: 'flood' });
    // Still water 1.5 m deep: HR = 1.5·0.5 + 1.
    expect(trapped[0].hazardRating).toBeCloseTo(1.75, 2);
    expect(trapped[0].visibleTo).toEqual(['township:town1']);
    const c = sim.state.entities.casualties.villages.v1;
    expect(c.hrMax).toBeCloseTo(1.75, 2);
    const k = peopleKpis(sim.scenario, sim.state.entities);
    expect(k.atHome + k.dead).toBe(40);
    expect(k.trapped).toBe(k.atHome);
    expect(k.injured).toBe(events(sim, 'casualties').reduce((a, e) => a + e.injured, 0));
  });

  it('a water-rescue team on scene brings people out at its rate; they go to a shelter', () => {
    const sim = createSim(pitWorld(), { seed: 11 });
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'w1', to: { place: 'v1' }, task: 'rescue', label: '水上救援 rescue' }).ok).toBe(true);
    sim.advanceTo(1800);
    expect(sim.state.entities.units.w1.status).toBe('onScene');
    flood(sim, 101.5);
    sim.advanceTo(1800 + 3 * TEAM_WORK_STEP);
    const rescued = events(sim, 'peopleRescued');
    const perStep = Math.floor(RESCUE_RATE.waterRescue * 20 * TEAM_WORK_STEP / 3600);
    expect(rescued.length).toBeGreaterThanOrEqual(2);
    for (const r of rescued.slice(0, -1)) expect(r.people).toBe(perStep);
    expect(rescued[0]).toMatchObject({ unit: 'w1', village: 'v1', shelter: 's1' });
    const total = rescued.reduce((a, e) => a + e.people, 0);
    const c = sim.state.entities.casualties.villages.v1;
    expect(c.rescued).toBe(total);
    expect(sim.state.entities.evacuation.occupancy.s1).toBe(total);
    // Everyone is out within 40 / perStep steps.
    sim.advanceTo(1800 + (Math.ceil(40 / perStep) + 2) * TEAM_WORK_STEP);
    expect(peopleKpis(sim.scenario, sim.state.entities).atHome).toBe(0);
    expect(sim.state.entities.casualties.villages.v1.trapped).toBe(0);
  });

  it('a team without boats refuses water too deep and fast for it, with a reason', () => {
    const sim = createSim(pitWorld(), { seed: 11 });
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'd1team', to: { place: 'v1' }, task: 'rescue', label: '营救被困群众' });
    sim.advanceTo(2400);
    expect(sim.state.entities.units.d1team.status).toBe('onScene');
    flood(sim, 102.5); // HR = 2.5·0.5 + 1 = 2.25: danger for all
    sim.advanceTo(2400 + 2 * TEAM_WORK_STEP);
    const failed = events(sim, 'taskFailed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ unit: 'd1team', reason: 'tooDangerous' });
    expect(events(sim, 'peopleRescued')).toHaveLength(0);
    expect(sim.state.entities.units.d1team.task).toBeNull();
  });

  it('a medical team treats the injured at its rate', () => {
    const sim = createSim(pitWorld(), { seed: 11 });
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'm1', to: { place: 'v1' }, task: 'medical', label: '医疗救护' });
    sim.advanceTo(1800);
    // Give the village injured people directly (the rating function's draws are tested above).
    sim.state.entities = { ...sim.state.entities, casualties: { villages: { v1: { home: 40, hrMax: 0, hrNow: 0, trapped: 0, heldByInject: 0, injured: 9, dead: 0, rescued: 0, treated: 0, fireExposure: 0, rescueWork: 0, medicWork: 0 } } } };
    sim.advanceTo(1800 + 4 * TEAM_WORK_STEP);
    const perStep = MEDICAL_RATE * 12 * TEAM_WORK_STEP / 3600; // 0.5 a step
    const treated = events(sim, 'injuredTreated').reduce((a, e) => a + e.people, 0);
    expect(treated).toBe(Math.floor(4 * perStep));
    expect(sim.state.entities.casualties.villages.v1.treated).toBe(treated);
  });

  it('an evacuation ordered after a rescue moves only the people still at home', () => {
    const sim = createSim(pitWorld(), { seed: 11 });
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'w1', to: { place: 'v1' }, task: 'rescue' });
    sim.advanceTo(1800);
    flood(sim, 101.5);
    sim.advanceTo(1800 + TEAM_WORK_STEP + 1);
    const c = sim.state.entities.casualties.villages.v1;
    expect(c.rescued).toBeGreaterThan(0);
    expect(sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] }).ok).toBe(true);
    const grouped = Object.values(sim.state.entities.evacuation.groups).reduce((a, g) => a + g.people, 0);
    expect(grouped + c.rescued + c.dead).toBe(40);
  });

  it('the measures get worse when the evacuation order comes later', () => {
    const outcome = (orderAt: number) => {
      const sim = createSim(pitWorld(), { seed: 21 });
      sim.advanceTo(orderAt);
      expect(sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] }).ok).toBe(true);
      sim.advanceTo(2 * 3600);
      flood(sim, 101.5);
      sim.advanceTo(4 * 3600);
      return peopleKpis(sim.scenario, sim.state.entities);
    };
    const early = outcome(0), late = outcome(2 * 3600 - 600);
    // Ordered 2 h ahead: all but refusers and the helpless are gone when the water comes.
    expect(early.evacuated).toBeGreaterThan(late.evacuated);
    expect(early.atHome + early.stranded).toBeLessThan(late.atHome + late.stranded);
    expect(early.inDanger).toBeLessThan(late.inDanger);
  });

  it('a trapped inject cuts people off in a dry village until a team brings them out', () => {
    const json = miniScenarioJson();
    json.injects = [{ id: 'roof', t: '10m', kind: 'trapped', target: { place: 'v1' }, payload: { people: 8 }, visibleTo: [] }];
    const sim = createSim(miniScenario(json), { seed: 2 });
    sim.advanceTo(1200);
    expect(events(sim, 'peopleTrapped')[0]).toMatchObject({ village: 'v1', people: 8, cause: 'cutOff', t: 600 });
    expect(peopleKpis(sim.scenario, sim.state.entities).trapped).toBe(8);
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'rescue', label: '营救 rescue' });
    sim.advanceTo(3600);
    // A fire crew of 30 brings out 1 a member-hour: 2.5 people per 5 min; 8 are out in 20 min.
    expect(events(sim, 'peopleRescued').reduce((a, e) => a + e.people, 0)).toBe(8);
    expect(sim.state.entities.casualties.villages.v1).toMatchObject({ trapped: 0, heldByInject: 0, rescued: 8 });
    expect(() => miniScenario({ ...json, injects: [{ ...json.injects[0], payload: {} }] })).toThrow(/injects\[0\]\.payload\.people/);
  });

  it('is deterministic across snapshot and restore while people are trapped and rescued', () => {
    const run = (split: boolean) => {
      let sim = createSim(pitWorld(), { seed: 4 });
      sim.apply({ type: 'dispatch', role: 'chief', unit: 'w1', to: { place: 'v1' }, task: 'rescue' });
      sim.advanceTo(1800);
      flood(sim, 102);
      sim.advanceTo(2400);
      if (split) sim = restoreSim(sim.scenario, sim.snapshot());
      sim.advanceTo(5400);
      return sim.hash();
    };
    expect(run(true)).toBe(run(false));
  });
});

describe('the situation picture by role', () => {
  it('the chief knows casualties only from reports; the township its own villages; the director the truth', () => {
    const sim = createSim(pitWorld(), { seed: 11 });
    flood(sim, 102);
    sim.advanceTo(900);
    const truth = peopleKpis(sim.scenario, sim.state.entities);
    expect(truth.trapped).toBeGreaterThan(0);
    expect(sim.viewFor('director')!.situation).toMatchObject({ source: 'truth', figures: { trapped: truth.trapped, injured: truth.injured, dead: truth.dead } });
    expect(sim.viewFor('township:town1')!.situation).toMatchObject({ source: 'own', figures: { trapped: truth.trapped } });
    expect(sim.viewFor('township:town2')!.situation!.figures).toMatchObject({ trapped: 0 });
    expect(sim.viewFor('chief')!.situation).toEqual({ source: 'reports', figures: {}, reportedBy: [] });
    // The township reports (under-reporting the trapped); the chief's picture is what it was told.
    expect(sim.apply({ type: 'sendReport', role: 'township:town1', to: 'chief', kind: 'initial', text: { zh: '上游村进水，群众被困' }, figures: { trapped: 10, injured: 0 } }).ok).toBe(true);
    sim.advanceTo(1000);
    expect(sim.apply({ type: 'sendReport', role: 'township:town1', to: 'chief', kind: 'update', text: { zh: '续报' }, figures: { trapped: 30, dead: 0 } }).ok).toBe(true);
    const chief = sim.viewFor('chief')!.situation!;
    expect(chief.figures).toEqual({ trapped: 30, dead: 0 });
    expect(chief.reportedBy).toEqual([{ from: 'township:town1', t: 1000, figures: { trapped: 30, dead: 0 } }]);
    expect(sim.viewFor('observer')!.situation).toBeNull();
  });

  it('report figures are whole counts of known kinds', () => {
    const sim = createSim(pitWorld(), { seed: 1 });
    const send = (figures: unknown) => sim.apply({ type: 'sendReport', role: 'township:town1', to: 'chief', kind: 'update', text: { zh: '续报' }, figures } as any);
    expect(send({ dead: -1 })).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringContaining('figures.dead') });
    expect(send({ dead: 1.5 })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(send({ zombies: 3 })).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringContaining('figures.zombies: unknown figure') });
    expect(send({})).toMatchObject({ ok: false, reason: 'malformed' });
    expect(send({ injured: 2 }).ok).toBe(true);
  });
});
