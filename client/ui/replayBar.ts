// Replay: a time slider and play/pause at a chosen speed under the map; the map, the event log
// and the panels follow the slider. The side panel chooses whose view to replay.
import { h, render } from './dom.ts';
import { t, tx, currentLang } from '../i18n.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import { Choice } from './widgets.ts';
import { roleOptions } from './director.ts';
import { showReport } from './reportOverlay.ts';
import type { Speed, Store } from '../session/store.ts';
import type { Session } from '../session/session.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import { roleName } from '../../presentation/text/names.ts';
import { eventLine } from '../../presentation/text/eventText.ts';
import { orderText } from '../../presentation/text/orderText.ts';

const KEY_EVENTS = new Set(['injectFired', 'peopleTrapped', 'casualties', 'damBreach', 'leveeBreach', 'fireDetected', 'reservoirOvertopping', 'slide', 'earthquake', 'aftershock', 'bridgeDown']);

/** Orders given, injects fired, dangers, and the evaluators' notes, in time order. */
function keyMoments(store: Store): { t: number; kind: string; label: string; text: string }[] {
  const s = store.scenario;
  if (!s) return [];
  const out: { t: number; kind: string; label: string; text: string }[] = [];
  for (const e of (store.extra.replayEntries as LogEntry[] | undefined) ?? []) {
    if (e.entry === 'command') out.push({ t: e.t, kind: 'order', label: roleName(s, e.role, currentLang()), text: orderText(s, e, currentLang()) });
    else if (KEY_EVENTS.has(e.kind)) { const l = eventLine(s, e, currentLang()); if (l) out.push({ t: e.t, kind: 'event', label: l.tag, text: l.text }); }
  }
  for (const a of store.annotations) out.push({ t: a.t, kind: 'note', label: tx('评估', 'Note'), text: a.text });
  return out.sort((a, b) => a.t - b.t).slice(0, 400);
}

export class ReplayBar {
  readonly el: HTMLElement;
  readonly panel = h('div', { class: 'panel replay-panel', 'data-testid': 'replay-panel' });
  private slider: HTMLInputElement;
  private label = h('span', { class: 'time', 'data-testid': 'replay-time' });
  private dragging = false;

  constructor(private readonly store: Store, private readonly session: Session) {
    this.slider = h('input', { type: 'range', min: 0, max: store.clock.until, step: 60, value: 0, 'data-testid': 'replay-slider', 'aria-label': tx('推演时间', 'Sim time') });
    this.slider.addEventListener('input', () => { this.dragging = true; this.label.textContent = clockLabel(store.scenario, Number(this.slider.value)); });
    this.slider.addEventListener('change', () => { this.dragging = false; session.seek!(Number(this.slider.value)); });
    const play = h('button', { class: 'primary', 'data-testid': 'replay-play' });
    const speed = h('select', { 'data-testid': 'replay-speed' }, (['10x', '60x', 'max'] as Speed[]).map((s) => h('option', { value: s, selected: s === '60x' ? 'selected' : null }, s === 'max' ? t('max') : s.replace('x', '×'))));
    play.addEventListener('click', () => {
      // At the end, play starts over.
      if (store.clock.speed === 'paused' && store.clock.t >= store.clock.until) session.seek!(0);
      void session.setSpeed(store.clock.speed === 'paused' ? (speed.value as Speed) : 'paused');
    });
    speed.addEventListener('change', () => { if (store.clock.speed !== 'paused') void session.setSpeed(speed.value as Speed); });
    const paint = () => {
      play.textContent = store.clock.speed === 'paused' ? `▶ ${t('play')}` : `❚❚ ${t('pause')}`;
      this.slider.max = String(store.clock.until);
      if (!this.dragging) { this.slider.value = String(store.clock.t); this.label.textContent = clockLabel(store.scenario, store.clock.t, true); }
    };
    store.on('clock', paint);
    paint();
    // Tick marks on the slider at the key moments (Chromium draws a datalist's options).
    const ticks = h('datalist', { id: 'replay-ticks' });
    this.slider.setAttribute('list', 'replay-ticks');
    this.el = h('div', { class: 'replay-bar' }, play, speed, this.slider, ticks, this.label);
    const moments = h('ol', { class: 'moments', 'data-testid': 'replay-moments' });
    const paintMoments = () => {
      const list = keyMoments(store);
      render(ticks, list.map((m) => h('option', { value: m.t })));
      render(moments, list.map((m) => h('li', { class: `moment m-${m.kind}` },
        h('button', { class: 'small', title: tx('跳到此刻', 'Jump here'), onclick: () => session.seek!(m.t) }, clockLabel(store.scenario, m.t)),
        h('span', { class: 'm-kind' }, m.label), ' ', m.text)));
    };
    store.on('annotations', paintMoments);
    store.on('scenario', paintMoments);
    const viewAs = new Choice([{ id: 'director', label: t('truthView') }, ...roleOptions(store)], 'viewAs', true);
    viewAs.select.addEventListener('change', () => session.viewAs!(viewAs.value()));
    render(this.panel,
      h('div', { class: 'panel-head' }, h('h3', {}, t('replayTitle'))),
      h('p', { class: 'hint' }, tx('拖动地图下方的时间轴跳转到任意时刻，或按所选速度播放。地图和事件记录随之变化。', 'Drag the time slider under the map to jump to any moment, or play at the chosen speed; the map and the event log follow.')),
      h('h4', {}, t('viewAs')), viewAs.el,
      store.plan ? h('div', { class: 'row' }, h('button', { class: 'small', 'data-testid': 'open-report', onclick: () => showReport(session.reportHtml!()) }, t('openReport')),
        h('span', { class: 'hint' }, tx('（评分截至当前回放时刻）', '(graded up to the replayed moment)'))) : null,
      h('h4', {}, tx('关键时刻与评估记录', 'Key moments and evaluators\' notes')), moments);
    paintMoments();
  }
}
