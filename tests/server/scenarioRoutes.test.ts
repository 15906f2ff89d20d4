// GET /api/scenarios: the browser's only way to a scenario in a drill build (issue 15). The
// world and the plan go to anyone; the MSEL only to the admin, or to a director's or evaluator's
// token of an exercise on that scenario; a player's token, a stranger or a director of another
// scenario gets `injects: []`. Raster files are served only by the names the scenario gives.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as pathJoin } from 'node:path';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { listScenarios } from '../../server/serve/scenarioRoutes.ts';
import { allRoles } from '../../sim-core/commands/roles.ts';
import { roleName } from '../../presentation/text/names.ts';
import { ADMIN, api, createExercise, join, useInProcessServer } from './helpers.ts';

const fixture = useInProcessServer();
const mselOf = (folder: string) => (JSON.parse(readFileSync(`scenarios/${folder}/scenario.json`, 'utf8')) as { injects: { id: string }[] }).injects;

describe('scenario routes', () => {
  it('lists the shipped scenarios by folder and Chinese name', async () => {
    const r = await api(fixture.server.url, 'GET', '/api/scenarios');
    expect(r.status).toBe(200);
    const folders = r.body.scenarios.map((s: { folder: string }) => s.folder);
    expect(folders).toEqual(expect.arrayContaining(['demo-district', 'demo-district-fire']));
    for (const s of r.body.scenarios) expect(s.name.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.stringify(r.body)).not.toContain(mselOf('demo-district')[0].id);
    // A stranger gets no role lists; the admin (the admin page's forms) gets them from the same listing.
    expect(r.body.scenarios[0].roles).toBeUndefined();
    const full = await api(fixture.server.url, 'GET', '/api/scenarios', undefined, ADMIN);
    const storm = full.body.scenarios.find((s: { folder: string }) => s.folder === 'demo-district');
    const s = loadScenario('scenarios/demo-district');
    expect(storm.hasPlan).toBe(true);
    expect(storm.roles.map((x: { role: string }) => x.role)).toEqual(allRoles(s).filter((x) => x !== 'director'));
    const hupan = storm.roles.find((x: { role: string }) => x.role === 'township:hupan');
    expect(hupan).toEqual({ role: 'township:hupan', zh: roleName(s, 'township:hupan', 'zh'), en: roleName(s, 'township:hupan', 'en') });
    expect(storm.roles.find((x: { role: string }) => x.role === 'chief').zh).toBe(roleName(s, 'chief', 'zh'));
    expect((await api(fixture.server.url, 'GET', '/api/admin/scenarios', undefined, ADMIN)).status).toBe(404);
  });

  it('lists from a cache that follows a changed scenario.json', () => {
    const dir = mkdtempSync(pathJoin(tmpdir(), 'tuiyan-list-'));
    try {
      mkdirSync(pathJoin(dir, 'one'));
      const write = (zh: string) => writeFileSync(pathJoin(dir, 'one/scenario.json'), JSON.stringify({ extends: pathJoin(process.cwd(), 'scenarios/demo-district'), id: 'one', name: { zh } }));
      write('第一版');
      expect(listScenarios(dir)[0].name.zh).toBe('第一版');
      write('第二版本');
      expect(listScenarios(dir)[0]).toEqual({ folder: 'one', id: 'one', name: { zh: '第二版本' } });
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  it('gives the script only to those who may read it', async () => {
    const base = fixture.server.url;
    const storm = await createExercise(base, { scenario: 'demo-district', seed: 1, speed: 'paused' });
    const fire = await createExercise(base, { scenario: 'demo-district-fire', seed: 1, speed: 'paused' });
    const get = async (folder: string, token?: string) => (await api(base, 'GET', `/api/scenarios/${folder}`, undefined, token)).body;
    const ids = (b: { scenario: { injects: { id: string }[] } }) => b.scenario.injects.map((i) => i.id);
    const storms = mselOf('demo-district').map((i) => i.id);

    const anon = await get('demo-district');
    expect(anon.script).toBe(false);
    expect(ids(anon)).toEqual([]);
    expect(anon.scenario.townships.length).toBeGreaterThan(0);
    expect(anon.plan.told).toBe(true);
    // Requirement names hint at the script: a player gets them only by its feed, once triggered.
    expect(anon.plan.requirements).toEqual([]);
    expect(anon.plan.name.zh.length).toBeGreaterThan(0);
    for (const id of storms) expect(JSON.stringify(anon)).not.toContain(`"${id}"`);
    // The fire day extends the storm district: it comes merged, its own MSEL stripped.
    const fireAnon = await get('demo-district-fire');
    expect(fireAnon.scenario.roads).toBeDefined();
    expect(ids(fireAnon)).toEqual([]);

    for (const role of ['chief', `township:hupan`, 'observer']) {
      const b = await get('demo-district', await join(base, storm.codes[role]));
      expect(b.script, role).toBe(false);
      expect(ids(b), role).toEqual([]);
    }
    expect(ids(await get('demo-district', ADMIN))).toEqual(storms);
    expect(ids(await get('demo-district', await join(base, storm.codes.evaluator)))).toEqual(storms);
    const director = await join(base, storm.codes.director, true);
    expect(ids(await get('demo-district', director))).toEqual(storms);
    // A director of the storm may not read the fire day's script.
    expect(ids(await get('demo-district-fire', director))).toEqual([]);
    expect(ids(await get('demo-district-fire', await join(base, fire.codes.director, true)))).toEqual(mselOf('demo-district-fire').map((i) => i.id));
  });

  it('refuses unknown folders, traversal and other methods', async () => {
    const base = fixture.server.url;
    for (const p of ['/api/scenarios/nope', '/api/scenarios/..%2Fserver', '/api/scenarios/demo-district/files/scenario.json', '/api/scenarios/demo-district/files/..']) {
      const r = await api(base, 'GET', p);
      expect(r.status, p).toBe(404);
      expect(r.body.error, p).toBeTruthy();
    }
    expect((await api(base, 'POST', '/api/scenarios', {})).status).toBe(405);
  });
});
