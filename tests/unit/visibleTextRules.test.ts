// The visible-text rule of the e2e walk: what counts as internal text on a zh-CN screen.
import { describe, expect, it } from 'vitest';
import { leaks } from '../e2e/visibleTextRules.ts';

describe('visible-text rule', () => {
  it('allows units, numbers, times and route numbers', () => {
    expect(leaks('云岭水库 水位 151.1 m（正常），出库 120 m³/s；过火 3.2 ha；东 12.3 公里；07-16 06:00:00 D1 00:00:00；县道X002 白坎村段；国道G101；降雨 50 mm/h；12 km；4 h；得分 80%；P/S/M/U')).toEqual([]);
  });
  it('finds paths, file names, English words and ids', () => {
    const found = leaks('参照 seeds/004（四）；DOMAIN.md 时限；items.tents: depot-district holds 600；导调 injectNow；注入 adhoc-263；协助转移 evacuate；hupan-beiliwo；dispatch（noRoute）；推演 tuiyan');
    const tokens = found.map((x) => x.slice(1, x.indexOf('»')));
    for (const t of ['seeds/004', 'DOMAIN.md', 'injectNow', 'adhoc-263', 'evacuate', 'hupan-beiliwo', 'dispatch', 'noRoute', 'tuiyan', 'depot-district', 'holds']) expect(tokens).toContain(t);
  });
});

describe('visible-text rule: standards', () => {
  it('allows the codes of national and industry standards', () => {
    expect(leaks('依据 GB/T 46792-2025 附录 E、AQ/T 9009-2015 7.4 编制')).toEqual([]);
  });
});

describe('visible-text rule: units after numbers', () => {
  it('allows 50mm/h and 4h, not a word that starts with a unit', () => {
    expect(leaks('0h 50mm/h → 1h 65mm/h')).toEqual([]);
    expect(leaks('hupan').length).toBe(1);
  });
});
