// 态势: the picture this role holds — response level, casualty and evacuation figures (for the
// chief: as reported to it), water and rain monitoring, fires, flooded places, outages, supplies.
import { patch } from './patch.ts';
import { h, render } from './dom.ts';
import { lt, t, tx, currentLang } from '../i18n.ts';
import { fireName, gaugeAlarming, gaugeReading, itemsText, levelName, outageName, placeName, reservoirStateName, roleName } from '../../presentation/text/names.ts';
import { reservoirState } from '../../presentation/text/reservoirState.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import type { Store } from '../session/store.ts';
import type { Pick } from '../map/mapView.ts';

export class SituationPanel {
  readonly el = h('div', { class: 'panel situation', 'data-testid': 'situation' });
  onFocus: (p: Pick) => void = () => {};

  constructor(private readonly store: Store) {
    store.on('view', () => this.update());
    this.update();
  }

  update(): void {
    const v = this.store.view, s = this.store.scenario;
    if (!v || !s) { render(this.el, h('p', { class: 'empty' }, t('loading'))); return; }
    const sit = v.situation;
    const figs = sit ? (['dead', 'injured', 'trapped', 'evacuated', 'missing'] as const).filter((k) => sit.figures[k] !== undefined) : [];
    const place = (id: string, kind: string) => h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); this.onFocus({ kind: 'place', id, placeKind: kind }); } }, placeName(s, id, currentLang()));
    patch(this.el,
      h('div', { class: 'panel-head' }, h('h3', {}, t('situation'))),
      v.truth ? h('p', { class: 'hint truth' }, t('truthNote')) : null,
      h('div', { class: 'kv' }, h('span', {}, t('responseLevel')), h('b', { class: `level level-${v.responseLevel}`, 'data-testid': 'response-level' }, levelName(v.responseLevel, currentLang()))),
      sit && figs.length ? h('div', { class: 'figures', 'data-testid': 'figures' }, figs.map((k) => h('div', { class: `fig fig-${k}` }, h('b', {}, String(sit.figures[k] ?? 0)), h('small', {}, t(k))))) : null,
      sit ? h('div', { class: 'hint' }, `${t('figuresSource')}：${sit.source === 'truth' ? tx('真实数据', 'the truth') : sit.source === 'own' ? tx('本辖区村报告', 'own villages') : figs.length ? tx('各方上报（以最新一次为准）', 'reports received (latest from each)') : tx('尚无各方上报的灾情数字', 'no figures reported yet')}`) : null,
      sit?.reportedBy?.length ? h('table', { class: 'grid small' }, h('tbody', {}, sit.reportedBy.map((r) => h('tr', {}, h('td', {}, roleName(s, r.from, currentLang())), h('td', {}, clockLabel(s, r.t)), h('td', {}, Object.entries(r.figures).map(([k, n]) => `${t(k as 'dead')} ${n}`).join(' · ')))))) : null,
      v.gauges.length || v.reservoirs.length ? h('h4', {}, t('monitoring')) : null,
      v.reservoirs.length ? h('table', { class: 'grid small' }, h('tbody', {}, v.reservoirs.map((r) => {
        const def = s.reservoirs.find((x) => x.id === r.id);
        const st = reservoirState(s, r.id, r.level, r.overtopping);
        return h('tr', { class: st !== 'normal' ? 'warn' : '', 'data-key': r.id, 'data-reservoir-state': st }, h('td', {}, place(r.id, 'reservoir')), h('td', {}, `${r.level} m`), h('td', {}, def ? `${tx('汛限', 'limit')} ${def.floodLimitLevel} m` : ''), h('td', {}, `${tx('出库', 'out')} ${r.outflow} m³/s`), h('td', {}, reservoirStateName(st, currentLang())));
      }))) : null,
      v.gauges.length ? h('table', { class: 'grid small' }, h('tbody', {}, v.gauges.filter((g) => gaugeAlarming(s, g.id, g.level, g.state)).concat(v.gauges.filter((g) => !gaugeAlarming(s, g.id, g.level, g.state))).slice(0, 12).map((g) =>
        h('tr', { class: gaugeAlarming(s, g.id, g.level, g.state) ? 'warn' : '', 'data-key': g.id }, h('td', {}, place(g.id, 'gauge')), h('td', {}, `${g.level.toFixed(2)} m`), h('td', {}, gaugeReading(s, g.id, g.level, g.state, currentLang())))))) : null,
      v.fires.length ? h('h4', {}, t('fires')) : null,
      v.fires.length ? h('table', { class: 'grid small' }, h('tbody', {}, v.fires.map((f) => h('tr', { class: 'click', onclick: () => this.onFocus({ kind: 'fire', id: f.id }) },
        h('td', {}, fireName(f.id, currentLang())), h('td', {}, f.detected !== null ? `${tx('发现', 'found')} ${clockLabel(s, f.detected)}` : tx('未发现', 'undetected')), h('td', {}, `${f.burnedHa.toFixed(0)} ha`), h('td', {}, `${tx('燃烧', 'burning')} ${f.burningHa.toFixed(0)} ha`))))) : null,
      v.flooded.length ? h('h4', {}, `${tx('受淹地点', 'Flooded places')} (${v.flooded.length})`) : null,
      v.flooded.length ? h('div', { class: 'tags' }, v.flooded.slice(0, 60).map((f) => h('span', { class: 'tagchip' }, place(f.place, 'village'), ` ${f.depth.toFixed(1)} m`))) : null,
      v.streetFloods?.length ? h('h4', {}, tx('爆管路面积水', 'Street water at the burst')) : null,
      v.streetFloods?.length ? h('table', { class: 'grid small', 'data-testid': 'street-floods' }, h('tbody', {}, v.streetFloods.map((f) => h('tr', { class: f.length > 0 ? 'warn' : '', 'data-key': f.burst },
        h('td', {}, `${tx('爆管处水深', 'at the burst')} ${f.depth.toFixed(2)} m`), h('td', {}, `${tx('最深', 'deepest')} ${f.deepest.toFixed(2)} m`), h('td', {}, `${tx('积水超30厘米路段', 'street over 30 cm')} ${f.length} m`))))) : null,
      v.outages.length ? h('h4', {}, tx('断电断网断水', 'Outages')) : null,
      v.outages.length ? h('div', { class: 'tags' }, v.outages.slice(0, 40).map((o) => h('span', { class: 'tagchip' }, placeName(s, o.place, currentLang()), ' ', o.services.map((x) => outageName(x, currentLang())).join('/')))) : null,
      v.supplies.depots.length ? h('h4', {}, t('supplies')) : null,
      v.supplies.depots.length ? h('table', { class: 'grid small' }, h('tbody', {}, v.supplies.depots.map((d) => h('tr', {}, h('td', {}, place(d.id, 'depot')), h('td', {}, itemsText(d.stocks, currentLang())))))) : null,
      v.supplies.sites.length ? h('table', { class: 'grid small' }, h('thead', {}, h('tr', {}, h('th', {}, tx('安置点', 'Site')), h('th', {}, t('people')), h('th', {}, tx('首批物资', 'First supplies')), h('th', {}, tx('生活保障', 'Secured')))),
        h('tbody', {}, v.supplies.sites.map((x) => h('tr', {}, h('td', {}, placeName(s, x.place, currentLang())), h('td', {}, String(x.people)), h('td', {}, x.firstSuppliesAt !== null ? clockLabel(s, x.firstSuppliesAt) : '—'), h('td', {}, x.securedAt !== null ? clockLabel(s, x.securedAt) : '—'))))) : null,
      h('p', { class: 'hint' }, lt(s.description)));
  }
}
