// The briefing (情况通报) in the scenario file: checked like the rest of it, in both shipped
// scenarios (the district's from the generator's spec), and found for each role.
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../scenarios/resolve.ts';
import { formatProblem } from '../../scenarios/problems.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { roleBriefing } from '../../sim-core/world/briefing.ts';
import { allRoles } from '../../sim-core/commands/roles.ts';
import { miniScenarioJson } from '../fixtures/miniScenario.ts';

function problemsOf(briefing: unknown): string[] {
  const json = { ...miniScenarioJson(), briefing };
  const r = validateScenarioText(JSON.stringify(json), 'mini/scenario.json');
  return r.ok ? [] : r.problems.map(formatProblem);
}

const text = (zh: string) => ({ zh });

describe('briefing', () => {
  it('is checked: its parts, and the roles it names', () => {
    expect(problemsOf({ background: text('背景'), situation: text('想定'), roles: { chief: { task: text('指挥') }, 'township:town1': { task: text('叫应'), forces: text('应急队') } } })).toEqual([]);
    expect(problemsOf({ background: text('背景') })).toEqual(['mini/scenario.json:briefing.situation: Invalid input: expected object, received undefined']);
    expect(problemsOf({ background: text('背景'), situation: text('想定'), roles: { 'township:atlantis': { task: text('x') } } }))
      .toEqual(['mini/scenario.json:briefing.roles.township:atlantis: no township "atlantis"']);
    expect(problemsOf({ background: text('背景'), situation: text('想定'), roles: { 'team:ghost': { task: text('x') } } }))
      .toEqual(['mini/scenario.json:briefing.roles.team:ghost: no team "ghost"']);
    expect(problemsOf({ background: text('背景'), situation: text('想定'), roles: { mayor: { task: text('x') } } })[0]).toMatch(/briefing\.roles\.mayor: a role such as chief/);
    expect(problemsOf({ background: text('背景'), situation: text('想定'), roles: { chief: { task: text('x'), orders: 1 } } })[0]).toMatch(/briefing\.roles\.chief: Unrecognized key: "orders"/);
  });

  it('is in both shipped scenarios, with a task for every role', () => {
    for (const folder of ['scenarios/demo-district', 'scenarios/demo-district-fire', 'scenarios/demo-district-quake']) {
      const s = loadScenario(folder);
      expect(s.briefing?.background.zh.length, folder).toBeGreaterThan(20);
      expect(s.briefing?.situation.zh.length, folder).toBeGreaterThan(20);
      for (const role of allRoles(s)) expect(roleBriefing(s.briefing, role)?.task.zh, `${folder} ${role}`).toBeTruthy();
    }
    // The fire exercise has its own, not the district's flood briefing.
    expect(loadScenario('scenarios/demo-district-fire').briefing!.situation.zh).toContain('3月30日');
    expect(loadScenario('scenarios/demo-district').briefing!.situation.zh).toContain('7月16日');
  });

  it("finds a role's own entry before its kind's", () => {
    const b = { background: text('b'), situation: text('s'), roles: { township: { task: text('各乡镇') }, 'township:town1': { task: text('东河镇') } } };
    expect(roleBriefing(b, 'township:town1')?.task.zh).toBe('东河镇');
    expect(roleBriefing(b, 'township:town2')?.task.zh).toBe('各乡镇');
    expect(roleBriefing(b, 'chief')).toBeNull();
    expect(roleBriefing(undefined, 'chief')).toBeNull();
  });
});
