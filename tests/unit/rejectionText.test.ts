// A refused order reads in Chinese: the core's rejection carries what was wrong as data
// (RejectionDetail) and the one wording table names the depot, the supply and the numbers;
// the core's English message never reaches a Chinese screen.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { rejectionText } from '../../presentation/text/rejectionText.ts';
import { leaks } from '../e2e/visibleTextRules.ts';

let s: Scenario;
beforeAll(() => { s = loadScenario('scenarios/demo-district'); });

function refuse(cmd: Record<string, unknown>) {
  const sim = createSim(s, { seed: 1 });
  const r = sim.apply(cmd as never);
  if (r.ok) throw new Error('expected a rejection');
  return { error: r.reason, message: r.message, detail: r.detail };
}

describe('rejection wording', () => {
  it('names the depot, the supply and both numbers when a depot is short', () => {
    const depot = s.depots[0];
    const r = refuse({ type: 'allocateSupplies', role: 'chief', depot: depot.id, to: s.shelters[0].id, items: { tents: 1_000_000 } });
    expect(r.detail?.code).toBe('depotShort');
    const zh = rejectionText(s, r, 'zh');
    expect(zh.title).toBe('数值超出范围');
    expect(zh.detail).toContain(depot.name.zh);
    expect(zh.detail).toMatch(/只有帐篷 \d+ 顶，不够调拨 1000000 顶/);
    expect(leaks(`${zh.title}${zh.detail}`)).toEqual([]);
    expect(rejectionText(s, r, 'en').detail).toContain('tents');
  });

  it('says the response level already stands', () => {
    const r = refuse({ type: 'setResponseLevel', role: 'chief', level: 'none' });
    expect(rejectionText(s, r, 'zh')).toEqual({ title: '没有变化', detail: '应急响应已是未启动' });
  });

  it('shows only the reason’s name in Chinese when the core gave no detail, never its English message', () => {
    const r = refuse({ type: 'dispatch', role: 'chief', unit: 'no-such-team', to: { place: s.villages[0].id }, task: 'rescue' });
    expect(r.detail).toBeUndefined();
    expect(rejectionText(s, r, 'zh')).toEqual({ title: '没有这支队伍', detail: '' });
    expect(rejectionText(s, r, 'en').detail).toBe(r.message);
  });

  it('names a village outside the township and the township', () => {
    const own = s.townships[0].id;
    const foreign = s.villages.find((v) => v.township !== own)!;
    const r = refuse({ type: 'orderEvacuation', role: `township:${own}`, villages: [foreign.id] });
    const zh = rejectionText(s, r, 'zh');
    expect(zh.detail).toBe(`${foreign.name.zh}不属于${s.townships[0].name.zh}`);
  });
});
