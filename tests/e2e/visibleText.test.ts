// No internal text on a zh-CN screen: the walk goes through every role's console (chief,
// township, team, director, evaluator) tab by tab, with the details card on a village, a
// reservoir, a road and a map point, after a rejected order and a run of three hours; then the
// replay, the after-action report and a plan-validation page. Any English word, id or path in the
// visible text fails the test, naming where it was (tests/e2e/visibleTextRules.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/serve/server.ts';
import { tempDb } from '../server/helpers.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { loadPlan } from '../../server/planFiles.ts';
import { runOne } from '../../server/validate/runOne.ts';
import { aggregate } from '../../server/validate/aggregate.ts';
import { renderValidationHtml } from '../../server/validate/validationHtml.ts';
import { buildClient, consoleReady, haveChromium, launch, screenshot, watch } from './helpers.ts';
import { leaks } from './visibleTextRules.ts';

const ADMIN = 'e2e-visible-admin-token-0123456789';

async function api(base: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/**
 * The visible text of a page or frame, without the language switch (it offers English by name)
 * and what is marked `data-latin` (join codes: meant to be typed, in Latin letters).
 */
function visibleText(p: Page | Frame): Promise<string> {
  return p.evaluate(() => {
    const hidden = [...document.querySelectorAll<HTMLElement>('[data-testid=lang], [data-latin]')];
    for (const el of hidden) el.dataset.savedDisplay = el.style.display, el.style.display = 'none';
    const text = document.body.innerText;
    for (const el of hidden) el.style.display = el.dataset.savedDisplay ?? '';
    return text;
  });
}

describe('visible text in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium').toBe(true); });

  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let exercise: { id: string; codes: Record<string, string> };
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const found: string[] = [];
  const pages: Record<string, Page> = {};

  const walked: string[] = [];
  function check(where: string, text: string): void {
    // A screen that shows nothing would pass: every walked screen must carry Chinese text.
    if (!/[\u4e00-\u9fff]{4}/.test(text)) found.push(`${where}: no Chinese text at all`);
    walked.push(where);
    for (const l of leaks(text)) found.push(`${where}: ${l}`);
  }

  async function open(name: string, path: string): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    contexts.push(ctx);
    const page = await ctx.newPage();
    watch(page, name, errors);
    await page.goto(base + path);
    await consoleReady(page);
    pages[name] = page;
    return page;
  }

  /** Every tab of a console, and the details card on a village, a reservoir, a road and a point. */
  async function walk(name: string, page: Page): Promise<void> {
    const tabs = await page.locator('nav.tabs .tab').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.tab!));
    for (const tab of tabs) {
      await page.locator(`.tab[data-tab=${tab}]`).click();
      // Open every folded form and section, so their text is walked too.
      await page.evaluate(() => { for (const d of document.querySelectorAll('details')) (d as HTMLDetailsElement).open = true; });
      await page.waitForTimeout(150);
      check(`${name} · ${tab}`, await visibleText(page));
    }
    const s = await page.evaluate(() => { const sc = (window as any).tuiyan.store.scenario; return { village: sc.villages[0].id, reservoir: sc.reservoirs[0].id, gauge: sc.gauges[0].id, depot: sc.depots[0].id }; });
    const picks = [
      { kind: 'place', id: s.village, placeKind: 'village' }, { kind: 'place', id: s.reservoir, placeKind: 'reservoir' }, { kind: 'place', id: s.gauge, placeKind: 'gauge' },
      { kind: 'place', id: s.depot, placeKind: 'depot' }, { kind: 'edge', edge: 1419, x: 0, y: 0 }, { kind: 'point', x: 20000, y: 20000, node: 1000 },
    ];
    for (const p of picks) {
      await page.evaluate((pick) => (window as any).tuiyan.console.details.show(pick), p);
      check(`${name} · details ${p.kind}`, await page.getByTestId('details').innerText());
    }
    await screenshot(page, `visible-${name.replace(/[^a-z]/g, '')}`);
  }

  beforeAll(async () => {
    const clientDir = await buildClient('e2e-visible-client');
    server = await startServer({ db: tempDb(), port: 0, adminToken: ADMIN, clientDir, log: () => {} });
    base = server.url;
    browser = await launch();
    exercise = await api(base, 'POST', '/api/exercises', { scenario: 'demo-district', seed: 3, speed: 'paused', until: '3h' });
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close().catch(() => {});
    await server?.close();
  });

  it('every role’s console shows no internal text, after a rejection and three hours of play', async () => {
    const team = Object.keys(exercise.codes).find((r) => r.startsWith('team:'))!;
    const [chief, township, teamPage, director, evaluator] = await Promise.all([
      open('chief', `/?code=${exercise.codes.chief}`), open('township', `/?code=${exercise.codes['township:hupan']}`), open('team', `/?code=${exercise.codes[team]}`),
      open('director', `/?code=${exercise.codes.director}#admin=${ADMIN}`), open('evaluator', `/?code=${exercise.codes.evaluator}`),
    ]);
    // A rejection the core explains: more tents than the depot holds.
    await chief.locator('.tab[data-tab=orders]').click();
    const form = chief.getByTestId('form-allocateSupplies');
    await form.locator('summary').click();
    await form.locator('input[name=tents]').fill('100000');
    await form.locator('button[type=submit]').click();
    await form.locator('.answer.rejected').waitFor({ timeout: 60_000 });
    const refusal = await form.locator('.answer').innerText();
    expect(refusal).toMatch(/数值超出范围[\s\S]*只有帐篷 \d+ 顶，不够调拨 100000 顶/);
    check('chief · rejection', refusal);
    // Three hours of the storm day at full speed: injects, warnings, road closures, dispatches.
    // 最快 runs to the next inject and pauses there: press it again until the end.
    for (let k = 0; k < 200; k++) {
      const clock = await director.evaluate(() => { const c = (window as any).tuiyan.store.clock; return { status: c.status as string, speed: c.speed as string }; });
      if (clock.status === 'finished') break;
      if (clock.speed === 'paused') await director.locator('button[data-speed=max]').click();
      await director.waitForTimeout(500);
    }
    for (const p of [chief, township, teamPage, director, evaluator]) await p.waitForFunction(() => (window as any).tuiyan.store.clock.status === 'finished', null, { timeout: 180_000, polling: 250 });
    await walk('chief', chief);
    await walk('township', township);
    await walk('team', teamPage);
    await walk('director', director);
    await walk('evaluator', evaluator);
    expect(walked.length).toBeGreaterThan(40);
    expect(found, found.slice(0, 60).join('\n')).toEqual([]);
  }, 600_000);

  it('the replay and the after-action report show no internal text', async () => {
    found.length = 0;
    const replay = await open('replay', `/?replay=${exercise.id}#admin=${ADMIN}`);
    await walk('replay', replay);
    await replay.locator('.tab[data-tab=replay]').click();
    await replay.getByTestId('open-report').click();
    const frame = replay.frameLocator('[data-testid=report-frame]');
    await frame.locator('h1').waitFor({ timeout: 120_000 });
    const reportFrame = replay.frames().find((f) => f !== replay.mainFrame())!;
    check('report', await visibleText(reportFrame));
    expect(found, found.slice(0, 60).join('\n')).toEqual([]);
  }, 300_000);

  it('a plan-validation page shows no internal text', async () => {
    found.length = 0;
    const scenario = loadScenario('scenarios/demo-district');
    const plan = loadPlan('scenarios/demo-district/plan.json', scenario);
    const results = [21, 22].map((seed) => runOne(scenario, plan, seed, 4 * 3600));
    const summary = aggregate(plan, 'scenarios/demo-district', 21, results, (seed) => `npx tuiyan run scenarios/demo-district --seed ${seed} --plan scenarios/demo-district/plan.json`);
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await page.setContent(renderValidationHtml(summary, plan.name.zh, scenario.name.zh, scenario));
    check('validation', await visibleText(page));
    expect(found, found.slice(0, 60).join('\n')).toEqual([]);
  }, 300_000);

  it('had no page errors', () => { expect(errors).toEqual([]); });
});
