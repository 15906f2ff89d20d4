// The director's admin page in Chromium: the token typed once (a wrong one refused in Chinese),
// an exercise created from the form (a bad seed flagged where it is typed), its code sheet with
// QR codes opened, a player joined from the sheet's link and seen connected; a course of three
// groups created, switched between and compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { consoleReady, haveChromium, ROOT, screenshot } from './helpers.ts';
import { ADMIN, openRoom, type Room } from './room.ts';

/** The server's scenario folder: a copy, since the page writes a new scenario into it. */
const SCENARIOS = mkdtempSync(join(tmpdir(), 'tuiyan-e2e-scenarios-'));

describe('admin page in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium: run .ci/run or apt-get install chromium').toBe(true); });

  let room: Room;

  async function open(name: string, path: string): Promise<Page> {
    const page = await room.open(name, path, { viewport: { width: 1366, height: 900 } });
    page.on('dialog', (d) => void d.accept());
    return page;
  }

  beforeAll(async () => {
    cpSync(join(ROOT, 'scenarios/demo-district'), join(SCENARIOS, 'demo-district'), { recursive: true });
    room = await openRoom({ build: 'e2e-admin', server: { scenariosDir: SCENARIOS } });
  }, 300_000);

  afterAll(async () => {
    await room?.close();
    rmSync(SCENARIOS, { recursive: true, force: true });
  });

  let admin: Page;

  it('asks for the admin token once and refuses a wrong one in Chinese', async () => {
    admin = await open('admin', '/admin.html');
    await admin.fill('[data-testid=admin-token]', 'not-the-token');
    await admin.click('form.gate button[type=submit]');
    await admin.waitForSelector('text=管理口令不正确');
    await admin.fill('[data-testid=admin-token]', ADMIN);
    await admin.click('form.gate button[type=submit]');
    await admin.waitForSelector('[data-testid=exercise-list]');
    // Kept for the tab: a reload goes straight to the list.
    await admin.reload();
    await admin.waitForSelector('[data-testid=exercise-list]');
    expect(await admin.locator('text=还没有演练').count()).toBe(1);
  }, 60_000);

  it('creates an exercise from the page, opens its code sheet and a player joins from it', async () => {
    const form = admin.locator('[data-testid=exercise-form]');
    await form.locator('[data-testid=roles] input[value=chief]').waitFor();
    await form.locator('input[name=random]').uncheck();
    await form.locator('input[name=seed]').fill('4x');
    await form.locator('text=随机种子须为整数').waitFor();
    // Not sent while a field is wrong.
    await form.locator('[data-testid=exercise-create]').click();
    await form.locator('text=请先改正标红的项').waitFor();
    await form.locator('input[name=seed]').fill('42');
    expect(await form.locator('text=随机种子须为整数').count()).toBe(0);
    await form.locator('[data-testid=roles] input[value="township:hupan"]').check();
    await form.locator('[data-testid=exercise-create]').click();

    await admin.waitForSelector('[data-testid=code-sheet] .code-card');
    const roles = await admin.locator('.code-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    expect(roles).toEqual(['director', 'evaluator', 'chief', 'township:hupan']);
    expect(await admin.locator('.code-card[data-role=chief] .role').textContent()).toBe('区指挥部（指挥长）');
    // Each card has a drawn QR code.
    const qrWidths = await admin.locator('.code-card img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(qrWidths.every((w) => w >= 100)).toBe(true);
    const shot = await screenshot(admin, 'admin-code-sheet');
    expect(shot.distinct).toBeGreaterThan(3);
    const link = await admin.locator('.code-card[data-role=chief] [data-testid=join-link]').getAttribute('href');
    expect(link).toMatch(/\/\?code=[A-Z0-9]+$/);

    const chief = await open('chief', new URL(link!).pathname + new URL(link!).search);
    await consoleReady(chief);

    await admin.goto(room.base + '/admin.html#');
    const row = admin.locator('[data-testid=exercise-list] tbody tr').first();
    await row.locator('[data-testid=connected]', { hasText: '区指挥部（指挥长） ×1' }).waitFor({ timeout: 30_000 });
    expect(await row.locator('text=种子 42').count()).toBe(1);
    // Resume, then pause again from the list.
    await row.locator('[data-testid=resume]').click();
    await row.locator('[data-testid=pause]').waitFor();
    await row.locator('[data-testid=pause]').click();
    await row.locator('[data-testid=resume]').waitFor();
  }, 180_000);

  it('creates a course of three groups, switches between them and compares them', async () => {
    const form = admin.locator('[data-testid=course-form]');
    await form.locator('[data-testid=roles] input[value=chief]').waitFor();
    await form.locator('input[name=groups]').fill('30');
    await form.locator('text=组数须在 2–12 之间').waitFor();
    await form.locator('input[name=groups]').fill('3');
    await form.locator('[data-testid=course-create]').click();
    await form.locator('text=请填写培训班名称').waitFor();
    await form.locator('input[name=name]').fill('防汛培训班第一期');
    await form.locator('[data-testid=course-create]').click();

    await admin.waitForSelector('[data-testid=course-compare] table');
    const heads = await admin.locator('.course-table thead th').allTextContents();
    expect(heads).toEqual(['项目', '第 1 组', '第 2 组', '第 3 组']);
    expect(await admin.locator('.course-table tr.score-row td').count()).toBe(3);
    expect(await admin.locator('.course-table tr.requirement').count()).toBeGreaterThan(3);
    await screenshot(admin, 'admin-course-compare');

    await admin.locator('[data-testid=group-tabs] a[data-group="2"]').click();
    await admin.waitForSelector('[data-testid=group-view]');
    expect(await admin.locator('[data-testid=group-view] h3').textContent()).toContain('第 2 组');
    // Each group has its own codes.
    await admin.locator('[data-testid=group-view] a', { hasText: '加入码单' }).click();
    await admin.waitForSelector('.code-card[data-role=chief]');
    const code2 = await admin.locator('.code-card[data-role=chief] [data-testid=join-code]').textContent();
    await admin.goBack();
    await admin.locator('[data-testid=group-tabs] a[data-group="3"]').click();
    await admin.waitForSelector('[data-testid=group-view] h3:has-text("第 3 组")');
    await admin.locator('[data-testid=group-view] a', { hasText: '加入码单' }).click();
    await admin.waitForSelector('.code-card[data-role=chief]');
    expect(await admin.locator('.code-card[data-role=chief] [data-testid=join-code]').textContent()).not.toBe(code2);
    expect(room.errors).toEqual([]);
  }, 180_000);

  it('makes a new scenario from the template form, fields checked as typed, and offers it for exercises', async () => {
    await admin.goto(room.base + '/admin.html#');
    const form = admin.locator('[data-testid=scenario-form]');
    await form.locator('input[name="res-res-yunling"]').waitFor();
    await form.locator('input[name=folder]').fill('Storm B');
    await form.locator('text=只能用小写字母').waitFor();
    await form.locator('input[name=folder]').fill('storm-b');
    await form.locator('input[name=name]').fill('云岭区暴雨（加强版）');
    await form.locator('input[name=rainPercent]').fill('abc');
    await form.locator('text=雨量百分比须为数字').waitFor();
    await form.locator('input[name=rainPercent]').fill('130');
    await form.locator('input[name="res-res-yunling"]').fill('170');
    await form.locator('text=起始水位须在').waitFor();
    await form.locator('input[name="res-res-yunling"]').fill('153.5');
    await form.locator('input[name=placeFilter]').fill('霞场');
    const row = form.locator('.cut-row[data-place=hupan-xiachang]');
    await row.locator('input[name=access]').check();
    await row.locator('input[name=power]').check();
    await form.locator('[data-testid=scenario-create]').click();
    await form.locator('text=已生成想定 storm-b').waitFor({ timeout: 120_000 });
    const json = JSON.parse(readFileSync(join(SCENARIOS, 'storm-b/scenario.json'), 'utf8'));
    expect(json.name.zh).toBe('云岭区暴雨（加强版）');
    expect(json.reservoirs.find((r: any) => r.id === 'res-yunling').startLevel).toBe(153.5);
    expect(json.injects.slice(0, 2).map((i: any) => i.kind)).toEqual(['closeRoad', 'outage']);
    expect(existsSync(join(SCENARIOS, 'storm-b/plan.json'))).toBe(true);
    // The page reloads the lists: the new scenario can be chosen for an exercise.
    await admin.locator('[data-testid=exercise-form] select[name=scenario] option[value=storm-b]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(room.errors).toEqual([]);
  }, 240_000);
});
