// A role's console: the top bar, the map with its tools, legend and details card, and the side
// panels for that role (inbox, orders, units, situation, plan; the director's and evaluator's
// desks; the replay's time slider).
import { h, render } from './dom.ts';
import { onLangChange, t, tx } from '../i18n.ts';
import { TopBar } from './topbar.ts';
import { MapView, type Pick } from '../map/mapView.ts';
import { Inbox } from './inbox.ts';
import { OrdersPanel } from './orders.ts';
import { UnitsPanel } from './units.ts';
import { SituationPanel } from './situation.ts';
import { Checklist } from './checklist.ts';
import { DetailsCard, type DetailAction } from './details.ts';
import { DirectorPanel } from './director.ts';
import { EvaluationBoardPanel } from './evaluationBoard.ts';
import { EvaluationForm } from './evaluationForm.ts';
import { EvaluatorPanel } from './evaluator.ts';
import { ReplayBar } from './replayBar.ts';
import { showReport } from './reportOverlay.ts';
import { legend } from './legend.ts';
import { setAnswerScenario } from './widgets.ts';
import { homeArea } from '../../presentation/map/homeArea.ts';
import { PlotTool } from './plotTool.ts';
import { ConsultPanel } from './consult.ts';
import { DrillPanel } from './drillPanel.ts';
import { BriefingOverlay } from './briefing.ts';
import type { Store } from '../session/store.ts';
import type { Session } from '../session/session.ts';

type TabId = 'inbox' | 'orders' | 'units' | 'situation' | 'plan' | 'director' | 'evaluate' | 'events' | 'replay' | 'plot' | 'consult' | 'drill';

export class Console {
  readonly el: HTMLElement;
  readonly map: MapView;
  private tabs = new Map<TabId, { button: HTMLButtonElement; panel: HTMLElement }>();
  private current: TabId;
  private orders: OrdersPanel | null = null;
  private director: DirectorPanel | null = null;
  private details: DetailsCard;
  private plotTool: PlotTool | null = null;
  private consult: ConsultPanel | null = null;

