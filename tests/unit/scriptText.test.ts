// The script's words: every condition, the reason an inject fired and every refusal of a script
// edit read in Chinese with the scenario's names — no ids, no English — and in English on demand.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { becauseText, conditionText, scriptFieldName, scriptProblemText } from '../../presentation/text/scriptText.ts';
import type { InjectCondition } from '../../sim-core/injects/condition.ts';
import { scriptRow } from '../../client/ui/script/scriptRows.ts';
import { checkScriptInject } from '../../sim-core/injects/scriptEdit.ts';

const s = loadScenario('scenarios/demo-district');
const conditions: InjectCondition[] = [
  { kind: 'reservoirLevel', reservoir: 'res-yunling', above: 151.5 },
  { kind: 'gaugeLevel', gauge: 'gauge-shimen', above: 73.1 },
  { kind: 'waterAtPlace', place: 'hupan-xiachang', above: 0.5 },
  { kind: 'waterOnRoad', edge: 12, above: 0.3 },
  { kind: 'fireNearPlace', place: 'songling-quankan', radius: 500 },
  { kind: 'fireInArea', x: 21550, y: 34350, radius: 1000 },
  { kind: 'peopleInDanger', village: 'beiling-dongtaoliang', atLeast: 20 },
  { kind: 'notDone', command: 'orderEvacuation', role: 'township:hupan', place: 'hupan-xiachang', by: 5 * 3600 },
  { kind: 'notAnswered', inject: 'trapped-call', within: 1200 },
];
const latinId = /[a-z]+[-_:][a-z0-9]+/;

describe('script wording', () => {
  it('says every condition in Chinese with the places\' names', () => {
    const zh = conditions.map((c) => conditionText(s, c, 'zh'));
    for (const t of zh) expect(t, t).not.toMatch(latinId);
    expect(zh[0]).toBe('云岭水库水位达到 151.5 m');
    expect(zh[2]).toBe('霞场村水深达到 0.5 m');
    expect(zh[6]).toBe('东桃梁村仍有 20 人以上处于危险');
    expect(zh[7]).toBe('07-16 11:00 前湖畔镇未下达「转移避险」指令（霞场村）');
    expect(zh[8]).toContain('20 分钟内无人回应');
    expect(conditionText(s, conditions[0], 'en')).toBe('Yunling Reservoir level reaches 151.5 m');
  });

  it('logs what made an inject fire', () => {
    expect(becauseText(s, { condition: 'waterAtPlace', value: 0.62 }, 'zh')).toBe('条件触发：某地水深达到 0.62 m');
    expect(becauseText(s, { condition: 'peopleInDanger', value: 31 }, 'zh')).toBe('条件触发：村内群众处于危险 31 人');
    expect(becauseText(s, { condition: 'notDone' }, 'en')).toBe('on condition: an order not given by a time');
  });

  it('names the field and what is wrong with it', () => {
    expect(scriptProblemText({ field: 'target.place', code: 'noVillage' }, 'zh', '第 3 行')).toBe('第 3 行「目标地点」：没有这个村');
    expect(scriptProblemText({ field: 'when.above', code: 'badLevel' }, 'zh')).toBe('「阈值」：请填写有效的水位或水深（米）');
    expect(scriptFieldName('visibleTo[2]', 'zh')).toBe('知悉方');
    expect(scriptProblemText({ field: 'payload.text', code: 'needText' }, 'en', 'row 2')).toBe('row 2, text: write the text');
  });

  it('names each of an aftershock’s fields the core refuses, in Chinese (issue 18)', () => {
    const quake = loadScenario('scenarios/demo-district-quake');
    const q = quake.earthquake!;
    const base = { kind: 'aftershock', t: 3600, visibleTo: ['chief'], target: { x: q.epicentre.x, y: q.epicentre.y }, payload: { magnitude: 5.5, depth: 10_000, strike: 40 } };
    const bad = (change: Record<string, unknown>) => {
      const r = checkScriptInject({ ...base, ...change }, 'as-1', 0, quake, []);
      expect('field' in r, JSON.stringify(change)).toBe(true);
      return scriptProblemText(r as { field: string; code: string }, 'zh');
    };
    expect('field' in checkScriptInject(base, 'as-1', 0, quake, [])).toBe(false);
    expect(bad({ payload: { ...base.payload, magnitude: 9.5 } })).toBe('「震级」：震级须在 4–8.5 级之间');
    expect(bad({ payload: { ...base.payload, depth: 150_000 } })).toBe('「震源深度」：震源深度须在 0–100 千米之间');
    expect(bad({ payload: { ...base.payload, strike: 400 } })).toBe('「断层走向」：断层走向须在 0–360 度之间');
    expect(bad({ t: 60 })).toBe('「时间」：余震须在主震之后');
    expect(bad({ target: { x: -5000, y: 0 } })).toBe('「目标位置」：位置不在本区范围内');
    const noQuake = checkScriptInject(base, 'as-1', 0, s, []);
    expect(scriptProblemText(noQuake as { field: string; code: string }, 'zh')).toBe('「类型」：本想定没有地震，不能注入余震');
    expect(scriptProblemText({ field: 'payload.magnitude', code: 'badMagnitude' }, 'en')).toBe('magnitude: Ms 4–8.5');
  });

  it('shows each shipped inject as a table row without ids, its expected response in full', () => {
    for (const inj of s.injects) {
      const r = scriptRow(s, inj, 'zh', s.injects, null);
      const shown = [r.when, r.kind, r.target, r.perceivedBy, r.party, r.text, r.expected].join('|');
      expect(shown, inj.id).not.toContain(inj.id);
      expect(r.expected).toBe(inj.expected?.zh ?? '');
    }
    const cond = scriptRow(s, s.injects.find((i) => i.id === 'dongtaoliang-unmoved')!, 'zh', s.injects, null);
    expect(cond.when).toBe('07-16 09:00 起，当东桃梁村仍有 20 人以上处于危险');
    expect(cond.perceivedBy).toBe('北岭镇');
  });
});
