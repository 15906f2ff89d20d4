import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { miniScenario } from '../fixtures/miniScenario.ts';

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
    expect(rejected({ type: 'dispatch', unit: 'fs1', to: { place: 'v1' } }).message).toMatch(/^role/);
    const extra = rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, speed: 99 });
    expect(extra).toMatchObject({ reason: 'malformed', message: 'speed: unknown field for dispatch' });
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1', node: 2 } }).message).toMatch(/^to:/);
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { node: -1 } }).message).toMatch(/^to\.node/);
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
      ['township:town1', { type: 'dispatch', unit: 'tt2', to: { place: 'v1' } }],   // tt2 belongs to town2
      ['team:tt2', { type: 'dispatch', unit: 'fs1', to: { place: 'v1' } }],         // a team moves only itself
      ['observer', { type: 'dispatch', unit: 'fs1', to: { place: 'v1' } }],
      ['evaluator', { type: 'recall', unit: 'fs1' }],
      ['township:town1', { type: 'closeRoad', edges: [0] }],
      ['township:town1', { type: 'setResponseLevel', level: 'IV' }],
      ['chief', { type: 'fireInject', inject: 'x' }],
      ['observer', { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: '报告' } }],
    ];
    for (const [role, cmd] of cases) expect(rejected({ ...cmd, role }).reason, `${role} ${JSON.stringify(cmd)}`).toBe('notPermitted');
    const s = sim();
    expect(s.apply({ type: 'dispatch', role: 'township:town2', unit: 'tt2', to: { place: 'v1' } }).ok).toBe(true);
    expect(s.apply({ type: 'dispatch', role: 'team:fs1', unit: 'fs1', to: { place: 's1' } }).ok).toBe(true);
  });

  it('rejects orders naming things that do not exist, or that cannot be done', () => {
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'ghost', to: { place: 'v1' } }).reason).toBe('unknownUnit');
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'atlantis' } }).reason).toBe('unknownPlace');
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { node: 7 } }).reason).toBe('unknownNode');
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'b1' } }).reason).toBe('alreadyThere');
    expect(rejected({ type: 'closeRoad', role: 'chief', edges: [0, 7] }).reason).toBe('unknownEdge');
    expect(rejected({ type: 'fireInject', role: 'director', inject: 'nope' }).reason).toBe('unknownInject');
    expect(rejected({ type: 'setResponseLevel', role: 'chief', level: 'none' }).reason).toBe('noChange');
    expect(rejected({ type: 'sendReport', role: 'chief', to: 'township:x', kind: 'initial', text: { zh: '报告' } }).reason).toBe('unknownRole');
    expect(rejected({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, t: 100 }).reason).toBe('wrongTime');
    const s = sim();
    expect(s.apply({ type: 'closeRoad', role: 'chief', edges: [3, 6] }).ok).toBe(true);
    expect(rejected({ type: 'closeRoad', role: 'chief', edges: [3] }, s).reason).toBe('noChange');
  });

  it('rejects an order to an unreachable place and leaves the PRNG untouched', () => {
    const s = sim();
    s.apply({ type: 'closeRoad', role: 'chief', edges: [3, 6] });
    const before = s.hash();
    const r = s.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' } });
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
});
