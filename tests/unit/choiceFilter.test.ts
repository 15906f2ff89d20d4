// The filtered select of the order forms: typing in the filter never leaves a hidden option
// chosen (调拨物资 → 送往, typing 石门中心 once kept 云城中心小学应急避难场所 and sent the
// supplies there), and a checklist never filters away what is already ticked.
import { describe, expect, it } from 'vitest';
import { checklistRows, filterChoice, matchesFilter } from '../../client/ui/choiceFilter.ts';

const places = [
  { id: 'shelter-yuncheng-school', label: '云城中心小学应急避难场所', group: '避难场所' },
  { id: 'shelter-shimen-school', label: '石门中心小学应急避难场所', group: '避难场所' },
  { id: 'shimen', label: '石门镇', group: '乡镇' },
  { id: 'hupan-beiliwo', label: '北里窝村', group: '村' },
];

describe('filterChoice', () => {
  it('moves the choice to the first match when the filter hides the old one', () => {
    const r = filterChoice(places, '石门中心', 'shelter-yuncheng-school', false);
    expect(r.shown.map((o) => o.id)).toEqual(['shelter-shimen-school']);
    expect(r.value).toBe('shelter-shimen-school');
  });

  it('clears the choice when nothing matches', () => {
    expect(filterChoice(places, '不存在的地方', 'shelter-yuncheng-school', false)).toEqual({ shown: [], value: '' });
    expect(filterChoice(places, '不存在的地方', 'shelter-yuncheng-school', true).value).toBe('');
  });

  it('keeps the choice while it is still shown', () => {
    expect(filterChoice(places, '石门', 'shimen', false).value).toBe('shimen');
    expect(filterChoice(places, '', 'hupan-beiliwo', true).value).toBe('hupan-beiliwo');
  });

  it('with no filter, a blank entry stays blank and a list without one starts on its first option', () => {
    expect(filterChoice(places, '', '', true).value).toBe('');
    expect(filterChoice(places, '  ', '', false).value).toBe('shelter-yuncheng-school');
  });

  it('matches by Chinese name or group, not by a part of an English id', () => {
    expect(matchesFilter(places[3], '村')).toBe(true);
    expect(matchesFilter(places[3], '避难')).toBe(false);
    expect(matchesFilter(places[3], 'hupan')).toBe(false);
    expect(filterChoice(places, '乡镇', '', true).value).toBe('shimen');
  });
});

describe('checklistRows', () => {
  it('puts ticked options first and never filters them away', () => {
    const rows = checklistRows(places, '石门', new Set(['hupan-beiliwo']));
    expect(rows.map((o) => o.id)).toEqual(['hupan-beiliwo', 'shelter-shimen-school', 'shimen']);
  });
});
