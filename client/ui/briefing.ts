// 情况通报: every console opens on its role's briefing — the scenario's background, the initial
// situation (想定) and this role's task and forces, from the scenario file — and can reopen it
// from the top bar. The exercise waits paused meanwhile; the director (or the trainee offline)
// starts the clock from here.
import { h, render } from './dom.ts';
import { currentLang, tx } from '../i18n.ts';
import { localText } from '../../presentation/text/lang.ts';
import { roleName, teamName } from '../../presentation/text/names.ts';
import { damBreakZoneBriefing, damBreakZoneLegend } from '../../presentation/text/damText.ts';
import { roleBriefing } from '../../sim-core/world/briefing.ts';
import type { Store } from '../session/store.ts';
import type { Session } from '../session/session.ts';

export class BriefingOverlay {
  readonly el = h('div', { class: 'briefing-overlay hidden', 'data-testid': 'briefing', role: 'dialog' });
  /** The top bar's button that reopens it. */
  readonly button: HTMLButtonElement;

  constructor(private readonly store: Store, private readonly session: Session, private readonly startsClock: boolean) {
    this.button = h('button', { class: 'ghost', 'data-testid': 'open-briefing', onclick: () => this.open() }, tx('情况通报', 'Briefing'));
    this.el.addEventListener('click', (e) => { if (e.target === this.el) this.close(); });
    // Repainted only when what it says changes (paused or not, the forces known), never per tick.
    const refresh = () => { if (!this.el.classList.contains('hidden') && this.signature() !== this.painted) this.paint(); };
    store.on('clock', refresh);
    store.on('view', refresh);
    store.on('scenario', refresh);
  }

  private painted = '';

  private signature(): string {
    const c = this.store.clock;
    return `${c?.speed === 'paused' && c.status === 'running'}|${this.store.view?.units.length ?? -1}|${this.store.scenario ? 1 : 0}|${currentLang()}`;
  }

  open(): void {
    this.paint();
    this.el.classList.remove('hidden');
  }

  close(): void { this.el.classList.add('hidden'); }

  relabel(): void {
    this.button.textContent = tx('情况通报', 'Briefing');
    if (!this.el.classList.contains('hidden')) this.paint();
  }

  private paint(): void {
    const s = this.store.scenario;
    this.painted = this.signature();
    if (!s) return;
    const lang = currentLang();
    const L = (t: { zh: string; en?: string } | undefined) => (t ? localText(t, lang) : '');
    const b = s.briefing;
    const role = this.store.role;
    const mine = roleBriefing(b, role);
    const kind = role.split(':')[0];
    // The forces this role commands, as its view lists them (a township's teams, a team itself).
    const units = kind === 'township' || kind === 'team' ? (this.store.view?.units ?? []).filter((u) => (kind === 'team' ? `team:${u.id}` === role : `township:${u.owner}` === role)) : [];
    const paused = this.store.clock?.speed === 'paused' && this.store.clock.status === 'running';
    const start = this.startsClock && paused
      ? h('button', { class: 'primary', 'data-testid': 'start-clock', onclick: () => { void this.session.setSpeed('10x'); this.close(); } }, tx('开始计时', 'Start the clock'))
      : null;
    render(this.el, h('div', { class: 'briefing-card' },
      h('h2', {}, tx('情况通报', 'Briefing'), ' · ', L(s.name)),
      h('p', { class: 'muted' }, tx(`席位：${roleName(s, role, lang)}`, `Seat: ${roleName(s, role, lang)}`)),
      h('h3', {}, tx('背景', 'Background')), h('p', { 'data-testid': 'briefing-background' }, L(b?.background ?? s.description)),
      b ? [h('h3', {}, tx('情况通报（想定）', 'Initial situation')), h('p', { 'data-testid': 'briefing-situation' }, L(b.situation))] : null,
      s.damBreakZones?.length ? [h('h3', {}, damBreakZoneLegend(lang)), ...damBreakZoneBriefing(s, lang).map((p) => h('p', { 'data-testid': 'briefing-dambreak' }, p))] : null,
      mine ? [h('h3', {}, tx('本席位任务', 'Your task')), h('p', { 'data-testid': 'briefing-task' }, L(mine.task))] : null,
      mine?.forces || units.length ? [h('h3', {}, tx('掌握力量', 'Your forces')),
        mine?.forces ? h('p', {}, L(mine.forces)) : null,
        units.length ? h('ul', {}, units.map((u) => h('li', {}, `${teamName(s, u.id, lang)}${tx(`（${u.size} 人）`, ` (${u.size})`)}`))) : null] : null,
      h('p', { class: 'muted' }, paused
        ? (this.startsClock ? tx('演练暂停中，阅毕后开始计时。', 'The exercise is paused: start the clock when everyone is ready.') : tx('演练暂停中，导调开始计时后推演开始。', 'The exercise is paused until the director starts the clock.'))
        : ''),
      h('div', { class: 'briefing-actions' }, start,
        h('button', { 'data-testid': 'close-briefing', onclick: () => this.close() }, tx('已阅，关闭', 'Read — close')))));
  }
}
