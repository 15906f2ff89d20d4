// The director's aftershock (余震) in Chromium, on the quake day (issue 18): in the script editor
// the director adds an inject of the kind 余震, clicks the epicentre on the map, types a magnitude
// out of range and sees the field named in Chinese before anything is sent, then a good
// magnitude, depth and strike, and saves. At 最快 the run reaches it: the row says it fired, the
// chief (who perceives it) and the director read the aftershock in their inboxes. Screenshots
// under test-results/aftershock-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveChromium, inboxTexts, runAtMax, screenshot } from './helpers.ts';
import { ADMIN, openRoom, type Room } from './room.ts';
import { leaks } from './visibleTextRules.ts';

/** When the row is set to fire: 0 h 40 min, half an hour after the main shock (10 min). */
const AT = 40 * 60;

/** Inbox lines of aftershocks on a page. */
const aftershockLines = (page: Page) => inboxTexts(page, 'aftershock');

describe('the aftershock form in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium').toBe(true); });

  let room: Room;
  let director: Page;
  let chief: Page;
  const open = (name: string, path: string) => room.open(name, path, { viewport: { width: 1500, height: 900 }, ready: true });

  beforeAll(async () => {
    room = await openRoom({ build: 'e2e-aftershock-client' });
    const res = await room.request('POST', '/api/exercises', { scenario: 'demo-district-quake', seed: 3, speed: 'paused', until: '1h' });
    expect(res.ok).toBe(true);
    const { codes } = await res.json() as { codes: Record<string, string> };
    director = await open('director', `/?code=${codes.director}#admin=${ADMIN}`);
    chief = await open('chief', `/?code=${codes.chief}`);
    await director.locator('button[data-tab=director]').click();
  }, 300_000);

  afterAll(async () => { await room?.close(); });

  it('adds an aftershock with its epicentre from the map, refuses a bad magnitude by name, and the run shows it', async () => {
    const editor = director.getByTestId('script-editor');
    await editor.getByTestId('script-add').click();
    const form = editor.getByTestId('inject-form');
    await form.getByTestId('inject-kind').selectOption('aftershock');
    await form.getByTestId('inject-hours').fill('0');
    await form.getByTestId('inject-minutes').fill(String(AT / 60));
    // The epicentre starts at the main shock's; a click on the map moves it there.
    const epicentre = form.getByTestId('inject-epicentre');
    const before = await epicentre.textContent();
    expect(before).toMatch(/^震中（30\.00 km，34\.00 km）/);
    const map = director.locator('[data-testid=map] canvas');
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width * 0.62, y: box.height * 0.35 } });
    await expect.poll(() => epicentre.textContent(), { timeout: 30_000 }).not.toBe(before);
    const moved = (await epicentre.textContent())!;
    const [, ex, ey] = moved.match(/^震中（([\d.]+) km，([\d.]+) km）/)!.map(Number);

    // Out of range: the form names the field and the range, in Chinese, and Save sends nothing.
    await form.getByTestId('inject-magnitude').fill('9.5');
    await expect.poll(() => form.getByTestId('inject-problem').textContent()).toBe('「震级」：震级须在 4–8.5 级之间');
    await form.getByTestId('inject-depth').fill('150');
    await form.getByTestId('inject-magnitude').fill('5.6');
    await expect.poll(() => form.getByTestId('inject-problem').textContent()).toBe('「震源深度」：震源深度须在 0–100 千米之间');
    const refused = await screenshot(director, 'aftershock-form-refused');
    expect(refused.distinct).toBeGreaterThan(40);
    const rows = () => director.evaluate(() => (window as any).tuiyan.store.view.injects.length as number);
    const rowsBefore = await rows();
    await form.getByTestId('inject-save').click();
    expect(await rows()).toBe(rowsBefore);

    await form.getByTestId('inject-depth').fill('15');
    await form.getByTestId('inject-strike').fill('80');
    await expect.poll(() => form.getByTestId('inject-problem').textContent()).toBe('');
    await form.getByTestId('inject-save').click();
    const row = editor.locator('tr[data-inject]', { hasText: '5.6 级' });
    await row.waitFor({ timeout: 30_000 });
    const cells = await row.locator('td').allTextContents();
    expect(cells[1]).toContain('10:00'); // 09:20 start + 40 min
    expect(cells[2]).toBe('余震');
    expect(cells[3]).toBe(`震中（${ex.toFixed(1)} km，${ey.toFixed(1)} km）`);
    expect(cells[6]).toBe('5.6 级，震源深度 15 千米');
    expect(leaks(cells.join('|'))).toEqual([]);
    const id = (await row.getAttribute('data-inject'))!;
    const scheduled = await director.evaluate((i) => (window as any).tuiyan.store.view.injects.find((x: { id: string }) => x.id === i), id);
    expect(scheduled).toMatchObject({ at: AT, inject: { kind: 'aftershock', payload: { magnitude: 5.6, depth: 15_000, strike: 80 }, visibleTo: ['chief'] } });
    // The epicentre is where the map was clicked (the hint rounds it to 10 m).
    expect(Math.abs(scheduled.inject.target.x / 1000 - ex)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(scheduled.inject.target.y / 1000 - ey)).toBeLessThanOrEqual(0.005);
    await screenshot(director, 'aftershock-form-saved');

    // 最快 stops at each inject: press it until the aftershock is in the chief's inbox (or the day ends).
    await runAtMax(director, { tries: 100, wait: 400, stop: async () => (await aftershockLines(chief)).length > 0 });
    await chief.waitForFunction(() => document.querySelectorAll('[data-testid=inbox] li[data-kind=aftershock]').length > 0, null, { timeout: 60_000, polling: 200 });
    const said = `Ms 5.6 级余震，震中 `;
    const chiefLines = await aftershockLines(chief);
    expect(chiefLines.length).toBe(1);
    expect(chiefLines[0]).toContain(said);
    expect(chiefLines[0]).toContain('震源深度 15 km');
    // Ms and the Roman degree are how Chinese bulletins write them; no id or English word besides.
    expect(leaks(chiefLines[0].replace(/\bMs\b/, '').replace(/\b[VIX]+ 度/, '度'))).toEqual([]);
    await director.waitForFunction(() => document.querySelectorAll('[data-testid=inbox] li[data-kind=aftershock]').length > 0, null, { timeout: 60_000, polling: 200 });
    expect((await aftershockLines(director))[0]).toContain(said);
    // The row says it fired, at its time.
    await expect.poll(async () => (await row.locator('td').last().textContent()) ?? '', { timeout: 30_000 }).toBe('已触发 09-15 10:00');
    await screenshot(director, 'aftershock-director-fired');
    await chief.locator('.tab[data-tab=inbox]').click();
    const shot = await screenshot(chief, 'aftershock-chief-inbox');
    expect(shot.distinct).toBeGreaterThan(40);
    expect(room.errors).toEqual([]);
  }, 600_000);
});
