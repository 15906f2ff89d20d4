// The earthquake exercise (scenarios/demo-district-quake): its first 72 h headless with the
// autopilot playing every role by the shipped plan replays bit for bit from the command log, and
// the plan grades it; with nobody playing, the plan grades the same 72 h 不合格.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { loadPlan } from '../../server/planFiles.ts';
import { runHeadless } from '../../server/run/headless.ts';
import { Driver } from '../../runtime/driver.ts';
import { foldLog, type LoggedCommand } from '../../runtime/fold.ts';
import { scoreLog } from '../../sim-core/score/score.ts';

const DIR = 'scenarios/demo-district-quake';
const H72 = 72 * 3600;

describe('the earthquake exercise, 72 h headless', () => {
  const scenario = loadScenario(DIR);
  const plan = loadPlan(`${DIR}/plan.json`, scenario);

  it('the autopilot run replays bit for bit and is graded', () => {
    const { sim } = runHeadless(scenario, 7, H72, [], { plan });
    expect(sim.state.t).toBe(H72);
    expect(sim.state.entities.quake?.t).toBe(scenario.earthquake!.t);
    const commands = sim.state.log.filter((e) => e.entry === 'command') as unknown as LoggedCommand[];
    expect(commands.length).toBeGreaterThan(10);
    const driver = new Driver({ scenario, seed: 7 });
    const folded = foldLog(driver, commands, H72);
    expect(folded.problem).toBeNull();
    expect(driver.sim.hash()).toBe(sim.hash());
    const score = scoreLog(plan, scenario, sim.state.log, sim.state.t);
    expect(score.grade).not.toBe('不合格');
  }, 240_000);

  it('with nobody playing the plan grades it 不合格', () => {
    const { sim } = runHeadless(scenario, 7, H72, [], { plan, autopilotPlays: () => false });
    const score = scoreLog(plan, scenario, sim.state.log, sim.state.t);
    expect(score.grade).toBe('不合格');
    expect(sim.state.log.some((e) => e.entry === 'command')).toBe(false);
  }, 240_000);
});
