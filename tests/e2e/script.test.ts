// The script editor in the director's console, in Chromium: add an inject through the form (no
// JSON anywhere), see it as a Chinese row of the MSEL table (its expected response shown, not
// a tooltip), see a bad field named in Chinese before anything is sent, and reschedule a row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveChromium } from './helpers.ts';
import { ADMIN, openRoom, type ExerciseRoom } from './room.ts';

describe('script editor in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium').toBe(true); });

  let room: ExerciseRoom;
  let director: Page;

  beforeAll(async () => {
    room = await openRoom({ build: 'e2e-script-client', exercise: { scenario: 'demo-district', seed: 3, speed: 'paused' } });
    director = await room.open('director', `/?code=${room.exercise.codes.director}#admin=${ADMIN}`, { viewport: { width: 1500, height: 900 }, ready: true });
    await director.locator('button[data-tab=director]').click();
  }, 300_000);

  afterAll(async () => { await room?.close(); });

  it('adds an inject from the form and shows it in the table', async () => {
    const editor = director.getByTestId('script-editor');
    await editor.getByTestId('script-table').waitFor();
    await editor.getByTestId('script-add').click();
    const form = editor.getByTestId('inject-form');
    await form.getByTestId('inject-hours').fill('3');
    await form.getByTestId('inject-minutes').fill('20');
    await form.getByTestId('inject-from').fill('河阳镇村民（电话）');
    // A field left empty is named in Chinese as it is typed, before anything is sent.
    await form.getByTestId('inject-text').fill('');
    await form.getByTestId('inject-from').press('Tab');
    await expect.poll(() => form.getByTestId('inject-problem').textContent()).toContain('「内容」：请填写文字');
    await form.getByTestId('inject-text').fill('河堤出现管涌，请速派人查看！');
    await form.getByTestId('inject-expected').fill('河阳镇15分钟内核实并报告区指挥部');
    await expect.poll(() => form.getByTestId('inject-problem').textContent()).toBe('');
    await form.getByTestId('inject-save').click();

    const row = editor.locator('tr[data-inject]', { hasText: '河堤出现管涌' });
    await row.waitFor({ timeout: 30_000 });
    const cells = await row.locator('td').allTextContents();
    expect(cells[1]).toContain('09:20'); // 06:00 start + 3 h 20 min
    expect(cells[2]).toBe('信息');
    expect(cells[5]).toBe('河阳镇村民（电话）');
    expect(cells[7]).toBe('河阳镇15分钟内核实并报告区指挥部');
    expect(cells.join('|')).not.toMatch(/inject-\d|[a-z]+-[a-z]+/);
    // It is in the server's script too (the director's view), as a logged command.
    const id = await row.getAttribute('data-inject');
    await director.waitForFunction((i) => (window as any).tuiyan.store.view.injects.some((x: { id: string; at: number }) => x.id === i && x.at === 3 * 3600 + 1200), id);

    // Reschedule it to 4 h: the row moves to 10:00.
    await editor.getByTestId(`script-edit-${id}`).click();
    await form.getByTestId('inject-hours').fill('4');
    await form.getByTestId('inject-minutes').fill('0');
    await form.getByTestId('inject-save').click();
    await director.waitForFunction((i) => (window as any).tuiyan.store.view.injects.some((x: { id: string; at: number }) => x.id === i && x.at === 4 * 3600), id);
    await expect.poll(async () => (await row.locator('td').nth(1).textContent()) ?? '').toContain('10:00');
    expect(room.errors).toEqual([]);
  });
});
