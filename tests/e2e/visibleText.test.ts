// No internal text on a zh-CN screen: the walk goes through every role's console (chief,
// township, team, director, evaluator) tab by tab, with the details card on a village, a
// reservoir, a road and a map point, after a rejected order and a run of three hours; then the
// replay, the after-action report and a plan-validation page. Any English word, id or path in the
// visible text fails the test, naming where it was (tests/e2e/visibleTextRules.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { loadPlan } from '../../server/planFiles.ts';
import { runOne } from '../../server/validate/runOne.ts';
import { aggregate } from '../../server/validate/aggregate.ts';
import { renderValidationHtml } from '../../server/validate/validationHtml.ts';
import { haveChromium, runAtMax, screenshot, visibleText } from './helpers.ts';
import { ADMIN, openRoom, type ExerciseRoom } from './room.ts';
import { leaks } from './visibleTextRules.ts';

describe('visible text in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium').toBe(true); });

  let room: ExerciseRoom;
  const found: string[] = [];

  const walked: string[] = [];
  function check(where: string, text: string): void {
    // A screen that shows nothing would pass: every walked screen must carry Chinese text.
    if (!/[\u4e00-\u9fff]{4}/.test(text)) found.push(`${where}: no Chinese text at all`);
    walked.push(where);
    for (const l of leaks(text)) found.push(`${where}: ${l}`);
  }

  const open = (name: string, path: string) => room.open(name, path, { ready: true });

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
    room = await openRoom({ build: 'e2e-visible-client', exercise: { scenario: 'demo-district', seed: 3, speed: 'paused', until: '3h' } });
  }, 300_000);

  afterAll(async () => { await room?.close(); });

  it('every role’s console shows no internal text, after a rejection and three hours of play', async () => {
    const team = Object.keys(room.exercise.codes).find((r) => r.startsWith('team:'))!;
    const [chief, township, teamPage, director, evaluator] = await Promise.all([
      open('chief', `/?code=${room.exercise.codes.chief}`), open('township', `/?code=${room.exercise.codes['township:hupan']}`), open('team', `/?code=${room.exercise.codes[team]}`),
      open('director', `/?code=${room.exercise.codes.director}#admin=${ADMIN}`), open('evaluator', `/?code=${room.exercise.codes.evaluator}`),
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
    await runAtMax(director, { tries: 200, wait: 500 });
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
    const replay = await open('replay', `/?replay=${room.exercise.id}#admin=${ADMIN}`);
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
    const page = await (await room.browser.newContext({ locale: 'zh-CN' })).newPage();
    await page.setContent(renderValidationHtml(summary, plan.name.zh, scenario.name.zh, scenario));
    check('validation', await visibleText(page));
    expect(found, found.slice(0, 60).join('\n')).toEqual([]);
  }, 300_000);

  it('had no page errors', () => { expect(room.errors).toEqual([]); });
});
