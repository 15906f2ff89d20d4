// `tuiyan score` grades a served exercise's log (from the database, or its exported log.jsonl)
// against a plan and gives exactly the server's own report (issue 14: any log, any plan).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as pathJoin } from 'node:path';
import { ADMIN, api, connect, createExercise, inProcessServer, join, removeTempDbs, tempDb, until, type Client } from './helpers.ts';

const ROOT = pathJoin(import.meta.dirname, '../..');
const tuiyan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [pathJoin(ROOT, 'bin/tuiyan.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** An HTTP call after a long wait may meet a kept-alive socket the server just closed: ask again once. */
async function get(path: string) {
  try { return await api(server.url, 'GET', path, undefined, ADMIN); } catch { return api(server.url, 'GET', path, undefined, ADMIN); }
}

const db = tempDb();
let server: Awaited<ReturnType<typeof inProcessServer>>;
const clients: Client[] = [];
beforeAll(async () => { server = await inProcessServer(db); });
afterAll(async () => { for (const c of clients) c.close(); await server?.close(); removeTempDbs(); });

describe('tuiyan score on a served exercise', () => {
  it('equals the server report, from the database and from the exported log', async () => {
    const { id, codes } = await createExercise(server.url, { scenario: 'demo-district', speed: 'paused', plan: 'auto', until: '2h' });
    const chief = await connect(server.url, { token: await join(server.url, codes.chief) });
    const director = await connect(server.url, { token: await join(server.url, codes.director, true) });
    clients.push(chief, director);
    expect(await chief.ask('command', { type: 'setResponseLevel', level: 'IV' })).toMatchObject({ ok: true });
    expect(await director.ask('clock', { speed: 'max' })).toMatchObject({ ok: true });
    await until('the exercise to finish', () => chief.clock?.status === 'finished');

    // After the end: an evaluator's form entry and the chief's self-assessment (自评) are still taken.
    const evaluator = await connect(server.url, { token: await join(server.url, codes.evaluator) });
    clients.push(evaluator);
    expect(await evaluator.ask('command', { type: 'evaluate', requirement: 'warn-blue', rating: 'S', observedRole: 'chief', observedAt: 1800, strengths: '叫应及时', improvements: '渠道单一' })).toMatchObject({ ok: true });
    expect(await chief.ask('command', { type: 'selfAssess', rating: 'M', strengths: '响应启动及时', improvements: '预警未发布' })).toMatchObject({ ok: true });
    expect(await chief.ask('command', { type: 'setResponseLevel', level: 'III' })).toMatchObject({ ok: false, error: 'finished' });

    const served = (await get(`/api/exercises/${id}/report`)).body;
    expect(served.score.evaluations.observations).toEqual([expect.objectContaining({ requirement: 'warn-blue', rating: 'S', strengths: '叫应及时' })]);
    expect(served.score.evaluations.selfAssessments).toEqual([expect.objectContaining({ role: 'chief', rating: 'M', improvements: '预警未发布' })]);
    expect(served.score.requirements.length).toBeGreaterThan(0);

    const fromDb = tuiyan('score', id, '--db', db, '--plan', 'scenarios/demo-district/plan.json', '--json');
    expect(fromDb.code, fromDb.stderr).toBe(0);
    const a = JSON.parse(fromDb.stdout);
    expect(a.at).toBe(served.at);
    expect(a.stateHash).toBe(served.stateHash);
    expect(a.score).toEqual(served.score);

    const log = await get(`/api/exercises/${id}/log.jsonl`);
    const file = pathJoin(mkdtempSync(pathJoin(tmpdir(), 'tuiyan-score-')), 'log.jsonl');
    writeFileSync(file, log.body as string);
    const fromFile = tuiyan('score', file, '--plan', 'scenarios/demo-district/plan.json', '--json');
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(JSON.parse(fromFile.stdout).score).toEqual(served.score);

    // Graded earlier, what was not yet due is pending, not failed.
    const early = JSON.parse(tuiyan('score', id, '--db', db, '--plan', 'scenarios/demo-district/plan.json', '--at', '20m', '--json').stdout);
    expect(early.at).toBe(1200);
    expect(early.score.requirements.filter((r: any) => r.verdict === 'notDone' && r.deadline > 1200)).toEqual([]);
  });
});
