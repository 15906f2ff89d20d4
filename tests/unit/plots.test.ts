// 态势标绘 and 会商 in the core: every field validated, plots shared with the right roles and
// changing nothing else, messages seen only by their conversation (and the truth).
import { describe, expect, it } from 'vitest';
import { createSim, type Sim } from '../../sim-core/sim.ts';
import { miniScenario } from '../fixtures/miniScenario.ts';
import { checkMessage, checkName, checkPoints, checkShare } from '../../sim-core/plots/plotRules.ts';
import { ownGroup } from '../../sim-core/plots/audience.ts';
import { parseRole } from '../../sim-core/commands/roles.ts';
import { plotProblemText } from '../../presentation/text/plotText.ts';
import { consultSectionHtml } from '../../presentation/report/consultSection.ts';
import { renderSituation, situationOf } from '../../presentation/map/situationMap.ts';
import { PLOT_STYLE } from '../../presentation/map/plotStyle.ts';

const scenario = miniScenario();
const sim = () => createSim(scenario, { seed: 5 });

function rejected(s: Sim, input: Record<string, unknown>) {
  const before = s.hash();
  const r = s.apply(input);
  expect(r.ok, JSON.stringify(input)).toBe(false);
  expect(s.hash()).toBe(before);
  return r as { ok: false; reason: string; message: string };
}
const ok = (s: Sim, input: Record<string, unknown>) => { const r = s.apply(input); expect(r, JSON.stringify(r)).toMatchObject({ ok: true }); return r as { ok: true; seq: number }; };
const view = (s: Sim, role: string) => s.viewFor(role)!;

