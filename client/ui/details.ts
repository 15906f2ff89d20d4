// The card over the map for what was clicked: a unit, a village, a shelter, a depot, a fire, a
// road — what this role knows of it, and buttons that put it into an order form.
import { h } from './dom.ts';
import { patch } from './patch.ts';
import { lt, t, taskText, tx, currentLang } from '../i18n.ts';
import { reservoirLines, reservoirState } from '../../presentation/text/reservoirState.ts';
import { closureReasonName, gaugeReading, reservoirStateName, itemsText, outageName, placeName, statusName, teamTypeName, fireName } from '../../presentation/text/names.ts';
import { nodeName, roadName } from '../../presentation/text/roadNames.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import type { Store } from '../session/store.ts';
import type { Pick } from '../map/mapView.ts';
import type { PlaceStatus } from '../map/placeStatus.ts';

export interface DetailAction { label: string; run: () => void; testid?: string }

export class DetailsCard {
  readonly el = h('div', { class: 'details-card hidden', 'data-testid': 'details' });
  private pick: Pick | null = null;
  actionsFor: (p: Pick) => DetailAction[] = () => [];
  status: () => PlaceStatus | null = () => null;
  onClose: () => void = () => {};

  constructor(private readonly store: Store) {
    store.on('view', () => { if (this.pick) this.paint(); });
  }

  show(p: Pick | null): void {
    this.pick = p;
    this.paint();
  }

  private paint(): void {
    const p = this.pick, s = this.store.scenario, v = this.store.view;
    if (!p || !s) { this.el.classList.add('hidden'); return; }
    this.el.classList.remove('hidden');
    let title = '', rows: [string, string][] = [];
    if (p.kind === 'unit') {
      const u = v?.units.find((x) => x.id === p.id);
      title = u ? lt(u.name) : p.id;
      if (u) rows = [[tx('类型', 'Type'), `${teamTypeName(u.type, currentLang())} · ${u.size}${t('people')}`], [t('status'), statusName(u.status, currentLang())], [t('destination'), u.destination ? placeName(s, u.destination, currentLang()) : '—'], [t('eta'), u.eta !== null ? clockLabel(s, u.eta) : '—'], [t('task'), taskText(u.task, u.taskLabel) || '—'], [tx('隶属', 'Owner'), u.owner === 'district' ? tx('区级', 'district') : placeName(s, u.owner, currentLang())]];
    } else if (p.kind === 'convoy') {
      const c = v?.supplies.convoys.find((x) => x.id === p.id);
      title = t('convoys');
      if (c) rows = [[t('depot'), placeName(s, c.depot, currentLang())], [t('to'), placeName(s, c.to, currentLang())], [t('status'), statusName(c.status, currentLang())], [t('items'), itemsText(c.items, currentLang())], [t('eta'), c.eta !== null ? clockLabel(s, c.eta) : '—']];
    } else if (p.kind === 'fire') {
      const f = v?.fires.find((x) => x.id === p.id);
      title = fireName(p.id, currentLang());
      if (f) rows = [[tx('发现', 'Detected'), f.detected !== null ? clockLabel(s, f.detected) : '—'], [tx('过火面积', 'Burned'), `${f.burnedHa.toFixed(1)} ha`], [tx('燃烧面积', 'Burning'), `${f.burningHa.toFixed(1)} ha`]];
    } else if (p.kind === 'edge') {
      const closure = v?.closures.find((c) => c.edge === p.edge);
      title = roadName(s, p.edge, currentLang());
      const why = closure ? closureReasonName(closure.reason, currentLang()) : '';
      rows = [[t('status'), closure ? tx(`中断（${why}）`, `closed (${why})`) : tx('通行', 'open')]];
    } else if (p.kind === 'point') {
      title = tx('地图位置', 'Map position');
      rows = [[tx('坐标', 'Position'), tx(`东 ${(p.x / 1000).toFixed(1)} 公里，北 ${(p.y / 1000).toFixed(1)} 公里`, `${(p.x / 1000).toFixed(1)} km east, ${(p.y / 1000).toFixed(1)} km north`)], [tx('最近道路', 'Nearest road'), nodeName(s, p.node, currentLang())]];
    } else {
      title = placeName(s, p.id, currentLang());
      rows = this.placeRows(p.id, p.placeKind);
    }
    const actions = this.actionsFor(p);
    patch(this.el,
      h('div', { class: 'card-head' }, h('b', {}, title), h('button', { class: 'ghost close', title: t('close'), onclick: () => { this.show(null); this.onClose(); } }, '×')),
      h('table', { class: 'kvt' }, h('tbody', {}, rows.map(([k, val]) => h('tr', {}, h('th', {}, k), h('td', {}, val))))),
      actions.length ? h('div', { class: 'card-actions' }, actions.map((a) => h('button', { class: 'small', onclick: a.run, 'data-testid': a.testid ?? null }, a.label))) : null);
  }

