// 态势标绘: the map's drawing tool in a side panel. Pick a kind, click the map (one point for a
// symbol or a label, several for a line or an area), name it, choose who shares it (one's own
// group by default), and send it as an addPlot order. Below, the plots this role sees, its own
// with a delete button. The form runs the core's own checks first and says what to fix.
import { h, render } from './dom.ts';
import { currentLang, tx } from '../i18n.ts';
import { AnswerLine, MultiPick, field, type Option } from './widgets.ts';
import type { Store } from '../session/store.ts';
import type { Session } from '../session/session.ts';
import type { MapView } from '../map/mapView.ts';
import { PLOT_KINDS, PLOT_NAME_MAX, PLOT_NOTE_MAX, plotGeometry, type PlotKind } from '../../sim-core/plots/plotKinds.ts';
import type { MapPoint, Plot } from '../../sim-core/plots/plotState.ts';
import { checkName, checkNote, checkPoints, checkShare } from '../../sim-core/plots/plotRules.ts';
import { plotKindName, plotProblemText } from '../../presentation/text/plotText.ts';
import { roleName } from '../../presentation/text/names.ts';
import { clockLabel } from '../../presentation/text/clock.ts';
import { allRoles } from '../../sim-core/commands/roles.ts';
import { isPlayerRole } from '../../sim-core/plots/audience.ts';

const GEOMETRY_GROUP = { point: ['标绘点', 'Points'], line: ['线', 'Lines'], area: ['区域', 'Areas'], label: ['文字', 'Text'] } as const;

/** Player roles of the scenario as options (chief, townships, teams). */
export function playerRoleOptions(store: Store, except?: string): Option[] {
  const s = store.scenario!;
  return allRoles(s).filter((r) => isPlayerRole(s, r) && r !== except).map((r) => ({
    id: r, label: roleName(s, r, currentLang()),
    group: r === 'chief' ? tx('指挥部', 'HQ') : r.startsWith('township:') ? tx('乡镇', 'Townships') : tx('队伍', 'Teams'),
  }));
}

export class PlotTool {
  readonly el = h('div', { class: 'panel plot-tool', 'data-testid': 'plot-tool' });
  private kind = h('select', { name: 'plotKind', 'data-testid': 'plot-kind' });
  private hint = h('div', { class: 'hint', 'data-testid': 'plot-hint' });
  private name = h('input', { type: 'text', name: 'plotName', maxlength: PLOT_NAME_MAX, 'data-testid': 'plot-name' });
  private note = h('input', { type: 'text', name: 'plotNote', maxlength: PLOT_NOTE_MAX });
  private share = h('select', { name: 'plotShare', 'data-testid': 'plot-share' });
  private roles: MultiPick;
  private answer = new AnswerLine();
  private list = h('ol', { class: 'items plot-list', 'data-testid': 'plot-list' });
  private points: MapPoint[] = [];
  private listKey = '';
  private builtFor = '';
  private active = false;

  constructor(private readonly store: Store, private readonly session: Session | null, private readonly map: MapView) {
    this.roles = new MultiPick(playerRoleOptions(store, store.role), 'plotRoles');
    this.kind.addEventListener('change', () => { if (plotGeometry(this.kindValue()) !== 'line' && plotGeometry(this.kindValue()) !== 'area') this.points = this.points.slice(0, 1); this.paintDraft(); });
    this.share.addEventListener('change', () => this.roles.el.classList.toggle('hidden', this.share.value !== 'roles'));
    store.on('view', () => { if (this.builtFor !== this.store.viewRole) this.build(); else this.paintList(); });
    this.build();
  }

  private kindValue(): PlotKind { return this.kind.value as PlotKind; }
  private canDraw(): boolean { return this.session !== null && this.session.mode !== 'replay' && this.store.role === this.store.viewRole; }

