// 脚本编辑 over real sockets: the director adds, edits (text and time), duplicates and deletes
// injects during play; each edit is in the stored log; the chief's feed gets the edited message
// only when it fires, never the text it had before, and never a deleted one; a bad edit is
// refused with the row and the field, and changes nothing.
import { describe, expect, it } from 'vitest';
import { connect, createExercise, join, until, useInProcessServer, ADMIN, type Client } from './helpers.ts';

const fixture = useInProcessServer();

async function player(code: string, admin = false): Promise<Client> {
  const c = await connect(fixture.server.url, { token: await join(fixture.server.url, code, admin) });
  fixture.clients.push(c);
  return c;
}
const wire = (c: Client) => JSON.stringify(c.received);
const message = (t: number, text: string) => ({ t, kind: 'message', visibleTo: ['chief'], payload: { from: { zh: '群众来电' }, text: { zh: text } } });

describe('exercise server: the director edits the script during play', () => {
  it('creates, edits, reschedules, duplicates and deletes injects; the chief sees only what fired, when it fired', async () => {
    const { id, codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', seed: 4, speed: 'paused' });
    const director = await player(codes.director, true);
    const chief = await player(codes.chief);
    const evaluator = await player(codes.evaluator);

    // Add three injects at 30, 40 and 50 min.
    const a = await director.ask('command', { type: 'addInject', id: 'call-a', inject: message(1800, '甲：初稿文字') });
    expect(a, JSON.stringify(a)).toMatchObject({ ok: true });
    expect(await director.ask('command', { type: 'addInject', id: 'call-b', inject: message(2400, '乙：将被删除') })).toMatchObject({ ok: true });
    expect(await director.ask('command', { type: 'addInject', id: 'call-c', inject: message(3000, '丙：原定时间') })).toMatchObject({ ok: true });
    // Edit a's text; reschedule c earlier; duplicate c (an add of a copy); delete b.
    expect(await director.ask('command', { type: 'editInject', id: 'call-a', inject: message(1800, '甲：改后文字') })).toMatchObject({ ok: true });
    expect(await director.ask('command', { type: 'editInject', id: 'call-c', inject: message(2100, '丙：提前') })).toMatchObject({ ok: true });
    expect(await director.ask('command', { type: 'addInject', inject: message(20 * 3600, '丙：副本') })).toMatchObject({ ok: true });
    expect(await director.ask('command', { type: 'deleteInject', id: 'call-b' })).toMatchObject({ ok: true });

    // A bad edit names the row and the field; a player may not edit the script.
    const bad = await director.ask('command', { type: 'editInject', id: 'call-a', inject: { ...message(1800, 'x'), payload: { from: { zh: '群众' } } } });
    expect(bad).toMatchObject({ ok: false, error: 'malformed', problem: { row: 'call-a', field: 'payload.text', code: 'needText' } });
    expect(await chief.ask('command', { type: 'addInject', inject: message(1800, '越权') })).toMatchObject({ ok: false, error: 'notPermitted' });

    // The director's and the evaluator's views show the script as edited; the chief's none of it.
    await until('the director sees the edited script', () => {
      const rows = director.view.injects?.filter((i: any) => i.inject.kind === 'message' && i.inject.payload.from.zh === '群众来电');
      return rows?.length === 3 && rows.some((r: any) => r.inject.payload.text.zh === '甲：改后文字');
    });
    await until('the evaluator sees it too', () => evaluator.view.injects?.some((i: any) => i.id === 'call-c' && i.at === 2100));
    expect(director.view.injects.some((i: any) => i.id === 'call-b')).toBe(false);
    expect(chief.view.injects).toBeUndefined();
    expect(wire(chief)).not.toContain('改后文字');
    expect(wire(chief)).not.toContain('提前');

    // Run past 40 min: a (30 min) and c (35 min) fire; the copy (20 h) not yet.
    expect(await director.ask('clock', { speed: 'max' })).toMatchObject({ ok: true });
    await until('the clock past 40 min', () => director.clock && director.clock.t >= 2400);
    expect(await director.ask('clock', { action: 'pause' })).toMatchObject({ ok: true });
    const paused = director.clock.t;
    expect(paused).toBeLessThan(20 * 3600);
    await until('the chief gets the edited call', () => wire(chief).includes('甲：改后文字') && wire(chief).includes('丙：提前'));
    // The text a had before the edit, and the deleted inject, never reach the chief; the copy has not fired yet.
    expect(wire(chief)).not.toContain('初稿文字');
    expect(wire(chief)).not.toContain('将被删除');
    expect(wire(chief)).not.toContain('副本');
    // Fired injects are history.
    expect(await director.ask('command', { type: 'deleteInject', id: 'call-a' })).toMatchObject({ ok: false, problem: { row: 'call-a', code: 'alreadyFired' } });

    // The stored log holds each edit as a command and the scriptChanged events for director and evaluator only.
    const res = await fetch(`${fixture.server.url}/api/exercises/${id}/log.jsonl`, { headers: { authorization: `Bearer ${ADMIN}` } });
    const entries = (await res.text()).trim().split('\n').map((l) => JSON.parse(l)).slice(1);
    expect(entries.filter((e) => e.entry === 'command' && /Inject$/.test(e.type)).map((e) => e.type)).toEqual(['addInject', 'addInject', 'addInject', 'editInject', 'editInject', 'addInject', 'deleteInject']);
    const changed = entries.filter((e) => e.entry === 'event' && e.kind === 'scriptChanged');
    expect(changed.map((e) => e.change)).toEqual(['added', 'added', 'added', 'edited', 'edited', 'added', 'deleted']);
    expect(changed.every((e) => e.visibleTo.length === 0)).toBe(true);
    const fired = entries.filter((e) => e.entry === 'event' && e.kind === 'injectFired' && e.inject.startsWith('call-'));
    expect(fired.map((e) => [e.inject, e.t])).toEqual([['call-a', 1800], ['call-c', 2100]]);
  });
});
