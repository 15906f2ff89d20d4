// The director edits the MSEL during play: add, edit (reschedule), duplicate and delete, each a
// logged command; a refusal names the row, the field and a code; fired injects are history.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

function sim() {
  const json = miniScenarioJson();
  json.injects = [
    { id: 'call', t: '10m', kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '群众' }, text: { zh: '上游村有人被困' } } },
    { id: 'cut', t: '1h', kind: 'closeRoad', target: { edges: [2] }, visibleTo: ['all'] },
  ];
  return createSim(miniScenario(json), { seed: 3 });
}
const msg = (t: number, text = '桥被冲了') => ({ t, kind: 'message', visibleTo: ['chief'], payload: { from: { zh: '群众' }, text: { zh: text } } });
const D = { role: 'director' };

describe('editing the script during play', () => {
  it('adds an inject that fires at its time, logged as a command and a scriptChanged event', () => {
    const s = sim();
    const r = s.apply({ ...D, type: 'addInject', inject: msg(1200) });
    expect(r.ok).toBe(true);
    const id = `s${(r as { seq: number }).seq}`;
    expect(s.state.entities.script.map((i) => i.id)).toEqual(['call', 'cut', id]);
    expect(s.state.log.some((e) => e.entry === 'event' && e.kind === 'scriptChanged' && e.inject === id && e.visibleTo.length === 0)).toBe(true);
    s.advanceTo(1199);
    expect(id in s.state.entities.injectsFired).toBe(false);
    s.advanceTo(1200);
    expect(s.state.entities.injectsFired[id]).toBe(1200);
  });

  it('reschedules, edits the text, and deletes; the chief sees none of it until a message fires', () => {
    const s = sim();
    expect(s.apply({ ...D, type: 'editInject', id: 'call', inject: { ...msg(1800, '改后的来电'), visibleTo: ['chief'] } }).ok).toBe(true);
    expect(s.apply({ ...D, type: 'deleteInject', id: 'cut' }).ok).toBe(true);
    expect(s.state.entities.script.map((i) => i.id)).toEqual(['call']);
    const chiefSees = () => JSON.stringify(s.viewFor('chief'));
    s.advanceTo(1799);
    expect(chiefSees()).not.toContain('改后的来电');
    expect(s.state.entities.injectsFired.call).toBeUndefined();
    s.advanceTo(1800);
    expect(chiefSees()).toContain('改后的来电');
    // The deleted road cut never happens.
    s.advanceTo(7200);
    expect(s.state.log.some((e) => e.entry === 'event' && e.kind === 'roadClosed')).toBe(false);
  });

  it('refuses with the row, the field and a code', () => {
    const s = sim();
    expect(s.apply({ ...D, type: 'addInject', id: 'x', inject: { ...msg(600), payload: { from: { zh: '群众' } } } })).toMatchObject({ ok: false, problem: { row: 'x', field: 'payload.text', code: 'needText' } });
    expect(s.apply({ ...D, type: 'addInject', id: 'x', inject: { t: 600, kind: 'trapped', target: { place: 'nowhere' }, payload: { people: 3 } } })).toMatchObject({ ok: false, problem: { row: 'x', field: 'target.place', code: 'noVillage' } });
    expect(s.apply({ ...D, type: 'addInject', id: 'call', inject: msg(600) })).toMatchObject({ ok: false, problem: { row: 'call', field: 'id', code: 'duplicateId' } });
    expect(s.apply({ ...D, type: 'editInject', id: 'ghost', inject: msg(600) })).toMatchObject({ ok: false, reason: 'unknownInject', problem: { row: 'ghost', code: 'noInject' } });
    expect(s.apply({ ...D, type: 'addInject', id: 'y', inject: { ...msg(600), visibleTo: ['township:nope'] } })).toMatchObject({ ok: false, problem: { field: 'visibleTo[0]', code: 'noRole' } });
    expect(s.apply({ ...D, type: 'addInject', id: 'y', inject: { ...msg(600), when: { kind: 'waterAtPlace', place: 'v1', above: 'deep' } } })).toMatchObject({ ok: false, problem: { field: 'when.above', code: 'badLevel' } });
    expect(s.apply({ type: 'addInject', role: 'chief', inject: msg(600) })).toMatchObject({ ok: false, reason: 'notPermitted' });
    s.advanceTo(900);
    expect(s.apply({ ...D, type: 'addInject', id: 'late', inject: msg(600) })).toMatchObject({ ok: false, problem: { field: 't', code: 'inPast' } });
    expect(s.apply({ ...D, type: 'editInject', id: 'call', inject: msg(1000) })).toMatchObject({ ok: false, problem: { code: 'alreadyFired' } });
    expect(s.apply({ ...D, type: 'deleteInject', id: 'call' })).toMatchObject({ ok: false, problem: { code: 'alreadyFired' } });
    // Nothing refused reached the log or the script.
    expect(s.state.entities.script.map((i) => i.id)).toEqual(['call', 'cut']);
    expect(s.state.log.filter((e) => e.entry === 'command')).toHaveLength(0);
  });

  it('a conditional inject can be added during play and fires on its condition', () => {
    const s = sim();
    s.advanceTo(600);
    const r = s.apply({ ...D, type: 'addInject', id: 'nag', inject: { ...msg(0, '还没转移？'), when: { kind: 'notDone', command: 'orderEvacuation', by: 3600 } } });
    expect(r.ok).toBe(true);
    s.advanceTo(4000);
    const f = s.state.log.find((e) => e.entry === 'event' && e.kind === 'injectFired' && e.inject === 'nag') as any;
    expect(f.t).toBe(3600);
    expect(f.because).toEqual({ condition: 'notDone' });
  });

  it('a deadline inject added after its deadline has passed fires at the next tick (if it holds)', () => {
    const s = sim();
    s.advanceTo(2 * 3600);
    const r = s.apply({ ...D, type: 'addInject', id: 'late', inject: { ...msg(0, '还没转移？'), when: { kind: 'notDone', command: 'orderEvacuation', by: 3600 } } });
    expect(r.ok).toBe(true);
    s.advanceTo(3 * 3600);
    const f = s.state.log.find((e) => e.entry === 'event' && e.kind === 'injectFired' && e.inject === 'late') as any;
    expect(f.t).toBe(2 * 3600 + 1);
    expect(f.because).toEqual({ condition: 'notDone' });
  });

  it('replaying the log (edits included) gives the same state', () => {
    const a = sim();
    a.advanceTo(300);
    a.apply({ ...D, type: 'addInject', id: 'dup', inject: msg(2000) });
    a.advanceTo(400);
    a.apply({ ...D, type: 'editInject', id: 'cut', inject: { t: 5000, kind: 'closeRoad', target: { edges: [1] }, visibleTo: ['all'] } });
    a.advanceTo(8000);
    const b = sim();
    for (const e of a.state.log.filter((x) => x.entry === 'command')) { b.advanceTo(e.t); expect(b.apply(e).ok).toBe(true); }
    b.advanceTo(8000);
    expect(b.hash()).toBe(a.hash());
  });
});