describe('plot validation', () => {
  it('refuses each bad field with the field named, in English for the log and in Chinese for the form', () => {
    const s = sim();
    const base = { type: 'addPlot', role: 'township:town1', kind: 'hazard', points: [[500, 500]], name: '塌方' };
    expect(rejected(s, { ...base, points: [] }).message).toMatch(/^points/);
    expect(rejected(s, { ...base, points: [[500, 500], [600, 600]] }).message).toMatch(/^points: too many/);
    expect(rejected(s, { ...base, kind: 'cordon' }).message).toMatch(/^points: too few/);
    expect(rejected(s, { ...base, kind: 'dangerZone', points: [[1, 1], [2, 2]] }).message).toMatch(/^points: too few/);
    expect(rejected(s, { ...base, points: [[500, 3001]] }).message).toBe('points[0]: a point off the map');
    expect(rejected(s, { ...base, points: [[-1, 5]] }).reason).toBe('outOfRange');
    expect(rejected(s, { ...base, points: [['a', 5]] }).message).toMatch(/^points\[0\]\[0\]/);
    expect(rejected(s, { ...base, name: '  ' }).message).toBe('name: expected a name');
    expect(rejected(s, { ...base, name: '长'.repeat(41) }).message).toMatch(/^name: expected a text of at most 40/);
    expect(rejected(s, { ...base, kind: 'volcano' }).message).toMatch(/^kind: expected the plot kind/);
    expect(rejected(s, { ...base, sharedWith: ['township:nowhere'] }).reason).toBe('unknownRole');
    expect(rejected(s, { ...base, sharedWith: ['all', 'chief'] }).message).toMatch(/^sharedWith/);
    expect(rejected(s, { ...base, sharedWith: ['director'] }).reason).toBe('unknownRole');
    expect(rejected(s, { ...base, role: 'evaluator' }).reason).toBe('notPermitted');
    expect(rejected(s, { ...base, role: 'observer' }).reason).toBe('notPermitted');
    expect(s.state.entities.plots).toBeUndefined();

    // The form's own check words the same problems in Chinese, naming the limit.
    expect(plotProblemText(checkName('长'.repeat(41))!, 'zh')).toBe('名称最多40个字');
    expect(plotProblemText(checkPoints(scenario, 'fireArea', [[1, 1]])!, 'zh')).toBe('火场至少需要3个点');
    expect(plotProblemText(checkPoints(scenario, 'hazard', [[1, 9999]])!, 'zh')).toBe('第1个点在地图范围以外');
    expect(plotProblemText(checkShare(scenario, ['team:ghost'])!, 'zh')).toBe('共享对象不存在');
    expect(plotProblemText(checkMessage(scenario, 'chief', ['chief'], '你好', undefined)!, 'zh')).toBe('请选择会商对象');
    expect(plotProblemText(checkMessage(scenario, 'chief', ['township:town1'], 'x'.repeat(501), undefined)!, 'zh')).toBe('消息最多500个字');
    expect(plotProblemText(checkMessage(scenario, 'chief', ['township:town1'], 'x', 'media')!, 'zh')).toBe('只有导调可以以外部单位身份发言');
    expect(plotProblemText(checkMessage(scenario, 'chief', ['township:town1'], ' ', undefined)!, 'en')).toBe('Write a message');
  });

  it('lets only the author (or the director) move, edit or delete a plot, keeping its geometry', () => {
    const s = sim();
    ok(s, { type: 'addPlot', role: 'township:town1', kind: 'cordon', points: [[100, 100], [900, 900]], name: '警戒线' });
    // Named by its author and the author's own count: no log number reaches a player.
    const id = 'township:town1/1';
    expect(Object.keys(s.state.entities.plots!)).toEqual([id]);
    expect(rejected(s, { type: 'movePlot', role: 'chief', plot: id, points: [[1, 1], [2, 2]] }).reason).toBe('notPermitted');
    expect(rejected(s, { type: 'movePlot', role: 'township:town1', plot: 'township:town1/9', points: [[1, 1], [2, 2]] }).message).toMatch(/^plot: no such plot/);
    expect(rejected(s, { type: 'movePlot', role: 'township:town1', plot: id, points: [[1, 1]] }).message).toMatch(/^points: too few/);
    expect(rejected(s, { type: 'editPlot', role: 'township:town1', plot: id, kind: 'hazard' }).message).toMatch(/^kind: a plot keeps its geometry/);
    expect(rejected(s, { type: 'editPlot', role: 'township:town1', plot: id }).message).toMatch(/nothing to change/);
    s.advanceTo(60);
    ok(s, { type: 'movePlot', role: 'township:town1', plot: id, points: [[200, 200], [800, 800], [900, 100]] });
    ok(s, { type: 'editPlot', role: 'township:town1', plot: id, kind: 'lockdown', name: '封控线', note: '只进不出' });
    expect(s.state.entities.plots![id]).toMatchObject({ kind: 'lockdown', name: '封控线', note: '只进不出', points: [[200, 200], [800, 800], [900, 100]], t: 0, changed: 60 });
    ok(s, { type: 'deletePlot', role: 'director', plot: id });
    expect(s.state.entities.plots).toEqual({});
  });
});

describe('who sees a plot', () => {
  it('shares with the author\'s own group by default, with chosen roles, or with everyone', () => {
    expect(ownGroup(scenario, parseRole('township:town2', scenario)!, 'township:town2')).toEqual(['team:tt2', 'township:town2']);
    expect(ownGroup(scenario, parseRole('team:tt2', scenario)!, 'team:tt2')).toEqual(['team:tt2', 'township:town2']);
    expect(ownGroup(scenario, parseRole('chief', scenario)!, 'chief')).toEqual(['chief', 'team:fs1']);
    const s = sim();
    const own = ok(s, { type: 'addPlot', role: 'township:town2', kind: 'trapped', points: [[300, 2000]], name: '被困群众' });
    const chosen = ok(s, { type: 'addPlot', role: 'township:town1', kind: 'dangerZone', points: [[1000, 1000], [1500, 1000], [1500, 1500]], name: '滑坡危险区', sharedWith: ['chief'] });
    const everyone = ok(s, { type: 'addPlot', role: 'chief', kind: 'label', points: [[1200, 1200]], name: '前指', sharedWith: ['all'] });
    const ids = (role: string) => view(s, role).plots.map((p) => p.id);
    void own; void chosen; void everyone;
    expect(ids('township:town2')).toEqual(['chief/1', 'township:town2/1']);
    expect(ids('team:tt2')).toEqual(['chief/1', 'township:town2/1']);
    expect(ids('township:town1')).toEqual(['chief/1', 'township:town1/1']);
    expect(ids('chief')).toEqual(['chief/1', 'township:town1/1']);
    expect(ids('team:fs1')).toEqual(['chief/1']);
    expect(ids('evaluator')).toHaveLength(3);
    expect(ids('director')).toHaveLength(3);
    expect(view(s, 'township:town1').plots.find((p) => p.id === 'township:town1/1')!.sharedWith).toEqual(['chief', 'township:town1']);
  });

  it('is a belief: the same run with plots has the same truth as without', () => {
    const a = sim(), b = sim();
    ok(a, { type: 'addPlot', role: 'chief', kind: 'floodedArea', points: [[0, 0], [2900, 0], [2900, 2900]], name: '全域淹没' });
    a.advanceTo(3600); b.advanceTo(3600);
    const { plots: _p, plotsDrawn: _d, ...truthA } = a.state.entities;
    expect(JSON.stringify(truthA)).toBe(JSON.stringify(b.state.entities));
  });
});