  private placeRows(id: string, kind: string): [string, string][] {
    const s = this.store.scenario!, v = this.store.view;
    const flooded = v?.flooded.find((f) => f.place === id);
    const out: [string, string][] = [];
    if (kind === 'village') {
      const vil = s.villages.find((x) => x.id === id)!;
      const st = this.status()?.villageStatus(id, v) ?? 'none';
      out.push([t('township'), placeName(s, vil.township, currentLang())], [t('population'), `${vil.population}（${vil.households} ${tx('户', 'households')}）`], [t('atRisk'), `${vil.atRisk.people}（${vil.atRisk.households} ${tx('户', 'households')}）`],
        [t('status'), { none: tx('未预警', 'not warned'), warned: t('warned'), evacuating: t('evacuating'), evacuated: t('evacuated'), inDanger: t('inDanger') }[st]]);
      const f = this.status()?.villageFacts(id);
      if (f && (f.arrived || f.rescued)) out.push([t('evacuated'), `${f.arrived + f.rescued} ${t('people')}`]);
    } else if (kind === 'shelter') {
      const sh = s.shelters.find((x) => x.id === id)!;
      const occ = this.status()?.shelterOccupancy(id, v) ?? 0;
      out.push([t('township'), placeName(s, sh.township, currentLang())], [t('capacity'), `${occ} / ${sh.capacity} ${t('people')}`]);
      const site = v?.supplies.sites.find((x) => x.place === id);
      if (site) out.push([t('supplies'), itemsText(site.stocks, currentLang()) || '—']);
    } else if (kind === 'depot') {
      const d = v?.supplies.depots.find((x) => x.id === id);
      out.push([t('stocks'), d ? itemsText(d.stocks, currentLang()) : tx('（本角色不掌握）', '(not known to this role)')]);
    } else if (kind === 'reservoir') {
      const r = s.reservoirs.find((x) => x.id === id)!;
      const st = v?.reservoirs.find((x) => x.id === id);
      const lines = reservoirLines(s, id)!;
      out.push([tx('水位', 'Level'), st ? `${st.level} m（${reservoirStateName(reservoirState(s, id, st.level, st.overtopping), currentLang())}）` : '—'], [tx('汛限水位', 'Flood limit'), `${r.floodLimitLevel} m`], [tx('警戒水位', 'Warning level'), `${lines.warning} m`], [tx('设计洪水位', 'Design flood level'), `${lines.design} m`], [tx('坝顶', 'Crest'), `${r.damCrest} m`], [tx('出库流量', 'Outflow'), st ? `${st.outflow} m³/s` : '—']);
    } else if (kind === 'gauge') {
      const g = s.gauges.find((x) => x.id === id)!;
      const st = v?.gauges.find((x) => x.id === id);
      out.push([tx('水位', 'Level'), st ? `${st.level.toFixed(2)} m（${gaugeReading(s, id, st.level, st.state, currentLang())}）` : '—'], g.on === 'reservoir' ? [tx('汛限/设计', 'Flood limit/design'), `${g.warningLevel} / ${g.dangerLevel} m`] : [tx('警戒/保证', 'Warning/danger'), `${g.warningLevel} / ${g.dangerLevel} m`]);
    } else if (kind === 'camera') {
      const c = s.cameras.find((x) => x.id === id)!;
      out.push([tx('监控半径', 'Range'), `${(c.range / 1000).toFixed(1)} km`]);
    } else if (kind === 'teamBase') {
      const here = v?.units.filter((u) => s.teams.find((tm) => tm.id === u.id)?.base === id) ?? [];
      out.push([t('units'), here.map((u) => `${lt(u.name)}（${statusName(u.status, currentLang())}）`).join('；') || '—']);
    }
    if (flooded) out.push([t('flooded'), `${flooded.depth.toFixed(2)} m`]);
    const outage = v?.outages.find((o) => o.place === id);
    if (outage) out.push([tx('中断', 'Cut'), outage.services.map((x) => outageName(x, currentLang())).join(tx('、', ', '))]);
    return out;
  }
}
