// 评估台: notes tied to the current moment (the server stamps them with the sim time), the notes
// so far, and the live requirement timeline of the whole plan.
import { patch } from './patch.ts';
import { h, render } from './dom.ts';
import { t, tx, currentLang } from '../i18n.ts';
import { roleName } from '../../presentation/text/names.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import { AnswerLine } from './widgets.ts';
import type { Store } from '../session/store.ts';
import type { Session } from '../session/session.ts';
import { timelineSvg } from './timeline.ts';
import { currentFacts } from './checklist.ts';
import { verdictOf } from '../plan/verdict.ts';
import { EvaluationForm } from './evaluationForm.ts';

export class EvaluatorPanel {
  readonly el = h('div', { class: 'panel evaluator', 'data-testid': 'evaluator' });
  private notesEl = h('ol', { class: 'notes', 'data-testid': 'annotations' });
  private timelineEl = h('div', { class: 'timeline-box', 'data-testid': 'timeline' });
  private summaryEl = h('div', { class: 'chips' });
  private lastKey = '';

  constructor(private readonly store: Store, private readonly session: Session) {
    store.on('annotations', () => this.paintNotes());
    for (const topic of ['events', 'clock', 'extra'] as const) store.on(topic, () => this.paintTimeline());
    this.build();
  }

  build(): void {
    const text = h('textarea', { name: 'annotation', rows: 3, maxlength: 4000, placeholder: t('annotationHint'), 'data-testid': 'annotation-text' });
    const answer = new AnswerLine();
    const stamp = h('span', { class: 'hint' });
    const paintStamp = () => { stamp.textContent = `${tx('记录时刻', 'At')} ${clockLabel(this.store.scenario, this.store.clock.t, true)}`; };
    this.store.on('clock', paintStamp); paintStamp();
    const form = h('form', { class: 'order-form' }, text, h('div', { class: 'actions' }, stamp, h('button', { class: 'primary', type: 'submit', 'data-testid': 'annotate' }, t('annotate'))), answer.el);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const body = text.value.trim();
      if (!body || !this.session.annotate) return;
      answer.sending();
      const r = await this.session.annotate(body);
      if (r.ok) { text.value = ''; answer.show({ ok: true }, tx('已记录', 'Noted')); } else answer.show({ ok: false, error: r.error ?? 'failed', message: r.message ?? '' });
    });
    render(this.el,
      h('div', { class: 'panel-head' }, h('h3', {}, t('evaluate'))),
      h('section', {}, h('h4', {}, tx('评估表（按评估指南逐项记录）', 'Evaluation guide entry')), new EvaluationForm(this.store, this.session, 'evaluate').el),
      this.session.annotate ? h('section', {}, h('h4', {}, t('annotation')), form, this.notesEl) : null,
      h('section', {}, h('h4', {}, t('timeline')), this.summaryEl, this.timelineEl,
        h('p', { class: 'hint' }, tx('浅蓝条：触发至时限；竖线：时限；圆点：完成（绿按时，橙超时）；✕：已超时未完成；红虚线：当前。', 'Bar: trigger to deadline; tick: deadline; dot: done (green on time, orange late); ✕ overdue; dashed line: now.'))));
    this.paintNotes();
    this.paintTimeline();
  }

  private paintNotes(): void {
    const s = this.store.scenario;
    render(this.notesEl, [...this.store.annotations].reverse().map((a) => h('li', {}, h('span', { class: 'time' }, clockLabel(s, a.t)), ' ', h('small', {}, `${roleName(s!, a.role, currentLang())}${a.actor ? ` · ${a.actor}` : ''}`), h('div', {}, a.text))));
  }

  private paintTimeline(): void {
    // The requirements the checklist's facts follow (the told ones while the director looks through a player's eyes).
    const plan = this.store.checklistPlan();
    const s = this.store.scenario;
    if (!plan || !s) { render(this.timelineEl, h('p', { class: 'empty' }, t('noPlan'))); return; }
    const key = `${this.store.events.length}|${Math.floor(this.store.clock.t / 60)}|${this.store.checklist ? JSON.stringify(this.store.checklist.map((f) => f?.doneAt ?? f?.triggerAt ?? null)) : ''}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    const facts = currentFacts(this.store) ?? [];
    const now = this.store.clock.t;
    const counts = { open: 0, overdue: 0, onTime: 0, late: 0, waiting: 0 };
    plan.requirements.forEach((r, k) => { counts[verdictOf(r, facts[k], now)]++; });
    patch(this.summaryEl,
      h('span', { class: 'chip', style: '--c:#2e7d32' }, `${tx('按时', 'on time')} ${counts.onTime}`),
      h('span', { class: 'chip', style: '--c:#ef6c00' }, `${tx('超时完成', 'late')} ${counts.late}`),
      h('span', { class: 'chip', style: '--c:#1565c0' }, `${tx('进行中', 'open')} ${counts.open}`),
      h('span', { class: 'chip', style: '--c:#c62828' }, `${tx('已超时', 'overdue')} ${counts.overdue}`),
      h('span', { class: 'chip', style: '--c:#888' }, `${tx('未触发', 'not triggered')} ${counts.waiting}`));
    const hourLabel = (hr: number) => clockLabel(s, hr * 3600).slice(6);
    this.timelineEl.innerHTML = timelineSvg(plan, facts, now, Math.max(now, Math.min(this.store.clock.until, now + 2 * 3600)), hourLabel);
  }
}
