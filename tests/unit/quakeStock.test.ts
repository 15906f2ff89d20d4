// 房屋结构类型 by village: a scenario gives a village's building stock on its row (as a bureau's
// village register carries it) or for the day in earthquake.stock; shares that do not add to 1 are
// refused with the village and the field named, in the scenario and in the register; and the
// shares given are the ones the main shock damages.
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../scenarios/resolve.ts';
import { formatProblem, type Problem } from '../../scenarios/problems.ts';
import { miniScenarioJson } from '../fixtures/miniScenario.ts';
import { buildRegisters, readRegister, type TableIn } from '../../scenarios/import/registers.ts';
import { registerTables } from '../../scenarios/export/registerRows.ts';
import { villageStock, DEFAULT_STOCK } from '../../sim-core/hazards/quake/buildingStock.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { createSim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';

const QUAKE = { magnitude: 6.5, epicentre: { x: 1500, y: 1500 }, depth: 10000, strike: 50, t: '10m' };

function problemsOf(mutate: (j: any) => void): string[] {
  const json = miniScenarioJson();
  mutate(json);
  const r = validateScenarioText(JSON.stringify(json), 'mini/scenario.json');
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('building stock in the scenario', () => {
  it('accepts shares on a village row and in the earthquake block', () => {
    expect(problemsOf((j) => {
      j.villages[0].stock = { rc: 0.1, brickConcrete: 0.3, brickTimber: 0.4, adobeTimber: 0.2 };
      j.earthquake = { ...QUAKE, stock: { villages: { v1: { rc: 0.5, brickConcrete: 0.5, brickTimber: 0, adobeTimber: 0 } }, townships: { town1: { rc: 0.25, brickConcrete: 0.25, brickTimber: 0.25, adobeTimber: 0.25 } } }, satellitePhones: ['v1'], intensityMapAt: '1h' };
    })).toEqual([]);
  });

  it('refuses shares that do not add to 1, naming the village and the field', () => {
    expect(problemsOf((j) => { j.villages[0].stock = { rc: 0.1, brickConcrete: 0.3, brickTimber: 0.3, adobeTimber: 0.2 }; })).toEqual([
      'mini/scenario.json:villages[0].stock: the building-stock shares of village "v1" add to 0.9, not 1 (钢混 rc + 砖混 brickConcrete + 砖木 brickTimber + 土木 adobeTimber)',
    ]);
    expect(problemsOf((j) => { j.earthquake = { ...QUAKE, stock: { villages: { v1: { rc: 0.6, brickConcrete: 0.6, brickTimber: 0, adobeTimber: 0 } } } }; })).toEqual([
      'mini/scenario.json:earthquake.stock.villages.v1: the building-stock shares of village "v1" add to 1.2, not 1 (钢混 rc + 砖混 brickConcrete + 砖木 brickTimber + 土木 adobeTimber)',
    ]);
    expect(problemsOf((j) => { j.villages[0].stock = { rc: 1.5, brickConcrete: 0, brickTimber: 0, adobeTimber: 0 }; })[0])
      .toMatch(/^mini\/scenario\.json:villages\[0\]\.stock\.rc: a share is 0–1/);
    expect(problemsOf((j) => { j.villages[0].stock = { rc: 1 }; })[0]).toMatch(/^mini\/scenario\.json:villages\[0\]\.stock\.brickConcrete: /);
  });

  it('refuses a village or township the earthquake block names that does not exist', () => {
    expect(problemsOf((j) => {
      j.earthquake = { ...QUAKE, intensityMapAt: '5m', satellitePhones: ['v9'], stock: { villages: { v8: { rc: 1, brickConcrete: 0, brickTimber: 0, adobeTimber: 0 } }, townships: { town9: { rc: 1, brickConcrete: 0, brickTimber: 0, adobeTimber: 0 } } } };
    })).toEqual(expect.arrayContaining([
      'mini/scenario.json:earthquake.stock.villages.v8: no village "v8"',
      'mini/scenario.json:earthquake.stock.townships.town9: no township "town9"',
      'mini/scenario.json:earthquake.satellitePhones[0]: no village "v9"',
      'mini/scenario.json:earthquake.intensityMapAt: the intensity map is published at 300 s, before the shock at 600 s',
    ]));
  });

  it('takes the day\'s village override, then the row, then the day\'s township, then the default', () => {
    const row = { rc: 0.1, brickConcrete: 0.3, brickTimber: 0.4, adobeTimber: 0.2 };
    const day = { rc: 1, brickConcrete: 0, brickTimber: 0, adobeTimber: 0 };
    const town = { rc: 0, brickConcrete: 0, brickTimber: 0, adobeTimber: 1 };
    const v = { id: 'v1', township: 't1', stock: row };
    expect(villageStock({ villages: { v1: day }, townships: { t1: town } }, v, false, 500)).toBe(day);
    expect(villageStock({ townships: { t1: town } }, v, false, 500)).toBe(row);
    expect(villageStock({ townships: { t1: town } }, { id: 'v1', township: 't1' }, false, 500)).toBe(town);
    expect(villageStock(undefined, { id: 'v1', township: 't1' }, false, 500)).toBe(DEFAULT_STOCK.mountain);
  });
});

describe('building stock and satellite phones in the village register', () => {
  const table = (rows: Record<string, string>[]): TableIn => ({
    file: 'registers/villages.csv',
    headers: ['编号', '村名', '所属乡镇', '人口', '户数', '钢混', '砖混', '砖木', '土木', '卫星电话'],
    rows: rows.map((cells, k) => ({ row: k + 2, cells: { 所属乡镇: '东河镇', 人口: '300', 户数: '100', ...cells } })),
  });
  const townships: TableIn = { file: 'registers/townships.csv', headers: ['编号', '乡镇名称'], rows: [{ row: 2, cells: { 编号: 'town1', 乡镇名称: '东河镇' } }] };
  function build(t: TableIn) {
    const problems: Problem[] = [];
    const tw = readRegister('townships', townships, {}, null, problems);
    const vs = readRegister('villages', t, {}, null, problems);
    const r = buildRegisters({ townships: { file: townships.file, recs: tw }, villages: { file: t.file, recs: vs } }, problems);
    return { villages: r.villages, problems: problems.map(formatProblem) };
  }

  it('reads the shares and the phone onto the village row', () => {
    const { villages, problems } = build(table([
      { 编号: 'v1', 村名: '上游村', 钢混: '0.05', 砖混: '0.35', 砖木: '0.4', 土木: '0.2', 卫星电话: '1' },
      { 编号: 'v2', 村名: '下游村', 钢混: '0.5', 砖混: '0.5', 砖木: '', 土木: '', 卫星电话: '' },
      { 编号: 'v3', 村名: '中游村', 钢混: '', 砖混: '', 砖木: '', 土木: '', 卫星电话: '0' },
    ]));
    expect(problems).toEqual([]);
    expect(villages.map((v) => [v.id, v.stock, v.satellitePhone])).toEqual([
      ['v1', { rc: 0.05, brickConcrete: 0.35, brickTimber: 0.4, adobeTimber: 0.2 }, true],
      ['v2', { rc: 0.5, brickConcrete: 0.5, brickTimber: 0, adobeTimber: 0 }, undefined],
      ['v3', undefined, undefined],
    ]);
  });

  it('refuses a row whose shares do not add to 1 or a share above 1, naming file, row and columns', () => {
    const { villages, problems } = build(table([
      { 编号: 'v1', 村名: '上游村', 钢混: '0.05', 砖混: '0.35', 砖木: '0.4', 土木: '0.1' },
      { 编号: 'v2', 村名: '下游村', 钢混: '45', 砖混: '55', 砖木: '0', 土木: '0' },
    ]));
    expect(problems).toEqual([
      'registers/villages.csv:2:钢混+砖混+砖木+土木: the building-stock shares of village "上游村" add to 0.9, not 1 (钢混 rc + 砖混 brickConcrete + 砖木 brickTimber + 土木 adobeTimber)',
      'registers/villages.csv:3:钢混: 45 is not a share 0–1 (write 45 % as 0.45)',
    ]);
    expect(villages).toEqual([]);
  });

  it('export writes the columns back, the day\'s own stock and phones included', () => {
    const json = miniScenarioJson() as any;
    json.villages.push({ ...json.villages[0], id: 'v2', name: { zh: '下游村' }, stock: { rc: 0.2, brickConcrete: 0.8, brickTimber: 0, adobeTimber: 0 } });
    json.earthquake = { ...QUAKE, satellitePhones: ['v1'], stock: { villages: { v1: { rc: 0, brickConcrete: 0, brickTimber: 0.5, adobeTimber: 0.5 } } } };
    const checked = validateScenarioText(JSON.stringify(json), 'mini/scenario.json');
    if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('\n'));
    const t = registerTables(checked.json, (x, y) => [x, y]).villages;
    const col = (h: string) => t.rows.map((r) => r[t.headers.indexOf(h)]);
    expect(col('钢混')).toEqual([0, 0.2]);
    expect(col('土木')).toEqual([0.5, 0]);
    expect(col('卫星电话')).toEqual([1, '']);
  });
});

describe('the shock damages the stock given', () => {
  it('a village of concrete frames is damaged less than the same village of adobe', () => {
    const base = loadScenario('scenarios/demo-district-quake');
    const v = 'songling-shiping';
    const run = (shares: Record<string, number>) => {
      const s: Scenario = { ...base, earthquake: { ...base.earthquake!, stock: { villages: { [v]: shares as any } } } };
      const sim = createSim(s, { seed: 1 });
      sim.advanceTo(base.earthquake!.t);
      return sim.state.entities.quake!.villages[v];
    };
    const rc = run({ rc: 1, brickConcrete: 0, brickTimber: 0, adobeTimber: 0 });
    const adobe = run({ rc: 0, brickConcrete: 0, brickTimber: 0, adobeTimber: 1 });
    expect(rc.intensity).toBe(adobe.intensity);
    expect(rc.damageIndex).toBeLessThan(adobe.damageIndex);
    expect(rc.homeless).toBeLessThan(adobe.homeless);
    expect(rc.buried).toBeLessThan(adobe.buried);
  }, 60_000);
});