  build(): void {
    this.builtFor = this.store.viewRole;
    const lang = currentLang();
    const keep = this.kind.value || 'hazard';
    render(this.kind, (['point', 'line', 'area', 'label'] as const).map((g) => h('optgroup', { label: tx(GEOMETRY_GROUP[g][0], GEOMETRY_GROUP[g][1]) },
      PLOT_KINDS.filter((k) => plotGeometry(k) === g).map((k) => h('option', { value: k }, plotKindName(k, lang))))));
    this.kind.value = keep;
    const keepShare = this.share.value || 'group';
    render(this.share, h('option', { value: 'group' }, tx('本组（默认）', 'My own group (default)')), h('option', { value: 'all' }, tx('全体', 'Everyone')), h('option', { value: 'roles' }, tx('指定席位', 'Chosen roles')));
    this.share.value = keepShare;
    this.roles.setOptions(playerRoleOptions(this.store, this.store.role));
    this.roles.el.classList.toggle('hidden', this.share.value !== 'roles');
    const form = this.canDraw() ? h('div', { class: 'form' },
      field(tx('标绘类型', 'Kind'), this.kind),
      this.hint,
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'small', onclick: () => { this.points.pop(); this.paintDraft(); } }, tx('撤销上一点', 'Undo last point')),
        h('button', { type: 'button', class: 'small', onclick: () => { this.points = []; this.paintDraft(); } }, tx('清除', 'Clear'))),
      field(tx('名称', 'Name'), this.name),
      field(tx('说明（可选）', 'Note (optional)'), this.note),
      field(tx('共享给', 'Share with'), this.share, this.roles.el),
      h('button', { type: 'button', class: 'primary', 'data-testid': 'plot-submit', onclick: () => void this.submit() }, tx('完成标绘', 'Place the plot')),
      this.answer.el) : null;
    render(this.el, h('h3', {}, tx('态势标绘', 'Situation plotting')), form, h('h4', {}, tx('已有标绘', 'Plots')), this.list);
    this.listKey = '';
    this.paintDraft();
    this.paintList();
  }

  /** The tab is shown or hidden: clicks on the map draw while it is shown. */
  setActive(on: boolean): void {
    this.active = on && this.canDraw();
    this.map.onMapClick(this.active ? (x, y) => this.addPoint(x, y) : null);
    this.map.setDraft(this.active && this.points.length ? { kind: this.kindValue(), points: this.points } : null);
  }

  private addPoint(x: number, y: number): void {
    const p: MapPoint = [Math.round(x), Math.round(y)];
    const g = plotGeometry(this.kindValue());
    this.points = g === 'line' || g === 'area' ? [...this.points, p] : [p];
    this.paintDraft();
  }

  private paintDraft(): void {
    const kind = this.kindValue();
    const g = plotGeometry(kind);
    const need = g === 'line' ? tx('在地图上依次点击各点（至少2个）', 'Click the points on the map in order (at least 2)')
      : g === 'area' ? tx('在地图上依次点击区域边界各点（至少3个）', 'Click the corners of the area on the map (at least 3)')
        : tx('在地图上点击放置位置', 'Click the map where it goes');
    this.hint.textContent = `${need}${tx(`，已选${this.points.length}个点`, `; ${this.points.length} chosen`)}`;
    if (this.active) this.map.setDraft(this.points.length ? { kind, points: this.points } : null);
  }

  private async submit(): Promise<void> {
    const s = this.store.scenario!;
    const lang = currentLang();
    const kind = this.kindValue();
    const name = this.name.value.trim();
    const note = this.note.value.trim();
    const sharedWith = this.share.value === 'all' ? ['all'] : this.share.value === 'roles' ? this.roles.values() : undefined;
    if (this.share.value === 'roles' && sharedWith!.length === 0) { this.answer.error(tx('请选择共享的席位', 'Choose the roles to share with')); return; }
    const problem = checkPoints(s, kind, this.points) ?? checkName(name) ?? checkNote(note || undefined) ?? (sharedWith ? checkShare(s, sharedWith) : null);
    if (problem) { this.answer.error(plotProblemText(problem, lang)); return; }
    this.answer.sending();
    const ack = await this.session!.command({ type: 'addPlot', kind, points: this.points, name, ...(note ? { note } : {}), ...(sharedWith ? { sharedWith } : {}) });
    this.answer.show(ack, tx('已标绘', 'Plotted'));
    if (ack.ok) { this.points = []; this.name.value = ''; this.note.value = ''; this.paintDraft(); }
  }

  /** movePlot: the points just drawn (for that plot's own kind) become its new place. */
  private async move(p: Plot): Promise<void> {
    const problem = checkPoints(this.store.scenario!, p.kind, this.points);
    if (problem) { this.answer.error(`${p.name}：${plotProblemText(problem, currentLang())}`); return; }
    this.answer.sending();
    const ack = await this.session!.command({ type: 'movePlot', plot: p.id, points: this.points });
    this.answer.show(ack, tx('已移动', 'Moved'));
    if (ack.ok) { this.points = []; this.paintDraft(); }
  }

  /** editPlot: the name, note and sharing filled in the form (empty fields keep the plot's). */
  private async edit(p: Plot): Promise<void> {
    const s = this.store.scenario!;
    const name = this.name.value.trim(), note = this.note.value.trim();
    const sharedWith = this.share.value === 'all' ? ['all'] : this.share.value === 'roles' && this.roles.values().length ? this.roles.values() : undefined;
    const sameGeometry = plotGeometry(this.kindValue()) === plotGeometry(p.kind) && this.kindValue() !== p.kind;
    const cmd: Record<string, unknown> = { type: 'editPlot', plot: p.id, ...(name ? { name } : {}), ...(note ? { note } : {}), ...(sharedWith ? { sharedWith } : {}), ...(sameGeometry ? { kind: this.kindValue() } : {}) };
    const problem = (name ? checkName(name) : null) ?? checkNote(note || undefined) ?? (sharedWith ? checkShare(s, sharedWith) : null);
    if (problem) { this.answer.error(plotProblemText(problem, currentLang())); return; }
    if (Object.keys(cmd).length === 2) { this.answer.error(tx('请先在表单中填写要修改的名称、说明、共享对象或同类标绘类型', 'Fill in the form what to change: name, note, sharing, or a kind of the same geometry')); return; }
    this.answer.sending();
    this.answer.show(await this.session!.command(cmd), tx('已修改', 'Changed'));
  }

  private paintList(): void {
    const plots = this.store.view?.plots ?? [];
    // Plots change at the same sim time while paused: compare what is shown, not when it changed.
    const key = `${currentLang()}|${this.store.viewRole}|${JSON.stringify(plots)}`;
    if (key === this.listKey) return;
    this.listKey = key;
    const s = this.store.scenario!;
    const lang = currentLang();
    const mine = (p: Plot) => p.by === this.store.role && this.canDraw();
    render(this.list, plots.length ? plots.map((p) => h('li', { class: 'item', 'data-plot': p.name },
      h('b', {}, p.name), ' ', h('span', { class: 'tag' }, plotKindName(p.kind, lang)),
      h('small', {}, ` ${clockLabel(s, p.t)} · ${roleName(s, p.by, lang)} · ${tx('共享：', 'shared: ')}${p.sharedWith.includes('all') ? tx('全体', 'everyone') : p.sharedWith.map((r) => roleName(s, r, lang)).join(tx('、', ', '))}`),
      p.note ? h('div', { class: 'note' }, p.note) : null,
      mine(p) ? h('div', { class: 'row' },
        h('button', { type: 'button', class: 'small', 'data-testid': 'plot-move', onclick: () => void this.move(p) }, tx('移到新画位置', 'Move to the new drawing')),
        h('button', { type: 'button', class: 'small', 'data-testid': 'plot-edit', onclick: () => void this.edit(p) }, tx('按表单修改', 'Change to the form')),
        h('button', { type: 'button', class: 'small', 'data-testid': 'plot-delete', onclick: () => void this.session!.command({ type: 'deletePlot', plot: p.id }).then((a) => this.answer.show(a, tx('已删除', 'Deleted'))) }, tx('删除', 'Delete'))) : null,
    )) : h('li', { class: 'empty' }, tx('暂无标绘', 'No plots yet')));
  }
}
