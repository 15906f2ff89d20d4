// A township's console as its player sees it (issue 15), in Chromium against a real server: a
// reload reuses the token its code gave (the code hands out one token here, so a second join
// would be refused); a tab past the per-token socket cap is told why in Chinese; the plan tab
// lists only requirements already triggered for the township, whose names reach the browser
// by the feed alone; the inbox fetches older messages with 更早的消息.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { closeBriefing, haveChromium, screenshot, viewReady, watch } from './helpers.ts';
import { openRoom, type ExerciseRoom } from './room.ts';

describe('a township console in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium()).toBe(true); });

  let room: ExerciseRoom;
  let ctx: BrowserContext;
  const errors: string[] = [];
  const joins: string[] = [];

  beforeAll(async () => {
    // The storm played by the autopilot to 4h: Hupan has had injects, events and triggered requirements.
    room = await openRoom({
      build: 'e2e-player-console', server: { limits: { tokensPerCode: 1, socketsPerToken: 2 } },
      exercise: { scenario: 'demo-district', seed: 3, plan: 'auto', speed: 'max', until: '4h' },
    });
    for (let i = 0; i < 600; i++) {
      const ex = await room.api('GET', `/api/exercises/${room.exercise.id}`);
      if (ex.status === 'finished') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    // One context for every tab: they share the token the code gave.
    ctx = await room.browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    ctx.on('request', (r) => { if (r.url().endsWith('/api/join')) joins.push(r.method()); });
  }, 300_000);

  afterAll(async () => {
    await ctx?.close().catch(() => {});
    await room?.close();
  });

  async function open(): Promise<Page> {
    const page = await ctx.newPage();
    watch(page, 'hupan', errors);
    await page.goto(`${room.base}/?code=${room.exercise.codes['township:hupan']}`);
    return page;
  }

  it('reuses its token on reload, explains the socket cap in Chinese, shows only triggered requirements and pages the inbox', async () => {
    expect((await room.api('GET', `/api/exercises/${room.exercise.id}`)).status).toBe('finished');
    const page = await open();
    await viewReady(page);
    await closeBriefing(page);
    const tokenOf = (p: Page) => p.evaluate(() => (window as any).tuiyan.session.token as string);
    const first = await tokenOf(page);
    expect(joins).toHaveLength(1);

    // A reload joins no more: the one token the code hands out is reused.
    await page.reload();
    await viewReady(page);
    await closeBriefing(page);
    expect(await tokenOf(page)).toBe(first);
    expect(joins).toHaveLength(1);

    // A second tab shares the token (two sockets allowed); a third is refused, in Chinese.
    const second = await open();
    await viewReady(second);
    const third = await open();
    await third.getByText('此参演身份同时打开的窗口已达上限').waitFor({ timeout: 30_000 });
    expect(await third.locator('body').innerText()).not.toMatch(/tooManySockets|token/);
    await third.close();
    await second.close();
    expect(joins).toHaveLength(1);

    // The plan: the scenario the browser fetched carries no requirement; the feed told the
    // township only those triggered for it, and the tab lists those.
    const plan = await page.evaluate(() => {
      const s = (window as any).tuiyan.store;
      return { fetched: s.plan.requirements.length, told: s.toldRequirements, facts: s.checklist };
    });
    expect(plan.fetched).toBe(0);
    expect(plan.told.length).toBeGreaterThan(0);
    expect(plan.facts.every((f: { triggerAt: number | null }) => f.triggerAt !== null && f.triggerAt <= 4 * 3600)).toBe(true);
    await page.locator('[data-tab=plan]').click();
    const rows = page.locator('[data-testid=plan] li.req');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(plan.told.length);
    expect(await page.locator('[data-testid=plan] li.v-waiting').count()).toBe(0);
    expect(await page.locator('[data-testid=plan]').innerText()).not.toMatch(/[A-Za-z]{4,}/);
    await screenshot(page, 'township-console-hupan-plan');

    // The inbox: drop the oldest held events as if they had never been sent, and ask for them.
    const before = await page.evaluate(() => (window as any).tuiyan.store.events.map((e: { seq: number }) => e.seq));
    expect(before[0]).toBe(1);
    expect(before.length).toBeGreaterThan(10);
    await page.evaluate(() => { const s = (window as any).tuiyan.store; s.resetEvents(s.events.slice(10)); });
    await page.locator('[data-tab=inbox]').click();
    await page.getByTestId('older-events').click();
    await page.waitForFunction(() => (window as any).tuiyan.store.events[0]?.seq === 1, null, { timeout: 30_000 });
    expect(await page.evaluate(() => (window as any).tuiyan.store.events.map((e: { seq: number }) => e.seq))).toEqual(before);
    await screenshot(page, 'township-console-hupan');
    expect(errors).toEqual([]);
  }, 300_000);
});
