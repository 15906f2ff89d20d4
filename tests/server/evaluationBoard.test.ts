// Issue 14, "the director sees them": an evaluator's observation and a player's self-assessment
// reach the director's feed live (socket message `evaluations`), grouped by requirement for the
// director's panel; players get none of it; a director who joins later gets them as a backlog.
import { describe, expect, it } from 'vitest';
import { connect, createExercise, join, until, useInProcessServer } from './helpers.ts';
import { evaluationBoard, noEvaluations, takeEvaluations, type EvaluationsMessage } from '../../runtime/evaluationBoard.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { loadPlan } from '../../server/planFiles.ts';

const fixture = useInProcessServer();

describe("the director's evaluation panel", () => {
  it('gets observations and self-assessments live, by requirement, and players do not', async () => {
    const { server, clients } = fixture;
    const { id, codes } = await createExercise(server.url, { scenario: 'demo-district', speed: 'paused', plan: 'auto' });
    const director = await connect(server.url, { token: await join(server.url, codes.director, true) });
    const evaluator = await connect(server.url, { token: await join(server.url, codes.evaluator) });
    const chief = await connect(server.url, { token: await join(server.url, codes.chief) });
    clients.push(director, evaluator, chief);
    expect(await evaluator.ask('command', { type: 'evaluate', requirement: 'warn-blue', rating: 'S', observedRole: 'chief', observedAt: 600, strengths: '叫应及时' })).toMatchObject({ ok: true });
    expect(await evaluator.ask('command', { type: 'evaluate', requirement: 'warn-blue', rating: 'U', improvements: '未通知到村' })).toMatchObject({ ok: true });
    expect(await evaluator.ask('command', { type: 'evaluate', category: 'safety', note: '转移车辆超载' })).toMatchObject({ ok: true });
    expect(await chief.ask('command', { type: 'selfAssess', rating: 'M', improvements: '预警发布偏晚' })).toMatchObject({ ok: true });

    const held = (c: typeof director) => c.received.filter(([e]) => e === 'evaluations').reduce((h, [, m]) => takeEvaluations(h, m as EvaluationsMessage), noEvaluations());
    await until('the director to get all four records', () => { const h = held(director); return h.observations.length === 2 && h.notes.length === 1 && h.selfAssessments.length === 1; }, 20_000);
    // Each record once (incremental messages, no repeats).
    const got = held(director);
    expect(got.observations.map((o) => o.rating)).toEqual(['S', 'U']);
    expect(got.selfAssessments[0]).toMatchObject({ role: 'chief', rating: 'M', improvements: '预警发布偏晚' });
    expect(chief.received.some(([e]) => e === 'evaluations')).toBe(false);

    // The panel's data: grouped under the plan's requirement, newest first, with time and rating.
    const s = loadScenario('scenarios/demo-district');
    const plan = loadPlan('scenarios/demo-district/plan.json', s);
    const board = evaluationBoard(got, plan);
    expect(board.byRequirement).toHaveLength(1);
    expect(board.byRequirement[0]).toMatchObject({ requirement: 'warn-blue', name: plan.requirements.find((r) => r.id === 'warn-blue')!.name });
    expect(board.byRequirement[0].observations.map((o) => o.rating)).toEqual(['U', 'S']);
    expect(board.byRequirement[0].observations[1]).toMatchObject({ observedRole: 'chief', observedAt: 600, t: 0 });
    expect(board.notes[0]).toMatchObject({ category: 'safety', note: '转移车辆超载' });

    // A director who connects later gets what was recorded as a backlog.
    const late = await connect(server.url, { token: await join(server.url, codes.director, true) });
    clients.push(late);
    await until('the late director to get the backlog', () => held(late).observations.length === 2, 20_000);
    expect(held(late).selfAssessments).toHaveLength(1);
    expect(id).toBeTruthy();
  }, 60_000);
});