  constructor(private readonly store: Store, private readonly session: Session, onHome: () => void) {
    const role = store.role;
    setAnswerScenario(() => store.scenario);
    const kind = role.split(':')[0];
    const isDirector = kind === 'director' && session.mode !== 'replay';
    const replay = session.mode === 'replay';
    const top = new TopBar(store, session, (isDirector || session.mode === 'offline') && !replay, onHome);
    const mapEl = h('div', { class: 'map', 'data-testid': 'map' });
    this.details = new DetailsCard(store);
    this.map = new MapView(mapEl, store, (p) => this.onPick(p));
    this.details.status = () => this.map.status();
    this.details.onClose = () => this.map.select(null);
    this.details.actionsFor = (p) => this.actionsFor(p);
    const tools = h('div', { class: 'map-tools' },
      h('button', { title: tx('放大', 'Zoom in'), onclick: () => this.map.zoomBy(1.4) }, '+'),
      h('button', { title: tx('缩小', 'Zoom out'), onclick: () => this.map.zoomBy(1 / 1.4) }, '−'),
      h('button', { title: t('fitMap'), onclick: () => this.map.fit() }, '⤢'),
      homeArea(store.scenario!, role) ? h('button', { title: tx('本辖区', 'Own area'), 'data-testid': 'fit-home', onclick: () => this.map.fitHome() }, '⌂') : null);
    const mapWrap = h('section', { class: 'map-wrap' }, mapEl, tools, legend(this.map, (store.scenario?.damBreakZones?.length ?? 0) > 0, !!store.scenario?.chemical, !!store.scenario?.typhoon, store), this.details.el);

    const panels: [TabId, string, HTMLElement][] = [];
    const inbox = new Inbox(store, kind === 'director' || kind === 'evaluator' || replay, session.olderEvents ? () => session.olderEvents!() : undefined);
    const units = new UnitsPanel(store);
    units.onFocus = (p) => { this.map.focus(p); this.details.show(p); };
    const situation = new SituationPanel(store);
    situation.onFocus = (p) => { this.map.focus(p); this.details.show(p); };
    const plan = new Checklist(store);
    if (replay) {
      const bar = new ReplayBar(store, session);
      panels.push(['replay', t('replayTitle'), bar.panel]);
      mapWrap.append(bar.el);
    }
    if (isDirector) {
      this.director = new DirectorPanel(store, session);
      this.director.onEdges = (edges) => this.map.markEdges(edges);
      this.director.onViewAs = (r) => { session.viewAs?.(r); this.director!.build(); };
      panels.push(['director', t('director'), h('div', {}, this.director.el, new EvaluationBoardPanel(store).el)]);
    }
    if (kind === 'evaluator' && !replay) panels.push(['evaluate', t('evaluate'), new EvaluatorPanel(store, session).el]);
    panels.push([kind === 'director' || kind === 'evaluator' || replay ? 'events' : 'inbox', kind === 'director' || kind === 'evaluator' || replay ? t('eventLog') : t('inbox'), inbox.el]);
    // 叫应与任务: a township's 叫应, a team's task, what the chief sent and who answered.
    let drill: DrillPanel | null = null;
    if (['chief', 'township', 'team', 'director', 'evaluator'].includes(kind) && !replay) {
      drill = new DrillPanel(store, session);
      panels.push(['drill', tabLabel('drill', kind, replay), drill.el]);
    }
    if (['chief', 'township', 'team'].includes(kind) && !replay) {
      this.orders = new OrdersPanel(store, session);
      this.orders.onEdges = (edges) => this.map.markEdges(edges);
      panels.push(['orders', t('orders'), this.orders.el]);
    }
    // 态势标绘 for every role that gives orders (and the director); 会商 for all but the observer.
    if (['chief', 'township', 'team', 'director'].includes(kind) && !replay) {
      this.plotTool = new PlotTool(store, session, this.map);
      panels.push(['plot', tabLabel('plot', kind, replay), this.plotTool.el]);
    }
    if (kind !== 'observer') {
      this.consult = new ConsultPanel(store, session);
      this.consult.onFocus = (x, y) => this.map.focus({ kind: 'point', x, y, node: 0 });
      panels.push(['consult', tabLabel('consult', kind, replay), this.consult.el]);
    }
    if (kind !== 'observer') panels.push(['units', t('units'), units.el]);
    panels.push(['situation', t('situation'), situation.el]);
    // 自评: a played role assesses itself under its plan checklist (meant for after the end; taken then too).
    const selfAssess = ['chief', 'township', 'team'].includes(kind) && !replay
      ? h('section', { class: 'panel self-assess', 'data-testid': 'self-assess' }, h('h4', {}, tx('演练自评（结束后填写）', 'Self-assessment (after the end)')), new EvaluationForm(store, session, 'selfAssess').el)
      : null;
    if (kind !== 'observer') panels.push(['plan', t('plan'), selfAssess ? h('div', {}, plan.el, selfAssess) : plan.el]);
    if (replay) panels.push(['evaluate', t('timeline'), new EvaluatorPanel(store, session).el]);

    const nav = h('nav', { class: 'tabs', role: 'tablist' });
    const body = h('div', { class: 'tab-body' });
    for (const [id, label, panel] of panels) {
      const button = h('button', { class: 'tab', role: 'tab', 'data-tab': id, onclick: () => this.show(id) }, h('span', { class: 'tab-label' }, label), h('span', { class: 'badge' }));
      nav.append(button);
      panel.classList.add('tab-panel');
      body.append(panel);
      this.tabs.set(id, { button, panel });
    }
    inbox.onUnread = (n) => {
      const b = this.tabs.get('inbox')?.button.querySelector('.badge');
      if (b) { b.textContent = n ? String(n) : ''; b.classList.toggle('on', n > 0); }
    };
    if (drill) drill.onPending = (n) => {
      const b = this.tabs.get('drill')?.button.querySelector('.badge');
      if (b) { b.textContent = n ? String(n) : ''; b.classList.toggle('on', n > 0); }
    };
    drill?.update(true);
    if (this.consult) this.consult.onUnread = (n) => {
      const b = this.tabs.get('consult')?.button.querySelector('.badge');
      if (b) { b.textContent = n ? String(n) : ''; b.classList.toggle('on', n > 0); }
    };
    inbox.update();
    this.current = panels[0][0];
    this.show(this.current);
    if (session.mode === 'offline' && store.plan) {
      const btn = h('button', { class: 'small report-btn', 'data-testid': 'open-report', onclick: () => showReport(session.reportHtml!()) }, t('offlineReport'));
      this.tabs.get('plan')?.panel.prepend(btn);
      store.on('extra', () => { const p = this.tabs.get('plan')?.panel; if (p && !p.contains(btn)) p.prepend(btn); });
    }

    const fatal = h('div', { class: 'fatal hidden', 'data-testid': 'fatal' });
    store.on('extra', () => {
      const msg = store.extra.fatal as string | undefined;
      if (msg) { fatal.textContent = msg; fatal.classList.remove('hidden'); }
    });
    const side = h('aside', { class: 'side' }, nav, body);
    this.el = h('div', { class: `console role-${kind} mode-${session.mode}` }, top.el, fatal, h('main', { class: 'console-main' }, mapWrap, side));
    this.el.dataset.role = role;
    // Every console opens on its role's briefing; the director (or the trainee offline) starts the clock from it.
    const briefing = new BriefingOverlay(store, session, (isDirector || session.mode === 'offline') && !replay);
    if (!replay) {
      top.el.append(briefing.button);
      this.el.append(briefing.el);
      briefing.open();
    }


    onLangChange(() => {
      top.relabel();
      for (const [id, { button }] of this.tabs) {
        const label = panels.find((p) => p[0] === id)![1];
        void label;
        button.querySelector('.tab-label')!.textContent = tabLabel(id, kind, replay);
      }
      this.orders?.build();
      this.director?.build();
      this.plotTool?.build();
      this.consult?.build();
      drill?.build();
      briefing.relabel();
      inbox.update(); units.update(); situation.update(); plan.update();
      this.map.relabel();
      this.details.show(null);
    });
  }

