// 会商: this role's conversations — one to one, groups the sender chose, and the exercise-wide
// 集体会商 channel — each a thread of messages with the sender's name and the sim time; a
// message may point at a plot or a map point (定位 shows it). Compose under the thread: to the
// open conversation or to chosen roles; the director also writes as an outside party
// (公众, 12345热线, 市应急局 …). The list is rebuilt only when a message arrives.
import { h, render } from './dom.ts';
import { currentLang, tx } from '../i18n.ts';
import { AnswerLine, MultiPick, field } from './widgets.ts';
import type { Store } from '../session/store.ts';
import type { Session } from '../session/session.ts';
import type { Pick } from '../map/mapView.ts';
import type { Message } from '../../sim-core/consult/messageState.ts';
import { MESSAGE_TEXT_MAX, PARTIES } from '../../sim-core/consult/messageState.ts';
import type { MapPoint } from '../../sim-core/plots/plotState.ts';
import { checkMessage } from '../../sim-core/plots/plotRules.ts';
import { conversationName, partyName, plotProblemText, senderName } from '../../presentation/text/plotText.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import { playerRoleOptions } from './plotTool.ts';

const NEW = '';

export class ConsultPanel {
  readonly el = h('div', { class: 'panel consult', 'data-testid': 'consult' });
  private convList = h('div', { class: 'conversations', 'data-testid': 'conversations' });
  private thread = h('ol', { class: 'items thread', 'data-testid': 'thread' });
  private text = h('textarea', { name: 'messageText', rows: 3, maxlength: MESSAGE_TEXT_MAX, 'data-testid': 'message-text' });
  private counter = h('small', { class: 'count' });
  private to: MultiPick;
  private toAll = h('input', { type: 'checkbox', name: 'toAll', 'data-testid': 'message-to-all' });
  private as = h('select', { name: 'messageAs' });
  private ref = h('select', { name: 'messageRef', 'data-testid': 'message-ref' });
  private answer = new AnswerLine();
  private open = NEW;
  private key = '';
  private builtFor = '';
  private lastPoint: MapPoint | null = null;
  onFocus: (x: number, y: number) => void = () => {};
  onUnread: (n: number) => void = () => {};
  /** Messages in this role's list when it last looked. */
  private seen = 0;

  constructor(private readonly store: Store, private readonly session: Session | null) {
    this.to = new MultiPick(playerRoleOptions(store, store.role), 'messageTo');
    this.text.addEventListener('input', () => { this.counter.textContent = `${this.text.value.length}/${MESSAGE_TEXT_MAX}`; });
    // The director looking through another role's eyes reads that role's conversations, and writes only as itself.
    store.on('view', () => { if (this.builtFor !== this.store.viewRole) this.build(); else this.update(); });
    this.build();
  }

  private canWrite(): boolean {
    const kind = this.store.role.split(':')[0];
    return this.session !== null && this.session.mode !== 'replay' && ['chief', 'township', 'team', 'director'].includes(kind) && this.store.role === this.store.viewRole;
  }
  private messages(): Message[] { return this.store.view?.messages ?? []; }
  private me(): string { return this.store.viewRole || this.store.role; }

  /** A map click: the point a message may refer to. */
  usePick(p: Pick): void {
    const s = this.store.scenario!;
    let at: MapPoint | null = null;
    if (p.kind === 'point' || p.kind === 'edge') at = [Math.round(p.x), Math.round(p.y)];
    else if (p.kind === 'place') {
      for (const list of [s.villages, s.shelters, s.townships, s.depots, s.teamBases, s.reservoirs, s.gauges, s.cameras] as { id: string; x: number; y: number }[][]) {
        const q = list.find((x) => x.id === p.id);
        if (q) { at = [q.x, q.y]; break; }
      }
    }
    if (!at) return;
    this.lastPoint = at;
    this.paintRefs();
  }

  build(): void {
    this.builtFor = this.store.viewRole;
    const lang = currentLang();
    render(this.as, h('option', { value: '' }, tx('导调（本席位）', 'Director (myself)')), PARTIES.map((p) => h('option', { value: p }, partyName(p, lang))));
    this.to.setOptions([
      ...playerRoleOptions(this.store, this.store.role),
      ...(this.store.role === 'director' ? PARTIES.map((p) => ({ id: `party:${p}`, label: partyName(p, lang), group: tx('外部单位', 'Outside parties') })) : []),
    ]);
    const compose = this.canWrite() ? h('div', { class: 'form compose' },
      h('div', { class: 'to-new' }, field(tx('会商对象', 'To'), h('label', { class: 'opt' }, this.toAll, tx('集体会商（全体）', 'Joint consultation (everyone)')), this.to.el)),
      this.store.role === 'director' ? field(tx('发言身份', 'Speak as'), this.as) : null,
      field(tx('内容', 'Message'), this.text, this.counter),
      field(tx('附带位置（可选）', 'Refer to (optional)'), this.ref),
      h('button', { type: 'button', class: 'primary', 'data-testid': 'message-send', onclick: () => void this.send() }, tx('发送', 'Send')),
      this.answer.el) : null;
    render(this.el, h('h3', {}, tx('会商', 'Consultation')), this.convList, h('div', { class: 'thread-wrap' }, this.thread), compose);
    this.key = '';
    this.update();
  }

