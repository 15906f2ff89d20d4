// The director's "view as" (issue 15): a read-only second socket on the director's own token.
// It receives the role's own feed, may send nothing, hands out no player token and leaves the
// role to the autopilot; no one but the director may open one.
import { describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { connect, createExercise, join, useInProcessServer } from './helpers.ts';

const fixture = useInProcessServer();

describe('view as', () => {
  it('is read-only, issues no token and keeps the autopilot on the role', async () => {
    const base = fixture.server.url;
    const { id, codes } = await createExercise(base, { scenario: 'demo-district', seed: 1, speed: 'paused', plan: 'auto' });
    const directorToken = await join(base, codes.director, true);
    const through = await connect(base, { token: directorToken, viewAs: 'township:hupan' });
    fixture.clients.push(through);
    expect(through.view.role).toBe('township:hupan');
    expect(through.view.truth).toBe(false);
    expect(await through.ask('command', { type: 'setResponseLevel', level: 'IV' })).toMatchObject({ ok: false, error: 'viewOnly' });
    expect(await through.ask('clock', { speed: 'max' })).toMatchObject({ ok: false, error: 'viewOnly' });
    expect(await through.ask('sync', { version: null })).toMatchObject({ ok: true });
    const ex = fixture.server.hub.exercises.get(id)!;
    expect(ex.played.has('township:hupan')).toBe(false);

    // A player cannot look through another's eyes.
    const chiefToken = await join(base, codes.chief);
    const refused = await new Promise<string>((resolve) => {
      const s = io(base, { transports: ['websocket'], auth: { token: chiefToken, viewAs: 'township:hupan' }, reconnection: false, forceNew: true });
      s.on('connect', () => { s.disconnect(); resolve('connected'); });
      s.on('connect_error', (err) => { s.disconnect(); resolve(err.message); });
    });
    expect(refused).toMatch(/notPermitted/);
  });
});
