// 叫应与任务: the drill's answers, by role. A township's duty room sees the warning waiting for
// its 叫应 and presses it; a team sees its task (what, where, who ordered it) and answers 接受 /
// 拒绝 (with a reason) / 到达 / 完成 / 请求支援; the chief (and director, evaluator) see every
// warning still unanswered and every task by step, with how long each has waited; the director
// also switches who plays what. Rows are rebuilt only when what they say changes; the waiting
// times tick in place.
import { h, render } from './dom.ts';
import { currentLang, tx } from '../i18n.ts';
import { clockLabel, durationText } from '../../presentation/text/clock.ts';
import { placeName, roleName, taskKindLabel, taskReplyName, teamName, warnName } from '../../presentation/text/names.ts';
import { allRoles } from '../../sim-core/commands/roles.ts';
import type { TaskKind } from '../../sim-core/forces/taskKinds.ts';
import type { DrillView } from '../../sim-core/drill/drillView.ts';
import type { Store } from '../session/store.ts';
import type { Session } from '../session/session.ts';

type Task = DrillView['tasks'][number];

const STATUS: Record<string, [string, string]> = {
  assigned: ['待回复', 'awaiting reply'], accepted: ['已接受', 'accepted'], arrived: ['已到达', 'arrived'],
  done: ['已完成', 'done'], declined: ['已拒绝', 'declined'],
};

export class DrillPanel {
  readonly el: HTMLElement;
  private readonly body = h('div', { class: 'drill-body' });
  private readonly note = h('p', { class: 'form-error', 'data-testid': 'drill-error' });
  /** The fast-forward control: built apart from the rows, so a typed value survives their updates. */
  private readonly run = h('div', {});
  private signature = '';
  /** Called with the number of things waiting for this role (a warning to answer, a task to accept). */
  onPending: (n: number) => void = () => {};

  constructor(private readonly store: Store, private readonly session: Session) {
    this.el = h('div', { class: 'panel drill', 'data-testid': 'drill-panel' }, this.body, this.run, this.note);
    this.paintRun();
    store.on('view', () => this.update());
    store.on('clock', () => this.tick());
    this.update();
  }

  private get kind(): string { return this.store.role.split(':')[0]; }

  /** Rebuilds when the rows' content changed (not on every view). */
  update(force = false): void {
    const d = this.store.view?.drill;
    if (!d || !this.store.scenario) return;
    const sig = JSON.stringify([d, currentLang()]);
    if (!force && sig === this.signature) { this.tick(); return; }
    this.signature = sig;
    render(this.body, ...this.sections(d));
    this.tick();
    const own = this.store.role;
    this.onPending(this.kind === 'township'
      ? d.acks.filter((a) => a.ackAt === null && `township:${a.township}` === own).length
      : this.kind === 'team' ? d.tasks.filter((k) => `team:${k.unit}` === own && k.status === 'assigned').length : 0);
  }

  build(): void { this.paintRun(); this.update(true); }

  private paintRun(): void {
    const clockOwner = (this.kind === 'director' && this.session.mode === 'online') || this.session.mode === 'offline';
    render(this.run, clockOwner ? this.runFor() : null);
  }

  /** The waiting times, counted from the clock, in place. */
  private tick(): void {
    const now = this.store.clock?.t ?? this.store.view?.t ?? 0;
    for (const el of this.body.querySelectorAll<HTMLElement>('[data-since]')) {
      el.textContent = tx(`已等待 ${durationText(Math.max(0, now - Number(el.dataset.since)), 'zh')}`, `waiting ${durationText(Math.max(0, now - Number(el.dataset.since)), 'en')}`);
    }
  }

  private sections(d: DrillView): HTMLElement[] {
    const kind = this.kind;
    const out: HTMLElement[] = [];
    if (kind === 'township') out.push(this.ownWarnings(d));
    if (kind === 'team') out.push(this.ownTask(d));
    if (kind === 'chief' || kind === 'director' || kind === 'evaluator') out.push(this.warningsSent(d), this.tasksSent(d));
    if (kind === 'township') out.push(this.tasksSent(d));
    if (kind === 'director' && this.session.mode === 'online') out.push(this.whoPlays(d));
    return out;
  }

  private send(cmd: Record<string, unknown>): void {
    this.note.textContent = '';
    void this.session.command(cmd).then((a) => {
      if (!a.ok) this.note.textContent = tx(`未执行：${a.message ?? a.error}`, `Not done: ${a.message ?? a.error}`);
    });
  }

