// The bar across the top: exercise, role, sim clock and speed, connection state, language and
// text size. The director (and a trainee offline) gets the clock buttons.
import { h, render } from './dom.ts';
import { currentLang, lt, setLang, t, tx } from '../i18n.ts';
import { roleName } from '../../presentation/text/names.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import { formatClock } from '../../sim-core/time/duration.ts';
import { SPEEDS, type Speed, type Store } from '../session/store.ts';
import type { Session } from '../session/session.ts';

const SPEED_LABEL = (s: Speed) => (s === 'paused' ? t('pause') : s === 'max' ? t('max') : s.replace('x', '×'));

export function fontScale(delta: number): void {
  const cur = Number(localStorage.getItem('tuiyan.fs') ?? '1') || 1;
  const next = Math.max(0.8, Math.min(1.8, Math.round((cur + delta) * 10) / 10));
  localStorage.setItem('tuiyan.fs', String(next));
  document.documentElement.style.setProperty('--fs', String(next));
}

export function applyFontScale(): void {
  document.documentElement.style.setProperty('--fs', localStorage.getItem('tuiyan.fs') ?? '1');
}

export class TopBar {
  readonly el = h('header', { class: 'topbar' });
  private clockEl = h('span', { class: 'clock', 'data-testid': 'clock' });
  private speedEl = h('span', { class: 'speeds' });
  private connEl = h('span', { class: 'conn', 'data-testid': 'connection' });

  constructor(private readonly store: Store, private readonly session: Session, private readonly controlsClock: boolean, onHome: () => void) {
    const title = h('span', { class: 'title' });
    const role = h('span', { class: 'role', 'data-testid': 'role' });
    const langBtn = h('button', { class: 'ghost', onclick: () => setLang(currentLang() === 'zh' ? 'en' : 'zh'), 'data-testid': 'lang' });
    const minus = h('button', { class: 'ghost', title: t('fontSmaller'), onclick: () => fontScale(-0.1) }, 'A−');
    const plus = h('button', { class: 'ghost', title: t('fontBigger'), onclick: () => fontScale(0.1) }, 'A+');
    const home = h('a', { class: 'brand', href: '/', onclick: (e: Event) => { e.preventDefault(); onHome(); } }, h('b', {}, '推演'), ' ', h('small', { lang: 'en', class: 'en-only' }, 'tuiyan'));
    const paint = () => {
      title.textContent = lt(store.scenario?.name) || store.exerciseName;
      role.textContent = store.role ? roleName(store.scenario!, store.role, currentLang()) + (store.playerName ? ` · ${store.playerName}` : '') : '';
      langBtn.textContent = t('language');
      this.paintClock(); this.paintConn();
    };
    render(this.el, home, title, role, h('span', { class: 'spacer' }), this.clockEl, this.speedEl, this.connEl, langBtn, minus, plus);
    store.on('clock', () => this.paintClock());
    store.on('connection', () => this.paintConn());
    store.on('scenario', paint);
    paint();
  }

  relabel(): void {
    const [, title, role, , , , , lang] = [...this.el.children];
    title.textContent = lt(this.store.scenario?.name) || this.store.exerciseName;
    role.textContent = this.store.role && this.store.scenario ? roleName(this.store.scenario, this.store.role, currentLang()) : '';
    lang.textContent = t('language');
    this.paintClock(); this.paintConn();
  }

  private paintClock(): void {
    const c = this.store.clock;
    this.clockEl.title = t('simClock');
    render(this.clockEl, h('b', {}, clockLabel(this.store.scenario, c.t, true)), h('small', {}, ` ${formatClock(c.t)}`));
    if (this.controlsClock) {
      // Buttons made once and restyled, so a click never lands on one being replaced.
      if (!this.speedEl.childElementCount) {
        render(this.speedEl, SPEEDS.map((s) => h('button', { class: 'speed', 'data-speed': s, onclick: () => { void this.session.setSpeed(s); } }, SPEED_LABEL(s))));
      }
      for (const b of this.speedEl.querySelectorAll<HTMLButtonElement>('button.speed')) {
        b.classList.toggle('on', b.dataset.speed === c.speed);
        b.disabled = c.status !== 'running';
        b.textContent = SPEED_LABEL(b.dataset.speed as Speed);
      }
      let done = this.speedEl.querySelector<HTMLElement>('.speed-ro');
      if (c.status !== 'running') {
        if (!done) { done = h('span', { class: 'speed-ro' }); this.speedEl.append(done); }
        done.textContent = c.status === 'finished' ? t('finished') : c.status;
      } else done?.remove();
    } else {
      render(this.speedEl, h('span', { class: `speed-ro ${c.speed}` }, c.status === 'finished' ? t('finished') : c.speed === 'paused' ? t('paused') : `${t('speed')} ${SPEED_LABEL(c.speed)}`));
    }
  }

  private paintConn(): void {
    const c = this.store.connection;
    const text = { connecting: t('connecting'), online: t('online'), offline: t('offlineConn'), cut: t('cutConn'), resyncing: t('resyncing'), local: t('local'), replay: t('replayConn') }[c];
    this.connEl.className = `conn ${c}`;
    this.connEl.dataset.state = c;
    this.connEl.textContent = text;
    this.connEl.title = c === 'offline' ? tx('与服务器的连接已断开；恢复后自动同步最新态势。', 'The connection to the server dropped; the console catches up by itself when it is back.')
      : c === 'cut' ? tx('本页面在短时间内发送了过多操作（可能是按键被按住或脚本），服务器断开了连接；稍候将自动重连并同步最新态势，未确认的操作请重新提交。', 'This page sent far too many messages in a short time (a key held down, or a script), so the server cut the connection; it reconnects by itself shortly and catches up. Send again any order that was not confirmed.')
      : '';
  }
}
