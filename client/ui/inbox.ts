// 收件箱: reports, warnings, messages and events this role has seen, newest first, each with
// its sim time; the ones not read yet are flagged until the player marks them read.
import { patch } from './patch.ts';
import { h, render } from './dom.ts';
import { t, tx, currentLang } from '../i18n.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import { eventLine, inInbox } from '../../presentation/text/eventText.ts';
import type { Store } from '../session/store.ts';
import type { EventEntry } from '../../sim-core/log.ts';

const MAX_SHOWN = 250;

export class Inbox {
  readonly el = h('div', { class: 'panel inbox', 'data-testid': 'inbox' });
  private list = h('ol', { class: 'items' });
  private filterEl = h('select', { class: 'small' });
  private filter = 'all';
  onUnread: (n: number) => void = () => {};

  /** How many of the newest items are listed; each older page asked for adds to it. */
  private shown = MAX_SHOWN;
  /** The server said there is nothing older (until the events are replaced). */
  private exhausted = false;
  private asking = false;
  private readonly olderBtn = h('button', { class: 'small older', 'data-testid': 'older-events', onclick: () => void this.askOlder() }, tx('更早的消息', 'Earlier messages'));

  /** `older`: asks the server for the page before the oldest event held (online only). */
  constructor(private readonly store: Store, private readonly allEvents = false, private readonly older?: () => Promise<number>) {
    this.filterEl.addEventListener('change', () => { this.filter = this.filterEl.value; this.update(); });
    store.on('events', () => this.update());
    store.on('view', () => this.update());
    this.update();
  }

  /** Marks everything shown as read. */
  markRead(): void {
    const last = this.store.events.at(-1);
    if (last) this.store.readSeq = last.seq;
    this.update();
  }

  private async askOlder(): Promise<void> {
    // Held but not listed yet: list more before asking the server.
    if (this.store.events.length > this.shown) { this.shown += MAX_SHOWN; this.update(); return; }
    if (!this.older || this.asking) return;
    this.asking = true;
    this.olderBtn.setAttribute('disabled', '');
    const n = await this.older().catch(() => 0);
    this.asking = false;
    this.olderBtn.removeAttribute('disabled');
    if (n === 0) this.exhausted = true;
    this.shown += n;
    this.update();
  }

  /** Whether there may be more to show: held events not listed, or older ones on the server (a player's numbering starts at 1). */
  private mayShowOlder(listed: number): boolean {
    const ev = this.store.events;
    if (ev.length > this.shown && listed >= this.shown) return true;
    return !!this.older && !this.exhausted && ev.length > 0 && ev[0].seq > 1;
  }

  private items(): EventEntry[] {
    const out: EventEntry[] = [];
    const ev = this.store.events;
    for (let i = ev.length - 1; i >= 0 && out.length < this.shown; i--) {
      const e = ev[i];
      if (!this.allEvents && !inInbox(e)) continue;
      if (this.filter !== 'all' && eventCat(this.store, e) !== this.filter) continue;
      out.push(e);
    }
    return out;
  }

  update(): void {
    const s = this.store.scenario;
    if (!s) return;
    const items = this.items();
    let unread = 0;
    const ev = this.store.events;
    for (let i = ev.length - 1; i >= 0 && ev[i].seq > this.store.readSeq; i--) if (inInbox(ev[i])) unread++;
    this.onUnread(unread);
    const cats: [string, string][] = [['all', tx('全部', 'All')], ['message', tx('信息', 'Messages')], ['report', tx('报告', 'Reports')], ['warning', tx('预警', 'Warnings')], ['danger', tx('险情', 'Dangers')], ['force', tx('队伍', 'Forces')], ['people', tx('转移安置', 'People')]];
    patch(this.filterEl, cats.map(([v, l]) => h('option', { value: v, selected: v === this.filter ? 'selected' : null }, l)));
    const rows = items.map((e) => {
      const line = eventLine(s, e, currentLang());
      if (!line) return null;
      const isNew = e.seq > this.store.readSeq;
      return h('li', { class: `item cat-${line.cat} ${isNew ? 'new' : ''}`, 'data-kind': e.kind, 'data-seq': e.seq, 'data-key': e.seq },
        h('div', { class: 'meta' }, h('span', { class: 'time' }, clockLabel(s, e.t)), h('span', { class: `tag tag-${line.cat}` }, line.tag), isNew ? h('span', { class: 'badge-new' }, t('newItem')) : null),
        h('div', { class: 'text' }, line.text));
    });
    patch(this.el,
      h('div', { class: 'panel-head' }, h('h3', {}, t('inbox')), this.filterEl, h('button', { class: 'small', onclick: () => this.markRead(), 'data-testid': 'mark-read' }, t('markRead'))),
      rows.some(Boolean) ? (patch(this.list, rows), this.list) : h('p', { class: 'empty' }, t('noneYet')),
      this.mayShowOlder(items.length) ? this.olderBtn : null);
  }
}

function eventCat(store: Store, e: EventEntry): string {
  return eventLine(store.scenario!, e, currentLang())?.cat ?? 'other';
}