  show(id: TabId): void {
    this.current = id;
    for (const [tid, { button, panel }] of this.tabs) {
      button.classList.toggle('on', tid === id);
      button.setAttribute('aria-selected', String(tid === id));
      panel.classList.toggle('hidden', tid !== id);
    }
    this.plotTool?.setActive(id === 'plot');
    if (id === 'consult') this.consult?.markRead();
  }

  private onPick(p: Pick | null): void {
    if (p) this.consult?.usePick(p);
    if (p && this.director && this.current === 'director') this.director.usePick(p);
    if (p && p.kind === 'edge' && this.orders && this.current === 'orders' && this.orders.usePick(p, 'roads')) return;
    this.details.show(p);
  }

  private actionsFor(p: Pick): DetailAction[] {
    const o = this.orders;
    if (!o) return [];
    const out: DetailAction[] = [];
    const act = (label: string, form: Parameters<OrdersPanel['usePick']>[1], testid?: string) => {
      if (form && o.hasForm(form)) out.push({ label, testid, run: () => { this.show('orders'); o.usePick(p, form); } });
    };
    if (p.kind === 'place') {
      if (p.placeKind === 'village') { act(t('useForEvacuation'), 'orderEvacuation', 'use-evacuation'); act(t('issueWarning'), 'issueWarning'); }
      if (p.placeKind === 'shelter') { act(t('useForShelter'), 'openShelter'); act(tx('指定为转移安置点', 'Evacuate to here'), 'orderEvacuation'); }
      if (p.placeKind === 'township') act(t('issueWarning'), 'issueWarning');
      if (p.placeKind === 'reservoir') act(t('releaseReservoir'), 'releaseReservoir');
      if (['village', 'shelter', 'township', 'depot'].includes(p.placeKind)) act(t('useForSupplies'), 'allocateSupplies');
      act(t('useAsDestination'), 'dispatch', 'use-destination');
    } else if (p.kind === 'unit') {
      act(t('dispatch'), 'dispatch'); act(t('recall'), 'recall');
    } else if (p.kind === 'point' || p.kind === 'edge') {
      act(t('useAsDestination'), 'dispatch');
      if (p.kind === 'edge') act(tx('加入道路管制', 'Add to road control'), 'roads');
    }
    return out;
  }
}

function tabLabel(id: TabId, kind: string, replay: boolean): string {
  switch (id) {
    case 'inbox': return t('inbox');
    case 'drill': return kind === 'team' ? tx('任务', 'Task') : kind === 'township' ? tx('叫应', 'Acknowledge') : tx('叫应与任务', 'Replies');
    case 'events': return t('eventLog');
    case 'orders': return t('orders');
    case 'units': return t('units');
    case 'situation': return t('situation');
    case 'plan': return t('plan');
    case 'director': return t('director');
    case 'evaluate': return replay ? t('timeline') : t('evaluate');
    case 'replay': return t('replayTitle');
    case 'plot': return tx('标绘', 'Plot');
    case 'consult': return tx('会商', 'Consult');
  }
  return kind;
}

export function mountConsole(root: HTMLElement, c: Console): void {
  render(root, c.el);
}
