// No input can fail an exercise (issue 15): when the core throws on a command after it already
// changed the state, that one command is refused, the exercise is rebuilt from the stored log as
// it was just before, and it goes on running — other commands before and after are kept.
import { describe, expect, it } from 'vitest';
import { ADMIN, api, connect, createExercise, join, useInProcessServer } from './helpers.ts';

const fixture = useInProcessServer();

describe('a core error on one command', () => {
  it('refuses that command only, rebuilds the state from the log, and keeps the exercise running', async () => {
    const u = fixture.server.url;
    const { id, codes } = await createExercise(u, { scenario: 'demo-district' });
    const chief = await connect(u, { token: await join(u, codes.chief) });
    fixture.clients.push(chief);
    const say = (zh: string) => chief.ask('command', { type: 'sendReport', to: 'township:hupan', kind: 'instruction', text: { zh } });
    expect(await say('第一条')).toMatchObject({ ok: true });

    const ex = fixture.server.hub.exercises.get(id)!;
    const broken = ex.sim;
    const real = broken.apply.bind(broken);
    // As in the report: the state changes, then something throws.
    broken.apply = (c: unknown) => { real(c); throw new Error('thrown after the state changed'); };
    const [a, b] = await Promise.all([say('第二条'), say('第三条')]);
    expect(a).toMatchObject({ ok: false, error: 'internal' });
    expect(b).toMatchObject({ ok: true }); // the next one in the same batch, on the rebuilt sim
    expect(ex.sim).not.toBe(broken);
    expect(await say('第四条')).toMatchObject({ ok: true });

    const row = (await api(u, 'GET', `/api/exercises/${id}`, undefined, ADMIN)).body;
    expect(row.status).toBe('running');
    const texts = ex.sim.state.entities.reports.map((r) => r.text.zh);
    expect(texts).toEqual(['第一条', '第三条', '第四条']);
    // The running state is exactly the one the stored log rebuilds.
    const rebuilt = (await api(u, 'GET', `/api/exercises/${id}/state?t=${ex.t}`, undefined, ADMIN)).body;
    expect(rebuilt.stateHash).toBe(ex.sim.hash());
    expect(fixture.server.logs.some((l) => /core threw/.test(l))).toBe(true);
  });
});
