// 导调台: the truth view with a switch to any role's view, the MSEL with "fire now", ad-hoc
// injects (a message as an outside party, roads closed or opened on the map), fork from now,
// who is connected, every role's join code, and the after-action report.
import { h, render } from './dom.ts';
import { patch } from './patch.ts';
import { roadsText } from '../../presentation/text/roadNames.ts';
import { lt, t, tx, currentLang } from '../i18n.ts';
import { injectLabel, placeName, roleName } from '../../presentation/text/names.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import { AnswerLine, Choice, MultiPick } from './widgets.ts';
import type { Store } from '../session/store.ts';
import type { Session } from '../session/session.ts';
import type { OnlineSession } from '../session/online.ts';
import type { InjectView } from '../../sim-core/views.ts';
import type { Pick } from '../map/mapView.ts';
import { allRoles } from '../../sim-core/commands/roles.ts';
import { ScriptEditor, type EditAnswer } from './script/scriptEditor.ts';
import type { Ack } from '../session/store.ts';
import { showReport } from './reportOverlay.ts';

const KIND: Record<string, [string, string]> = {
  message: ['信息', 'message'], closeRoad: ['断路', 'road closed'], openRoad: ['通路', 'road open'], trapped: ['被困', 'trapped'], rain: ['雨情', 'rain'],
  weather: ['天气', 'weather'], damBreak: ['溃坝', 'dam break'], damCrack: ['大坝裂缝', 'dam crack'], leveeBreach: ['溃堤', 'levee breach'], ignition: ['起火', 'ignition'], outage: ['断电断网', 'outage'],
  chemicalRelease: ['危化品泄漏', 'chemical release'], aftershock: ['余震', 'aftershock'],
};

export function roleOptions(store: Store): { id: string; label: string; group?: string }[] {
  const s = store.scenario!;
  return allRoles(s).filter((r) => r !== 'director').map((r) => ({
    id: r, label: roleName(s, r, currentLang()), group: r.startsWith('township:') ? t('townships') : r.startsWith('team:') ? t('units') : undefined,
  }));
}

export class DirectorPanel {
  readonly el = h('div', { class: 'panel director', 'data-testid': 'director' });
  private msel: InjectView[] = [];
  /** 演练脚本编辑 (script/scriptEditor.ts): the MSEL as an editable table; null in a replay. */
  private readonly script: ScriptEditor | null;
  private mselEl = h('div', { class: 'msel' });
  private mselAnswer = new AnswerLine();
  private peopleEl = h('div', { class: 'people' });
  private forkEl = h('div', { class: 'fork' });
  pickedEdges: number[] = [];
  private edgesEl = h('div', { class: 'hint edges' });
  onEdges: (edges: number[]) => void = () => {};
  onViewAs: (role: string) => void = () => {};

  constructor(private readonly store: Store, private readonly session: Session) {
    store.on('view', () => {
      if (store.view?.truth && store.view.injects) { this.msel = store.view.injects; this.paintMsel(); }
    });
    this.script = session.mode === 'replay' ? null : new ScriptEditor({
      scenario: store.scenario!, plan: store.plan, now: () => store.clock.t,
      apply: async (edit) => {
        const cmd = edit.op === 'add' ? { type: 'addInject', ...(edit.id ? { id: edit.id } : {}), inject: edit.inject }
          : edit.op === 'edit' ? { type: 'editInject', id: edit.id, inject: edit.inject } : { type: 'deleteInject', id: edit.id };
        return answerOf(await session.command(cmd));
      },
      fireNow: session.inject ? async (id) => answerOf(await session.inject!({ inject: id })) : undefined,
      save: session.mode === 'online' && store.extra.adminToken ? (script, folder) => saveScript(store.scenario!.id, store.extra.adminToken as string, script, folder) : undefined,
    });
    this.build();
    if (session.mode === 'online') { void this.paintPeople(); setInterval(() => void this.paintPeople(), 5000); }
  }

