// `npm start` is `tuiyan serve --exercise demo-district`: it prints a join link per role, serves
// the client page (or the placeholder), stops cleanly on SIGTERM, and started again resumes the
// same exercise.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { ADMIN, api, removeTempDbs, tempDb, until } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

function serve(db: string) {
  const child = spawn(process.execPath, ['bin/tuiyan.js', 'serve', '--port', '0', '--db', db, '--exercise', 'demo-district'], {
    cwd: ROOT, env: { ...process.env, TUIYAN_ADMIN_TOKEN: ADMIN }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (d) => { text += d; });
  child.stderr!.on('data', (d) => { text += d; });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => text };
}

afterAll(() => removeTempDbs());

describe('tuiyan serve --exercise (npm start)', () => {
  it('prints join links, serves, stops on SIGTERM and resumes the same exercise', async () => {
    const db = tempDb();
    const first = serve(db);
    await until('the join links', () => /observer\s+http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Z0-9]{10}/.test(first.output()));
    const out = first.output();
    const base = /server at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1];
    const id = /new exercise (x[0-9a-f]+)/.exec(out)![1];
    for (const role of ['chief', 'director', 'evaluator', 'township:shimen']) expect(out).toContain(role);
    expect(out).toMatch(/\?code=[A-Z0-9]{10}#admin=<TUIYAN_ADMIN_TOKEN>/);
    const page = await api(base, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/tuiyan/);
    const chiefCode = /chief\s+http:\/\/\S+\?code=([A-Z0-9]{10})/.exec(out)![1];
    expect((await api(base, 'POST', '/api/join', { code: chiefCode })).body).toMatchObject({ role: 'chief', exerciseId: id });

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = serve(db);
    await until('the join links again', () => /observer\s+http/.test(second.output()));
    expect(second.output()).toContain(`exercise ${id}`);
    expect(second.output()).not.toContain('new exercise');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
