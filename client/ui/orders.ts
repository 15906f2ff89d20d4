// 指令: the orders this role may give, as forms chosen from lists and from the map. Each form
// builds a command of the core's union (sim-core/commands/command.ts), sends it, and shows the
// answer — with the reason when the server (or the core) rejects it.
import { h, render } from './dom.ts';
import { lt, t, taskKindName, tx, currentLang } from '../i18n.ts';
import { TASK_KINDS, type TaskKind } from '../../sim-core/forces/taskKinds.ts';
import { AnswerLine, Choice, field, MultiPick, numberField, type Option } from './widgets.ts';
import { zoneTierName } from '../../presentation/text/names.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import { channelName, levelName, placeName, reportKindName, roleName, supplyName, teamTypeName, warnName, WARN_CSS } from '../../presentation/text/names.ts';
import type { Store } from '../session/store.ts';
import type { Session } from '../session/session.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Pick } from '../map/mapView.ts';
import { SUPPLY_KINDS } from '../../sim-core/world/places.ts';
import { nodeName, roadsText } from '../../presentation/text/roadNames.ts';
import { REPORT_FIGURES } from '../../sim-core/state.ts';

type FormName = 'setResponseLevel' | 'issueWarning' | 'orderEvacuation' | 'openShelter' | 'dispatch' | 'recall' | 'allocateSupplies' | 'sendReport' | 'requestSupport' | 'releaseReservoir' | 'roads' | 'declineTask' | 'recallBoats' | 'trafficControl';

interface Form { name: FormName; el: HTMLElement; usePick?: (p: Pick) => boolean }

export class OrdersPanel {
  readonly el = h('div', { class: 'panel orders', 'data-testid': 'orders' });
  private forms: Form[] = [];
  private open = new Set<FormName>();
  /** Road edges picked on the map for a closure (the chief's traffic control). */
  pickedEdges: number[] = [];
  onEdges: (edges: number[]) => void = () => {};

  constructor(private readonly store: Store, private readonly session: Session) {
    this.build();
  }

  private get s(): Scenario { return this.store.scenario!; }
  private get role(): string { return this.store.role; }
  private get kind(): string { return this.role.split(':')[0]; }
  private get ownId(): string { return this.role.split(':')[1] ?? ''; }

  /** Rebuilds the forms (after a language switch). */
  build(): void {
    const k = this.kind;
    const forms: Form[] = [];
    if (k === 'chief') forms.push(this.levelForm(), this.warningForm(), this.evacuationForm(), this.shelterForm(), this.dispatchForm(), this.recallForm(), this.suppliesForm(), this.reportForm('sendReport'), this.reportForm('requestSupport'), this.reservoirForm(), this.roadsForm());
    else if (k === 'township') forms.push(this.warningForm(), this.evacuationForm(), this.shelterForm(), this.dispatchForm(), this.recallForm(), this.reportForm('sendReport'), this.reportForm('requestSupport'));
    // 渔船回港: only where the scenario has boats out (a typhoon day), and a township only its own.
    const fleets = (this.s.typhoon?.boats ?? []).filter((b) => k === 'chief' || (k === 'township' && b.township === this.ownId));
    if (fleets.length) forms.push(this.boatsForm(fleets.map((b) => b.township)));
    // 警戒区交通管制: the chief, where the scenario has a hazardous-chemical site.
    if (k === 'chief' && this.s.chemical) forms.push(this.zoneTrafficForm());
    // A team never recalls itself: it declines its task (with a reason) or reports; its chain of command recalls it.
    else if (k === 'team') forms.push(this.dispatchForm(), this.declineForm(), this.reportForm('sendReport'), this.reportForm('requestSupport'));
    this.forms = forms;
    if (!this.open.size && forms.length) { this.open.add(forms[0].name); (forms[0].el as HTMLDetailsElement).open = true; }
    render(this.el,
      h('div', { class: 'panel-head' }, h('h3', {}, t('orders'))),
      forms.length ? forms.map((f) => f.el) : h('p', { class: 'empty' }, this.kind === 'observer' ? t('observerNote') : tx('本角色不下达指令。', 'This role gives no orders.')));
  }