  build(): void {
    const s = this.store.scenario!;
    const viewAs = new Choice([{ id: this.store.role, label: t('truthView') }, ...roleOptions(this.store).filter((o) => o.id !== this.store.role)], 'viewAs', true);
    viewAs.select.value = this.store.viewRole;
    viewAs.select.addEventListener('change', () => this.onViewAs(viewAs.value()));
    viewAs.select.dataset.testid = 'view-as';

    // Ad-hoc message from an outside party (the public, the weather service, the city).
    const to = new Choice(roleOptions(this.store).filter((o) => o.id !== 'evaluator'), 'to', true);
    to.set('chief');
    const from = h('input', { type: 'text', name: 'from', value: tx('群众来电', 'A caller'), maxlength: 60 });
    const text = h('textarea', { name: 'text', rows: 2, maxlength: 2000, placeholder: tx('例如：某村村民来电，称河水上涨…', 'e.g. a villager calls: the river is rising…') });
    const msgAnswer = new AnswerLine();
    const msgForm = h('form', { class: 'order-form', 'data-testid': 'adhoc-message' },
      h('div', { class: 'field' }, h('div', { class: 'label' }, t('recipient')), to.el),
      h('div', { class: 'field' }, h('div', { class: 'label' }, t('from')), from),
      h('div', { class: 'field' }, h('div', { class: 'label' }, t('text')), text),
      h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'submit' }, t('send'))), msgAnswer.el);
    msgForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!text.value.trim()) { msgAnswer.error(tx('请填写内容。', 'Write the message.')); return; }
      if (!this.session.inject) return;
      msgAnswer.sending();
      msgAnswer.show(await this.session.inject({ adHoc: { kind: 'message', to: to.value(), text: { zh: text.value.trim() }, from: { zh: from.value.trim() || tx('外部', 'outside') } } }));
    });

    const roadAnswer = new AnswerLine();
    const reason = h('input', { type: 'text', name: 'reason', maxlength: 200, placeholder: t('reason') });
    const road = (kind: 'closeRoad' | 'openRoad') => async () => {
      if (!this.pickedEdges.length) { roadAnswer.error(t('pickRoads')); return; }
      roadAnswer.sending();
      const r = reason.value.trim();
      roadAnswer.show(await this.session.inject!({ adHoc: { kind, edges: [...this.pickedEdges], ...(kind === 'closeRoad' && r ? { reason: { zh: r } } : {}) } }));
    };
    this.paintEdges();

    // Any other kind of inject, made up now (临机导调): a template per kind, filled from the map.
    const kinds = ['trapped', 'rain', 'weather', 'ignite', 'outage', 'damBreak', 'damCrack', 'leveeBreach', ...(s.chemical ? ['chemicalRelease'] : []), ...(s.earthquake ? ['aftershock'] : [])];
    const kindSel = h('select', { name: 'adHocKind', 'data-testid': 'adhoc-kind' }, kinds.map((k) => h('option', { value: k }, tx(...(KIND[k === 'ignite' ? 'ignition' : k] ?? [k, k])))));
    const target = h('textarea', { name: 'target', rows: 2, spellcheck: false, class: 'mono' });
    const payload = h('textarea', { name: 'payload', rows: 2, spellcheck: false, class: 'mono' });
    const seen = new MultiPick(roleOptions(this.store).filter((o) => o.id !== 'evaluator'), 'visibleTo');
    const template = () => {
      const v = s.villages[0], r = s.reservoirs[0], l = s.levees[0];
      const tpl: Record<string, [unknown, unknown]> = {
        trapped: [{ place: v.id }, { people: 8 }], rain: [{ zone: s.rainZones[0]?.id ?? '' }, { series: [[0, 60], [3600, 30], [7200, 0]] }],
        weather: [null, { wind: { speed: 12, dir: 135 } }], ignite: [{ x: Math.round(v.x), y: Math.round(v.y) }, {}],
        outage: [{ place: v.id }, { services: ['power', 'comms'] }], damBreak: [{ place: r?.id ?? '' }, { mode: 'overtopping' }], damCrack: [{ place: r?.id ?? '' }, { damage: 'moderate' }],
        leveeBreach: [{ levee: l?.id ?? '', x: l ? l.line[0][0] : 0, y: l ? l.line[0][1] : 0 }, { formation: 1800 }],
        // An explosion at the site: a puff of 500 kg (rate + duration for a leak instead).
        chemicalRelease: [{ site: s.chemical?.sites[0]?.id ?? '' }, { mass: 500, cause: 'explosion' }],
        // An aftershock at the main shock's epicentre (click the map to move it): Ms, focal depth in metres.
        aftershock: [{ x: s.earthquake?.epicentre.x ?? 0, y: s.earthquake?.epicentre.y ?? 0 }, { magnitude: 5, depth: s.earthquake?.depth ?? 10_000 }],
      };
      const [tg, pl] = tpl[kindSel.value];
      target.value = tg === null ? '' : JSON.stringify(tg);
      payload.value = JSON.stringify(pl);
    };
    kindSel.addEventListener('change', template);
    template();
    this.fillTarget = (p: Pick) => {
      let tg: Record<string, unknown>;
      try { tg = target.value.trim() ? JSON.parse(target.value) : {}; } catch { tg = {}; }
      if ((p.kind === 'point' || p.kind === 'edge') && 'x' in tg) { tg.x = Math.round(p.x); tg.y = Math.round(p.y); }
      else if (p.kind === 'place' && 'place' in tg) tg.place = p.id;
      else return false;
      target.value = JSON.stringify(tg);
      return true;
    };
    const otherAnswer = new AnswerLine();
    const otherForm = h('form', { class: 'order-form', 'data-testid': 'adhoc-other' },
      h('div', { class: 'field' }, h('div', { class: 'label' }, t('kind')), kindSel),
      h('div', { class: 'field' }, h('div', { class: 'label' }, tx('目标参数（可在地图上点选地点或位置）', 'Target (JSON; click a place or a spot on the map)')), target),
      h('div', { class: 'field' }, h('div', { class: 'label' }, tx('内容参数', 'Payload (JSON)')), payload),
      h('div', { class: 'field' }, h('div', { class: 'label' }, tx('谁能察觉（不选则只有导调和评估组知道）', 'Who perceives it (none: only director and evaluators)')), seen.el),
      h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'submit' }, t('send'))), otherAnswer.el);
    otherForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      let tg: unknown, pl: unknown;
      try { tg = target.value.trim() ? JSON.parse(target.value) : undefined; pl = payload.value.trim() ? JSON.parse(payload.value) : undefined; } catch (err) { otherAnswer.error(`JSON: ${(err as Error).message}`); return; }
      otherAnswer.sending();
      otherAnswer.show(await this.session.inject!({ adHoc: { kind: kindSel.value, ...(tg ? { target: tg } : {}), ...(pl ? { payload: pl } : {}), visibleTo: seen.values() } as never }));
    });

    const clockBox = h('div', { class: 'hint' }, tx('时钟控制在顶栏：暂停、1×、10×、60×、最快。', 'The clock is in the top bar: pause, 1×, 10×, 60×, max.'));
    const hidePlan = h('input', { type: 'checkbox', 'data-testid': 'hide-plan', ...(this.store.hidePlan ? { checked: 'checked' } : {}) }) as HTMLInputElement;
    hidePlan.addEventListener('change', () => { void (this.session as OnlineSession).setPlanHidden(hidePlan.checked); });
    const drillBox = this.session.mode === 'online'
      ? h('label', { class: 'check' }, hidePlan, tx('无脚本演练：向参演方隐藏预案清单', 'No-script drill: hide the plan checklist from the players'))
      : null;
    const forkBtn = h('button', { class: 'small', 'data-testid': 'fork', onclick: () => void this.doFork() }, t('fork'));
    const reportBtn = h('button', { class: 'small', 'data-testid': 'open-report', onclick: () => this.openReport() }, t('openReport'));
    render(this.el,
      h('div', { class: 'panel-head' }, h('h3', {}, t('director'))),
      h('section', {}, h('h4', {}, t('viewAs')), viewAs.el, h('p', { class: 'hint' }, this.store.viewRole === this.store.role ? t('truthNote') : tx(`正在以「${roleName(s, this.store.viewRole, currentLang())}」的视角查看。`, `Looking through the eyes of ${roleName(s, this.store.viewRole, currentLang())}.`))),
      h('section', {}, h('h4', {}, t('msel')), this.mselEl),
      this.session.mode === 'online' ? h('section', {}, h('h4', {}, t('adHocMessage')), msgForm) : null,
      this.session.mode === 'online' ? h('section', {}, h('details', { class: 'order' }, h('summary', {}, tx('临时注入：其他情况（被困、雨情、天气、起火、断电、溃坝、溃堤）', 'Ad-hoc: other (trapped, rain, weather, fire, outage, dam or levee breach)')), otherForm)) : null,
      this.session.mode === 'online' ? h('section', { 'data-testid': 'adhoc-roads' }, h('h4', {}, tx('临时注入：道路', 'Ad-hoc: roads')), this.edgesEl,
        h('div', { class: 'row' }, reason, h('button', { class: 'small', onclick: road('closeRoad') }, t('closeRoads')), h('button', { class: 'small', onclick: road('openRoad') }, t('openRoads')),
          h('button', { class: 'small', onclick: () => { this.pickedEdges = []; this.onEdges([]); this.paintEdges(); } }, t('selectNone'))), roadAnswer.el) : null,
      h('section', {}, h('h4', {}, t('clock')), clockBox, drillBox, h('div', { class: 'row' }, this.session.fork ? forkBtn : null, reportBtn), this.forkEl),
      this.session.mode === 'online' ? h('section', {}, h('h4', {}, `${t('connected')} · ${t('joinCodes')}`), this.peopleEl) : null);
    this.paintMsel();
  }

  private fillTarget: (p: Pick) => boolean = () => false;

  /** A road picked on the map toggles in the list of roads to close or open; a place or spot fills an ad-hoc inject's target. */
  usePick(p: Pick): boolean {
    if (this.script?.usePick(p)) return true;
    if (this.session.mode !== 'online') return false;
    if (p.kind !== 'edge') return this.fillTarget(p);
    const i = this.pickedEdges.indexOf(p.edge);
    if (i >= 0) this.pickedEdges.splice(i, 1); else this.pickedEdges.push(p.edge);
    this.onEdges(this.pickedEdges);
    this.paintEdges();
    return true;
  }

  private paintEdges(): void {
    this.edgesEl.textContent = this.pickedEdges.length ? `${tx('已选道路', 'Picked')}：${roadsText(this.store.scenario!, this.pickedEdges, currentLang())}` : t('pickRoads');
  }

  // Patched in place on every view (four times a second at 10×): each inject keeps its row and
  // its 立即注入 button, so a click that starts on the button ends on it.
  private paintMsel(): void {
    if (this.script) {
      this.script.setEntries(this.msel.map((v) => ({ inject: v.inject, at: v.at, fired: v.fired })));
      if (this.script.el.parentElement !== this.mselEl) render(this.mselEl, this.script.el);
      return;
    }
    const s = this.store.scenario!;
    const now = this.store.clock.t;
    const answer = this.mselAnswer;
    patch(this.mselEl,
      this.msel.length ? h('table', { class: 'grid small' },
        h('thead', {}, h('tr', {}, h('th', {}, t('inject')), h('th', {}, t('kind')), h('th', {}, t('scheduled')), h('th', {}, t('status')), h('th', {}))),
        h('tbody', {}, this.msel.map((inj) => h('tr', { class: inj.fired !== null ? 'done' : inj.at - now < 900 ? 'soon' : '', 'data-inject': inj.id, 'data-key': inj.id, title: lt(inj.expected) },
          h('td', {}, injectLabel(s, inj.inject, currentLang())), h('td', {}, tx(...(KIND[inj.kind] ?? [inj.kind, inj.kind]))), h('td', {}, clockLabel(s, inj.at)),
          h('td', {}, inj.fired !== null ? `${t('fired')} ${clockLabel(s, inj.fired)}` : '—'),
          h('td', {}, inj.fired === null ? h('button', { class: 'small fire-now', 'data-testid': `fire-${inj.id}`, onclick: async () => { answer.sending(); answer.show(await this.session.inject!({ inject: inj.id })); } }, t('fireNow')) : null))))) : h('p', { class: 'empty' }, t('noneYet')),
      answer.el);
  }

  private async paintPeople(): Promise<void> {
    const online = this.session as OnlineSession;
    const [info, who] = await Promise.all([online.exerciseInfo().catch(() => null), online.connected().catch(() => null)]);
    const count = who?.total ?? null;
    const here = (r: string) => who?.byRole[r] ?? 0;
    const s = this.store.scenario;
    if (!s) return;
    const base = `${location.origin}/`;
    render(this.peopleEl,
      h('p', {}, count !== null ? tx(`当前共有 ${count} 个连接（含本导调台）。`, `${count} connection(s) now, this console included.`) : tx('（需管理令牌才能查看在线人数）', '(the admin token shows who is connected)')),
      info ? h('table', { class: 'grid small codes' }, h('tbody', {}, Object.entries(info.codes).filter(([r]) => r !== 'director').map(([r, code]) =>
        h('tr', {}, h('td', {}, roleName(s, r, currentLang())), h('td', { class: here(r) ? 'online' : 'muted' }, here(r) ? tx(`在线 ${here(r)}`, `${here(r)} online`) : tx('未连接', 'not connected')), h('td', {}, h('code', { 'data-latin': 'join code' }, code)), h('td', {}, h('a', { href: `${base}?code=${code}`, target: '_blank' }, tx('链接', 'link'))))))) : null);
  }

  private async doFork(): Promise<void> {
    if (!this.session.fork) return;
    render(this.forkEl, t('sending'));
    const r = await this.session.fork();
    if (!r.ok) { render(this.forkEl, h('span', { class: 'answer rejected' }, r.message)); return; }
    const s = this.store.scenario!;
    const admin = this.store.extra.adminToken as string | null;
    render(this.forkEl, h('div', { class: 'answer ok', 'data-testid': 'fork-result' }, h('b', {}, `${t('forked')} ${r.id}`), ` (${clockLabel(s, r.t)})`),
      h('ul', { class: 'links' }, Object.entries(r.codes).filter(([role]) => ['director', 'chief', 'evaluator'].includes(role)).map(([role, code]) =>
        h('li', {}, `${roleName(s, role, currentLang())}: `, h('a', { href: `/?code=${code}${role === 'director' && admin ? `#admin=${admin}` : ''}`, target: '_blank' }, code)))));
  }

  private openReport(): void {
    // Built where the sim runs: by the server from the exercise's own sim, or by the offline worker.
    if (this.session.reportHtml) showReport(this.session.reportHtml());
  }

  placeLabel(id: string): string { return placeName(this.store.scenario!, id, currentLang()); }
}

/** A server's or the core's answer as the script editor reads it (a refused edit names its row and field). */
function answerOf(ack: Ack | { ok: true }): EditAnswer {
  if (ack.ok) return { ok: true };
  const a = ack as { error: string; message: string; problem?: { row: string; field: string; code: string } };
  return { ok: false, error: a.error, message: a.message, ...(a.problem ? { problem: a.problem } : {}) };
}

/** PUT /api/admin/scenarios/:name/script — the script back into its folder or a new one (scriptSave.ts on the server). */
async function saveScript(scenario: string, admin: string, script: unknown[], folder?: string): Promise<EditAnswer> {
  try {
    const res = await fetch(`/api/admin/scenarios/${encodeURIComponent(scenario)}/script`, {
      method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ script, ...(folder ? { folder } : {}) }),
    });
    if (res.ok) return { ok: true };
    const b = await res.json().catch(() => ({})) as { error?: string; message?: string };
    return { ok: false, error: b.error ?? 'internal', message: b.message ?? String(res.status) };
  } catch (err) {
    return { ok: false, error: 'offline', message: String(err) };
  }
}
