// 降雨过程 — a small hyetograph editor: steps of (hours after the inject, mm/h) as rows of number
// fields, drawn as bars, so a director writes the rain that really falls without any JSON.
import { h, render } from '../dom.ts';
import { tx } from '../../i18n.ts';

export class Hyetograph {
  readonly el = h('div', { class: 'hyetograph', 'data-testid': 'hyetograph' });
  private steps: [number, number][];

  /** `series`: [seconds after the inject, mm/h] steps. */
  constructor(series: [number, number][], private readonly onChange: () => void) {
    this.steps = series.length ? series.map(([t, r]) => [t / 3600, r]) : [[0, 30], [1, 50], [2, 20], [3, 0]];
    this.paint();
  }

  /** The series in seconds, as the inject carries it. */
  series(): [number, number][] {
    return this.steps.map(([hr, r]) => [Math.round(hr * 3600), r]);
  }

  private paint(): void {
    const max = Math.max(10, ...this.steps.map(([, r]) => r));
    const bars = h('div', { class: 'bars' }, this.steps.map(([, r]) => h('span', { class: 'bar', style: `height:${Math.round((40 * r) / max)}px`, title: `${r} mm/h` })));
    render(this.el, bars,
      h('table', { class: 'grid small' },
        h('thead', {}, h('tr', {}, h('th', {}, tx('开始后（小时）', 'hours after')), h('th', {}, tx('雨强（mm/h）', 'mm/h')), h('th', {}))),
        h('tbody', {}, this.steps.map(([hr, r], k) => {
          const at = h('input', { type: 'number', step: '0.5', min: '0', value: hr, class: 'num', 'data-step': `t${k}` }) as HTMLInputElement;
          const rate = h('input', { type: 'number', step: '1', min: '0', max: '500', value: r, class: 'num', 'data-step': `r${k}` }) as HTMLInputElement;
          at.addEventListener('input', () => { this.steps[k][0] = Number(at.value); this.onChange(); });
          rate.addEventListener('input', () => { this.steps[k][1] = Number(rate.value); this.onChange(); });
          rate.addEventListener('change', () => this.paint());
          return h('tr', {}, h('td', {}, at), h('td', {}, rate),
            h('td', {}, h('button', { type: 'button', class: 'small', onclick: () => { this.steps.splice(k, 1); this.paint(); this.onChange(); } }, tx('删', 'remove'))));
        }))),
      h('button', { type: 'button', class: 'small', onclick: () => {
        const last = this.steps[this.steps.length - 1];
        this.steps.push([last ? last[0] + 1 : 0, 0]);
        this.paint(); this.onChange();
      } }, tx('加一段', 'add a step')));
  }
}
