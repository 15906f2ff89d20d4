// A plan requirement met by 会商 messages: each shipped plan asks the chief to convene a joint
// consultation (a message to everyone) within 30 min of its top warning. The scorer counts only
// a message to the exercise-wide channel after the trigger; the autopilot, playing the chief,
// sends one that the core accepts.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { loadPlan } from '../../server/planFiles.ts';
import { validatePlanText } from '../../scenarios/loadPlan.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import { AUTOPILOT_ACTOR } from '../../sim-core/plan/autopilot.ts';
import { runHeadless } from '../../server/run/headless.ts';
import { miniScenario } from '../fixtures/miniScenario.ts';

let seq = 0;
const ev = (t: number, kind: string, fields: Record<string, unknown>): LogEntry => ({ entry: 'event', t, seq: seq++, visibleTo: [], kind, ...fields } as unknown as LogEntry);
const msg = (t: number, role: string, to: string[]): LogEntry => ({ entry: 'command', t, seq: seq++, type: 'sendMessage', role, to, text: '会商' } as unknown as LogEntry);

describe('consultation requirements', () => {
  for (const [name, id, inject] of [['demo-district', 'consult-orange', 'weather-orange'], ['demo-district-fire', 'consult-red', 'fire-danger']] as const) {
    it(`${name}: ${id} is met by a joint consultation within 30 min, not by a one-to-one message`, () => {
      const scenario = loadScenario(`scenarios/${name}`);
      const plan = loadPlan(`scenarios/${name}/plan.json`, scenario);
      const req = plan.requirements.find((r) => r.id === id)!;
      expect(req).toMatchObject({ role: 'chief', within: 1800, action: { type: 'sendMessage', match: ['to'] } });
      const town = `township:${scenario.townships[0].id}`;
      seq = 0;
      const fired = ev(3600, 'injectFired', { inject, injectKind: 'message' });
      const verdict = (log: LogEntry[]) => scoreLog(plan, scenario, log, 4 * 3600).requirements.find((r) => r.id === id)!;
      // Before the warning, to one township, or by a township: none counts.
      expect(verdict([msg(60, 'chief', ['all']), fired, msg(3700, 'chief', [town]), msg(3800, town, ['all'])]).verdict).toBe('notDone');
      expect(verdict([fired, msg(3600 + 1200, 'chief', ['all'])])).toMatchObject({ verdict: 'onTime', doneAt: 4800 });
      expect(verdict([fired, msg(3600 + 2400, 'chief', ['all'])]).verdict).toBe('late');
    });
  }

  it('the autopilot playing the chief convenes the consultation, and the core accepts it', () => {
    const scenario = miniScenario();
    const r = validatePlanText(JSON.stringify({
      format: 'tuiyan-plan/1', id: 'p', name: { zh: '测试预案' }, source: { zh: '测试' },
      requirements: [{
        id: 'consult', name: { zh: '会商' }, capability: 'commandAndCoordination', role: 'chief', trigger: { at: '10m' },
        action: { type: 'sendMessage', to: ['all'], text: '集体会商：研判汛情', match: ['to'] }, within: '30m', source: { zh: '4.2' },
      }],
    }), 'plan.json', scenario);
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
    const { sim, rejected } = runHeadless(scenario, 1, 3600, [], { plan: r.plan });
    expect(rejected).toEqual([]);
    expect(sim.state.log.filter((e) => e.entry === 'command')).toMatchObject([{ type: 'sendMessage', role: 'chief', actor: AUTOPILOT_ACTOR, to: ['all'] }]);
    expect(sim.viewFor('township:town2')!.messages.map((m) => m.text)).toEqual(['集体会商：研判汛情']);
    expect(scoreLog(r.plan, scenario, sim.state.log, 3600).requirements[0].verdict).toBe('onTime');
  });
});
