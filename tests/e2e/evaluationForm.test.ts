// Evaluation forms in real Chromium (issue 14): the evaluator records an entry on the guide
// (requirement, role observed, P/S/M/U, strengths, areas for improvement) and the chief enters a
// self-assessment in the plan tab; both reach the report the director reads (JSON and HTML), and
// the director's console shows them live by requirement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, screenshot } from './helpers.ts';
import { ADMIN, openRoom, type ExerciseRoom } from './room.ts';

describe('evaluation forms in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium').toBe(true); });

  let room: ExerciseRoom;
  const open = (name: string, code: string) => room.open(name, `/?code=${code}`, { ready: true });
  /** The response's status and text, whatever the status. */
  const api = async (method: string, path: string) => { const res = await room.request(method, path); return { status: res.status, text: await res.text() }; };

  beforeAll(async () => {
    room = await openRoom({ build: 'e2e-evalform-client', exercise: { scenario: 'demo-district', seed: 3, speed: 'paused', plan: 'auto', until: '3h' } });
  }, 240_000);

  afterAll(async () => { await room?.close(); });

  it('an evaluator entry and a self-assessment reach the report', async () => {
    const [evaluator, chief] = await Promise.all([open('evaluator', room.exercise.codes.evaluator), open('chief', room.exercise.codes.chief)]);

    await evaluator.locator('.tab[data-tab=evaluate]').click();
    await evaluator.getByTestId('evaluation-subject').selectOption('req:warn-blue');
    await evaluator.getByTestId('evaluation-role').selectOption('chief');
    await evaluator.getByTestId('evaluation-rating').selectOption('M');
    await evaluator.getByTestId('evaluation-strengths').fill('值班领导到岗迅速');
    await evaluator.getByTestId('evaluation-improvements').fill('预警渠道单一，未叫应到村');
    await evaluator.getByTestId('evaluation-submit').click();
    await evaluator.locator('[data-testid=evaluation-form] .answer.ok').waitFor({ timeout: 60_000 });

    await chief.locator('.tab[data-tab=plan]').click();
    const self = chief.getByTestId('self-assess');
    await self.getByTestId('evaluation-rating').selectOption('S');
    await self.getByTestId('evaluation-improvements').fill('信息报送要素不全');
    await self.getByTestId('evaluation-submit').click();
    await self.locator('.answer.ok').waitFor({ timeout: 60_000 });

    const report = JSON.parse((await api('GET', `/api/exercises/${room.exercise.id}/report`)).text);
    expect(report.score.evaluations.observations).toEqual([expect.objectContaining({ requirement: 'warn-blue', rating: 'M', observedRole: 'chief', strengths: '值班领导到岗迅速', improvements: '预警渠道单一，未叫应到村' })]);
    expect(report.score.evaluations.selfAssessments).toEqual([expect.objectContaining({ role: 'chief', rating: 'S', improvements: '信息报送要素不全' })]);
    const html = (await api('GET', `/api/exercises/${room.exercise.id}/report?format=html`)).text;
    for (const text of ['预警渠道单一，未叫应到村', '信息报送要素不全']) expect(html).toContain(text);
    expect(room.errors).toEqual([]);
  }, 180_000);

  it("the director sees them live, by requirement, with rating and time", async () => {
    const director = await room.open('director', `/?code=${room.exercise.codes.director}#admin=${ADMIN}`, { viewport: { width: 1500, height: 900 }, ready: true });
    await director.locator('button[data-tab=director]').click();
    const board = director.getByTestId('evaluation-board');
    // What was recorded before the director joined comes with the join.
    const group = board.locator('.eval-group[data-requirement=warn-blue]');
    await group.waitFor({ timeout: 60_000 });
    expect(await group.textContent()).toContain('M 完成但有重大挑战');
    expect(await group.textContent()).toContain('预警渠道单一，未叫应到村');
    expect(await board.getByTestId('self-assessments').textContent()).toContain('信息报送要素不全');
    // A new observation arrives while the director watches.
    const evaluator = await open('evaluator-2', room.exercise.codes.evaluator);
    await evaluator.locator('.tab[data-tab=evaluate]').click();
    await evaluator.getByTestId('evaluation-subject').selectOption('req:warn-blue');
    await evaluator.getByTestId('evaluation-rating').selectOption('P');
    await evaluator.getByTestId('evaluation-strengths').fill('第二次观察：叫应到村');
    await evaluator.getByTestId('evaluation-submit').click();
    await expect.poll(() => group.locator('li').count(), { timeout: 60_000 }).toBe(2);
    expect(await group.locator('li').first().textContent()).toContain('P 完成且无挑战');
    expect(await group.locator('li').first().textContent()).toMatch(/\d\d:\d\d/);
    await board.scrollIntoViewIfNeeded();
    const shot = await screenshot(director, 'director-evaluation-board');
    expect(shot.distinct).toBeGreaterThan(20);
    expect(room.errors).toEqual([]);
  }, 180_000);
});
