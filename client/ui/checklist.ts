// 预案: what the plan expects of this role and by when — triggered, due, done on time or late —
// followed live. In a no-script drill the checklist (or the requirements the plan marks hidden)
// is not shown to players.
import { citationText } from '../../presentation/text/citationText.ts';
import { patch } from './patch.ts';
import { h, render } from './dom.ts';
import { lt, t, tx, currentLang } from '../i18n.ts';
import { roleName } from '../../presentation/text/names.ts';
import { clockLabel, durationText } from '../../presentation/text/clock.ts';
import type { Store } from '../session/store.ts';
import { CAPABILITY_NAMES } from '../../sim-core/plan/plan.ts';
import { requirementsFor, type Checklist as Facts } from '../../runtime/checklist.ts';
import { verdictOf, type Verdict } from '../plan/verdict.ts';

const VERDICT_TEXT: Record<Verdict, [string, string]> = {
  waiting: ['待触发', 'not triggered'], open: ['进行中', 'open'], overdue: ['已超时', 'overdue'], onTime: ['按时完成', 'done on time'], late: ['超时完成', 'done late'],
};

/** The requirement facts of this console's role, as its feed sent them (from the core's tracker). */
export function currentFacts(store: Store): Facts | null {
  if (!store.plan || !store.scenario) return null;
  return store.checklist;
}

export class Checklist {
  readonly el = h('div', { class: 'panel checklist-panel', 'data-testid': 'plan' });
  constructor(private readonly store: Store) {
    for (const topic of ['clock', 'extra'] as const) store.on(topic, () => this.update());
    this.update();
  }

  update(): void {
    const { scenario: s, role, toldRequirements: told } = this.store;
    // A player's requirements come with its feed's checklist, each once it was triggered (issue 15).
    const plan = this.store.checklistPlan();
    if (!s) return;
    if (!plan) { render(this.el, h('p', { class: 'empty' }, t('noPlan'))); return; }
    const truth = role === 'director' || role === 'evaluator';
    if (this.store.hidePlan && !truth) {
      render(this.el, h('div', { class: 'panel-head' }, h('h3', {}, t('planChecklist'))), h('p', { class: 'empty' }, t('planHidden')));
      return;
    }
    const now = this.store.clock.t;
    const facts = currentFacts(this.store);
    const reqs = requirementsFor(plan, role, truth);
    const hiddenCount = truth ? 0 : requirementsFor(plan, role, true).length - reqs.length;
    const rows = reqs.map(({ req, index }) => {
      const f = facts?.[index];
      const v = verdictOf(req, f, now);
      const due = f?.triggerAt != null ? f.triggerAt + req.within : null;
      const left = due !== null && v === 'open' ? due - now : null;
      return h('li', { class: `req v-${v}`, 'data-req': req.id, 'data-key': req.id },
        h('div', { class: 'req-head' }, h('span', { class: `verdict v-${v}` }, tx(...VERDICT_TEXT[v])), h('b', {}, lt(req.name))),
        h('div', { class: 'req-meta' },
          truth ? h('span', {}, roleName(s, req.role, currentLang())) : null,
          h('span', {}, lt(CAPABILITY_NAMES[req.capability])),
          h('span', {}, `${t('within')} ${durationText(req.within, currentLang())}`),
          f?.triggerAt != null ? h('span', {}, `${t('triggered')} ${clockLabel(s, f.triggerAt)}`) : null,
          due !== null ? h('span', {}, `${t('due')} ${clockLabel(s, due)}`) : null,
          left !== null ? h('span', { class: left < 600 ? 'urgent' : '' }, tx(`剩 ${durationText(left, currentLang())}`, `${durationText(left, currentLang())} left`)) : null,
          f?.doneAt != null ? h('span', {}, `${t('done')} ${clockLabel(s, f.doneAt)}`) : null),
        h('div', { class: 'req-src' }, citationText(req.source, currentLang())));
    });
    const order: Verdict[] = ['overdue', 'open', 'waiting', 'late', 'onTime'];
    rows.sort((a, b) => order.indexOf(a.className.split('v-')[1] as Verdict) - order.indexOf(b.className.split('v-')[1] as Verdict));
    patch(this.el,
      h('div', { class: 'panel-head' }, h('h3', {}, `${t('planChecklist')} · ${lt(plan.name)}`)),
      rows.length ? h('ol', { class: 'reqs' }, rows)
        : told ? h('p', { class: 'empty' }, tx('预案的要求在情况发生后逐项显示。', 'The plan\'s requirements appear here as things happen.'))
        : h('p', { class: 'empty' }, tx('预案对本角色没有明确要求。', 'The plan asks nothing specific of this role.')),
      hiddenCount ? h('p', { class: 'hint' }, tx(`另有 ${hiddenCount} 项要求在无脚本演练中不显示。`, `${hiddenCount} more requirement(s) are not shown in a no-script drill.`)) : null);
  }
}
