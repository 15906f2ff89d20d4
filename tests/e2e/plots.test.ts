// 态势标绘 and 会商 in real Chromium: a township draws a danger point on the map with the 标绘
// tool and it appears on its map's plot list; it writes to the chief in the 会商 tab and the
// chief's console shows the message in its conversation, and the chief answers in the thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, screenshot } from './helpers.ts';
import { ADMIN, openRoom, type ExerciseRoom } from './room.ts';

describe('态势标绘 and 会商 in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium').toBe(true); });

  let room: ExerciseRoom;
  const open = (name: string, code: string, hash = '') => room.open(name, `/?code=${code}${hash}`, { ready: true });

  beforeAll(async () => {
    room = await openRoom({ build: 'e2e-plots-client', exercise: { scenario: 'demo-district', seed: 3, speed: 'paused', until: '3h' } });
  }, 240_000);

  afterAll(async () => { await room?.close(); });

  it('a township draws a point on the map and writes to the chief, who answers', async () => {
    const [township, chief] = await Promise.all([open('township', room.exercise.codes['township:hupan']), open('chief', room.exercise.codes.chief)]);

    // 标绘: pick the kind, click the map, name it, place it.
    await township.locator('.tab[data-tab=plot]').click();
    await township.getByTestId('plot-kind').selectOption('trapped');
    // Without a point the form says what is missing, in Chinese, and sends nothing.
    await township.getByTestId('plot-name').fill('湖畔镇被困群众');
    await township.getByTestId('plot-submit').click();
    expect(await township.locator('[data-testid=plot-tool] .answer.rejected').textContent()).toBe('被困点至少需要1个点');
    const map = township.locator('[data-testid=map] canvas');
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width * 0.45, y: box.height * 0.5 } });
    await township.waitForFunction(() => document.querySelector('[data-testid=plot-hint]')!.textContent!.includes('已选1个点'), null, { timeout: 30_000 });
    await township.getByTestId('plot-submit').click();
    await township.locator('[data-testid=plot-tool] .answer.ok').waitFor({ timeout: 60_000 });
    await township.locator('[data-testid=plot-list] li[data-plot="湖畔镇被困群众"]').waitFor({ timeout: 60_000 });
    const plot = await township.evaluate(() => (window as any).tuiyan.store.view.plots[0]);
    expect(plot).toMatchObject({ kind: 'trapped', name: '湖畔镇被困群众', by: 'township:hupan' });
    // Its own group by default: the township and its teams, not the chief.
    expect(plot.sharedWith).toContain('township:hupan');
    expect(plot.sharedWith).not.toContain('chief');
    const [x, y] = plot.points[0];
    const s = await township.evaluate(() => (window as any).tuiyan.store.scenario.grid);
    expect(x).toBeGreaterThan(0); expect(x).toBeLessThan(s.width * s.cellSize);
    expect(y).toBeGreaterThan(0); expect(y).toBeLessThan(s.height * s.cellSize);
    await screenshot(township, 'plots-township');

    // 会商: the township writes to the chief, pointing at its plot.
    await township.locator('.tab[data-tab=consult]').click();
    await township.locator('[data-testid=consult] input[type=checkbox][value=chief]').check();
    await township.getByTestId('message-text').fill('湖畔镇报告：有群众被困，请求冲锋舟支援');
    await township.getByTestId('message-ref').selectOption({ label: '标绘：湖畔镇被困群众' });
    await township.getByTestId('message-send').click();
    await township.locator('[data-testid=consult] .answer.ok').waitFor({ timeout: 60_000 });

    // The chief sees it in a conversation with the township, with the unread count on the tab.
    await chief.waitForFunction(() => (window as any).tuiyan.store.view.messages.length === 1, null, { timeout: 60_000, polling: 200 });
    expect(await chief.locator('.tab[data-tab=consult] .badge').textContent()).toBe('1');
    await chief.locator('.tab[data-tab=consult]').click();
    await chief.locator('[data-testid=conversations] button[data-conversation="湖畔镇"]').click();
    await chief.locator('[data-testid=thread] li', { hasText: '请求冲锋舟支援' }).waitFor({ timeout: 30_000 });
    // The plot was the township group's: the chief reads that a plot was named, not its contents.
    expect(await chief.locator('[data-testid=thread] li .ref').textContent()).toContain('（未共享给本席位或已删除）');
    await chief.getByTestId('message-text').fill('收到，冲锋舟已调派');
    await chief.getByTestId('message-send').click();
    await chief.locator('[data-testid=consult] .answer.ok').waitFor({ timeout: 60_000 });
    await township.locator('[data-testid=thread] li', { hasText: '收到，冲锋舟已调派' }).waitFor({ timeout: 60_000 });
    const texts = await township.evaluate(() => (window as any).tuiyan.store.view.messages.map((m: any) => [m.from, m.conversation, m.text]));
    expect(texts).toEqual([
      ['township:hupan', 'chief|township:hupan', '湖畔镇报告：有群众被困，请求冲锋舟支援'],
      ['chief', 'chief|township:hupan', '收到，冲锋舟已调派'],
    ]);
    await screenshot(chief, 'consult-chief');

    // The township moves its point to a new click and shares it with everyone under a new name.
    await township.locator('.tab[data-tab=plot]').click();
    await map.click({ position: { x: box.width * 0.55, y: box.height * 0.4 } });
    await township.waitForFunction(() => document.querySelector('[data-testid=plot-hint]')!.textContent!.includes('已选1个点'), null, { timeout: 30_000 });
    await township.getByTestId('plot-move').click();
    await township.waitForFunction(([x0, y0]) => { const p = (window as any).tuiyan.store.view.plots[0]; return p.points[0][0] !== x0 || p.points[0][1] !== y0; }, [x, y], { timeout: 60_000, polling: 200 });
    await township.getByTestId('plot-name').fill('湖畔镇被困群众（已核实）');
    await township.getByTestId('plot-share').selectOption('all');
    await township.getByTestId('plot-edit').click();
    await township.locator('[data-testid=plot-list] li[data-plot="湖畔镇被困群众（已核实）"]').waitFor({ timeout: 60_000 });
    // Now the chief sees it, and the message's reference names it.
    await chief.waitForFunction(() => (window as any).tuiyan.store.view.plots.some((p: any) => p.name === '湖畔镇被困群众（已核实）'), null, { timeout: 60_000, polling: 200 });
    await chief.locator('[data-testid=thread] li .ref', { hasText: '湖畔镇被困群众（已核实）' }).waitFor({ timeout: 30_000 });

    // The director writes to the township as the 12345 hotline; the township reads the hotline's name.
    const director = await open('director', room.exercise.codes.director, `#admin=${ADMIN}`);
    await director.locator('.tab[data-tab=consult]').click();
    await director.locator('[data-testid=consult] input[type=checkbox][value="township:hupan"]').check();
    await director.locator('[data-testid=consult] input[type=checkbox][value="party:hotline"]').check();
    await director.locator('[data-testid=consult] select[name=messageAs]').selectOption('hotline');
    await director.getByTestId('message-text').fill('12345热线转：霞场村村民来电，家中老人行动不便');
    await director.getByTestId('message-send').click();
    await director.locator('[data-testid=consult] .answer.ok').waitFor({ timeout: 60_000 });
    await township.locator('.tab[data-tab=consult]').click();
    await township.locator('[data-testid=conversations] button[data-conversation="12345热线"]').click();
    const line = township.locator('[data-testid=thread] li', { hasText: '家中老人行动不便' });
    await line.waitFor({ timeout: 60_000 });
    expect(await line.locator('b').textContent()).toBe('12345热线');
    // The chief's feed never carried it.
    expect(await chief.evaluate(() => (window as any).tuiyan.store.view.messages.some((m: any) => m.text.includes('家中老人')))).toBe(false);
    expect(room.errors).toEqual([]);
  }, 240_000);
});