  /** Routes a map pick to the open form that can use it; true if one did. */
  usePick(p: Pick, purpose?: FormName): boolean {
    for (const f of this.forms) {
      if (purpose && f.name !== purpose) continue;
      if (!purpose && !this.open.has(f.name)) continue;
      if (f.usePick?.(p)) { this.openForm(f.name); return true; }
    }
    return false;
  }

  openForm(name: FormName): void {
    this.open.add(name);
    const f = this.forms.find((x) => x.name === name);
    if (f) { (f.el as HTMLDetailsElement).open = true; f.el.scrollIntoView({ block: 'nearest' }); }
  }

  hasForm(name: FormName): boolean { return this.forms.some((f) => f.name === name); }

  private shell(name: FormName, title: string, body: HTMLElement[], build: () => Record<string, unknown> | string, usePick?: (p: Pick) => boolean): Form {
    const answer = new AnswerLine();
    const send = h('button', { class: 'primary', type: 'submit' }, t('send'));
    const form = h('form', { class: 'order-form' }, ...body, h('div', { class: 'actions' }, send), answer.el);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const cmd = build();
      if (typeof cmd === 'string') { answer.error(cmd); return; }
      answer.sending();
      send.disabled = true;
      try { answer.show(await this.session.command(cmd)); } finally { send.disabled = false; }
    });
    const details = h('details', { class: 'order', 'data-testid': `form-${name}`, open: this.open.has(name) }, h('summary', {}, title), form);
    details.addEventListener('toggle', () => { if ((details as HTMLDetailsElement).open) this.open.add(name); else this.open.delete(name); });
    return { name, el: details, usePick };
  }

  // ── option lists ─────────────────────────────────────────────────────────────────────────

  private villageOptions(): Option[] {
    const s = this.s;
    const mine = this.kind === 'township' ? s.villages.filter((v) => v.township === this.ownId) : s.villages;
    return mine.map((v) => ({ id: v.id, label: `${lt(v.name)}${v.atRisk.people ? ` ⚠${v.atRisk.people}` : ''}`, group: placeName(s, v.township, currentLang()), hint: `${t('atRisk')} ${v.atRisk.people} / ${t('population')} ${v.population}` }));
  }

  private shelterOptions(): Option[] {
    const s = this.s;
    const mine = this.kind === 'township' ? s.shelters.filter((x) => x.township === this.ownId) : s.shelters;
    return mine.map((x) => ({ id: x.id, label: `${lt(x.name)}（${x.capacity}${t('people')}）`, group: placeName(s, x.township, currentLang()) }));
  }

  private unitOptions(): Option[] {
    const view = this.store.view;
    const units = view?.units ?? [];
    const s = this.s;
    const mine = this.kind === 'township' ? units.filter((u) => u.owner === this.ownId) : this.kind === 'team' ? units.filter((u) => u.id === this.ownId) : units;
    return mine.map((u) => ({ id: u.id, label: `${lt(u.name)}`, group: `${teamTypeName(u.type, currentLang())}${u.owner !== 'district' ? ` · ${placeName(s, u.owner, currentLang())}` : ''}` }));
  }

  private destinationOptions(): Option[] {
    const s = this.s;
    const g = (k: string) => ({ village: t('villages'), shelter: t('shelters'), township: t('townships'), depot: t('depot'), teamBase: tx('队伍驻地', 'Team bases'), reservoir: t('reservoirs') } as Record<string, string>)[k];
    const villages = this.kind === 'township' ? s.villages.filter((v) => v.township === this.ownId) : s.villages;
    return [
      ...villages.map((v) => ({ id: v.id, label: lt(v.name), group: g('village') })),
      ...s.shelters.map((v) => ({ id: v.id, label: lt(v.name), group: g('shelter') })),
      ...s.townships.map((v) => ({ id: v.id, label: lt(v.name), group: g('township') })),
      ...s.depots.map((v) => ({ id: v.id, label: lt(v.name), group: g('depot') })),
      ...s.teamBases.map((v) => ({ id: v.id, label: lt(v.name), group: g('teamBase') })),
      ...s.reservoirs.map((v) => ({ id: v.id, label: lt(v.name), group: g('reservoir') })),
    ];
  }

  /** Whom this role reports to and instructs. */
  private recipients(purpose: 'sendReport' | 'requestSupport'): Option[] {
    const s = this.s;
    if (this.kind === 'chief') {
      const up = { id: 'director', label: tx('市应急指挥部（导调扮演）', 'City HQ (played by the director)') };
      if (purpose === 'requestSupport') return [up];
      return [...s.townships.map((x) => ({ id: `township:${x.id}`, label: lt(x.name), group: t('townships') })), up];
    }
    if (this.kind === 'township') return [{ id: 'chief', label: roleName(s, 'chief', currentLang()) }];
    const team = s.teams.find((x) => x.id === this.ownId);
    return [{ id: team && team.owner !== 'district' ? `township:${team.owner}` : 'chief', label: team && team.owner !== 'district' ? placeName(s, team.owner, currentLang()) : roleName(s, 'chief', currentLang()) }];
  }

  // ── forms ────────────────────────────────────────────────────────────────────────────────

  private levelForm(): Form {
    const sel = h('select', { name: 'level' }, ['IV', 'III', 'II', 'I', 'none'].map((l) => h('option', { value: l }, levelName(l, currentLang()))));
    const now = h('div', { class: 'hint' });
    const paint = () => { now.textContent = `${tx('当前', 'Now')}：${levelName(this.store.view?.responseLevel ?? 'none', currentLang())}`; };
    this.store.on('view', paint); paint();
    return this.shell('setResponseLevel', t('raiseLevel'), [now, field(t('level'), sel)], () => ({ type: 'setResponseLevel', level: sel.value }));
  }

  private warningForm(): Form {
    const level = h('div', { class: 'levels' }, ['blue', 'yellow', 'orange', 'red'].map((l, i) =>
      h('label', { class: 'level-chip', style: `--c:${WARN_CSS[l]}` }, h('input', { type: 'radio', name: 'warnLevel', value: l, checked: i === 2 }), warnName(l, currentLang()))));
    const townships = this.kind === 'chief' ? new MultiPick(this.s.townships.map((x) => ({ id: x.id, label: lt(x.name) })), 'townships') : null;
    const villages = new MultiPick(this.villageOptions(), 'villages');
    const channels = h('div', { class: 'channels' }, ['broadcast', 'loudspeaker', 'doorToDoor', 'sms'].map((c) => h('label', {}, h('input', { type: 'checkbox', value: c, checked: true }), channelName(c, currentLang()))));
    const body = [field(t('level'), level), townships ? field(t('townships'), townships.el) : null, field(this.kind === 'chief' ? tx('直达村（一键派发，可选）', 'Straight to villages (optional)') : t('villages'), villages.el), field(t('channels'), channels)].filter(Boolean) as HTMLElement[];
    return this.shell('issueWarning', t('issueWarning'), body, () => {
      const lv = (level.querySelector('input:checked') as HTMLInputElement | null)?.value ?? 'orange';
      const ts = townships?.values() ?? [];
      const vs = villages.values();
      if (!ts.length && !vs.length) return tx('请选择预警对象（乡镇或村）。', 'Pick whom to warn (townships or villages).');
      const ch = [...channels.querySelectorAll('input:checked')].map((x) => (x as HTMLInputElement).value);
      return { type: 'issueWarning', level: lv, ...(ts.length ? { townships: ts } : {}), ...(vs.length ? { villages: vs } : {}), ...(ch.length ? { channels: ch } : {}) };
    }, (p) => {
      if (p.kind === 'place' && p.placeKind === 'village') { villages.add(p.id); return true; }
      if (p.kind === 'place' && p.placeKind === 'township' && townships) { townships.add(p.id); return true; }
      return false;
    });
  }

  private evacuationForm(): Form {
    const villages = new MultiPick(this.villageOptions(), 'villages');
    const shelters = new MultiPick(this.shelterOptions(), 'shelters');
    const body = [field(t('villages'), villages.el), field(tx('指定避难场所（可选，默认就近）', 'Shelters (optional; nearest with room otherwise)'), shelters.el)];
    return this.shell('orderEvacuation', t('orderEvacuation'), body, () => {
      const vs = villages.values();
      if (!vs.length) return tx('请选择要转移的村。', 'Pick the villages to evacuate.');
      const ss = shelters.values();
      return { type: 'orderEvacuation', villages: vs, ...(ss.length ? { shelters: ss } : {}) };
    }, (p) => {
      if (p.kind === 'place' && p.placeKind === 'village') { villages.add(p.id); return true; }
      if (p.kind === 'place' && p.placeKind === 'shelter') { shelters.add(p.id); return true; }
      return false;
    });
  }

  private boatsForm(townships: string[]): Form {
    const which = new Choice(townships.map((id) => ({ id, label: placeName(this.s, id, currentLang()) })), 'township', false);
    return this.shell('recallBoats', tx('渔船回港', 'Recall boats'), [field(tx('乡镇', 'Township'), which.el)], () => {
      const township = which.value();
      return township ? { type: 'recallBoats', township } : tx('请选择乡镇。', 'Pick the township.');
    });
  }

  private zoneTrafficForm(): Form {
    const tier = new Choice(['AEGL-2', 'AEGL-3'].map((id) => ({ id, label: zoneTierName(id, currentLang()) })), 'tier', false);
    const info = h('div', { class: 'hint' });
    const paint = () => {
      const z = this.store.view?.chemical?.zone;
      info.textContent = z
        ? tx(`按侦检划定的警戒区（${clockLabel(this.s, z.t)}）封闭区内全部道路`, `Closes every road in the measured zone (${clockLabel(this.s, z.t)})`)
        : tx('尚未收到侦检划定的警戒区：请先调派队伍侦检监测', 'No measured zone yet: send a team to measure the gas first');
    };
    this.store.on('view', paint); paint();
    return this.shell('trafficControl', tx('警戒区交通管制', 'Traffic control in the threat zone'), [field(tx('分区', 'Zone'), tier.el, info)], () => ({ type: 'trafficControl', tier: tier.value() || 'AEGL-2' }));
  }

  private shelterForm(): Form {
    const shelters = new MultiPick(this.shelterOptions(), 'shelters');
    return this.shell('openShelter', t('openShelter'), [field(t('shelters'), shelters.el)], () => {
      const ss = shelters.values();
      return ss.length ? { type: 'openShelter', shelters: ss } : tx('请选择避难场所。', 'Pick the shelters to open.');
    }, (p) => { if (p.kind === 'place' && p.placeKind === 'shelter') { shelters.add(p.id); return true; } return false; });
  }

  private dispatchForm(): Form {
    const unit = new Choice(this.unitOptions(), 'unit', true);
    this.store.on('view', () => { if (unit.select.options.length === 0) unit.setOptions(this.unitOptions()); });
    const dest = new Choice(this.destinationOptions(), 'destination', true, tx('（请选择或在地图上点选）', '(choose, or click on the map)'));
    let node: number | null = null;
    const nodeNote = h('div', { class: 'hint' });
    dest.select.addEventListener('change', () => { node = null; nodeNote.textContent = ''; });
    // The kind is what the team will do (the core reads it); the note is for people only.
    const task = h('select', { name: 'task' }, h('option', { value: '' }, tx('（请选择任务）', '(choose a task)')), TASK_KINDS.map((k) => h('option', { value: k }, taskKindName(k))));
    const custom = h('input', { type: 'text', name: 'taskText', placeholder: tx('任务说明（可选）', 'note (optional)'), maxlength: 200 });
    const body = [field(t('team'), unit.el), field(t('destination'), dest.el, nodeNote, h('div', { class: 'hint' }, tx('提示：在地图上点选地点或道路即可设为目的地。', 'Tip: click a place or a road on the map to use it.'))), field(t('task'), task, custom)];
    return this.shell('dispatch', this.kind === 'team' ? tx('机动（前往）', 'Move to') : t('dispatch'), body, () => {
      const u = unit.value();
      if (!u) return tx('请选择队伍。', 'Pick a team.');
      const to = node !== null ? { node } : dest.value() ? { place: dest.value() } : null;
      if (!to) return tx('请选择目的地。', 'Pick a destination.');
      if (!task.value) return tx('请选择任务。', 'Pick a task.');
      const label = custom.value.trim();
      return { type: 'dispatch', unit: u, to, task: task.value as TaskKind, ...(label ? { label } : {}) };
    }, (p) => {
      if (p.kind === 'unit' && this.kind !== 'team') { unit.set(p.id); return true; }
      if (p.kind === 'place') { dest.set(p.id); node = null; nodeNote.textContent = ''; return true; }
      if (p.kind === 'point' || p.kind === 'edge') {
        node = p.kind === 'point' ? p.node : nearestNode(this.s, p.x, p.y);
        nodeNote.textContent = `${tx('目的地：', 'Destination: ')}${nodeName(this.s, node, currentLang())}`;
        return true;
      }
      return false;
    });
  }

  private recallForm(): Form {
    const unit = new Choice(this.unitOptions(), 'unit', true);
    this.store.on('view', () => { if (unit.select.options.length === 0) unit.setOptions(this.unitOptions()); });
    return this.shell('recall', t('recall'), [field(t('team'), unit.el)], () => (unit.value() ? { type: 'recall', unit: unit.value() } : tx('请选择队伍。', 'Pick a team.')),
      (p) => { if (p.kind === 'unit') { unit.set(p.id); return true; } return false; });
  }

  private declineForm(): Form {
    const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 400, placeholder: tx('例如：现场水深流急，无冲锋舟，无法安全进入', 'e.g. deep fast water and no boats: we cannot go in safely') });
    return this.shell('declineTask', t('declineTask'), [field(t('reason'), reason)], () => {
      const r = reason.value.trim();
      return r ? { type: 'declineTask', unit: this.ownId, reason: { zh: r } } : tx('请说明理由。', 'Give the reason.');
    });
  }

  private suppliesForm(): Form {
    const s = this.s;
    const depot = new Choice(s.depots.map((d) => ({ id: d.id, label: lt(d.name) })), 'depot', false);
    const stock = h('div', { class: 'hint' });
    const paintStock = () => {
      const st = this.store.view?.supplies.depots.find((d) => d.id === depot.value())?.stocks;
      stock.textContent = st ? `${t('stocks')}：${Object.entries(st).filter(([, n]) => (n ?? 0) > 0).map(([k, n]) => `${supplyName(k, currentLang())} ${n}`).join(tx('，', ', '))}` : '';
    };
    depot.select.addEventListener('change', paintStock);
    this.store.on('view', paintStock); paintStock();
    const to = new Choice([...s.shelters.map((x) => ({ id: x.id, label: lt(x.name), group: t('shelters') })), ...s.villages.map((x) => ({ id: x.id, label: lt(x.name), group: t('villages') })), ...s.townships.map((x) => ({ id: x.id, label: lt(x.name), group: t('townships') })), ...s.depots.map((x) => ({ id: x.id, label: lt(x.name), group: t('depot') }))], 'to', true);
    const nums = SUPPLY_KINDS.map((k) => ({ k, ...numberField(k, supplyName(k, currentLang())) }));
    const body = [field(t('depot'), depot.el, stock), field(t('to'), to.el), field(t('items'), h('div', { class: 'nums' }, nums.map((n) => n.el)))];
    return this.shell('allocateSupplies', t('allocateSupplies'), body, () => {
      const items: Record<string, number> = {};
      for (const n of nums) { const v = Math.floor(Number(n.input.value)); if (v > 0) items[n.k] = v; }
      if (!to.value()) return tx('请选择送往地点。', 'Pick where to send them.');
      if (!Object.keys(items).length) return tx('请填写物资数量。', 'Give the quantities.');
      return { type: 'allocateSupplies', depot: depot.value(), to: to.value(), items };
    }, (p) => { if (p.kind === 'place' && ['shelter', 'village', 'township', 'depot'].includes(p.placeKind)) { if (p.placeKind === 'depot' && !to.value()) depot.set(p.id); else to.set(p.id); return true; } return false; });
  }

  private reportForm(purpose: 'sendReport' | 'requestSupport'): Form {
    const to = new Choice(this.recipients(purpose), 'to', false);
    const kinds = purpose === 'requestSupport' ? ['request'] : this.kind === 'chief' ? ['instruction', 'initial', 'update', 'final'] : ['initial', 'update', 'final'];
    const kind = h('select', { name: 'kind' }, kinds.map((k) => h('option', { value: k }, reportKindName(k, currentLang()))));
    const text = h('textarea', { name: 'text', rows: 3, maxlength: 2000, placeholder: purpose === 'requestSupport' ? tx('需要什么支援、多少、送到哪里', 'What help, how much, where') : tx('时间、地点、灾情、已采取措施、下步打算', 'Time, place, what happened, what was done, what comes next') });
    const figs = REPORT_FIGURES.map((f) => ({ f, ...numberField(f, t(f as 'dead')) }));
    const body = [field(t('recipient'), to.el), field(t('kind'), kind), field(t('text'), text), purpose === 'sendReport' ? field(t('figures'), h('div', { class: 'nums' }, figs.map((x) => x.el))) : null].filter(Boolean) as HTMLElement[];
    return this.shell(purpose, purpose === 'requestSupport' ? t('requestSupport') : t('sendReport'), body, () => {
      const body = text.value.trim();
      if (!body) return tx('请填写内容。', 'Write the text.');
      const figures: Record<string, number> = {};
      if (purpose === 'sendReport') for (const x of figs) if (x.input.value !== '') figures[x.f] = Math.max(0, Math.floor(Number(x.input.value)));
      return { type: 'sendReport', to: to.value(), kind: kind.value, text: { zh: body }, ...(Object.keys(figures).length ? { figures } : {}) };
    });
  }

  private reservoirForm(): Form {
    const s = this.s;
    const res = new Choice(s.reservoirs.map((r) => ({ id: r.id, label: lt(r.name) })), 'reservoir', false);
    const info = h('div', { class: 'hint' });
    const paint = () => {
      const r = s.reservoirs.find((x) => x.id === res.value());
      const st = this.store.view?.reservoirs.find((x) => x.id === res.value());
      info.textContent = r ? `${tx('水位', 'Level')} ${st?.level ?? '—'} m（${tx('汛限', 'flood limit')} ${r.floodLimitLevel} m，${tx('坝顶', 'crest')} ${r.damCrest} m）${tx('，闸门能力', '; gates up to')} ${r.gateCapacity} m³/s` : '';
    };
    res.select.addEventListener('change', paint);
    this.store.on('view', paint); paint();
    const rate = numberField('rate', t('rate'), '0');
    return this.shell('releaseReservoir', t('releaseReservoir'), [field(t('reservoir'), res.el, info), rate.el], () => ({ type: 'releaseReservoir', reservoir: res.value(), rate: Math.max(0, Number(rate.input.value) || 0) }),
      (p) => { if (p.kind === 'place' && p.placeKind === 'reservoir') { res.set(p.id); return true; } return false; });
  }

  private roadsForm(): Form {
    const list = h('div', { class: 'hint edges' });
    const paint = () => { list.textContent = this.pickedEdges.length ? `${tx('已选道路', 'Picked')}：${roadsText(this.s, this.pickedEdges, currentLang())}` : t('pickRoads'); };
    paint();
    const action = h('select', { name: 'roadAction' }, h('option', { value: 'closeRoad' }, tx('交通管制：封闭', 'Close (traffic control)')), h('option', { value: 'openRoad' }, tx('解除管制：开放', 'Open')));
    const reason = h('input', { type: 'text', name: 'reason', maxlength: 200, placeholder: t('reason') });
    const clearBtn = h('button', { type: 'button', class: 'small', onclick: () => { this.pickedEdges = []; this.onEdges([]); paint(); } }, t('selectNone'));
    return this.shell('roads', tx('道路管制', 'Road control'), [field(tx('道路', 'Roads'), list, clearBtn), field(tx('操作', 'Action'), action), field(t('reason'), reason)], () => {
      if (!this.pickedEdges.length) return t('pickRoads');
      const r = reason.value.trim();
      return { type: action.value, edges: [...this.pickedEdges], ...(action.value === 'closeRoad' && r ? { reason: { zh: r } } : {}) };
    }, (p) => {
      if (p.kind !== 'edge') return false;
      const i = this.pickedEdges.indexOf(p.edge);
      if (i >= 0) this.pickedEdges.splice(i, 1); else this.pickedEdges.push(p.edge);
      this.onEdges(this.pickedEdges);
      paint();
      return true;
    });
  }
}

function nearestNode(s: Scenario, x: number, y: number): number {
  let best = 0, d = Infinity;
  for (let n = 0; n < s.roads.nodeCount; n++) { const dd = (s.roads.nodeX[n] - x) ** 2 + (s.roads.nodeY[n] - y) ** 2; if (dd < d) { d = dd; best = n; } }
  return best;
}

