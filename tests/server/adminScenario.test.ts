// A new scenario from the admin page's form: the template's facts for the form, the variant
// written by a worker into the server's scenario folder (then offered for exercises and able to
// run), and bad fields refused with the field named, nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../server/serve/server.ts';
import { checkScenario } from '../../server/scenarioFiles.ts';
import { ADMIN, api, tempDb, removeTempDbs } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
let server: RunningServer;
const dir = mkdtempSync(join(tmpdir(), 'tuiyan-scenarios-'));

beforeAll(async () => {
  cpSync(join(ROOT, 'scenarios/demo-district'), join(dir, 'demo-district'), { recursive: true });
  server = await startServer({ db: tempDb(), port: 0, adminToken: ADMIN, scenariosDir: dir, log: () => {} });
});
afterAll(async () => {
  await server?.close();
  removeTempDbs();
  rmSync(dir, { recursive: true, force: true });
});

const admin = (method: string, path: string, body?: unknown) => api(server.url, method, path, body, ADMIN);

describe('new scenario from the admin page', () => {
  it("gives the form the template's start, reservoirs and places", async () => {
    const t = (await admin('GET', '/api/admin/scenarios/demo-district/template')).body;
    expect(t.start).toBe('2026-07-16T06:00:00+08:00');
    expect(t.reservoirs.find((r: any) => r.id === 'res-yunling')).toMatchObject({ floodLimitLevel: 151.1, damCrest: 159.1 });
    expect(t.places.some((p: any) => p.id === 'hupan-xiachang' && p.kind === 'village')).toBe(true);
    expect((await api(server.url, 'GET', '/api/admin/scenarios/demo-district/template')).status).toBe(401);
  });

  it('writes a variant that checks, is offered for exercises and runs', async () => {
    const r = await admin('POST', '/api/admin/scenarios', {
      from: 'demo-district', folder: 'storm-page', name: '云岭区暴雨（培训版）', start: '2026-08-01T04:00:00+08:00',
      rainScale: 1.2, rainShiftHours: -1, reservoirs: { 'res-yunling': 154 }, cutAccess: ['hupan-xiachang'],
      outages: [{ place: 'hupan-xiachang', services: ['power'] }], script: 'keep',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ folder: 'storm-page', id: 'storm-page', files: ['scenario.json', 'plan.json'] });
    expect(checkScenario(join(dir, 'storm-page'))).toEqual([]);
    const json = JSON.parse(readFileSync(join(dir, 'storm-page/scenario.json'), 'utf8'));
    expect(json.name.zh).toBe('云岭区暴雨（培训版）');
    expect(json.reservoirs.find((x: any) => x.id === 'res-yunling').startLevel).toBe(154);
    expect(json.injects[0]).toMatchObject({ kind: 'closeRoad' });
    expect(json.injects[0].target.edges.length).toBeGreaterThan(0);

    const choices = (await admin('GET', '/api/scenarios')).body.scenarios;
    expect(choices.map((c: any) => c.folder)).toEqual(['demo-district', 'storm-page']);
    const made = await admin('POST', '/api/admin/exercises', { scenario: 'storm-page', seed: 3 });
    expect(made.status).toBe(201);
    expect((await admin('GET', `/api/admin/exercises/${made.body.id}/sheet`)).body.scenarioName.zh).toBe('云岭区暴雨（培训版）');
  }, 300_000);

  it('refuses bad fields with the field named, and never overwrites', async () => {
    const bad = await admin('POST', '/api/admin/scenarios', { from: 'demo-district', folder: 'Storm Page', name: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/folder: 文件夹名只能用小写字母/);
    expect(bad.body.message).toMatch(/name: 请填写想定名称/);
    const crest = await admin('POST', '/api/admin/scenarios', { from: 'demo-district', folder: 'too-full', name: '过满', reservoirs: { 'res-yunling': 170 } });
    expect(crest.status).toBe(400);
    expect(crest.body.message).toContain('--reservoirs.res-yunling: starting level 170 m must be below the dam crest 159.1 m');
    const start = await admin('POST', '/api/admin/scenarios', { from: 'demo-district', folder: 'bad-start', name: '坏时间', start: '明天早上' });
    expect(start.status).toBe(400);
    expect(start.body.message).toMatch(/start/);
    expect(existsSync(join(dir, 'too-full'))).toBe(false);
    expect(existsSync(join(dir, 'bad-start'))).toBe(false);
    const again = await admin('POST', '/api/admin/scenarios', { from: 'demo-district', folder: 'storm-page', name: '重复' });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('已有名为 storm-page 的想定');
    expect((await admin('POST', '/api/admin/scenarios', { from: 'nowhere', folder: 'x1', name: 'x' })).status).toBe(404);
  }, 300_000);
});