describe('会商 messages', () => {
  it('reach only their conversation, the director writing as an outside party', () => {
    const s = sim();
    ok(s, { type: 'sendMessage', role: 'chief', to: ['township:town1'], text: '东河镇请报告水情' });
    ok(s, { type: 'sendMessage', role: 'township:town1', to: ['chief'], text: '收到，水位上涨', ref: { point: [1300, 1100] } });
    ok(s, { type: 'sendMessage', role: 'director', to: ['chief', 'township:town1'], text: '市局要求一小时内报告', as: 'cityBureau' });
    ok(s, { type: 'sendMessage', role: 'director', to: ['township:town2', 'party:hotline'], text: '村民来电求助', as: 'hotline' });
    ok(s, { type: 'sendMessage', role: 'chief', to: ['all'], text: '集体会商：启动四级响应' });
    const texts = (role: string) => view(s, role).messages.map((m) => m.text);
    expect(texts('township:town1')).toEqual(['东河镇请报告水情', '收到，水位上涨', '市局要求一小时内报告', '集体会商：启动四级响应']);
    expect(texts('township:town2')).toEqual(['村民来电求助', '集体会商：启动四级响应']);
    expect(texts('evaluator')).toHaveLength(5);
    const [first, reply, city, hotline] = view(s, 'director').messages;
    expect(first.conversation).toBe('chief|township:town1');
    expect(reply.conversation).toBe(first.conversation); // a reply is in the same thread
    expect(city).toMatchObject({ conversation: 'chief|township:town1', as: 'cityBureau', from: 'director' });
    expect(hotline).toMatchObject({ conversation: 'party:hotline|township:town2', to: ['township:town2'] });
    expect(reply.ref).toEqual({ point: [1300, 1100] });
  });

  it('refuses bad messages, naming the field', () => {
    const s = sim();
    const m = { type: 'sendMessage', role: 'chief', to: ['township:town1'], text: '你好' };
    expect(rejected(s, { ...m, text: 'x'.repeat(501) }).message).toMatch(/^text: expected a text of at most 500/);
    expect(rejected(s, { ...m, text: ' ' }).message).toBe('text: expected a text');
    expect(rejected(s, { ...m, to: [] }).message).toMatch(/^to: expected someone/);
    expect(rejected(s, { ...m, to: ['chief'] }).message).toMatch(/^to: expected someone/);
    expect(rejected(s, { ...m, to: ['township:x'] }).reason).toBe('unknownRole');
    expect(rejected(s, { ...m, to: ['evaluator'] }).reason).toBe('unknownRole');
    expect(rejected(s, { ...m, as: 'media' }).message).toMatch(/^as: only the director/);
    expect(rejected(s, { ...m, role: 'director', as: 'aliens' }).message).toMatch(/^as: expected an outside party/);
    expect(rejected(s, { ...m, ref: { plot: 'chief/1' } }).message).toMatch(/^ref\.plot/);
    expect(rejected(s, { ...m, ref: { point: [5, 99999] } }).message).toMatch(/^ref\.point/);
    expect(rejected(s, { ...m, role: 'observer' }).reason).toBe('notPermitted');
    // A plot the sender cannot see cannot be pointed at.
    const hidden = ok(s, { type: 'addPlot', role: 'township:town2', kind: 'hazard', points: [[10, 10]], name: '险情' });
    expect(rejected(s, { ...m, ref: { plot: 'township:town2/1' } }).reason).toBe('unknownPlace');
    ok(s, { ...m, role: 'township:town2', to: ['chief'], ref: { plot: 'township:town2/1' } });
    void hidden;
  });
});

