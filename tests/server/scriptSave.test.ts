// Saving an edited script: into a new folder (a scenario extending the old one) or back into its
// own folder; the result passes the scenario check; a script that names something missing is
// refused with its path and nothing is written; a folder that exercises were made from is
// not rewritten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../server/serve/server.ts';
import { checkScenario, loadScenario } from '../../server/scenarioFiles.ts';
import { ADMIN, api, createExercise, tempDb, removeTempDbs } from './helpers.ts';

let server: RunningServer;
let dir: string;
const roof = { id: 'roof-call', t: 3600, jitter: 0, kind: 'message', target: null, visibleTo: ['township:hupan'], payload: { from: { zh: '村民' }, text: { zh: '屋顶有人' } }, when: { kind: 'peopleInDanger', village: 'hupan-xiachang', atLeast: 5 } };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tuiyan-scenarios-'));
  cpSync('scenarios/demo-district', join(dir, 'storm'), { recursive: true });
  cpSync('scenarios/demo-district', join(dir, 'storm-used'), { recursive: true });
  server = await startServer({ db: tempDb(), port: 0, adminToken: ADMIN, scenariosDir: dir, log: () => {} });
  await createExercise(server.url, { scenario: 'storm-used', seed: 1, speed: 'paused' });
});
afterAll(async () => {
  await server?.close();
  removeTempDbs();
  rmSync(dir, { recursive: true, force: true });
});

describe('saving the script', () => {
  it('refuses a script naming something missing, writes nothing, and says where', async () => {
    const before = readFileSync(join(dir, 'storm/scenario.json'), 'utf8');
    const r = await api(server.url, 'PUT', '/api/admin/scenarios/storm/script', { script: [{ ...roof, when: { kind: 'peopleInDanger', village: 'nowhere', atLeast: 5 } }] }, ADMIN);
    expect(r.status).toBe(422);
    expect(r.body.problems[0].path).toBe('injects[0].when.village');
    expect(readFileSync(join(dir, 'storm/scenario.json'), 'utf8')).toBe(before);
    const n = await api(server.url, 'PUT', '/api/admin/scenarios/storm/script', { script: [{ ...roof, payload: {} }], folder: 'storm-bad' }, ADMIN);
    expect(n.status).toBe(422);
    expect(existsSync(join(dir, 'storm-bad'))).toBe(false);
    expect((await api(server.url, 'PUT', '/api/admin/scenarios/storm/script', { script: [] })).status).toBe(401);
  });

  it('saves into a new folder that extends the old scenario, and back into its own folder', async () => {
    const base = loadScenario(join(dir, 'storm'));
    const script = [...base.injects.filter((i) => i.id !== 'weather-lifted'), roof];
    const r = await api(server.url, 'PUT', '/api/admin/scenarios/storm/script', { script, folder: 'storm-b' }, ADMIN);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(checkScenario(join(dir, 'storm-b'))).toEqual([]);
    const b = loadScenario(join(dir, 'storm-b'));
    expect(b.injects.map((i) => i.id)).toContain('roof-call');
    expect(b.injects.map((i) => i.id)).not.toContain('weather-lifted');
    expect(b.villages.length).toBe(base.villages.length);
    const inPlace = await api(server.url, 'PUT', '/api/admin/scenarios/storm/script', { script: [roof] }, ADMIN);
    expect(inPlace.status, JSON.stringify(inPlace.body)).toBe(200);
    expect(checkScenario(join(dir, 'storm'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'storm/scenario.json'), 'utf8')).injects.map((i: { id: string }) => i.id)).toEqual(['roof-call']);
  });

  it('does not rewrite a scenario that exercises were made from', async () => {
    const r = await api(server.url, 'PUT', '/api/admin/scenarios/storm-used/script', { script: [roof] }, ADMIN);
    expect(r).toMatchObject({ status: 409, body: { error: 'scenarioInUse' } });
  });
});
