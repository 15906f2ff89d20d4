// 注入事件表单 — one inject as fields, a form per kind: when (a time, or a condition after a
// time), targets from searchable lists of named places, reservoirs, levees and rain zones (or a
// click on the map), payloads as fields (rain as a hyetograph, weather as wind and moisture), who
// perceives it, the expected response and the requirement it tests. Each change is checked at
// once by the core's own rules and the problem shown in Chinese beside the form; no JSON.
import { h, render } from '../dom.ts';
import { tx, currentLang } from '../../i18n.ts';
import { Choice, MultiPick, type Option } from '../widgets.ts';
import type { Scenario } from '../../../sim-core/world/scenario.ts';
import { AFTERSHOCK_MAGNITUDE, DAM_CRACK_DAMAGE, INJECT_KINDS, type Inject, type InjectKind } from '../../../sim-core/injects/inject.ts';
import { DEFAULT_PANIC_FACTOR } from '../../../sim-core/people/sites/siteInjects.ts';
import { damDamageName } from '../../../presentation/text/damText.ts';
import { CONDITION_KINDS, type ConditionKind } from '../../../sim-core/injects/condition.ts';
import { checkScriptInject } from '../../../sim-core/injects/scriptEdit.ts';
import type { InjectFieldProblem } from '../../../sim-core/injects/adHoc.ts';
import { allRoles } from '../../../sim-core/commands/roles.ts';
import type { Plan } from '../../../sim-core/plan/plan.ts';
import { injectKindName, roleName } from '../../../presentation/text/names.ts';
import { localText } from '../../../presentation/text/lang.ts';
import { CONDITION_COMMANDS, commandKindName, conditionKindName, scriptProblemText } from '../../../presentation/text/scriptText.ts';
import { Hyetograph } from './hyetograph.ts';
import type { Pick } from '../../map/mapView.ts';

type Draft = Record<string, any>;
const num = (el: HTMLInputElement) => (el.value.trim() === '' ? NaN : Number(el.value));
const field = (label: string, ...input: (Node | string | null)[]) => h('div', { class: 'field' }, h('div', { class: 'label' }, label), ...input);
const numberInput = (name: string, value: number | string, attrs: Record<string, string> = {}) =>
  h('input', { type: 'number', name, value: Number.isFinite(value as number) || typeof value === 'string' ? value : '', class: 'num', ...attrs }) as HTMLInputElement;

export interface InjectFormOptions {
  scenario: Scenario;
  plan: Plan | null;
  /** The script as it stands (a condition may wait on another row). */
  script: () => readonly Inject[];
  /** Sim time now (a timed inject may not be set before it). */
  now: () => number;
  /** The id the row has (editing) or will have (adding). */
  id: string;
  initial?: Inject;
  onSubmit: (input: Record<string, unknown>) => void;
  onCancel: () => void;
}

export class InjectForm {
  readonly el = h('form', { class: 'order-form inject-form', 'data-testid': 'inject-form' });
  private readonly problemEl = h('div', { class: 'answer', 'data-testid': 'inject-problem' });
  private readonly body = h('div', { class: 'kind-fields' });
  private read: () => Draft = () => ({});
  private pick: (p: Pick) => boolean = () => false;
  private readonly kindSel: HTMLSelectElement;

