// The drill in Chromium: a new exercise opens paused on each role's briefing (情况通报); the
// director starts the clock from it; the chief's warning waits at a played township until its
// player presses 叫应, and the chief sees it unanswered, then answered; a played team receives
// its task and accepts it; a team's form has no recall of itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/serve/server.ts';
import { tempDb } from '../server/helpers.ts';
import { closeBriefing, haveChromium, screenshot, viewReady } from './helpers.ts';
import { ADMIN, openRoom, type ExerciseRoom } from './room.ts';

/** The view as the page holds it. */
const viewOf = (page: Page) => page.evaluate(() => (window as any).tuiyan.store.view);

describe('the drill in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium: run .ci/run or apt-get install chromium').toBe(true); });

  let room: ExerciseRoom;
  let practice: RunningServer | undefined;
  const open = (name: string, path: string) => room.open(name, path);

  beforeAll(async () => {
    // No speed given: a new exercise waits, paused.
    room = await openRoom({ build: 'e2e-drill', exercise: { scenario: 'demo-district', seed: 5, until: '6h', played: ['team:fire-5'] } });
  }, 240_000);

  afterAll(async () => {
    await room?.close();
    await practice?.close();
  });

  it('a new exercise is paused and every console opens on its briefing; the director starts the clock from it', async () => {
    const [chief, township, director] = await Promise.all([
      open('chief', `/?code=${room.exercise.codes.chief}`),
      open('township', `/?code=${room.exercise.codes['township:shimen']}`),
      open('director', `/?code=${room.exercise.codes.director}#admin=${ADMIN}`),
    ]);
    await Promise.all([chief, township, director].map(viewReady));
    for (const page of [chief, township, director]) {
      const briefing = page.getByTestId('briefing');
      await briefing.waitFor({ state: 'visible', timeout: 60_000 });
      expect(await page.getByTestId('briefing-situation').textContent()).toContain('7月16日6时');
      expect(await page.evaluate(() => (window as any).tuiyan.store.clock.speed)).toBe('paused');
    }
    expect(await township.getByTestId('briefing-task').textContent()).toContain('叫应');
    expect(await chief.getByTestId('briefing-task').textContent()).toContain('指挥长');
    await page_shot(township, 'briefing-township');
    // Only the director's briefing offers to start the clock.
    expect(await chief.getByTestId('start-clock').count()).toBe(0);
    await closeBriefing(chief);
    await chief.getByTestId('briefing').waitFor({ state: 'hidden' });
    // Reopened from the top bar.
    await chief.getByTestId('open-briefing').click();
    await chief.getByTestId('briefing').waitFor({ state: 'visible' });
    await closeBriefing(chief);
    await closeBriefing(township);
    expect((await viewOf(director)).t).toBe(0);
    await director.getByTestId('start-clock').click();
    await chief.waitForFunction(() => (window as any).tuiyan.store.clock.speed === '10x', null, { timeout: 60_000, polling: 200 });
    await director.locator('button[data-speed=paused]').click();
    await chief.waitForFunction(() => (window as any).tuiyan.store.clock.speed === 'paused', null, { timeout: 60_000, polling: 200 });
  }, 240_000);

  it('the chief warns; the played township presses 叫应; the chief sees it wait, then answered', async () => {
    const { chief, township, director } = room.pages;
    const warned = await chief.evaluate(() => (window as any).tuiyan.session.command({ type: 'issueWarning', level: 'orange', townships: ['shimen', 'hupan'] }));
    expect(warned.ok).toBe(true);
    // 最快 runs to the next inject and pauses there (the exercise is not run out).
    await director.locator('button[data-speed=max]').click();
    await director.waitForFunction(() => { const c = (window as any).tuiyan.store.clock; return c.speed === 'paused' && c.t > 0; }, null, { timeout: 120_000, polling: 200 });
    expect(await director.evaluate(() => (window as any).tuiyan.store.clock.status)).toBe('running');
    // Run on, inject by inject, until the warning has reached shimen and the autopilot's hupan has answered.
    const hupanAnswered = async () => (await viewOf(chief)).drill.acks.some((a: any) => a.township === 'hupan' && a.ackAt !== null);
    for (let i = 0; i < 5 && (!(await viewOf(township)).drill.acks.length || !(await hupanAnswered())); i++) {
      await director.locator('button[data-speed=max]').click();
      await director.waitForFunction(() => (window as any).tuiyan.store.clock.speed === 'paused', null, { timeout: 120_000, polling: 200 });
      await township.waitForTimeout(1000);
    }
    await township.waitForFunction(() => (window as any).tuiyan.store.view.drill.acks.length === 1, null, { timeout: 60_000, polling: 200 });

    // The chief's console lists shimen as unanswered; hupan (the autopilot's) answered by itself.
    await chief.locator('.tab[data-tab=drill]').click();
    await chief.locator('[data-testid=unanswered-warnings] tr', { hasText: '石门镇' }).waitFor({ timeout: 60_000 });
    expect(await chief.locator('[data-testid=unanswered-warnings]').textContent()).toContain('已等待');
    expect(await chief.locator('[data-testid=unanswered-warnings]').textContent()).not.toContain('湖畔镇');

    await township.locator('.tab[data-tab=drill] .badge.on').waitFor({ timeout: 60_000 });
    await township.locator('.tab[data-tab=drill]').click();
    await township.getByTestId('acknowledge-warning').click();
    await township.getByTestId('acknowledge-warning').waitFor({ state: 'detached', timeout: 60_000 });
    await chief.waitForFunction(() => (window as any).tuiyan.store.events.some((e: any) => e.kind === 'warningAcknowledged' && e.township === 'shimen' && e.byPlayer), null, { timeout: 60_000, polling: 200 });
    await chief.locator('[data-testid=unanswered-warnings]').waitFor({ state: 'detached', timeout: 60_000 });
    expect(await chief.locator('[data-testid=answered-warnings] tr', { hasText: '石门镇' }).textContent()).toContain('用时');
    await page_shot(chief, 'drill-chief');
  }, 300_000);

  it('a played team receives its task and accepts it; its form never offers to recall itself', async () => {
    const { chief } = room.pages;
    const team = await open('team', `/?code=${room.exercise.codes['team:fire-5']}`);
    await viewReady(team);
    await closeBriefing(team);
    await team.locator('.tab[data-tab=orders]').click();
    expect(await team.getByTestId('form-recall').count()).toBe(0);
    const sent = await chief.evaluate(() => (window as any).tuiyan.session.command({ type: 'dispatch', unit: 'fire-5', to: { place: 'shimen-xiyangwan' }, task: 'rescue' }));
    expect(sent.ok).toBe(true);
    await team.locator('.tab[data-tab=drill]').click();
    await team.getByTestId('task-accept').waitFor({ timeout: 60_000 });
    expect(await team.getByTestId('task-place').textContent()).toContain('西羊湾村');
    await team.getByTestId('task-accept').click();
    await team.locator('[data-testid=task-status]', { hasText: '已接受' }).waitFor({ timeout: 60_000 });
    await chief.locator('[data-testid=team-tasks] tr[data-unit=fire-5][data-status=accepted]').waitFor({ timeout: 60_000 });
    await page_shot(team, 'drill-team');
    expect(room.errors).toEqual([]);
  }, 180_000);

  it('offline practice opens paused on the same briefing, and fast-forwards to a chosen time', async () => {
    // Offline practice fetches the scenario with its script: from a practice server, never the drill's.
    practice = await startServer({ db: tempDb(), port: 0, adminToken: ADMIN, clientDir: room.clientDir, practice: true, log: () => {} });
    const offline = await open('offline', `${practice.url}/?offline=demo-district&role=township:shimen&seed=3`);
    await viewReady(offline);
    await offline.getByTestId('briefing').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await offline.getByTestId('briefing-situation').textContent()).toContain('7月16日6时');
    expect(await offline.getByTestId('briefing-task').textContent()).toContain('叫应');
    expect(await offline.evaluate(() => (window as any).tuiyan.store.clock.speed)).toBe('paused');
    await offline.getByTestId('start-clock').waitFor();
    await closeBriefing(offline);
    await offline.locator('.tab[data-tab=drill]').click();
    await offline.getByTestId('run-minutes').fill('20');
    await offline.getByTestId('run-for').click();
    await offline.waitForFunction(() => { const c = (window as any).tuiyan.store.clock; return c.t === 1200 && c.speed === 'paused'; }, null, { timeout: 120_000, polling: 200 });
    // The trainee's role is played: the log says so, so the core waits for its 叫应.
    expect(await offline.evaluate(() => (window as any).tuiyan.store.view.role)).toBe('township:shimen');
    expect(room.errors).toEqual([]);
  }, 180_000);
});

async function page_shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  const shot = await screenshot(page, name);
  expect(shot.distinct, shot.file).toBeGreaterThan(20);
}