  private ownWarnings(d: DrillView): HTMLElement {
    const s = this.store.scenario!, lang = currentLang();
    const own = d.acks.filter((a) => `township:${a.township}` === this.store.role);
    const waiting = own.filter((a) => a.ackAt === null);
    return h('section', { class: 'drill-acks' },
      h('h3', {}, tx('预警叫应', 'Warnings to acknowledge')),
      own.length === 0 ? h('p', { class: 'muted' }, tx('尚未收到预警。', 'No warning has come in.')) : null,
      ...own.map((a) => h('div', { class: `drill-row ${a.ackAt === null ? 'waiting' : ''}` },
        h('strong', {}, tx(`${warnName(a.level, lang)}预警`, `${warnName(a.level, lang)} warning`)),
        h('span', {}, tx(`${clockLabel(s, a.deliveredAt)} 送达`, `in at ${clockLabel(s, a.deliveredAt)}`)),
        a.ackAt === null
          ? h('span', { class: 'urgent', 'data-since': a.deliveredAt })
          : h('span', {}, tx(`${clockLabel(s, a.ackAt)} 已回复（用时 ${durationText(a.ackAt - a.deliveredAt, lang)}）`, `acknowledged ${clockLabel(s, a.ackAt)} (after ${durationText(a.ackAt - a.deliveredAt, lang)})`)))),
      waiting.length
        ? h('button', { class: 'primary', 'data-testid': 'acknowledge-warning', onclick: () => this.send({ type: 'acknowledgeWarning' }) }, tx('叫应：回复已收到', 'Acknowledge: received'))
        : null,
      // The duty room passes the warning on to its village responders itself (一键派发 to every village).
      own.length
        ? h('div', { class: 'drill-actions' },
          h('button', { 'data-testid': 'relay-warning', onclick: () => this.send({ type: 'issueWarning', level: own.at(-1)!.level }) }, tx(`转发${warnName(own.at(-1)!.level, lang)}预警至本镇全部村`, `Pass the ${warnName(own.at(-1)!.level, lang)} warning to every village`)),
          h('span', { class: 'muted' }, tx('或在“指令”中选择村庄发布。', 'or choose villages under Orders.')))
        : null);
  }

  private ownTask(d: DrillView): HTMLElement {
    const s = this.store.scenario!, lang = currentLang();
    const task = d.tasks.find((k) => `team:${k.unit}` === this.store.role);
    if (!task) return h('section', { class: 'drill-task' }, h('h3', {}, tx('我的任务', 'My task')), h('p', { class: 'muted' }, tx('暂无任务，在驻地待命。', 'No task: standing by at base.')));
    const reason = h('input', { type: 'text', maxlength: 200, placeholder: tx('原因或需要的支援', 'Reason, or the help needed'), 'data-testid': 'task-reason' });
    const reply = (r: string, needsReason = false) => () => {
      const text = reason.value.trim();
      if (needsReason && !text) { this.note.textContent = tx('拒绝任务须说明原因。', 'Say why you decline.'); return; }
      this.send({ type: 'taskReply', unit: task.unit, reply: r, ...(text ? { reason: { zh: text } } : {}) });
    };
    const can: Record<string, string[]> = { assigned: ['accept', 'decline'], accepted: ['arrived', 'help', 'decline'], arrived: ['done', 'help', 'decline'] };
    const buttons = (can[task.status] ?? []).map((r) => h('button', { class: r === 'accept' || r === 'done' || r === 'arrived' ? 'primary' : '', 'data-testid': `task-${r}`, onclick: reply(r, r === 'decline') }, taskReplyName(r, lang)));
    return h('section', { class: 'drill-task', 'data-status': task.status },
      h('h3', {}, tx('我的任务', 'My task')),
      h('dl', {},
        h('dt', {}, tx('任务', 'Task')), h('dd', { 'data-testid': 'task-kind' }, taskKindLabel(task.kind as TaskKind, lang) + (task.label ? tx(`（${task.label}）`, ` (${task.label})`) : '')),
        h('dt', {}, tx('地点', 'Where')), h('dd', { 'data-testid': 'task-place' }, placeName(s, task.to, lang)),
        h('dt', {}, tx('下达', 'Ordered by')), h('dd', {}, `${roleName(s, task.by, lang)} ${clockLabel(s, task.assignedAt)}`),
        h('dt', {}, tx('状态', 'State')), h('dd', { 'data-testid': 'task-status' }, statusText(task.status))),
      task.status === 'assigned' || task.status === 'accepted' ? h('p', { class: 'muted' }, tx('路线见地图上本队的行进线。', 'Your route is drawn on the map from your position.')) : null,
      buttons.length ? h('div', { class: 'drill-actions' }, reason, ...buttons) : null);
  }

