// The exercise room ships each role's feed (runtime/feed.ts): every event a role may see once,
// views without an event window, the plan checklist from the core's tracker; the director's
// report is built by the server from the exercise's own sim.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { loadPlan } from '../../server/planFiles.ts';
import { seesEvent } from '../../sim-core/views.ts';
import { trackLog } from '../../sim-core/plan/tracker.ts';
import { ADMIN, api, connect, createExercise, join, until, useInProcessServer, type Client } from './helpers.ts';

const fixture = useInProcessServer();
const scenario = loadScenario('scenarios/demo-district');
const plan = loadPlan('scenarios/demo-district/plan.json', scenario);

async function player(code: string, admin = false): Promise<Client> {
  const c = await connect(fixture.server.url, { token: await join(fixture.server.url, code, admin) });
  fixture.clients.push(c);
  return c;
}

const eventsOf = (c: Client) => c.received.filter(([e]) => e === 'event').flatMap(([, m]) => m.entries as { seq: number }[]);

describe('exercise server: one feed per role', () => {
  it('sends each event once, the checklist from the tracker, and serves the report', async () => {
    const { id, codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', seed: 2, speed: 'paused', plan: 'auto', until: '3h' });
    const director = await player(codes.director, true);
    const chief = await player(codes.chief);
    const hupan = await player(codes['township:hupan']);
    expect(await director.ask('clock', { speed: 'max' })).toMatchObject({ ok: true });
    await until('the exercise to finish', () => chief.clock?.status === 'finished', 120_000);

    const text = (await api(fixture.server.url, 'GET', `/api/exercises/${id}/log.jsonl`, undefined, ADMIN)).body as string;
    const log = text.trim().split('\n').map((l) => JSON.parse(l)).slice(1);
    const events = log.filter((e) => e.entry === 'event');
    for (const [role, c] of [['director', director], ['chief', chief], ['township:hupan', hupan]] as const) {
      const seen = events.filter((e) => seesEvent(role, role === 'director', e));
      await until(`${role}'s last events`, () => eventsOf(c).length >= seen.length);
      // The truth gets the log's numbers; a player its own 1, 2, 3 … (no gap counts a hidden
      // entry) and no list of who else was told (issue 15).
      const expected = role === 'director' ? seen.map((e) => e.seq) : seen.map((_e, k) => k + 1);
      expect(eventsOf(c).map((e) => e.seq), role).toEqual(expected);
      expect(eventsOf(c).map((e) => (e as { t?: number }).t), role).toEqual(seen.map((e) => e.t));
      if (role !== 'director') for (const e of eventsOf(c)) expect(e, role).not.toHaveProperty('visibleTo');
      // Views carry no event window.
      for (const [e, m] of c.received) if (e === 'view') expect(m.view).not.toHaveProperty('events');
    }
    expect(eventsOf(hupan).length).toBeLessThan(eventsOf(director).length);

    // The checklist: the tracker's facts over the whole log, the chief's own requirements only.
    const facts = trackLog(plan, scenario, log, 3 * 3600);
    const lastChecklist = (c: Client) => c.received.filter(([e]) => e === 'checklist').at(-1)?.[1].facts;
    await until('the final checklists', () => JSON.stringify(lastChecklist(director)) === JSON.stringify(facts));
    // A player's: only its requirements triggered by now, each with its facts, none the plan hides
    // (no-script), none of the log's numbers (issue 15).
    const wanted = plan.requirements.map((r, k) => ({ r, f: facts[k] })).filter(({ r, f }) => r.role === 'chief' && !r.hidden && f.triggerAt !== null);
    expect(wanted.length).toBeGreaterThan(0);
    const told = () => chief.received.filter(([e]) => e === 'checklist').at(-1)?.[1];
    await until("the chief's final checklist", () => told()?.requirements?.length === wanted.length);
    expect(told().requirements.map((r: { name: unknown }) => r.name)).toEqual(wanted.map(({ r }) => r.name));
    expect(told().facts.map((f: { triggerAt: number; doneAt: number | null; triggerSeq: null; evidence: [] }) => [f.triggerAt, f.doneAt, f.triggerSeq, f.evidence])).toEqual(wanted.map(({ f }) => [f.triggerAt, f.doneAt, null, []]));
    expect(JSON.stringify(told())).not.toContain('"trigger":{"event"');
    expect(plan.requirements.some((r) => r.role === 'chief' && r.hidden)).toBe(true);

    // The report, from the server's own sim: now, and at an earlier moment.
    const html = await fetch(`${fixture.server.url}/api/exercises/${id}/report?format=html`, { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toMatch(/<html[\s\S]*data:image\/png;base64,/);
    const at = await api(fixture.server.url, 'GET', `/api/exercises/${id}/report?at=3600`, undefined, ADMIN);
    expect(at.body.at).toBe(3600);
    expect(at.body.stateHash).toBe((await api(fixture.server.url, 'GET', `/api/exercises/${id}/state?t=3600`, undefined, ADMIN)).body.stateHash);
    expect((await api(fixture.server.url, 'GET', `/api/exercises/${id}/report?at=99999`, undefined, ADMIN)).status).toBe(400);
  }, 240_000);
});