  private conversations(): { id: string; last: number; count: number }[] {
    const by = new Map<string, { id: string; last: number; count: number }>();
    this.messages().forEach((m, i) => {
      const c = by.get(m.conversation);
      if (c) { c.last = i; c.count++; } else by.set(m.conversation, { id: m.conversation, last: i, count: 1 });
    });
    return [...by.values()].sort((a, b) => b.last - a.last);
  }

  update(): void {
    const msgs = this.messages();
    const key = `${currentLang()}|${this.me()}|${this.open}|${msgs.length}|${msgs.at(-1)?.t ?? -1}|${(this.store.view?.plots ?? []).map((p) => `${p.id}:${p.name}`).join(',')}`;
    if (key === this.key) return;
    this.key = key;
    const s = this.store.scenario!;
    const lang = currentLang();
    const me = this.me();
    const convs = this.conversations();
    render(this.convList,
      h('button', { type: 'button', class: `conv${this.open === NEW ? ' on' : ''}`, onclick: () => this.openConversation(NEW) }, tx('＋ 新会商', '+ New conversation')),
      convs.map((c) => h('button', { type: 'button', class: `conv${this.open === c.id ? ' on' : ''}`, 'data-conversation': conversationName(s, c.id, me, lang), onclick: () => this.openConversation(c.id) },
        conversationName(s, c.id, me, lang), h('small', {}, ` (${c.count})`))));
    const shown = this.open === NEW ? msgs.slice(-50) : msgs.filter((m) => m.conversation === this.open);
    const plots = new Map((this.store.view?.plots ?? []).map((p) => [p.id, p]));
    render(this.thread, shown.length ? shown.map((m) => {
      const where = m.ref && 'point' in m.ref ? m.ref.point : m.ref && 'plot' in m.ref ? plots.get(m.ref.plot)?.points[0] ?? null : null;
      const refText = m.ref && 'plot' in m.ref ? `${tx('标绘：', 'plot: ')}${plots.get(m.ref.plot)?.name ?? tx('（未共享给本席位或已删除）', '(not shared with you, or deleted)')}` : m.ref ? tx('地图位置', 'map point') : '';
      return h('li', { class: `item msg${m.from === me ? ' mine' : ''}`, 'data-testid': 'message' },
        h('small', {}, `${clockLabel(s, m.t)} `), h('b', {}, senderName(s, m, lang)),
        this.open === NEW ? h('small', {}, ` → ${conversationName(s, m.conversation, m.as ? '' : m.from, lang)}`) : null,
        h('div', { class: 'text' }, m.text),
        refText ? h('div', { class: 'ref' }, refText, where ? h('button', { type: 'button', class: 'small', onclick: () => this.onFocus(where[0], where[1]) }, tx('定位', 'Show')) : null) : null);
    }) : h('li', { class: 'empty' }, tx('暂无消息', 'No messages yet')));
    this.thread.scrollTop = this.thread.scrollHeight;
    this.el.querySelector('.to-new')?.classList.toggle('hidden', this.open !== NEW);
    this.paintRefs();
    if (!this.el.classList.contains('hidden')) this.seen = msgs.length;
    this.onUnread(msgs.slice(Math.max(0, this.seen)).filter((m) => m.from !== me).length);
  }

  /** The tab was shown: everything in it counts as read. */
  markRead(): void { this.seen = this.messages().length; this.onUnread(0); }

  private openConversation(id: string): void { this.open = id; this.update(); }

  private paintRefs(): void {
    const keep = this.ref.value;
    const plots = this.store.view?.plots ?? [];
    render(this.ref, h('option', { value: '' }, tx('无', 'None')),
      this.lastPoint ? h('option', { value: 'point' }, tx('地图上最近点选的位置', 'The point last picked on the map')) : null,
      plots.map((p) => h('option', { value: `plot:${p.id}` }, `${tx('标绘：', 'plot: ')}${p.name}`)));
    if ([...this.ref.options].some((o) => o.value === keep)) this.ref.value = keep;
  }

  private recipients(): string[] {
    if (this.open !== NEW) {
      if (this.open === 'all') return ['all'];
      return this.open.split('|').filter((p) => p !== this.store.role);
    }
    return this.toAll.checked ? ['all'] : this.to.values();
  }

  private async send(): Promise<void> {
    const s = this.store.scenario!;
    const to = this.recipients();
    const text = this.text.value.trim();
    const as = this.store.role === 'director' && this.as.value ? this.as.value : undefined;
    const problem = checkMessage(s, this.store.role, to, text, as);
    if (problem) { this.answer.error(plotProblemText(problem, currentLang())); return; }
    const r = this.ref.value;
    const ref = r === 'point' && this.lastPoint ? { point: this.lastPoint } : r.startsWith('plot:') ? { plot: r.slice(5) } : undefined;
    this.answer.sending();
    const ack = await this.session!.command({ type: 'sendMessage', to, text, ...(ref ? { ref } : {}), ...(as ? { as } : {}) });
    this.answer.show(ack, tx('已发送', 'Sent'));
    if (ack.ok) { this.text.value = ''; this.counter.textContent = ''; }
  }
}
