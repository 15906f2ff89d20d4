import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { miniScenario } from '../fixtures/miniScenario.ts';
import { validateShape } from '../../sim-core/commands/validate.ts';
import { commandSchema } from '../../sim-core/commands/schema.ts';
import { COMMAND_TYPES, type Command, type CommandType } from '../../sim-core/commands/command.ts';
import { TASK_KINDS } from '../../sim-core/forces/taskKinds.ts';

const sim = () => createSim(miniScenario(), { seed: 5 });

function rejected(input: unknown, s = sim()) {
  const before = s.hash(), logLength = s.state.log.length;
  const r = s.apply(input);
  expect(r.ok).toBe(false);
  expect(s.hash()).toBe(before); // a rejection changes nothing
  expect(s.state.log).toHaveLength(logLength);
  return r as { ok: false; reason: string; message: string };
}

describe('command validation and typed rejections', () => {
  it('rejects malformed input with the field named, never throwing', () => {
    for (const input of [null, 42, 'dispatch', [], undefined]) expect(rejected(input).reason).toBe('malformed');
    expect(rejected({ role: 'chief' }).message).toMatch(/^type/);
    expect(rejected({ type: 'dispatch', unit: 'fs1', to: { place: 'v1' }, task: 'standby' }).message).toMatch(/^role/);
    const extra = rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, speed: 99, task: 'standby' });
    expect(extra).toMatchObject({ reason: 'malformed', message: 'speed: unknown field for dispatch' });
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1', node: 2 }, task: 'standby' }).message).toMatch(/^to:/);
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { node: -1 }, task: 'standby' }).message).toMatch(/^to\.node/);
    expect(rejected({ type: 'closeRoad', role: 'chief', edges: [] }).message).toMatch(/^edges/);
    expect(rejected({ type: 'closeRoad', role: 'chief', edges: [1, 'x'] }).message).toMatch(/^edges\[1\]/);
    expect(rejected({ type: 'setResponseLevel', role: 'chief', level: 'V' }).message).toMatch(/^level/);
    expect(rejected({ type: 'sendReport', role: 'chief', to: 'township:town1', kind: 'initial', text: { en: 'x' } }).message).toMatch(/^text/);
  });

  it('names unknown types and roles', () => {
    expect(rejected({ type: 'nuke', role: 'chief' }).reason).toBe('unknownType');
    expect(rejected({ type: 'recall', role: 'mayor', unit: 'fs1' }).reason).toBe('unknownRole');
    expect(rejected({ type: 'recall', role: 'township:nowhere', unit: 'fs1' }).reason).toBe('unknownRole');
    expect(rejected({ type: 'recall', role: 'team:ghost', unit: 'fs1' }).reason).toBe('unknownRole');
  });

  it('enforces who may order what', () => {
    const cases: [string, object][] = [
      ['township:town1', { type: 'dispatch', unit: 'tt2', to: { place: 'v1' }, task: 'standby' }],   // tt2 belongs to town2
      ['team:tt2', { type: 'dispatch', unit: 'fs1', to: { place: 'v1' }, task: 'standby' }],         // a team moves only itself
      ['observer', { type: 'dispatch', unit: 'fs1', to: { place: 'v1' }, task: 'standby' }],
      ['evaluator', { type: 'recall', unit: 'fs1' }],
      ['township:town1', { type: 'closeRoad', edges: [0] }],
      ['township:town1', { type: 'setResponseLevel', level: 'IV' }],
      ['chief', { type: 'fireInject', inject: 'x' }],
      ['observer', { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: '报告' } }],
    ];
    for (const [role, cmd] of cases) expect(rejected({ ...cmd, role }).reason, `${role} ${JSON.stringify(cmd)}`).toBe('notPermitted');
    const s = sim();
    expect(s.apply({ type: 'dispatch', role: 'township:town2', unit: 'tt2', to: { place: 'v1' }, task: 'standby' }).ok).toBe(true);
    expect(s.apply({ type: 'dispatch', role: 'team:fs1', unit: 'fs1', to: { place: 's1' }, task: 'standby' }).ok).toBe(true);
  });

  it('rejects orders naming things that do not exist, or that cannot be done', () => {
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'ghost', to: { place: 'v1' }, task: 'standby' }).reason).toBe('unknownUnit');
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'atlantis' }, task: 'standby' }).reason).toBe('unknownPlace');
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { node: 7 }, task: 'standby' }).reason).toBe('unknownNode');
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'b1' }, task: 'standby' }).reason).toBe('alreadyThere');
    expect(rejected({ type: 'closeRoad', role: 'chief', edges: [0, 7] }).reason).toBe('unknownEdge');
    expect(rejected({ type: 'fireInject', role: 'director', inject: 'nope' }).reason).toBe('unknownInject');
    expect(rejected({ type: 'setResponseLevel', role: 'chief', level: 'none' }).reason).toBe('noChange');
    expect(rejected({ type: 'sendReport', role: 'chief', to: 'township:x', kind: 'initial', text: { zh: '报告' } }).reason).toBe('unknownRole');
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, t: 100, task: 'standby' }).reason).toBe('wrongTime');
    const s = sim();
    expect(s.apply({ type: 'closeRoad', role: 'chief', edges: [3, 6] }).ok).toBe(true);
    expect(rejected({ type: 'closeRoad', role: 'chief', edges: [3] }, s).reason).toBe('noChange');
  });

  it('rejects an order to an unreachable place and leaves the PRNG untouched', () => {
    const s = sim();
    s.apply({ type: 'closeRoad', role: 'chief', edges: [3, 6] });
    const before = s.hash();
    const r = s.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' });
    expect(r).toMatchObject({ ok: false, reason: 'noRoute' });
    expect(s.hash()).toBe(before);
  });

  it('logs an accepted command with its time and sequence, then its events', () => {
    const s = sim();
    s.advanceTo(30);
    const r = s.apply({ type: 'setResponseLevel', role: 'chief', actor: '张指挥', level: 'IV' });
    expect(r).toEqual({ ok: true, t: 30, seq: 0 });
    expect(s.state.log[0]).toMatchObject({ entry: 'command', t: 30, seq: 0, type: 'setResponseLevel', level: 'IV', actor: '张指挥' });
    expect(s.state.log[1]).toMatchObject({ entry: 'event', t: 30, seq: 1, kind: 'responseLevelChanged', from: 'none', to: 'IV', visibleTo: ['all'] });
    expect(s.state.entities.responseLevel).toBe('IV');
  });

  it('keeps reports between the roles that sent and received them', () => {
    const s = sim();
    s.apply({ type: 'sendReport', role: 'township:town1', to: 'chief', kind: 'initial', text: { zh: '上游村出现险情' } });
    expect(s.viewFor('chief')!.reports).toHaveLength(1);
    expect(s.viewFor('township:town1')!.reports).toHaveLength(1);
    expect(s.viewFor('township:town2')!.reports).toHaveLength(0);
    expect(s.viewFor('observer')!.reports).toHaveLength(0);
  });

  it('refuses fields the schema does not declare, at any depth, naming them', () => {
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1', floor: 3 }, task: 'rescue' }).message).toBe('to.floor: unknown field');
    expect(rejected({ type: 'sendReport', role: 'chief', to: 'township:town1', kind: 'initial', text: { zh: '报告', fr: 'x' } }).message).toBe('text.fr: unknown field');
    expect(rejected({ type: 'allocateSupplies', role: 'chief', depot: 'd1', to: 's1', items: { gold: 1 } }).message).toMatch(/^items/);
    const sneaky = JSON.parse('{"type":"recall","role":"chief","unit":"fs1","seq":3,"__proto__":{"polluted":true}}');
    expect(rejected(sneaky).message).toBe('__proto__: unknown field for recall');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('bounds every string and nesting depth', () => {
    const dispatch = { type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'rescue' };
    expect(rejected({ ...dispatch, label: '救'.repeat(201) }).message).toMatch(/^label: .*200/);
    expect(rejected({ ...dispatch, actor: 'x'.repeat(101) }).message).toMatch(/^actor: .*100/);
    expect(rejected({ ...dispatch, unit: 'u'.repeat(65) }).message).toMatch(/^unit: .*64/);
    expect(rejected({ type: 'sendReport', role: 'chief', to: 'township:town1', kind: 'initial', text: { zh: '报'.repeat(4001) } }).message).toMatch(/^text\.zh/);
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(rejected({ type: 'injectNow', role: 'director', kind: 'message', payload: deep }).message).toMatch(/^payload: nested deeper/);
    expect(rejected({ type: 'injectNow', role: 'director', kind: 'message', payload: { text: 'x'.repeat(30_000) } }).message).toBe('payload: too large');
  });

  it('accepts a dispatch with each task kind, and refuses one without a kind from the list', () => {
    for (const task of TASK_KINDS) {
      const s = sim();
      expect(s.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task, label: `任务 ${task}` }).ok, task).toBe(true);
      expect(s.state.entities.units.fs1).toMatchObject({ task, taskLabel: `任务 ${task}` });
      expect(s.state.log[0]).toMatchObject({ type: 'dispatch', task, label: `任务 ${task}` });
    }
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' } }).message).toMatch(/^task: expected the task, one of rescue, /);
    // A free label where the kind belongs (the old form) is refused, naming the field.
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: '扑救 suppress' }).message).toMatch(/^task: /);
  });

  it('logs only the declared fields, copied from the sender\'s objects', () => {
    const s = sim();
    const to = { place: 'v1' };
    s.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to, task: 'rescue', actor: undefined, entry: 'command', seq: 99 });
    to.place = 'b1';
    const { t, seq, entry, ...logged } = s.state.log[0] as Record<string, unknown>;
    expect([t, seq, entry]).toEqual([0, 0, 'command']);
    expect(logged).toEqual({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'rescue' });
  });

  it('schema and type agree: one example of every command parses back to itself', () => {
    // Typed as the Command union: the compiler checks each example against the type, the schema
    // checks it at run time; a command declared in one and not the other fails one of the two.
    const examples: { [K in CommandType]: Extract<Command, { type: K }> } = {
      dispatch: { type: 'dispatch', role: 'chief', actor: '张', t: 0, unit: 'fs1', to: { node: 4 }, task: 'clearRoad', label: '抢通道路' },
      recall: { type: 'recall', role: 'chief', unit: 'fs1' },
      orderShelterInPlace: { type: 'orderShelterInPlace', role: 'chief', villages: ['v1'] },
      closeRoad: { type: 'closeRoad', role: 'chief', edges: [0, 3], reason: { zh: '积水', en: 'water' } },
      openRoad: { type: 'openRoad', role: 'director', edges: [1] },
      setResponseLevel: { type: 'setResponseLevel', role: 'chief', level: 'III' },
      sendReport: { type: 'sendReport', role: 'township:town1', to: 'chief', kind: 'update', text: { zh: '续报' }, figures: { trapped: 3, dead: 0 } },
      fireInject: { type: 'fireInject', role: 'director', inject: 'x' },
      releaseReservoir: { type: 'releaseReservoir', role: 'chief', reservoir: 'r1', rate: 12.5 },
      issueWarning: { type: 'issueWarning', role: 'chief', level: 'orange', townships: ['town1'], villages: ['v1'], channels: ['sms', 'broadcast'] },
      orderEvacuation: { type: 'orderEvacuation', role: 'township:town1', villages: ['v1'], shelters: ['s1'] },
      allocateSupplies: { type: 'allocateSupplies', role: 'chief', depot: 'd1', to: 's1', items: { tents: 5, quilts: 20 } },
      openShelter: { type: 'openShelter', role: 'chief', shelters: ['s1'] },
      recallBoats: { type: 'recallBoats', role: 'township:town1', township: 'town1' },
      declineTask: { type: 'declineTask', role: 'team:fs1', unit: 'fs1', reason: { zh: '水太深' } },
      injectNow: { type: 'injectNow', role: 'director', kind: 'trapped', target: { place: 'v1' }, payload: { people: 8, nested: [1, { a: null }] }, visibleTo: ['chief'], expected: { zh: '营救' } },
      setPlayed: { type: 'setPlayed', role: 'director', forRole: 'township:town1', played: true },
      acknowledgeWarning: { type: 'acknowledgeWarning', role: 'township:town1' },
      taskReply: { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'decline', reason: { zh: '水太深' } },
      addInject: { type: 'addInject', role: 'director', id: 'roof', inject: { t: 600, kind: 'message', payload: { from: { zh: '村民' }, text: { zh: '屋顶求救' } }, visibleTo: ['chief'] } },
      editInject: { type: 'editInject', role: 'director', id: 'roof', inject: { t: 900, kind: 'message' } },
      deleteInject: { type: 'deleteInject', role: 'director', id: 'roof' },
      addPlot: { type: 'addPlot', role: 'township:town1', kind: 'cordon', points: [[10, 20], [30, 40]], name: '警戒线', note: '禁止通行', sharedWith: ['chief'] },
      movePlot: { type: 'movePlot', role: 'township:town1', plot: 'township:town1/3', points: [[1, 2]] },
      editPlot: { type: 'editPlot', role: 'township:town1', plot: 'township:town1/3', kind: 'hazard', name: '险情', note: '', sharedWith: ['all'] },
      deletePlot: { type: 'deletePlot', role: 'township:town1', plot: 'township:town1/3' },
      sendMessage: { type: 'sendMessage', role: 'director', to: ['chief', 'party:hotline'], text: '有群众求助', ref: { point: [5, 6] }, as: 'hotline' },
      evaluate: { type: 'evaluate', role: 'evaluator', requirement: 'warn-blue', capability: 'warningAndReporting', rating: 'S', observedAt: 1800, observedRole: 'chief', strengths: '叫应到位', improvements: '渠道单一', category: 'strength', note: '' },
      selfAssess: { type: 'selfAssess', role: 'township:town1', rating: 'M', strengths: '转移及时', improvements: '物资滞后', note: '' },
      evacuateSite: { type: 'evacuateSite', role: 'chief', site: 'school1' },
      trafficControl: { type: 'trafficControl', role: 'chief', tier: 'AEGL-2' },
    };
    expect(Object.keys(examples).sort()).toEqual([...COMMAND_TYPES].sort());
    expect(commandSchema.options.map((o) => o.shape.type.value)).toEqual(COMMAND_TYPES);
    for (const cmd of Object.values(examples)) {
      const parsed = validateShape(structuredClone(cmd));
      expect(parsed, cmd.type).toEqual(cmd);
      expect(parsed).not.toBe(cmd);
    }
  });
});

