// An imported district opens in the browser as the demo one does (issue 17, served by issue 15's
// scenario routes): the demo district exported to GIS files and imported again is a folder with
// raster files of its own; a server whose scenarios folder holds only it serves the world and
// the rasters (GET /api/scenarios/:folder[/files/:name]), and the chief's console draws its map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportScenario } from '../../server/gis/exportScenario.ts';
import { importScenario } from '../../server/gis/importScenario.ts';
import { DEMO_ANCHOR, parseCrs } from '../../server/gis/crs.ts';
import { haveChromium, ROOT } from './helpers.ts';
import { openRoom, type Room } from './room.ts';

const FOLDER = 'bureau-district';

describe('an imported district in the browser', () => {
  it('has Chromium', () => { expect(haveChromium()).toBe(true); });

  let room: Room;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'tuiyan-imported-'));
    exportScenario(join(ROOT, 'scenarios/demo-district'), join(work, 'gis'), { crs: parseCrs(DEMO_ANCHOR.crs)!, origin: DEMO_ANCHOR.origin, geographicRasters: false });
    mkdirSync(join(work, 'scenarios'));
    await importScenario(join(work, 'gis/import.yaml'), join(work, 'scenarios', FOLDER));
    // The drill client, built apart from the other browser tests' builds.
    room = await openRoom({ build: 'e2e-imported-client', server: { scenariosDir: join(work, 'scenarios') } });
  }, 300_000);

  afterAll(async () => {
    await room?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('serves the imported folder with its raster files', async () => {
    const list = await (await fetch(`${room.base}/api/scenarios`)).json();
    expect(list.scenarios.map((s: { folder: string }) => s.folder)).toEqual([FOLDER]);
    const got = await (await fetch(`${room.base}/api/scenarios/${FOLDER}`)).json();
    expect(got.files.length).toBeGreaterThanOrEqual(2);
    const json = JSON.parse(readFileSync(join(work, 'scenarios', FOLDER, 'scenario.json'), 'utf8'));
    for (const name of got.files) {
      const r = await fetch(`${room.base}/api/scenarios/${FOLDER}/files/${name}`);
      expect(r.status, name).toBe(200);
      expect(Buffer.from(await r.arrayBuffer()).equals(readFileSync(join(work, 'scenarios', FOLDER, name))), name).toBe(true);
    }
    expect(json.rasters.elevation.file).toBeTruthy();
  });

  it("draws the imported district in the chief's console", async () => {
    const r = await room.request('POST', '/api/exercises', { scenario: FOLDER, speed: 'paused' });
    expect(r.status).toBe(201);
    const { codes } = await r.json();
    const errors: string[] = [];
    const page = await room.open('imported', `/?code=${codes.chief}`, { viewport: { width: 1280, height: 720 }, ready: true, errors });
    const shown = await page.evaluate(() => {
      const w = (window as any).tuiyan;
      return { folder: w.store.scenarioFolder, width: w.store.scenario.grid.width, villages: w.store.scenario.villages.length, frames: w.map.framesDrawn() };
    });
    expect(shown).toMatchObject({ folder: FOLDER, width: 480, villages: 238 });
    expect(shown.frames).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
