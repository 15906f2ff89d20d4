// The runtime's driver (runtime/driver.ts): a log folded from zero and from a checkpoint reach
// the same state; the autopilot leaves alone a role it was switched off for; advancing stops
// for scheduled commands at their exact times.
import { describe, expect, it } from 'vitest';
import { Driver } from '../../runtime/driver.ts';
import { foldLog, type LoggedCommand } from '../../runtime/fold.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { readCommandsFile } from '../../server/run/commandsFile.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';
import { miniPlan } from '../fixtures/miniPlan.ts';

const HOUR = 3600;

describe('the driver folds a log', () => {
  const scenario = loadScenario('scenarios/demo-district');
  const commands = readCommandsFile('scenarios/demo-district/sample-commands.jsonl').filter((c) => c.t <= 5 * HOUR);
  // The log of a straight run of the sample commands, as a host would have stored it.
  const straight = new Driver({ scenario, seed: 3 });
  straight.scheduleCommands(commands.map((c) => ({ t: c.t, command: c.command, tag: c.line })));
  const applied = straight.advanceTo(5 * HOUR);
  const log = straight.sim.state.log.filter((e) => e.entry === 'command') as unknown as LoggedCommand[];

  it('applies every sample command and logs it', () => {
    expect(applied.filter((a) => a.result.ok)).toHaveLength(commands.length);
    expect(log).toHaveLength(commands.length);
  });

  it('from zero and from a checkpoint to the same hash, by default to the last command', () => {
    const fromZero = new Driver({ scenario, seed: 3 });
    const zero = foldLog(fromZero, log);
    expect(zero.problem).toBeNull();
    expect(zero.applied).toBe(log.length);
    // The default end is the last command's time, not earlier.
    expect(fromZero.t).toBe(log[log.length - 1].t);
    fromZero.advanceTo(5 * HOUR);
    expect(fromZero.sim.hash()).toBe(straight.sim.hash());

    // Checkpoints every hour; go back to 2.5 h (restores the one at 2 h) and fold forward again.
    const cp = new Driver({ scenario, seed: 3, checkpointEvery: HOUR });
    expect(foldLog(cp, log, 5 * HOUR).problem).toBeNull();
    cp.seek(2.5 * HOUR);
    expect(cp.t).toBe(2.5 * HOUR);
    const atMid = new Driver({ scenario, seed: 3 });
    foldLog(atMid, log, 2.5 * HOUR);
    expect(cp.sim.hash()).toBe(atMid.sim.hash());
    cp.advanceTo(5 * HOUR);
    expect(cp.sim.hash()).toBe(straight.sim.hash());

    // From a snapshot handed in: the commands it already holds are skipped by their seq.
    const fromSnap = new Driver({ scenario, seed: 3, from: atMid.sim.snapshot() });
    const rest = foldLog(fromSnap, log, 5 * HOUR);
    expect(rest.problem).toBeNull();
    expect(rest.applied).toBe(log.filter((c) => c.t > 2.5 * HOUR).length);
    expect(fromSnap.sim.hash()).toBe(straight.sim.hash());
  });

  it('stops at the first command that comes back different, without throwing', () => {
    const bad = log.map((c, i) => (i === 3 ? { ...c, seq: c.seq + 1 } : c));
    const d = new Driver({ scenario, seed: 3 });
    const r = foldLog(d, bad);
    expect(r.applied).toBe(3);
    expect(r.problem?.message).toMatch(new RegExp(`command seq ${log[3].seq + 1} .*came back as seq ${log[3].seq}`));
  });
});

describe('the driver schedules commands and the autopilot', () => {
  const injects = [{ id: 'call', t: '10m', kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '群众' }, text: { zh: '村里进水了' } } }];
  const s = miniScenario({ ...miniScenarioJson(), injects });
  const plan = miniPlan(s, { at: '30m' });

  it('stops exactly at each scheduled command, in the order given among equal times', () => {
    const d = new Driver({ scenario: s, seed: 1 });
    d.scheduleCommands([
      { t: 1234, command: { type: 'setResponseLevel', role: 'chief', level: 'IV' }, tag: 1 },
      { t: 777, command: { type: 'sendReport', role: 'township:town1', to: 'chief', kind: 'initial', text: { zh: '甲' } }, tag: 2 },
      { t: 777, command: { type: 'sendReport', role: 'township:town1', to: 'chief', kind: 'initial', text: { zh: '乙' } }, tag: 3 },
      { t: 2000, command: { type: 'dispatch', role: 'chief', unit: 'nobody', to: { place: 'v1' } }, tag: 4 },
    ]);
    const applied = d.advanceTo(3000);
    expect(applied.map((a) => [a.tag, a.t, a.result.ok])).toEqual([[2, 777, true], [3, 777, true], [1, 1234, true], [4, 2000, false]]);
    const cmds = d.sim.state.log.filter((e) => e.entry === 'command');
    expect(cmds.map((e) => e.t)).toEqual([777, 777, 1234]);
    expect(applied[0].entries[0]).toMatchObject({ entry: 'command', type: 'sendReport', t: 777 });
    expect(d.t).toBe(3000);
    expect(() => d.scheduleCommands([{ t: 10, command: {} }])).toThrow(/before the sim time 3000/);
  });

  it('plays the roles it is on for, and leaves alone a role the log says a person plays', () => {
    const on = new Driver({ scenario: s, seed: 7, plan });
    on.advanceTo(4 * HOUR);
    const rolesOn = new Set(on.sim.state.log.filter((e) => e.entry === 'command').map((e) => e.entry === 'command' && e.role));
    expect([...rolesOn].sort()).toEqual(['chief', 'township:town1']);

    const off = new Driver({ scenario: s, seed: 7, plan });
    expect(off.accept({ type: 'setPlayed', role: 'director', forRole: 'township:town1', played: true }).result.ok).toBe(true);
    expect(off.autopilotPlays('township:town1')).toBe(false);
    off.advanceTo(4 * HOUR);
    expect(off.sim.state.log.filter((e) => e.entry === 'command' && e.role === 'township:town1')).toHaveLength(0);

    // Switched on again later: it answers the requirement still open at once (its delay has passed).
    expect(off.accept({ type: 'setPlayed', role: 'director', forRole: 'township:town1', played: false }).result.ok).toBe(true);
    off.advanceTo(5 * HOUR);
    const late = off.sim.state.log.filter((e) => e.entry === 'command' && e.role === 'township:town1');
    expect(late).toHaveLength(1);
    expect(late[0].t).toBe(4 * HOUR);
  });
});
