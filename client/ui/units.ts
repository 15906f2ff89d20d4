// 队伍: the units this role sees with status, destination, ETA and task; supply convoys. A click
// shows the unit on the map.
import { patch } from './patch.ts';
import { h, render } from './dom.ts';
import { lt, t, taskText, tx, currentLang } from '../i18n.ts';
import { itemsText, placeName, statusName, teamTypeName } from '../../presentation/text/names.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import type { Store } from '../session/store.ts';
import type { Pick } from '../map/mapView.ts';

const ORDER = ['stranded', 'enRoute', 'turningOut', 'onScene', 'atBase'];
const CSS: Record<string, string> = { atBase: '#1e40af', turningOut: '#0891b2', enRoute: '#c026d3', onScene: '#15803d', stranded: '#dc2626', loading: '#795548', arrived: '#15803d' };

export class UnitsPanel {
  readonly el = h('div', { class: 'panel units', 'data-testid': 'units' });
  private filter = h('input', { type: 'search', class: 'filter', placeholder: t('filter') });
  onFocus: (p: Pick) => void = () => {};

  constructor(private readonly store: Store) {
    this.filter.addEventListener('input', () => this.update());
    store.on('view', () => this.update());
    this.update();
  }

  update(): void {
    const view = this.store.view, s = this.store.scenario;
    if (!s) return;
    const q = this.filter.value.trim().toLowerCase();
    const units = (view?.units ?? []).filter((u) => !q || lt(u.name).toLowerCase().includes(q) || u.id.includes(q))
      .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.id.localeCompare(b.id));
    const counts = new Map<string, number>();
    for (const u of view?.units ?? []) counts.set(u.status, (counts.get(u.status) ?? 0) + 1);
    const convoys = view?.supplies.convoys.filter((c) => c.status !== 'arrived') ?? [];
    patch(this.el,
      h('div', { class: 'panel-head' }, h('h3', {}, t('units')), this.filter),
      h('div', { class: 'chips' }, ORDER.filter((st) => counts.get(st)).map((st) => h('span', { class: 'chip', style: `--c:${CSS[st]}` }, `${statusName(st, currentLang())} ${counts.get(st)}`))),
      units.length ? h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, h('th', {}, t('team')), h('th', {}, t('status')), h('th', {}, t('destination')), h('th', {}, t('eta')))),
        h('tbody', {}, units.map((u) => h('tr', { class: 'click', 'data-unit': u.id, 'data-key': u.id, onclick: () => this.onFocus({ kind: 'unit', id: u.id }) },
          h('td', {}, h('div', {}, lt(u.name)), h('small', {}, `${teamTypeName(u.type, currentLang())} · ${u.size}${t('people')}${u.task ? ` · ${taskText(u.task, u.taskLabel)}` : ''}`)),
          h('td', {}, h('span', { class: 'dot', style: `--c:${CSS[u.status]}` }), statusName(u.status, currentLang())),
          h('td', {}, u.destination ? placeName(s, u.destination, currentLang()) : '—'),
          h('td', {}, u.eta !== null ? clockLabel(s, u.eta) : '—'))))) : h('p', { class: 'empty' }, t('noUnits')),
      convoys.length ? h('h4', {}, t('convoys')) : null,
      convoys.length ? h('table', { class: 'grid' }, h('tbody', {}, convoys.map((c) => h('tr', { class: 'click', 'data-key': c.id, onclick: () => this.onFocus({ kind: 'convoy', id: c.id }) },
        h('td', {}, `${placeName(s, c.depot, currentLang())} → ${placeName(s, c.to, currentLang())}`, h('br'), h('small', {}, itemsText(c.items, currentLang()))),
        h('td', {}, h('span', { class: 'dot', style: `--c:${CSS[c.status] ?? '#555'}` }), statusName(c.status, currentLang())),
        h('td', {}, c.eta !== null ? clockLabel(s, c.eta) : '—'))))) : null,
      !units.length && !convoys.length && view && !view.units.length ? h('p', { class: 'hint' }, tx('队伍出现在这里：本角色指挥的，以及派到本辖区的。', 'Units appear here: those this role commands and those sent into its area.')) : null);
  }
}
