// 态势标绘 and 会商 over real sockets: two groups plot, each sees only what was shared with it,
// the evaluator sees both; the replay of the exercise's log at a time shows that moment's
// plots; a message to one township never reaches another township's feed.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { Driver } from '../../runtime/driver.ts';
import { foldLog, type LoggedCommand } from '../../runtime/fold.ts';
import { ADMIN, connect, createExercise, join, until, useInProcessServer, type Client } from './helpers.ts';

const fixture = useInProcessServer();
const scenario = loadScenario('scenarios/demo-district');

async function player(code: string, admin = false): Promise<Client> {
  const c = await connect(fixture.server.url, { token: await join(fixture.server.url, code, admin) });
  fixture.clients.push(c);
  return c;
}
const names = (c: Client) => (c.view.plots as { name: string }[]).map((p) => p.name).sort();
const texts = (c: Client) => (c.view.messages as { text: string }[]).map((m) => m.text);
/** Everything the client was sent, as one text: what it could read off the wire. */
const wire = (c: Client) => JSON.stringify(c.received);

describe('exercise server: 态势标绘', () => {
  it('shares each plot with its group or chosen roles only, shows the evaluator all, and replays them as they were', async () => {
    const [a, b] = scenario.townships;
    const teamOfA = scenario.teams.find((t) => t.owner === a.id)!;
    const { id, codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', seed: 2, speed: 'paused' });
    const townA = await player(codes[`township:${a.id}`]);
    const townB = await player(codes[`township:${b.id}`]);
    const team = await player(codes[`team:${teamOfA.id}`]);
    const chief = await player(codes.chief);
    const evaluator = await player(codes.evaluator);
    const director = await player(codes.director, true);
    const [x, y] = [a.x, a.y];

    // Group A's plot goes to its own group by default; group B shares one with the chief only.
    const ownA = await townA.ask('command', { type: 'addPlot', kind: 'trapped', points: [[x, y]], name: '甲组被困点' });
    expect(ownA, JSON.stringify(ownA)).toMatchObject({ ok: true });
    expect(await townB.ask('command', { type: 'addPlot', kind: 'dangerZone', points: [[b.x, b.y], [b.x + 500, b.y], [b.x, b.y + 500]], name: '乙组危险区', sharedWith: ['chief'] })).toMatchObject({ ok: true });
    // A bad plot gets an answer naming the field and changes nothing.
    const bad = await townA.ask('command', { type: 'addPlot', kind: 'cordon', points: [[x, y]], name: '警戒线' });
    expect(bad).toMatchObject({ ok: false, error: 'outOfRange' });
    expect(bad.message).toMatch(/^points: too few points/);
    // Posing as another role does not help: the server stamps the sender's own role.
    expect(await townB.ask('command', { type: 'deletePlot', role: `township:${a.id}`, plot: `township:${a.id}/1` })).toMatchObject({ ok: false, error: 'notPermitted' });
    expect(await evaluator.ask('command', { type: 'addPlot', kind: 'hazard', points: [[x, y]], name: '评估' })).toMatchObject({ ok: false, error: 'notPermitted' });

    await until('both plots in the evaluator view', () => evaluator.view.plots.length === 2);
    await until('group A sees its plot', () => townA.view.plots.length === 1 && team.view.plots.length === 1);
    await until('the chief sees group B\'s plot', () => chief.view.plots.length === 1);
    expect(names(evaluator)).toEqual(['乙组危险区', '甲组被困点']);
    expect(names(director)).toEqual(['乙组危险区', '甲组被困点']);
    expect(names(townA)).toEqual(['甲组被困点']);
    // A plot is named by its author's own count; no log number reaches a player.
    expect(townA.view.plots[0].id).toBe(`township:${a.id}/1`);
    expect(ownA.seq).toBeUndefined();
    expect(names(team)).toEqual(['甲组被困点']);
    expect(names(chief)).toEqual(['乙组危险区']);
    expect(names(townB)).toEqual(['乙组危险区']);

    // Later, group A moves its point and removes it, and draws a route instead.
    const t0 = ownA.t;
    expect(await director.ask('clock', { speed: 'max' })).toMatchObject({ ok: true });
    await until('the clock past 20 min', () => director.clock.t > 1200);
    expect(await director.ask('clock', { action: 'pause' })).toMatchObject({ ok: true });
    const moved = await townA.ask('command', { type: 'movePlot', plot: `township:${a.id}/1`, points: [[x + 100, y + 100]] });
    expect(moved, JSON.stringify(moved)).toMatchObject({ ok: true });
    const del = await townA.ask('command', { type: 'deletePlot', plot: `township:${a.id}/1` });
    expect(del).toMatchObject({ ok: true });
    expect(del.t).toBeGreaterThan(t0);
    expect(await townA.ask('command', { type: 'addPlot', kind: 'evacuationRoute', points: [[x, y], [x + 800, y + 300]], name: '甲组转移路线', sharedWith: ['all'] })).toMatchObject({ ok: true });
    await until('group B sees the route shared with all', () => townB.view.plots.length === 2);
    await until('group A sees only the route', () => townA.view.plots.length === 1 && townA.view.plots[0].name === '甲组转移路线');
    expect(names(townB)).toEqual(['乙组危险区', '甲组转移路线']);
    // Group B's plot never reached group A's wire; group A's first point never reached B's.
    expect(wire(townA)).not.toContain('乙组危险区');
    expect(wire(team)).not.toContain('乙组危险区');
    expect(wire(townB)).not.toContain('甲组被困点');

    // Replay: fold the exercise's stored log (what the replay viewer loads) to a time.
    const res = await fetch(`${fixture.server.url}/api/exercises/${id}/log.jsonl`, { headers: { authorization: `Bearer ${ADMIN}` } });
    const [header, ...entries] = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    const commands = entries.filter((e) => e.entry === 'command') as LoggedCommand[];
    const at = (t: number) => {
      const driver = new Driver({ scenario, seed: header.seed });
      expect(foldLog(driver, commands, t).problem).toBeNull();
      return driver.sim;
    };
    const before = at(del.t - 1);
    expect(before.viewFor(`township:${a.id}`)!.plots.map((p) => [p.name, p.points])).toEqual([['甲组被困点', [[x, y]]]]);
    expect(before.viewFor('evaluator')!.plots.map((p) => p.name).sort()).toEqual(['乙组危险区', '甲组被困点']);
    const after = at(del.t);
    expect(after.viewFor(`township:${a.id}`)!.plots.map((p) => p.name)).toEqual(['甲组转移路线']);
    expect(after.viewFor('evaluator')!.plots.map((p) => p.name).sort()).toEqual(['乙组危险区', '甲组转移路线']);
  });
});

describe('exercise server: 会商', () => {
  it('delivers a message only to its conversation, the director and the evaluator', async () => {
    const [a, b] = scenario.townships;
    const { codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', seed: 4, speed: 'paused' });
    const chief = await player(codes.chief);
    const townA = await player(codes[`township:${a.id}`]);
    const townB = await player(codes[`township:${b.id}`]);
    const evaluator = await player(codes.evaluator);
    const director = await player(codes.director, true);

    expect(await chief.ask('command', { type: 'sendMessage', to: [`township:${a.id}`], text: '请甲镇核实河道水位', ref: { point: [a.x, a.y] } })).toMatchObject({ ok: true });
    expect(await townA.ask('command', { type: 'sendMessage', to: ['chief'], text: '甲镇回复：水位已超警戒' })).toMatchObject({ ok: true });
    expect(await director.ask('command', { type: 'sendMessage', to: [`township:${b.id}`, 'party:hotline'], as: 'hotline', text: '热线转来乙镇群众求助' })).toMatchObject({ ok: true });
    expect(await chief.ask('command', { type: 'sendMessage', to: ['all'], text: '集体会商：各镇汇报' })).toMatchObject({ ok: true });
    const long = await townB.ask('command', { type: 'sendMessage', to: ['chief'], text: '长'.repeat(501) });
    expect(long).toMatchObject({ ok: false, error: 'malformed' });
    expect(long.message).toMatch(/^text: expected a text of at most 500/);

    await until('all four at the evaluator', () => evaluator.view.messages.length === 4);
    await until('the joint channel at township B', () => townB.view.messages.length === 2);
    await until('the joint channel at township A', () => townA.view.messages.length === 3);
    expect(texts(townA)).toEqual(['请甲镇核实河道水位', '甲镇回复：水位已超警戒', '集体会商：各镇汇报']);
    expect(texts(townB)).toEqual(['热线转来乙镇群众求助', '集体会商：各镇汇报']);
    expect(texts(director)).toHaveLength(4);
    expect(townB.view.messages[0]).toMatchObject({ as: 'hotline', conversation: `party:hotline|township:${b.id}` });
    // Nothing of the chief's conversation with township A ever reached township B.
    expect(wire(townB)).not.toContain('请甲镇核实河道水位');
    expect(wire(townB)).not.toContain('甲镇回复');
    expect(wire(townA)).not.toContain('热线转来');
  });
});