  constructor(private readonly o: InjectFormOptions) {
    const s = o.scenario, init = o.initial;
    const lang = currentLang();
    this.kindSel = h('select', { name: 'kind', 'data-testid': 'inject-kind' }, INJECT_KINDS.map((k) => h('option', { value: k }, injectKindName(k, lang))));
    this.kindSel.value = init?.kind ?? 'message';
    const t0 = init?.t ?? Math.ceil((o.now() + 1800) / 300) * 300;
    const hours = numberInput('hours', Math.floor(t0 / 3600), { min: '0', 'data-testid': 'inject-hours' });
    const minutes = numberInput('minutes', Math.floor((t0 % 3600) / 60), { min: '0', max: '59', 'data-testid': 'inject-minutes' });
    const jitter = numberInput('jitter', Math.round((init?.jitter ?? 0) / 60), { min: '0' });
    const roles: Option[] = [{ id: 'all', label: tx('全体', 'everyone') }, ...allRoles(s).filter((r) => r !== 'director' && r !== 'evaluator').map((r) => ({ id: r, label: roleName(s, r, lang) }))];
    const seen = new MultiPick(roles, 'visibleTo');
    for (const r of init?.visibleTo ?? ['chief']) seen.selected.add(r);
    seen.paint();
    const expected = h('textarea', { name: 'expected', rows: 2, maxlength: 2000, 'data-testid': 'inject-expected' }, init?.expected?.zh ?? '') as HTMLTextAreaElement;
    const tests = o.plan ? new Choice(o.plan.requirements.map((r) => ({ id: r.id, label: localText(r.name, lang) })), 'tests', true, tx('（不针对某条要求）', '(none)')) : null;
    if (tests && init?.tests) tests.set(init.tests);
    const cond = new ConditionFields(s, o.plan, o.script, init?.when, () => this.check());
    const byCondition = h('input', { type: 'checkbox', name: 'byCondition', 'data-testid': 'inject-by-condition', checked: Boolean(init?.when) }) as HTMLInputElement;
    const condBox = h('div', { class: 'condition' });
    const paintCond = () => render(condBox, byCondition.checked ? cond.el : null);
    byCondition.addEventListener('change', () => { paintCond(); this.check(); });
    paintCond();

    const paintKind = () => {
      const k = this.kindSel.value as InjectKind;
      const kf = kindFields(s, k, init && init.kind === k ? init : undefined, () => this.check());
      render(this.body, kf.el);
      this.read = () => ({
        kind: k,
        t: Math.round((num(hours) || 0) * 3600 + (num(minutes) || 0) * 60),
        jitter: Math.round((num(jitter) || 0) * 60),
        visibleTo: seen.values(),
        ...kf.read(),
        ...(expected.value.trim() ? { expected: { zh: expected.value.trim() } } : {}),
        ...(tests?.value() ? { tests: tests.value() } : {}),
        ...(byCondition.checked ? { when: cond.read() } : {}),
      });
      this.pick = (p) => kf.pick(p) || (byCondition.checked && cond.pick(p));
      this.check();
    };
    this.kindSel.addEventListener('change', paintKind);
    this.el.addEventListener('input', () => this.check());
    this.el.addEventListener('change', () => this.check());
    render(this.el,
      field(tx('类型', 'Kind'), this.kindSel),
      field(tx('时间（开演后）', 'Time (after the start)'), h('span', { class: 'row' }, hours, tx('小时', 'h'), minutes, tx('分', 'min'), h('small', {}, tx('随机浮动±', 'jitter ±')), jitter, tx('分', 'min'))),
      h('label', { class: 'check' }, byCondition, tx('按条件触发（上述时间起开始判断）', 'Fire on a condition (watched from the time above)')), condBox,
      this.body,
      field(tx('谁能察觉（不选则只有导调和评估组知道）', 'Who perceives it (none: director and evaluators only)'), seen.el),
      field(tx('预期响应（参演方应做什么）', 'Expected response (what the players should do)'), expected),
      tests ? field(tx('检验的预案要求', 'Plan requirement it tests'), tests.el) : null,
      this.problemEl,
      h('div', { class: 'actions' },
        h('button', { class: 'primary', type: 'submit', 'data-testid': 'inject-save' }, tx('保存', 'Save')),
        h('button', { type: 'button', onclick: () => o.onCancel() }, tx('取消', 'Cancel'))));
    this.el.addEventListener('submit', (e) => {
      e.preventDefault();
      const bad = this.check();
      if (!bad) o.onSubmit(this.read());
    });
    paintKind();
  }

  /** Checks the fields as they stand by the core's rules; shows and returns the first problem. */
  check(): InjectFieldProblem | null {
    const r = checkScriptInject(this.read(), this.o.id, this.o.now(), this.o.scenario, this.o.script());
    const bad = 'field' in r ? r : null;
    this.showProblem(bad);
    return bad;
  }

  showProblem(p: { field: string; code: string } | null): void {
    this.problemEl.className = p ? 'answer rejected' : 'answer';
    this.problemEl.textContent = p ? scriptProblemText(p, currentLang()) : '';
  }

  /** A click on the map fills the target (a place, a point, a road) when the form has one. */
  usePick(p: Pick): boolean {
    const used = this.pick(p);
    if (used) this.check();
    return used;
  }
}

interface KindFields { el: HTMLElement; read: () => Draft; pick: (p: Pick) => boolean }

function placeOptions(s: Scenario, lists: ('villages' | 'townships' | 'shelters' | 'depots' | 'reservoirs' | 'gauges')[]): Option[] {
  const group: Record<string, [string, string]> = { villages: ['村', 'villages'], townships: ['镇街', 'townships'], shelters: ['避难场所', 'shelters'], depots: ['物资库', 'depots'], reservoirs: ['水库', 'reservoirs'], gauges: ['水文站', 'gauges'] };
  return lists.flatMap((l) => (s[l] as { id: string; name: { zh: string; en?: string } }[]).map((p) => ({ id: p.id, label: localText(p.name, currentLang()), group: tx(...group[l]) })));
}

