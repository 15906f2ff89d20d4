// The web client in real Chromium against the exercise server: a chief and a township console in
// two browser contexts, the director's and the evaluator's; an evacuation ordered from the
// township's forms reaches the chief; an inject reaches only the roles that may perceive it; a
// rejected order shows its reason; the replay slider moves the map; the report opens; offline
// practice runs a scenario in a Web Worker. Screenshots go to test-results/ and must not be blank.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleReady, haveChromium, inboxTexts, regionShot, screenshot, simTime, waitInbox } from './helpers.ts';
import { ADMIN, openRoom, type ExerciseRoom } from './room.ts';

// Never skipped: .ci/run installs Chromium; without it the first test fails saying so.
describe('web client in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium: run .ci/run or apt-get install chromium').toBe(true); });

  let room: ExerciseRoom;

  beforeAll(async () => {
    // practice: the offline practice below fetches the storm day with its script from this server.
    // Three hours of the storm day: enough for the first injects, the evacuation and the replay.
    room = await openRoom({ server: { practice: true }, exercise: { scenario: 'demo-district', seed: 3, speed: 'paused', until: '3h' } });
  }, 240_000);

  afterAll(async () => { await room?.close(); });

  it('opens the chief and a township console from their join links', async () => {
    const [chief, township] = await Promise.all([
      room.open('chief', `/?code=${room.exercise.codes.chief}`),
      room.open('township', `/?code=${room.exercise.codes['township:hupan']}`),
    ]);
    await Promise.all([consoleReady(chief), consoleReady(township)]);
    expect(await chief.getByTestId('role').textContent()).toContain('区指挥部');
    expect(await township.getByTestId('role').textContent()).toContain('湖畔镇');
    expect(await chief.getByTestId('connection').getAttribute('data-state')).toBe('online');
    // Each role's own view: the chief commands every team, the township only its own.
    const units = await Promise.all([chief, township].map((p) => p.evaluate(() => (window as any).tuiyan.store.view.units.length as number)));
    expect(units[0]).toBeGreaterThan(units[1]);
    expect(units[1]).toBeGreaterThan(0);
  }, 180_000);

  it('the township orders an evacuation and reports; the chief sees both arrive', async () => {
    const { township, chief } = room.pages;
    await township.locator('.tab[data-tab=orders]').click();
    const evac = township.getByTestId('form-orderEvacuation');
    await evac.locator('summary').click();
    await evac.locator('input[type=checkbox][value="hupan-xiachang"]').check();
    await evac.locator('button[type=submit]').click();
    await evac.locator('.answer.ok').waitFor({ timeout: 60_000 });

    const report = township.getByTestId('form-sendReport');
    await report.locator('summary').click();
    await report.locator('textarea[name=text]').fill('霞场村已组织险户转移，正在核实人数。');
    await report.locator('input[name=evacuated]').fill('12');
    await report.locator('button[type=submit]').click();
    await report.locator('.answer.ok').waitFor({ timeout: 60_000 });

    await waitInbox(chief, 'evacuationOrdered', '霞场村');
    await waitInbox(chief, 'reportReceived', '霞场村已组织险户转移');
    await chief.locator('.tab[data-tab=inbox] .badge.on').waitFor();
  }, 120_000);

  it('a rejected order shows its reason', async () => {
    const { chief } = room.pages;
    await chief.locator('.tab[data-tab=orders]').click();
    const level = chief.getByTestId('form-setResponseLevel');
    await level.locator('select[name=level]').selectOption('none');
    await level.locator('button[type=submit]').click();
    const answer = level.locator('.answer.rejected');
    await answer.waitFor({ timeout: 60_000 });
    expect(await answer.textContent()).toContain('没有变化');
    expect(await answer.textContent()).toContain('应急响应已是未启动');
  }, 60_000);

  it('the director fires an inject; only the roles that may perceive it see it', async () => {
    const director = await room.open('director', `/?code=${room.exercise.codes.director}#admin=${ADMIN}`);
    await consoleReady(director);
    await director.getByTestId('fire-weather-blue').click();
    await waitInbox(room.pages.chief, 'message', '蓝色预警');
    // An inject every role perceives, fired after it: once the township has that one, it would
    // have had the first too, had it been meant for it.
    await director.getByTestId('fire-weather-orange').click();
    await waitInbox(room.pages.township, 'message', '橙色');
    expect((await inboxTexts(room.pages.township, 'message')).some((t) => t.includes('蓝色预警'))).toBe(false);
    expect((await inboxTexts(room.pages.chief, 'message')).some((t) => t.includes('橙色'))).toBe(true);
  }, 120_000);

  it('the evaluator notes a moment; the director looks through the township\'s eyes', async () => {
    const evaluator = await room.open('evaluator', `/?code=${room.exercise.codes.evaluator}`);
    await consoleReady(evaluator);
    await evaluator.getByTestId('annotation-text').fill('湖畔镇转移令下达及时，报告要素齐全。');
    await evaluator.getByTestId('annotate').click();
    await evaluator.locator('[data-testid=annotations] li', { hasText: '湖畔镇转移令下达及时' }).waitFor({ timeout: 60_000 });
    await evaluator.locator('[data-testid=timeline] svg').waitFor();

    const { director } = room.pages;
    await director.locator('select[data-testid=view-as]').selectOption('township:hupan');
    await director.waitForFunction(() => (window as any).tuiyan.store.view?.role === 'township:hupan', null, { timeout: 60_000 });
    await director.locator('select[data-testid=view-as]').selectOption('director');
    await director.waitForFunction(() => (window as any).tuiyan.store.view?.truth === true, null, { timeout: 60_000 });
  }, 120_000);

  it('runs the clock, then the screenshots of each console are not blank', async () => {
    const { director } = room.pages;
    await director.locator('button[data-speed=max]').click();
    // At max speed the exercise runs to its end (3 h) and stops there.
    await director.waitForFunction(() => (window as any).tuiyan.store.clock.status === 'finished', null, { timeout: 120_000, polling: 250 });
    for (const name of ['chief', 'township', 'director', 'evaluator']) {
      const page = room.pages[name];
      await page.waitForFunction(() => (window as any).tuiyan.store.clock.speed === 'paused', null, { timeout: 60_000 });
      if (name === 'chief') await page.locator('.tab[data-tab=inbox]').click();
      await page.waitForTimeout(500);
      const shot = await screenshot(page, `console-${name}`);
      expect(shot.distinct, shot.file).toBeGreaterThan(40);
      expect(shot.dominant, shot.file).toBeLessThan(0.6);
    }
    expect(room.errors).toEqual([]);
    // The remaining tests need only the director's; fewer pages drawing, less load.
    for (const name of ['chief', 'township', 'evaluator']) await room.pages[name].close();
  }, 240_000);

  it('the replay slider moves the map and the report opens', async () => {
    const t = await simTime(room.pages.director);
    const replay = await room.open('replay', `/?replay=${room.exercise.id}#admin=${ADMIN}`);
    await consoleReady(replay);
    expect(await simTime(replay)).toBe(0);
    const before = await regionShot(replay, '[data-testid=map]');
    const target = Math.floor(t / 60) * 60;
    await replay.getByTestId('replay-slider').evaluate((el, v) => {
      const input = el as HTMLInputElement;
      input.value = String(v);
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
    }, target);
    await replay.waitForFunction((v) => (window as any).tuiyan.store.clock.t === v, target, { timeout: 120_000, polling: 200 });
    await replay.waitForTimeout(1200);
    const after = await regionShot(replay, '[data-testid=map]');
    expect(after.equals(before)).toBe(false);
    expect(await replay.evaluate(() => (window as any).tuiyan.store.events.some((e: any) => e.kind === 'evacuationOrdered'))).toBe(true);
    const shot = await screenshot(replay, 'console-replay');
    expect(shot.distinct).toBeGreaterThan(40);

    await replay.locator('.tab[data-tab=replay]').click();
    await replay.getByTestId('open-report').click();
    const frame = replay.frameLocator('[data-testid=report-frame]');
    await frame.locator('h1').waitFor({ timeout: 120_000 });
    expect(await frame.locator('h1').textContent()).toContain('演练评估报告');
    const reportShot = await screenshot(replay, 'report');
    expect(reportShot.distinct).toBeGreaterThan(10);
    await replay.close();
  }, 240_000);

  it('offline practice runs a scenario in the browser with the autopilot', async () => {
    const offline = await room.open('offline', '/?offline=demo-district&role=township:shimen&seed=2&speed=max');
    await consoleReady(offline);
    await offline.waitForFunction(() => (window as any).tuiyan.store.clock.t >= 2 * 3600, null, { timeout: 120_000, polling: 250 });
    await offline.locator('button[data-speed=paused]').click();
    // The autopilot played the chief: its warning reached this township.
    await waitInbox(offline, 'warningIssued', '区指挥部');
    expect(await offline.getByTestId('connection').getAttribute('data-state')).toBe('local');
    const shot = await screenshot(offline, 'console-offline');
    expect(shot.distinct).toBeGreaterThan(40);
    expect(room.errors).toEqual([]);
  }, 180_000);
});
