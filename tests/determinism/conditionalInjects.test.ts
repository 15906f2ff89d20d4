// Condition-triggered injects are deterministic: on the storm day, the shipped conditional
// injects (and one the director adds over the socket during play) fire in a served exercise at
// the same ticks, with the same readings, as in a headless run of the same commands; the
// condition did not hold the tick before; and replaying the stored log gives the same state.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { runHeadless } from '../../server/run/headless.ts';
import { Driver } from '../../runtime/driver.ts';
import { foldLog, type LoggedCommand } from '../../runtime/fold.ts';
import { conditionHolds } from '../../sim-core/injects/conditionCheck.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import { ADMIN, connect, createExercise, join, until, useInProcessServer } from '../server/helpers.ts';

const fixture = useInProcessServer();
const scenario = loadScenario('scenarios/demo-district');
const HOUR = 3600;

const conditionalFirings = (log: readonly LogEntry[], upTo: number) => log
  .filter((e) => e.entry === 'event' && e.kind === 'injectFired' && e.because && e.t <= upTo)
  .map((e) => ({ inject: (e as any).inject, t: e.t, because: (e as any).because }));

describe('conditional injects, headless and served alike', () => {
  it('fire at the tick their condition first holds, the same in a served exercise, a headless run and a replay', async () => {
    const seed = 1;
    const { id, codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', seed, speed: 'paused' });
    const director = await connect(fixture.server.url, { token: await join(fixture.server.url, codes.director, true) });
    fixture.clients.push(director);
    // The director adds a conditional inject during play: the gauge before Yunling dam at 151.3 m.
    const added = await director.ask('command', {
      type: 'addInject', id: 'gauge-call',
      inject: { t: 0, kind: 'message', visibleTo: ['chief'], payload: { from: { zh: '云岭水库' }, text: { zh: '坝前水位151.3米' } }, when: { kind: 'gaugeLevel', gauge: 'gauge-yunling', above: 151.3 } },
    });
    expect(added, JSON.stringify(added)).toMatchObject({ ok: true });
    expect(await director.ask('clock', { speed: 'max' })).toMatchObject({ ok: true });
    await until('the served exercise past 10 h', () => director.clock && director.clock.t >= 10 * HOUR, 300_000);
    expect(await director.ask('clock', { action: 'pause' })).toMatchObject({ ok: true });
    const end = director.clock.t;

    const res = await fetch(`${fixture.server.url}/api/exercises/${id}/log.jsonl`, { headers: { authorization: `Bearer ${ADMIN}` } });
    const served = (await res.text()).trim().split('\n').map((l) => JSON.parse(l)).slice(1) as LogEntry[];
    const commands = served.filter((e) => e.entry === 'command') as unknown as LoggedCommand[];
    expect(commands.filter((c) => c.type === 'addInject')).toHaveLength(1);

    // Headless: the same commands at their times.
    const { sim } = runHeadless(scenario, seed, end, commands.map((c, line) => ({ t: c.t, command: c, line })));
    const headless = conditionalFirings(sim.state.log, end);
    const names = headless.map((f) => f.inject);
    // The director's gauge call, Yunling above its limit and the evacuation nobody ordered for Xiachang, by 10 h.
    expect(names).toEqual(expect.arrayContaining(['gauge-call', 'yunling-rising', 'hupan-not-ordered', 'dongtaoliang-unmoved']));
    expect(conditionalFirings(served, end)).toEqual(headless);

    // The tick before each firing the condition did not hold (checked on a run stopped there).
    for (const f of headless) {
      const before = new Driver({ scenario, seed });
      expect(foldLog(before, commands.filter((c) => c.t < f.t), f.t - 1).problem).toBeNull();
      const inj = before.sim.state.entities.script.find((i) => i.id === f.inject)!;
      expect(conditionHolds(before.sim, inj.when!, before.sim.state.entities.script), f.inject).toBeNull();
      expect(f.inject in before.sim.state.entities.injectsFired).toBe(false);
    }
    // The readings it logged: the level or head count that made it fire.
    const gauge = headless.find((f) => f.inject === 'gauge-call')!;
    expect(gauge.because.condition).toBe('gaugeLevel');
    expect(gauge.because.value).toBeGreaterThanOrEqual(151.3);
    expect(headless.find((f) => f.inject === 'hupan-not-ordered')!.t).toBe(5 * HOUR);

    // Replay: fold the stored log; the same state as the headless run.
    const replay = new Driver({ scenario, seed });
    expect(foldLog(replay, commands, end).problem).toBeNull();
    expect(replay.sim.hash()).toBe(sim.hash());
    expect(conditionalFirings(replay.sim.state.log, end)).toEqual(headless);
  });
});
