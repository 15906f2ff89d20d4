// Consoles stay clickable while the clock runs: with the exercise at 60×, a person's click —
// mouse down, a moment's hold while views arrive, mouse up — on 加入转移村庄 in the details card
// and on 立即注入 in the MSEL table takes effect every time (the panels used to be rebuilt on
// every view, so the button under the mouse was replaced and most clicks did nothing). And a
// filtered select never keeps the choice its filter hides (调拨物资 → 送往, typing 石门中心).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveChromium } from './helpers.ts';
import { ADMIN, openRoom, type ExerciseRoom } from './room.ts';

/** Views this page has received so far (counted by a listener the test installs). */
const viewsSeen = (page: Page) => page.evaluate(() => (window as any).__views as number);

/** A person's click: press on the element's centre, hold while views arrive, release. Returns the views that arrived during the hold. */
async function humanClick(page: Page, selector: string): Promise<number> {
  // A person scrolls to the button first (the MSEL table is taller than the screen).
  await page.locator(selector).scrollIntoViewIfNeeded();
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const before = await viewsSeen(page);
  await page.mouse.down();
  await page.waitForFunction((n) => (window as any).__views > n, before, { timeout: 30_000, polling: 20 });
  await page.mouse.up();
  return (await viewsSeen(page)) - before;
}

describe('stable consoles in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium').toBe(true); });

  let room: ExerciseRoom;

  async function open(name: string, path: string): Promise<Page> {
    const page = await room.open(name, path, { ready: true });
    await page.evaluate(() => { (window as any).__views = 0; (window as any).tuiyan.store.on('view', () => { (window as any).__views++; }); });
    return page;
  }

  let chief: Page;
  let director: Page;

  beforeAll(async () => {
    room = await openRoom({ build: 'e2e-stable-client', exercise: { scenario: 'demo-district', seed: 4, speed: 'paused', until: '24h' } });
    [chief, director] = await Promise.all([open('chief', `/?code=${room.exercise.codes.chief}`), open('director', `/?code=${room.exercise.codes.director}#admin=${ADMIN}`)]);
    await director.locator('button[data-speed="60x"]').click();
    await chief.waitForFunction(() => (window as any).tuiyan.store.clock.speed === '60x' && (window as any).tuiyan.store.clock.t > 60, null, { timeout: 60_000, polling: 100 });
  }, 300_000);

  afterAll(async () => { await room?.close(); });

  it('every 加入转移村庄 click in the details card takes effect while the clock runs at 60×', async () => {
    const villages: string[] = await chief.evaluate(() => (window as any).tuiyan.store.scenario.villages.slice(0, 8).map((v: { id: string }) => v.id));
    const t0 = await chief.evaluate(() => (window as any).tuiyan.store.clock.t as number);
    let viewsDuringHolds = 0;
    for (const id of villages) {
      await chief.evaluate((v) => (window as any).tuiyan.console.details.show({ kind: 'place', id: v, placeKind: 'village' }), id);
      await chief.locator('[data-testid=details] [data-testid=use-evacuation]').waitFor({ state: 'visible' });
      viewsDuringHolds += await humanClick(chief, '[data-testid=details] [data-testid=use-evacuation]');
      await chief.waitForFunction((v) => !!document.querySelector<HTMLInputElement>(`[data-testid=form-orderEvacuation] input[type=checkbox][value="${v}"]`)?.checked, id, { timeout: 5_000, polling: 50 });
    }
    const ticked = await chief.locator('[data-testid=form-orderEvacuation] .checklist input[type=checkbox]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(ticked.sort()).toEqual([...villages].sort());
    // The clicks were made against a live console: views kept arriving and sim time ran on.
    expect(viewsDuringHolds).toBeGreaterThanOrEqual(villages.length);
    expect(await chief.evaluate(() => (window as any).tuiyan.store.clock.t as number)).toBeGreaterThan(t0);
  });

  it('every 立即注入 click in the MSEL table fires its inject while the clock runs at 60×', async () => {
    const now = await director.evaluate(() => (window as any).tuiyan.store.clock.t as number);
    const pending: string[] = await director.evaluate((t) => (window as any).tuiyan.store.view.injects.filter((i: { fired: number | null; at: number }) => i.fired === null && i.at > t + 3600).slice(0, 3).map((i: { id: string }) => i.id), now);
    expect(pending.length).toBe(3);
    for (const id of pending) {
      expect(await humanClick(director, `[data-testid="fire-${id}"]`)).toBeGreaterThan(0);
      await director.waitForFunction((i) => (window as any).tuiyan.store.view.injects.find((x: { id: string }) => x.id === i)?.fired !== null, id, { timeout: 15_000, polling: 50 });
      await director.waitForFunction((i) => document.querySelector(`[data-testid=director] tr[data-inject="${i}"]`)?.classList.contains('done'), id, { timeout: 15_000, polling: 50 });
    }
    // The table names each inject in Chinese, not by its id.
    const firstCells = await director.locator('[data-testid=director] tr[data-inject] td:first-child').allTextContents();
    for (const id of pending) expect(firstCells.join('|')).not.toContain(id);
  });

  it('a filtered 送往 list never keeps the choice its filter hides', async () => {
    await chief.locator('[data-testid=form-allocateSupplies] summary').click();
    const select = chief.locator('[data-testid=form-allocateSupplies] select[name=to]');
    const filter = select.locator('xpath=..').locator('input.filter');
    const first = await select.inputValue();
    expect(first).not.toBe('');
    const shimen: string = await chief.evaluate(() => (window as any).tuiyan.store.scenario.shelters.find((x: { name: { zh: string } }) => x.name.zh.startsWith('石门中心')).id);
    expect(shimen).not.toBe(first);
    await filter.fill('石门中心');
    expect(await select.inputValue()).toBe(shimen);
    const shown = await select.locator('option').allTextContents();
    expect(shown.every((label) => label.includes('石门中心'))).toBe(true);
    // A filter that matches nothing leaves nothing chosen, so the form refuses to send.
    await filter.fill('没有这个地方');
    expect(await select.inputValue()).toBe('');
    await chief.locator('[data-testid=form-allocateSupplies] input[name=tents]').fill('10');
    await chief.locator('[data-testid=form-allocateSupplies] button[type=submit]').click();
    expect(await chief.locator('[data-testid=form-allocateSupplies] .answer').textContent()).toContain('请选择送往地点');
    // Clearing the filter keeps a choice the list shows again (the blank-free list starts on its first).
    await filter.fill('');
    expect(await select.inputValue()).not.toBe('');
  });

  it('had no page errors', () => { expect(room.errors).toEqual([]); });
});