  private warningsSent(d: DrillView): HTMLElement {
    const s = this.store.scenario!, lang = currentLang();
    const open = d.acks.filter((a) => a.ackAt === null);
    const answered = d.acks.length - open.length;
    return h('section', { class: 'drill-acks' },
      h('h3', {}, tx('预警叫应情况', 'Warning acknowledgements')),
      h('p', { class: 'muted' }, tx(`已送达 ${d.acks.length} 个乡镇，已叫应 ${answered} 个，未回复 ${open.length} 个。`, `${d.acks.length} townships reached, ${answered} acknowledged, ${open.length} not yet.`)),
      open.length ? h('table', { class: 'grid', 'data-testid': 'unanswered-warnings' },
        h('tbody', {}, open.map((a) => h('tr', {},
          h('td', {}, placeName(s, a.township, lang)),
          h('td', {}, tx(`${warnName(a.level, lang)}预警`, `${warnName(a.level, lang)}`)),
          h('td', {}, tx(`${clockLabel(s, a.deliveredAt)} 送达`, `in ${clockLabel(s, a.deliveredAt)}`)),
          h('td', { class: 'urgent', 'data-since': a.deliveredAt }))))) : null,
      answered ? h('table', { class: 'grid', 'data-testid': 'answered-warnings' },
        h('tbody', {}, d.acks.filter((a) => a.ackAt !== null).map((a) => h('tr', {},
          h('td', {}, placeName(s, a.township, lang)),
          h('td', {}, tx(`${warnName(a.level, lang)}预警`, `${warnName(a.level, lang)}`)),
          h('td', {}, tx(`${clockLabel(s, a.ackAt!)} 叫应`, `acknowledged ${clockLabel(s, a.ackAt!)}`)),
          h('td', {}, tx(`用时 ${durationText(a.ackAt! - a.deliveredAt, lang)}`, `after ${durationText(a.ackAt! - a.deliveredAt, lang)}`)))))) : null);
  }

  private tasksSent(d: DrillView): HTMLElement {
    const s = this.store.scenario!, lang = currentLang();
    const mine = this.kind === 'township' ? d.tasks.filter((k) => k.by === this.store.role) : d.tasks;
    return h('section', { class: 'drill-tasks' },
      h('h3', {}, tx('队伍任务反馈', 'Team task replies')),
      mine.length === 0 ? h('p', { class: 'muted' }, tx('尚无由人员扮演的队伍接到任务。', 'No team played by a person has a task yet.')) : null,
      mine.length ? h('table', { class: 'grid', 'data-testid': 'team-tasks' },
        h('tbody', {}, mine.map((k: Task) => h('tr', { 'data-unit': k.unit, 'data-status': k.status },
          h('td', {}, teamName(s, k.unit, lang)),
          h('td', {}, `${taskKindLabel(k.kind as TaskKind, lang)} → ${placeName(s, k.to, lang)}`),
          h('td', {}, statusText(k.status) + (k.help ? tx('，请求支援', ', asked for help') : '')),
          k.status === 'assigned' ? h('td', { class: 'urgent', 'data-since': k.assignedAt }) : h('td', {}, clockLabel(s, k.lastAt)))))) : null);
  }

  /** 最快 for a chosen span of sim time, pausing there (the top bar's 最快 stops at the next inject). */
  private runFor(): HTMLElement {
    const minutes = h('input', { type: 'number', min: 1, max: 1440, value: 30, 'data-testid': 'run-minutes' });
    return h('section', { class: 'drill-run' },
      h('h3', {}, tx('快进', 'Fast forward')),
      h('div', { class: 'drill-actions' }, h('label', {}, tx('最快运行 ', 'Run at max for '), minutes, tx(' 分钟后暂停', ' min, then pause')),
        h('button', { 'data-testid': 'run-for', onclick: () => {
          const m = Math.floor(Number(minutes.value));
          if (!(m >= 1 && m <= 1440)) { this.note.textContent = tx('请填写 1～1440 分钟。', 'Give 1–1440 minutes.'); return; }
          const now = this.store.clock?.t ?? 0;
          void this.session.runTo?.(now + m * 60);
        } }, tx('快进', 'Go'))));
  }

  private whoPlays(d: DrillView): HTMLElement {
    const s = this.store.scenario!, lang = currentLang();
    const played = new Set(d.played);
    const roles = allRoles(s).filter((r) => /^(chief|township:|team:)/.test(r));
    const select = h('select', { 'data-testid': 'played-role' }, roles.map((r) => h('option', { value: r }, `${roleName(s, r, lang)}${played.has(r) ? tx('（人员）', ' (person)') : ''}`)));
    return h('section', { class: 'drill-played' },
      h('h3', {}, tx('席位扮演', 'Who plays each seat')),
      h('p', { class: 'muted' }, d.played.length ? tx(`由人员扮演：${d.played.map((r) => roleName(s, r, lang)).join('、')}；其余由自动推演扮演。`, `Played by people: ${d.played.map((r) => roleName(s, r, lang)).join(', ')}; the autopilot plays the rest.`) : tx('所有席位由自动推演扮演。', 'The autopilot plays every seat.')),
      h('div', { class: 'drill-actions' }, select,
        h('button', { onclick: () => this.send({ type: 'setPlayed', forRole: select.value, played: true }) }, tx('改由人员扮演', 'Played by a person')),
        h('button', { onclick: () => this.send({ type: 'setPlayed', forRole: select.value, played: false }) }, tx('改由自动推演', 'Played by the autopilot'))));
  }
}

function statusText(st: string): string {
  const p = STATUS[st];
  return p ? tx(p[0], p[1]) : st;
}