function textArea(name: string, value: string | undefined, testid: string): HTMLTextAreaElement {
  return h('textarea', { name, rows: 2, maxlength: 2000, 'data-testid': testid }, value ?? '') as HTMLTextAreaElement;
}

/** The target and payload fields of one kind of inject. */
function kindFields(s: Scenario, kind: InjectKind, init: Inject | undefined, changed: () => void): KindFields {
  const zh = (t: string) => (t.trim() ? { zh: t.trim() } : undefined);
  const none = () => false;
  switch (kind) {
    case 'message': {
      const i = init?.kind === 'message' ? init : undefined;
      const from = h('input', { type: 'text', name: 'from', maxlength: 60, value: i?.payload.from.zh ?? tx('群众来电', 'A caller'), 'data-testid': 'inject-from' }) as HTMLInputElement;
      const text = textArea('text', i?.payload.text.zh, 'inject-text');
      return { el: h('div', {}, field(tx('外部方（谁打来、谁发文）', 'Outside party'), from), field(tx('内容', 'Text'), text)), read: () => ({ payload: { from: zh(from.value), text: zh(text.value) } }), pick: none };
    }
    case 'closeRoad': case 'openRoad': {
      const edges = new Set<number>(init && (init.kind === 'closeRoad' || init.kind === 'openRoad') ? init.target.edges : []);
      const count = h('span', { class: 'hint' });
      const reason = h('input', { type: 'text', name: 'reason', maxlength: 200, value: init && (init.kind === 'closeRoad' || init.kind === 'openRoad') ? init.payload.reason?.zh ?? '' : '' }) as HTMLInputElement;
      const paint = () => { count.textContent = edges.size ? tx(`已选 ${edges.size} 段道路（在地图上点选路段可增减）`, `${edges.size} segment(s) picked (click roads on the map)`) : tx('请在地图上点选要中断或恢复的路段', 'Click the roads on the map'); };
      paint();
      return {
        el: h('div', {}, field(tx('道路', 'Roads'), count, h('button', { type: 'button', class: 'small', onclick: () => { edges.clear(); paint(); changed(); } }, tx('清空', 'clear'))), field(tx('原因', 'Reason'), reason)),
        read: () => ({ target: { edges: [...edges].sort((a, b) => a - b) }, payload: reason.value.trim() ? { reason: { zh: reason.value.trim() } } : {} }),
        pick: (p) => { if (p.kind !== 'edge') return false; if (edges.has(p.edge)) edges.delete(p.edge); else edges.add(p.edge); paint(); return true; },
      };
    }
    case 'rain': {
      const i = init?.kind === 'rain' ? init : undefined;
      const zone = new Choice(s.rainZones.map((z) => ({ id: z.id, label: localText(z.name, currentLang()) })), 'zone', false);
      if (i) zone.set(i.target.zone);
      const hy = new Hyetograph(i?.payload.series ?? [], changed);
      return { el: h('div', {}, field(tx('降雨分区', 'Rain zone'), zone.el), field(tx('实况降雨过程', 'The rain that really falls'), hy.el)), read: () => ({ target: { zone: zone.value() }, payload: { series: hy.series() } }), pick: none };
    }
    case 'weather': {
      const i = init?.kind === 'weather' ? init : undefined;
      const speed = numberInput('windSpeed', i?.payload.wind?.speed ?? 8, { min: '0', max: '60', step: '0.5' });
      const dirSel = h('select', { name: 'windDir' }, [0, 45, 90, 135, 180, 225, 270, 315].map((d, k) => h('option', { value: d }, tx(['北', '东北', '东', '东南', '南', '西南', '西', '西北'][k], ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'][k]) + tx('（吹向）', ' (toward)')))) as HTMLSelectElement;
      dirSel.value = String(Math.round((i?.payload.wind?.dir ?? 135) / 45) * 45 % 360);
      const withMoisture = h('input', { type: 'checkbox', checked: Boolean(i?.payload.moisture) }) as HTMLInputElement;
      const keys = ['d1', 'd10', 'd100', 'liveHerb', 'liveWoody'] as const;
      const labels = { d1: ['1小时', '1-h'], d10: ['10小时', '10-h'], d100: ['100小时', '100-h'], liveHerb: ['活草本', 'live herb'], liveWoody: ['活木本', 'live woody'] } as const;
      const m = keys.map((k) => numberInput(k, i?.payload.moisture?.[k] ?? ({ d1: 6, d10: 7, d100: 9, liveHerb: 70, liveWoody: 90 })[k], { min: '1', max: '300' }));
      return {
        el: h('div', {}, field(tx('风速（m/s）与风向', 'Wind speed (m/s) and direction'), h('span', { class: 'row' }, speed, dirSel)),
          h('label', { class: 'check' }, withMoisture, tx('同时改变可燃物含水率（%）', 'Change fuel moisture too (%)')),
          h('div', { class: 'row' }, keys.map((k, j) => h('label', {}, tx(labels[k][0], labels[k][1]), m[j])))),
        read: () => ({ payload: { wind: { speed: num(speed), dir: Number(dirSel.value) }, ...(withMoisture.checked ? { moisture: Object.fromEntries(keys.map((k, j) => [k, num(m[j])])) } : {}) } }),
        pick: none,
      };
    }
    case 'ignite': {
      const i = init?.kind === 'ignite' ? init : undefined;
      let x = i?.target.x ?? NaN, y = i?.target.y ?? NaN;
      const at = h('span', { class: 'hint' });
      const near = new Choice(placeOptions(s, ['villages', 'townships']), 'near', true, tx('（或在地图上点选起火点）', '(or click the map)'));
      const paint = () => { at.textContent = Number.isFinite(x) ? tx(`起火点（${(x / 1000).toFixed(2)} km，${(y / 1000).toFixed(2)} km）`, `at (${(x / 1000).toFixed(2)} km, ${(y / 1000).toFixed(2)} km)`) : tx('请在地图上点选起火点，或选一个地点', 'Click the map or choose a place'); };
      near.select.addEventListener('change', () => { const p = [...s.villages, ...s.townships].find((v) => v.id === near.value()); if (p) { x = p.x + 300; y = p.y + 300; paint(); changed(); } });
      const reason = h('input', { type: 'text', name: 'reason', maxlength: 200, value: i?.payload.reason?.zh ?? '' }) as HTMLInputElement;
      paint();
      return {
        el: h('div', {}, field(tx('起火位置', 'Where'), at, near.el), field(tx('起因', 'Cause'), reason)),
        read: () => ({ target: { x: Math.round(x), y: Math.round(y) }, payload: reason.value.trim() ? { reason: { zh: reason.value.trim() } } : {} }),
        pick: (p) => { if (p.kind !== 'point' && p.kind !== 'edge') return false; x = p.x; y = p.y; paint(); return true; },
      };
    }
    case 'damBreak': {
      const i = init?.kind === 'damBreak' ? init : undefined;
      const r = new Choice(placeOptions(s, ['reservoirs']), 'reservoir', true);
      if (i) r.set(i.target.place);
      const mode = h('select', { name: 'mode' }, h('option', { value: 'overtopping' }, tx('漫顶溃决', 'overtopping')), h('option', { value: 'piping' }, tx('管涌溃决', 'piping'))) as HTMLSelectElement;
      mode.value = i?.payload.mode ?? 'overtopping';
      return { el: h('div', {}, field(tx('水库', 'Reservoir'), r.el), field(tx('溃决方式', 'Mode'), mode)), read: () => ({ target: { place: r.value() }, payload: { mode: mode.value } }),
        pick: (p) => { if (p.kind !== 'place' || !s.reservoirs.some((x) => x.id === p.id)) return false; r.set(p.id); return true; } };
    }
    case 'damCrack': {
      const i = init?.kind === 'damCrack' ? init : undefined;
      const r = new Choice(placeOptions(s, ['reservoirs']), 'reservoir', true);
      if (i) r.set(i.target.place);
      const damage = h('select', { name: 'damage' }, DAM_CRACK_DAMAGE.map((d) => h('option', { value: d }, damDamageName(d, currentLang())))) as HTMLSelectElement;
      damage.value = i?.payload.damage ?? 'moderate';
      return { el: h('div', {}, field(tx('水库', 'Reservoir'), r.el), field(tx('震损程度', 'Damage'), damage)), read: () => ({ target: { place: r.value() }, payload: { damage: damage.value } }),
        pick: (p) => { if (p.kind !== 'place' || !s.reservoirs.some((x) => x.id === p.id)) return false; r.set(p.id); return true; } };
    }
    case 'leveeBreach': {
      const i = init?.kind === 'leveeBreach' ? init : undefined;
      const lv = new Choice(s.levees.map((l) => ({ id: l.id, label: localText(l.name, currentLang()) })), 'levee', true);
      if (i) lv.set(i.target.levee);
      let x = i?.target.x ?? NaN, y = i?.target.y ?? NaN;
      const at = h('span', { class: 'hint' });
      const mid = () => { const l = s.levees.find((v) => v.id === lv.value()); if (l) { const p = l.line[Math.floor(l.line.length / 2)]; x = p[0]; y = p[1]; } };
      if (!i) mid();
      const paint = () => { at.textContent = Number.isFinite(x) ? tx(`溃口（${(x / 1000).toFixed(2)} km，${(y / 1000).toFixed(2)} km），可在地图上点选`, `breach at (${(x / 1000).toFixed(2)} km, ${(y / 1000).toFixed(2)} km); click the map to move it`) : tx('请选择堤防', 'Choose a levee'); };
      lv.select.addEventListener('change', () => { mid(); paint(); changed(); });
      const formation = numberInput('formation', Math.round((i?.payload.formation ?? 1800) / 60), { min: '0', max: '1440' });
      paint();
      return {
        el: h('div', {}, field(tx('堤防', 'Levee'), lv.el, at), field(tx('溃口形成时间（分钟）', 'Breach forms in (min)'), formation)),
        read: () => ({ target: { levee: lv.value(), x: Math.round(x), y: Math.round(y) }, payload: { formation: Math.round(num(formation) * 60) } }),
        pick: (p) => { if (p.kind !== 'point' && p.kind !== 'edge') return false; x = p.x; y = p.y; paint(); return true; },
      };
    }
    case 'trapped': {
      const i = init?.kind === 'trapped' ? init : undefined;
      const v = new Choice(placeOptions(s, ['villages']), 'village', true);
      if (i) v.set(i.target.place);
      const people = numberInput('people', i?.payload.people ?? 8, { min: '1', 'data-testid': 'inject-people' });
      return { el: h('div', {}, field(tx('村', 'Village'), v.el), field(tx('被困人数', 'People trapped'), people)), read: () => ({ target: { place: v.value() }, payload: { people: num(people) } }),
        pick: (p) => { if (p.kind !== 'place' || !s.villages.some((x) => x.id === p.id)) return false; v.set(p.id); return true; } };
    }
    case 'chemicalRelease': {
      const i = init?.kind === 'chemicalRelease' ? init : undefined;
      const site = new Choice((s.chemical?.sites ?? []).map((x) => ({ id: x.id, label: localText(x.name, currentLang()), group: tx('危化品企业', 'chemical sites') })), 'site', true);
      if (i) site.set(i.target.site);
      const rate = numberInput('rate', i?.payload.rate ?? 2, { min: '0.01', step: '0.01', 'data-testid': 'inject-rate' });
      return { el: h('div', {}, field(tx('危化品企业', 'Chemical site'), site.el), field(tx('泄漏速率（千克/秒）', 'Release rate (kg/s)'), rate)),
        read: () => ({ target: { site: site.value() }, payload: { rate: num(rate), cause: i?.payload.cause ?? 'leak' } }), pick: () => false };
    }
    case 'outage': {
      const i = init?.kind === 'outage' ? init : undefined;
      const place = new Choice(placeOptions(s, ['villages', 'townships', 'shelters', 'depots']), 'place', true);
      if (i) place.set(i.target.place);
      const svc = (['power', 'comms', 'water'] as const).map((k) => h('input', { type: 'checkbox', value: k, checked: i ? i.payload.services.includes(k) : k !== 'water' }) as HTMLInputElement);
      const restore = h('input', { type: 'checkbox', checked: Boolean(i?.payload.restore) }) as HTMLInputElement;
      return {
        el: h('div', {}, field(tx('地点', 'Place'), place.el),
          field(tx('服务', 'Services'), h('span', { class: 'row' }, svc.map((b, k) => h('label', { class: 'check' }, b, [tx('供电', 'power'), tx('通信', 'comms'), tx('供水', 'water')][k])))),
          h('label', { class: 'check' }, restore, tx('恢复（不勾选为中断）', 'Restore (unticked: cut)'))),
        read: () => ({ target: { place: place.value() }, payload: { services: svc.filter((b) => b.checked).map((b) => b.value), restore: restore.checked } }),
        pick: (p) => { if (p.kind !== 'place') return false; place.set(p.id); return true; },
      };
    }
    case 'siteAlarm': case 'siteExitBlocked': case 'sitePanic': {
      const i = init && (init.kind === 'siteAlarm' || init.kind === 'siteExitBlocked' || init.kind === 'sitePanic') ? init : undefined;
      const site = new Choice((s.sites ?? []).map((x) => ({ id: x.id, label: localText(x.name, currentLang()) })), 'site', true);
      if (i) site.set(i.target.site);
      const exit = numberInput('exit', (i?.target.exit ?? 0) + 1, { min: '1', max: '100' });
      const factor = numberInput('speedFactor', i?.payload.speedFactor ?? DEFAULT_PANIC_FACTOR, { min: '1', max: '4', step: '0.1' });
      const extra = kind === 'siteExitBlocked' ? [field(tx('出口编号', 'Exit number'), exit)] : kind === 'sitePanic' ? [field(tx('步速倍数', 'Walking speed factor'), factor)] : [];
      return {
        el: h('div', {}, field(tx('人员密集场所', 'Crowded site'), site.el), ...extra),
        read: () => ({
          target: kind === 'siteExitBlocked' ? { site: site.value(), exit: Math.max(0, Math.round(num(exit)) - 1) } : { site: site.value() },
          payload: kind === 'sitePanic' ? { speedFactor: num(factor) } : {},
        }),
        pick: none,
      };
    }
    case 'mainBurst': {
      const i = init?.kind === 'mainBurst' ? init : undefined;
      const mains = s.waterNetwork?.mains ?? [];
      const main = new Choice(mains.map((m) => ({ id: m.id, label: localText(m.name, currentLang()) })), 'main', true);
      if (i) main.set(i.target.main);
      let x = i?.target.x ?? NaN, y = i?.target.y ?? NaN;
      const at = h('span', { class: 'hint' });
      const paint = () => { at.textContent = Number.isFinite(x) ? tx(`爆管点（${(x / 1000).toFixed(2)} km，${(y / 1000).toFixed(2)} km），可在地图上点选`, `burst at (${(x / 1000).toFixed(2)} km, ${(y / 1000).toFixed(2)} km); click the map to move it`) : tx('请在地图上点选爆管点', 'Click the burst point on the map'); };
      const area = numberInput('area', i?.payload.area ?? 0.03, { min: '0.001', max: '2', step: '0.001' });
      paint();
      return {
        el: h('div', {}, field(tx('供水管线', 'Water main'), main.el, at), field(tx('破口面积（平方米）', 'Opening (m²)'), area)),
        read: () => ({ target: { main: main.value(), x: Math.round(x), y: Math.round(y) }, payload: { area: num(area) } }),
        pick: (p) => { if (p.kind !== 'point' && p.kind !== 'edge') return false; x = p.x; y = p.y; paint(); return true; },
      };
    }
    case 'aftershock': {
      // 余震: the epicentre from the map (the main shock's by default), magnitude, depth and strike.
      const i = init?.kind === 'aftershock' ? init : undefined;
      const q = s.earthquake;
      let x = i?.target.x ?? q?.epicentre.x ?? NaN, y = i?.target.y ?? q?.epicentre.y ?? NaN;
      const at = h('span', { class: 'hint', 'data-testid': 'inject-epicentre' });
      const paint = () => { at.textContent = Number.isFinite(x) ? tx(`震中（${(x / 1000).toFixed(2)} km，${(y / 1000).toFixed(2)} km），可在地图上点选`, `epicentre (${(x / 1000).toFixed(2)} km, ${(y / 1000).toFixed(2)} km); click the map to move it`) : tx('请在地图上点选震中', 'Click the epicentre on the map'); };
      const magnitude = numberInput('magnitude', i?.payload.magnitude ?? 5, { min: String(AFTERSHOCK_MAGNITUDE[0]), max: String(AFTERSHOCK_MAGNITUDE[1]), step: '0.1', 'data-testid': 'inject-magnitude' });
      const depth = numberInput('depth', (i?.payload.depth ?? q?.depth ?? 10_000) / 1000, { min: '0', max: '100', step: '1', 'data-testid': 'inject-depth' });
      const strike = numberInput('strike', i?.payload.strike ?? q?.strike ?? 0, { min: '0', max: '360', step: '1', 'data-testid': 'inject-strike' });
      paint();
      return {
        el: h('div', {}, field(tx('震中', 'Epicentre'), at), field(tx('震级（Ms）', 'Magnitude (Ms)'), magnitude),
          field(tx('震源深度（千米）', 'Focal depth (km)'), depth), field(tx('断层走向（度，北起顺时针）', 'Fault strike (degrees from north)'), strike)),
        read: () => ({ target: { x: Math.round(x), y: Math.round(y) }, payload: { magnitude: num(magnitude), depth: Math.round(num(depth) * 1000), strike: num(strike) } }),
        pick: (p) => { if (p.kind !== 'point' && p.kind !== 'edge') return false; x = p.x; y = p.y; paint(); return true; },
      };
    }
  }
}

/** The condition's fields: its kind, then what it watches and the threshold or deadline. */
class ConditionFields {
  readonly el = h('div', { class: 'condition-fields', 'data-testid': 'condition-fields' });
  private body = h('div', {});
  read: () => Draft = () => ({});
  pick: (p: Pick) => boolean = () => false;

  constructor(private readonly s: Scenario, private readonly plan: Plan | null, private readonly script: () => readonly Inject[], init: Inject['when'] | undefined, private readonly changed: () => void) {
    const lang = currentLang();
    const kind = h('select', { name: 'conditionKind', 'data-testid': 'condition-kind' }, CONDITION_KINDS.map((k) => h('option', { value: k }, conditionKindName(k, lang)))) as HTMLSelectElement;
    kind.value = init?.kind ?? 'waterAtPlace';
    const paint = () => { this.paintKind(kind.value as ConditionKind, init && init.kind === kind.value ? init : undefined); changed(); };
    kind.addEventListener('change', paint);
    render(this.el, field(tx('条件', 'Condition'), kind), this.body);
    this.paintKind(kind.value as ConditionKind, init);
  }

  private paintKind(k: ConditionKind, init: Record<string, any> | undefined): void {
    const s = this.s, lang = currentLang();
    const level = (v: number | undefined, label: string) => { const el = numberInput('above', v ?? '', { step: '0.1', 'data-testid': 'condition-above' }); return { el: field(label, el), v: () => num(el) }; };
    const hm = (sec: number | undefined, label: string) => {
      const hh = numberInput('byHours', sec !== undefined ? Math.floor(sec / 3600) : '', { min: '0' }), mm = numberInput('byMinutes', sec !== undefined ? Math.floor((sec % 3600) / 60) : 0, { min: '0', max: '59' });
      return { el: field(label, h('span', { class: 'row' }, hh, tx('小时', 'h'), mm, tx('分', 'min'))), v: () => Math.round((num(hh) || 0) * 3600 + (num(mm) || 0) * 60) };
    };
    const choice = (opts: Option[], name: string, v: string | undefined) => { const c = new Choice(opts, name, opts.length > 12); if (v) c.set(v); return c; };
    let parts: Node[] = [];
    switch (k) {
      case 'reservoirLevel': case 'gaugeLevel': {
        const c = choice(placeOptions(s, [k === 'reservoirLevel' ? 'reservoirs' : 'gauges']), k === 'reservoirLevel' ? 'reservoir' : 'gauge', init?.[k === 'reservoirLevel' ? 'reservoir' : 'gauge']);
        const lv = level(init?.above, tx('水位达到（米）', 'Level reaches (m)'));
        parts = [field(k === 'reservoirLevel' ? tx('水库', 'Reservoir') : tx('水文站', 'Gauge'), c.el), lv.el];
        this.read = () => ({ kind: k, [k === 'reservoirLevel' ? 'reservoir' : 'gauge']: c.value(), above: lv.v() });
        this.pick = (p) => { if (p.kind !== 'place') return false; c.set(p.id); return c.value() === p.id; };
        break;
      }
      case 'waterAtPlace': case 'fireNearPlace': {
        const c = choice(placeOptions(s, ['villages', 'townships', 'shelters', 'depots']), 'place', init?.place);
        const lv = k === 'waterAtPlace' ? level(init?.above ?? 0.5, tx('水深达到（米）', 'Depth reaches (m)')) : level(init?.radius ?? 500, tx('火线距离（米）以内', 'Fire within (m)'));
        parts = [field(tx('地点', 'Place'), c.el), lv.el];
        this.read = () => (k === 'waterAtPlace' ? { kind: k, place: c.value(), above: lv.v() } : { kind: k, place: c.value(), radius: lv.v() });
        this.pick = (p) => { if (p.kind !== 'place') return false; c.set(p.id); return c.value() === p.id; };
        break;
      }
      case 'waterOnRoad': {
        let edge: number = init?.edge ?? NaN;
        const at = h('span', { class: 'hint' });
        const paintEdge = () => { at.textContent = Number.isFinite(edge) ? tx('已在地图上选定路段', 'road segment picked') : tx('请在地图上点选路段', 'click a road on the map'); };
        paintEdge();
        const lv = level(init?.above ?? 0.3, tx('积水达到（米）', 'Water reaches (m)'));
        parts = [field(tx('路段', 'Road'), at), lv.el];
        this.read = () => ({ kind: k, edge, above: lv.v() });
        this.pick = (p) => { if (p.kind !== 'edge') return false; edge = p.edge; paintEdge(); return true; };
        break;
      }
      case 'fireInArea': {
        let x: number = init?.x ?? NaN, y: number = init?.y ?? NaN;
        const at = h('span', { class: 'hint' });
        const paintAt = () => { at.textContent = Number.isFinite(x) ? tx(`中心（${(x / 1000).toFixed(2)} km，${(y / 1000).toFixed(2)} km）`, `centre (${(x / 1000).toFixed(2)} km, ${(y / 1000).toFixed(2)} km)`) : tx('请在地图上点选区域中心', 'click the centre on the map'); };
        paintAt();
        const r = level(init?.radius ?? 1000, tx('半径（米）', 'Radius (m)'));
        parts = [field(tx('区域', 'Area'), at), r.el];
        this.read = () => ({ kind: k, x: Math.round(x), y: Math.round(y), radius: r.v() });
        this.pick = (p) => { if (p.kind !== 'point' && p.kind !== 'edge') return false; x = p.x; y = p.y; paintAt(); return true; };
        break;
      }
      case 'peopleInDanger': {
        const c = choice(placeOptions(s, ['villages']), 'village', init?.village);
        const n = numberInput('atLeast', init?.atLeast ?? 10, { min: '1' });
        parts = [field(tx('村', 'Village'), c.el), field(tx('处于危险的人数不少于', 'At least this many people in danger'), n)];
        this.read = () => ({ kind: k, village: c.value(), atLeast: num(n) });
        this.pick = (p) => { if (p.kind !== 'place') return false; c.set(p.id); return c.value() === p.id; };
        break;
      }
      case 'notDone': {
        const req = this.plan ? choice(this.plan.requirements.filter((r) => r.action).map((r) => ({ id: r.id, label: localText(r.name, lang) })), 'requirement', init?.requirement) : null;
        const cmd = choice(CONDITION_COMMANDS.map((c) => ({ id: c, label: commandKindName(c, lang) })), 'command', init?.command);
        const role = choice([{ id: '', label: tx('任何一方', 'anyone') }, ...allRoles(s).filter((r) => r !== 'director' && r !== 'evaluator' && r !== 'observer').map((r) => ({ id: r, label: roleName(s, r, lang) }))], 'role', init?.role);
        const place = new Choice(placeOptions(s, ['villages', 'townships', 'shelters', 'depots', 'reservoirs']), 'place', true, tx('（不限地点）', '(any place)'));
        if (init?.place) place.set(init.place);
        const by = hm(init?.by, tx('截止时间（开演后）', 'Deadline (after the start)'));
        if (req) req.select.addEventListener('change', () => {
          const r = this.plan!.requirements.find((x) => x.id === req.value());
          if (!r?.action) return;
          cmd.set(r.action.type);
          role.set(r.role);
          const p = Object.values(r.action.fields).flat().find((v) => typeof v === 'string' && placeOptions(s, ['villages', 'townships', 'shelters', 'depots', 'reservoirs']).some((o) => o.id === v));
          if (typeof p === 'string') place.set(p);
        });
        parts = [req ? field(tx('预案要求（选后自动填写下面各项）', 'Plan requirement (fills the fields below)'), req.el) : null, field(tx('指令类型', 'Order'), cmd.el), field(tx('责任方', 'Who'), role.el), field(tx('涉及地点', 'Place'), place.el), by.el].filter((x): x is HTMLDivElement => x !== null);
        this.read = () => ({ kind: k, command: cmd.value(), by: by.v(), ...(role.value() ? { role: role.value() } : {}), ...(place.value() ? { place: place.value() } : {}), ...(req?.value() ? { requirement: req.value() } : {}) });
        this.pick = () => false;
        break;
      }
      case 'zoneDry': {
        const zone = choice((s.waterNetwork?.zones ?? []).map((x) => ({ id: x.id, label: localText(x.name, lang) })), 'zone', init?.zone);
        const hours = numberInput('for', init?.for !== undefined ? Math.round(init.for / 60) : 120, { min: '1' });
        parts = [field(tx('供水分区', 'Water zone'), zone.el), field(tx('停水时长（分钟）', 'Dry for (min)'), hours)];
        this.read = () => ({ kind: k, zone: zone.value(), for: Math.round(num(hours) * 60) });
        this.pick = () => false;
        break;
      }
      case 'warningNotAcknowledged': {
        const town = choice(s.townships.map((x) => ({ id: x.id, label: localText(x.name, lang) })), 'township', init?.township);
        const within = numberInput('within', init?.within !== undefined ? Math.round(init.within / 60) : 30, { min: '1' });
        parts = [field(tx('镇街', 'Township'), town.el), field(tx('叫应时限（分钟）', 'Acknowledge within (min)'), within)];
        this.read = () => ({ kind: k, township: town.value(), within: Math.round(num(within) * 60) });
        this.pick = (p) => { if (p.kind !== 'place') return false; town.set(p.id); return town.value() === p.id; };
        break;
      }
      case 'notAnswered': {
        const names = this.script().map((i) => ({ id: i.id, label: `${injectKindName(i.kind, lang)}${i.kind === 'message' ? `：${localText(i.payload.from, lang)}` : ''}` }));
        const inj = choice(names, 'inject', init?.inject);
        const within = numberInput('within', init?.within !== undefined ? Math.round(init.within / 60) : 20, { min: '1' });
        parts = [field(tx('所等待回应的注入', 'Inject waiting for an answer'), inj.el), field(tx('回应时限（分钟）', 'Answer within (min)'), within)];
        this.read = () => ({ kind: k, inject: inj.value(), within: Math.round(num(within) * 60) });
        this.pick = () => false;
        break;
      }
    }
    render(this.body, parts);
  }
}