describe('plots and messages in the report', () => {
  it('lists the conversations and the plots as they stood, and draws the plots on the situation map', () => {
    const s = sim();
    const hazard = ok(s, { type: 'addPlot', role: 'township:town1', kind: 'hazard', points: [[1500, 1500]], name: '塌方险情' });
    ok(s, { type: 'addPlot', role: 'chief', kind: 'cordon', points: [[100, 100], [2800, 100]], name: '南侧警戒线', sharedWith: ['all'] });
    ok(s, { type: 'sendMessage', role: 'chief', to: ['all'], text: '集体会商' });
    s.advanceTo(600);
    ok(s, { type: 'sendMessage', role: 'township:town1', to: ['chief'], text: '报告险情', ref: { plot: 'township:town1/1' } });
    void hazard;
    ok(s, { type: 'deletePlot', role: 'township:town1', plot: 'township:town1/1' });
    const html = consultSectionHtml(scenario, s.state.log, (t) => `T${t}`);
    expect(html).toContain('<td>集体会商（全体）</td><td>1</td><td>T0</td><td>T0</td>');
    expect(html).toContain('<td>区指挥部（指挥长）、东河镇</td><td>1</td><td>T600</td>');
    expect(html).toContain('<td>塌方险情</td><td>险情点</td><td>东河镇</td><td>T0</td><td>本组</td><td>T600 删除</td>');
    expect(html).toContain('<td>南侧警戒线</td><td>警戒线</td><td>区指挥部（指挥长）</td><td>T0</td><td>全体</td><td>保留至结束</td>');
    expect(html).not.toMatch(/\/1|township:|sendMessage/);
    // A message carries no log number.
    expect(Object.keys(s.viewFor('township:town1')!.messages.at(-1)!).sort()).toEqual(['conversation', 'from', 'ref', 't', 'text', 'to']);

    // The map of the moment: the cordon (still there) in its colour along the south edge.
    const layers = situationOf(scenario, s.state);
    expect(layers.plots!.map((p) => p.name)).toEqual(['南侧警戒线']);
    const scale = 2;
    const withPlots = renderSituation(scenario, layers, scale);
    const without = renderSituation(scenario, { ...layers, plots: [] }, scale);
    const at = (img: { rgba: Uint8ClampedArray; width: number }, x: number, y: number) => [...img.rgba.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 3)];
    const px = Math.round((200 / 100) * scale), py = Math.round((30 - 100 / 100) * scale);
    expect(at(withPlots, px, py)).toEqual([...PLOT_STYLE.cordon.rgb]);
    expect(at(without, px, py)).not.toEqual([...PLOT_STYLE.cordon.rgb]);
  });
});

describe('会商 in a long exercise', () => {
  it('a view carries the latest 400 messages of its conversations; the log keeps them all', () => {
    const s = sim();
    for (let i = 0; i < 450; i++) ok(s, { type: 'sendMessage', role: 'chief', to: ['township:town1'], text: `第${i}条` });
    ok(s, { type: 'sendMessage', role: 'chief', to: ['township:town2'], text: '西山乡' });
    const town1 = view(s, 'township:town1').messages;
    expect(town1).toHaveLength(400);
    expect([town1[0].text, town1.at(-1)!.text]).toEqual(['第50条', '第449条']);
    expect(view(s, 'township:town2').messages.map((m) => m.text)).toEqual(['西山乡']);
    expect(s.state.entities.messages).toHaveLength(451);
  });
});
