// The scenario script editor on the admin page in Chromium (issue 13): a scenario chosen whose
// folder name differs from its id, an inject added whose road target is picked from the list of
// road names (no map on this page), saved into a new folder — which passes the scenario check and
// is listed — and a refused save shown in Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { checkScenario, loadScenario } from '../../server/scenarioFiles.ts';
import { haveChromium, screenshot } from './helpers.ts';
import { ADMIN, openRoom, type Room } from './room.ts';

const SCENARIOS = mkdtempSync(join(tmpdir(), 'tuiyan-e2e-script-'));

describe('admin script editor in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium()).toBe(true); });

  let room: Room;

  beforeAll(async () => {
    // Folder "storm-x" holds a scenario whose id is "demo-district": saved by folder, not id.
    cpSync(join('scenarios/demo-district'), join(SCENARIOS, 'storm-x'), { recursive: true });
    room = await openRoom({ build: 'e2e-admin-script', server: { scenariosDir: SCENARIOS } });
  }, 300_000);

  afterAll(async () => {
    await room?.close();
    rmSync(SCENARIOS, { recursive: true, force: true });
  });

  it('adds a road closure picked by name and saves it into a new folder that checks clean', async () => {
    const page = await room.open('admin-script', '/admin.html', { viewport: { width: 1500, height: 1000 } });
    await page.fill('[data-testid=admin-token]', ADMIN);
    await page.click('form.gate button[type=submit]');
    await page.locator('[data-testid=script-scenario] option[value=storm-x]').waitFor({ state: 'attached' });
    await page.selectOption('[data-testid=script-scenario]', 'storm-x');
    await page.click('[data-testid=script-open]');
    const editor = page.getByTestId('script-editor');
    await editor.getByTestId('script-table').waitFor();
    const before = await editor.locator('tbody tr').count();
    expect(before).toBe(loadScenario(join(SCENARIOS, 'storm-x')).injects.length);

    await editor.getByTestId('script-add').click();
    const form = editor.getByTestId('inject-form');
    await form.getByTestId('inject-kind').selectOption('closeRoad');
    await form.getByTestId('inject-hours').fill('5');
    await form.getByTestId('inject-minutes').fill('30');
    // No map here: the road comes from the searchable list of names.
    await page.getByTestId('road-search').fill('国道G101');
    const road = page.locator('[data-testid=road-list] button.road').first();
    const roadName = (await road.getAttribute('data-road'))!;
    expect(roadName).toMatch(/^国道G101/);
    await road.click();
    await expect.poll(() => form.textContent()).toMatch(/已选 \d+ 段道路/);
    const picked = /已选 (\d+) 段道路/.exec((await form.textContent())!)![1];
    await form.locator('input[name=reason]').fill('山体滑坡');
    await form.getByTestId('inject-save').click();
    await expect.poll(() => editor.locator('tbody tr').count()).toBe(before + 1);
    const added = editor.locator('tbody tr', { hasText: '07-16 11:30' }).filter({ hasText: `${picked} 段道路` });
    expect(await added.count()).toBe(1);

    // Saving to a folder that exists is refused in Chinese, and nothing is written.
    await editor.getByTestId('script-folder').fill('storm-x');
    await editor.getByTestId('script-save').click();
    await expect.poll(() => editor.getByTestId('script-answer').textContent()).toContain('已有同名的想定文件夹');

    await editor.getByTestId('script-folder').fill('storm-road');
    await editor.getByTestId('script-save').click();
    await expect.poll(() => editor.getByTestId('script-answer').textContent(), { timeout: 20_000 }).toContain('脚本已保存');
    const shot = await screenshot(page, 'admin-script-editor');
    expect(shot.distinct).toBeGreaterThan(20);

    expect(existsSync(join(SCENARIOS, 'storm-road/scenario.json'))).toBe(true);
    expect(checkScenario(join(SCENARIOS, 'storm-road'))).toEqual([]);
    const saved = loadScenario(join(SCENARIOS, 'storm-road'));
    const closure = saved.injects.find((i) => i.kind === 'closeRoad' && i.t === 5.5 * 3600 && i.target.edges.length === Number(picked));
    expect(closure?.kind).toBe('closeRoad');
    // The original folder keeps its script.
    expect(loadScenario(join(SCENARIOS, 'storm-x')).injects.length).toBe(before);
    // Listed by the one scenario listing.
    const listed = await (await fetch(`${room.base}/api/scenarios`)).json() as { scenarios: { folder: string }[] };
    expect(listed.scenarios.map((s) => s.folder)).toContain('storm-road');
    expect(room.errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
