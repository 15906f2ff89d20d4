// 评估记录（导调看板）: the evaluators' observations and the players' self-assessments as they
// are recorded (issue 14: "the director sees them"), by plan requirement with rating and time;
// free notes by category. Fed live (runtime/evaluationBoard.ts); the report shows the same records.
import { h } from './dom.ts';
import { patch } from './patch.ts';
import { currentLang, tx } from '../i18n.ts';
import { localText } from '../../presentation/text/lang.ts';
import { roleName } from '../../presentation/text/names.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import { categoryName, ratingName } from '../../presentation/text/evaluationText.ts';
import { CAPABILITY_NAMES, type Capability } from '../../sim-core/plan/plan.ts';
import { evaluationBoard } from '../../runtime/evaluationBoard.ts';
import type { Observation } from '../../sim-core/score/evaluations.ts';
import type { Store } from '../session/store.ts';

export class EvaluationBoardPanel {
  readonly el = h('section', { class: 'panel evaluation-board', 'data-testid': 'evaluation-board' });

  constructor(private readonly store: Store) {
    store.on('evaluations', () => this.paint());
    this.paint();
  }

  private paint(): void {
    const s = this.store.scenario, lang = currentLang();
    if (!s) return;
    const b = evaluationBoard(this.store.evaluations, this.store.plan);
    const who = (role: string, actor: string | null) => `${roleName(s, role, lang)}${actor ? ` · ${actor}` : ''}`;
    const texts = (o: { strengths: string; improvements: string; note: string }) => [
      o.strengths ? h('div', {}, tx('亮点：', 'Strengths: '), o.strengths) : null,
      o.improvements ? h('div', {}, tx('待改进：', 'To improve: '), o.improvements) : null,
      o.note ? h('div', {}, o.note) : null];
    const obs = (o: Observation) => h('li', { 'data-key': String(o.seq) },
      h('span', { class: 'time' }, clockLabel(s, o.t)), ' ', h('b', { class: `rating r${o.rating ?? ''}` }, ratingName(o.rating, lang)), ' ',
      h('small', {}, who(o.evaluator, o.actor), o.observedRole ? tx(`，观察对象：${roleName(s, o.observedRole, lang)}`, `, observing ${roleName(s, o.observedRole, lang)}`) : '',
        o.observedAt !== null ? tx(`（${clockLabel(s, o.observedAt)}）`, ` (at ${clockLabel(s, o.observedAt)})`) : ''),
      ...texts(o));
    const title = (g: (typeof b.byRequirement)[number]) => g.name ? localText(g.name, lang)
      : g.requirement ? tx('预案要求', 'plan requirement')
      : g.capability ? tx(`能力：${localText(CAPABILITY_NAMES[g.capability as Capability], lang)}`, `Capability: ${localText(CAPABILITY_NAMES[g.capability as Capability], lang)}`) : tx('其他', 'other');
    const empty = b.byRequirement.length + b.notes.length + b.selfAssessments.length === 0;
    patch(this.el,
      h('h4', {}, tx('评估记录（实时）', 'Evaluations (live)')),
      empty ? h('p', { class: 'empty' }, tx('评估组和参演方还没有提交评估记录或自评。', 'No observations or self-assessments yet.')) : null,
      b.byRequirement.map((g) => h('div', { class: 'eval-group', 'data-requirement': g.requirement ?? '', 'data-key': g.requirement ?? `cap-${g.capability}` },
        h('h5', {}, title(g), h('span', { class: 'hint' }, tx(` ${g.observations.length} 条`, ` ${g.observations.length}`))),
        h('ul', { class: 'notes' }, g.observations.map(obs)))),
      b.notes.length ? h('div', { class: 'eval-group', 'data-key': 'notes' }, h('h5', {}, tx('自由记录', 'Free notes')),
        h('ul', { class: 'notes' }, b.notes.map((o) => h('li', { 'data-key': String(o.seq) }, h('span', { class: 'time' }, clockLabel(s, o.t)), ' ',
          h('b', {}, categoryName(o.category, lang)), ' ', h('small', {}, who(o.evaluator, o.actor)), ...texts(o))))) : null,
      b.selfAssessments.length ? h('div', { class: 'eval-group', 'data-key': 'self', 'data-testid': 'self-assessments' }, h('h5', {}, tx('参演方自评', 'Self-assessments')),
        h('ul', { class: 'notes' }, b.selfAssessments.map((a) => h('li', { 'data-key': String(a.seq) }, h('span', { class: 'time' }, clockLabel(s, a.t)), ' ',
          h('b', { class: `rating r${a.rating ?? ''}` }, ratingName(a.rating, lang)), ' ', h('small', {}, who(a.role, a.actor)), ...texts(a))))) : null);
  }
}
