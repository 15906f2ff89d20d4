// 评估表: the evaluator fills the exercise evaluation guide as the drill runs — a requirement (or
// a capability, or a free note with a category), the role and moment observed, P/S/M/U, strengths
// and areas for improvement. Each entry is an `evaluate` command: logged, so the report (and the
// director's copy of it) shows it beside the automatic verdict. Played roles use the same form
// for their self-assessment (自评, `selfAssess`) once the drill has ended.
import { h, render } from './dom.ts';
import { lt, tx, currentLang } from '../i18n.ts';
import { roleName } from '../../presentation/text/names.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import { CAPABILITY_NAMES } from '../../sim-core/plan/plan.ts';
import { AnswerLine } from './widgets.ts';
import { CATEGORY_WORDS, RATING_WORDS } from '../../presentation/text/evaluationText.ts';
import type { Store } from '../session/store.ts';
import type { Session } from '../session/session.ts';

const RATINGS: [string, string, string][] = [['', '不评定', 'no rating'], ...Object.entries(RATING_WORDS).map(([k, [zh, en]]) => [k, zh, en] as [string, string, string])];
const CATEGORIES: [string, string, string][] = Object.entries(CATEGORY_WORDS).map(([k, [zh, en]]) => [k, zh, en]);
const opts = (list: [string, string, string][]) => list.map(([v, zh, en]) => h('option', { value: v }, tx(zh, en)));

/** The evaluator's entry form (kind `evaluate`) or a played role's self-assessment (kind `selfAssess`). */
export class EvaluationForm {
  readonly el = h('form', { class: 'order-form evaluation-form', 'data-testid': 'evaluation-form' });

  constructor(private readonly store: Store, private readonly session: Session, private readonly kind: 'evaluate' | 'selfAssess') {
    this.build();
  }

  private build(): void {
    const { plan, scenario: s } = this.store;
    const lang = currentLang();
    const subject = h('select', { name: 'subject', 'data-testid': 'evaluation-subject' },
      h('option', { value: 'note' }, tx('自由记录（按类别）', 'free note (by category)')),
      ...(plan ? [...new Set(plan.requirements.map((r) => r.capability))].map((c) => h('optgroup', { label: lt(CAPABILITY_NAMES[c]) },
        h('option', { value: `cap:${c}` }, tx(`整体：${CAPABILITY_NAMES[c].zh}`, `overall: ${CAPABILITY_NAMES[c].en}`)),
        ...plan.requirements.filter((r) => r.capability === c).map((r) => h('option', { value: `req:${r.id}` }, lt(r.name))))) : []));
    const roles = s ? ['chief', ...s.townships.map((t) => `township:${t.id}`), ...s.teams.map((t) => `team:${t.id}`)] : [];
    const observed = h('select', { name: 'observedRole', 'data-testid': 'evaluation-role' }, h('option', { value: '' }, tx('被评估角色', 'role observed')), ...roles.map((r) => h('option', { value: r }, roleName(s!, r, lang))));
    const rating = h('select', { name: 'rating', 'data-testid': 'evaluation-rating' }, opts(RATINGS));
    const category = h('select', { name: 'category', 'data-testid': 'evaluation-category' }, opts(CATEGORIES));
    const strengths = h('textarea', { name: 'strengths', rows: 2, maxlength: 2000, placeholder: tx('亮点（做得好的）', 'strengths'), 'data-testid': 'evaluation-strengths' });
    const improvements = h('textarea', { name: 'improvements', rows: 2, maxlength: 2000, placeholder: tx('待改进之处', 'areas for improvement'), 'data-testid': 'evaluation-improvements' });
    const note = h('textarea', { name: 'note', rows: 2, maxlength: 2000, placeholder: tx('其他记录', 'note'), 'data-testid': 'evaluation-note' });
    const stamp = h('span', { class: 'hint' });
    const paintStamp = () => { stamp.textContent = `${tx('观察时刻', 'Observed at')} ${clockLabel(s, this.store.clock.t, true)}`; };
    this.store.on('clock', paintStamp); paintStamp();
    const answer = new AnswerLine();
    const evaluator = this.kind === 'evaluate';
    render(this.el,
      evaluator ? subject : null, evaluator ? observed : null, rating, evaluator ? category : null, strengths, improvements, note,
      h('div', { class: 'actions' }, evaluator ? stamp : null, h('button', { class: 'primary', type: 'submit', 'data-testid': 'evaluation-submit' }, evaluator ? tx('记录评估', 'Record') : tx('提交自评', 'Submit self-assessment'))),
      answer.el);
    this.el.onsubmit = async (e) => {
      e.preventDefault();
      const text = (x: HTMLTextAreaElement) => x.value.trim();
      const cmd: Record<string, unknown> = { type: this.kind };
      if (rating.value) cmd.rating = rating.value;
      if (text(strengths)) cmd.strengths = text(strengths);
      if (text(improvements)) cmd.improvements = text(improvements);
      if (text(note)) cmd.note = text(note);
      if (evaluator) {
        const v = subject.value;
        if (v.startsWith('req:')) cmd.requirement = v.slice(4);
        else if (v.startsWith('cap:')) cmd.capability = v.slice(4);
        else cmd.category = category.value;
        if (observed.value) cmd.observedRole = observed.value;
        cmd.observedAt = this.store.clock.t;
      }
      if (!cmd.rating && !cmd.strengths && !cmd.improvements && !cmd.note) return;
      answer.sending();
      const r = await this.session.command(cmd);
      if (r.ok) { for (const x of [strengths, improvements, note]) x.value = ''; answer.show(r, tx('已记录', 'Recorded')); } else answer.show(r);
    };
  }
}
