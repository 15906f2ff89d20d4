// The exercises: state, sim time, who is connected, and what the director can do with each —
// open the code sheet or the director console, continue or pause, archive, rewind to an earlier
// moment (play goes on under the same codes; the abandoned branch stays, archived), delete.
import { h, render } from '../ui/dom.ts';
import { tx } from '../i18n.ts';
import { adminToken, call, errorText } from './api.ts';
import { field } from './fields.ts';
import type { ScenarioChoice } from './scenarios.ts';

/** Names for a row: a scenario and its roles as people read them, never folder names or role ids. */
export interface ExerciseNames { scenario(folder: string): string; role(folder: string, role: string): string }

export function namesFrom(choices: readonly ScenarioChoice[]): ExerciseNames {
  const of = (folder: string) => choices.find((c) => c.folder === folder);
  return {
    scenario: (folder) => { const c = of(folder); return c ? tx(c.name.zh, c.name.en ?? c.name.zh) : folder; },
    role: (folder, role) => {
      if (role === 'director') return tx('导调', 'Director');
      const r = of(folder)?.roles.find((x) => x.role === role);
      return r ? tx(r.zh, r.en) : tx('其他席位', 'another seat');
    },
  };
}

/** A field of the row is wrong (its problem shows under it). */
class FieldProblem extends Error {}

export interface Listed {
  id: string; scenario: string; seed: number; status: string; speed: string; t: number; until: number;
  archived: boolean; rewoundTo: string | null; parent: string | null; forkAt: number | null;
  course: string | null; group: number | null; connected: Record<string, number>; directorCode: string | null;
}

/** "6:05" — hours and minutes of sim time since the start. */
export function simTime(t: number): string {
  return `${Math.floor(t / 3600)}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}`;
}

/** "H:MM" or minutes → seconds, or null. */
export function parseSimTime(v: string): number | null {
  const s = v.trim();
  let m = /^(\d{1,3}):(\d{2})$/.exec(s);
  if (m && Number(m[2]) < 60) return Number(m[1]) * 3600 + Number(m[2]) * 60;
  m = /^(\d{1,5})$/.exec(s);
  return m ? Number(m[1]) * 60 : null;
}

export function stateText(x: Listed): string {
  if (x.rewoundTo) return tx('已回退（保留供复盘）', 'rewound (kept for the debrief)');
  if (x.archived) return tx('已归档', 'archived');
  if (x.status === 'finished') return tx('已结束', 'finished');
  if (x.status === 'failed') return tx('出错停止', 'failed');
  return x.speed === 'paused' ? tx('暂停', 'paused') : tx(`进行中（${x.speed === 'max' ? '最快' : x.speed.replace('x', '×')}）`, `running (${x.speed})`);
}

export function directorLink(x: Listed): string | null {
  return x.directorCode ? `/?code=${x.directorCode}#admin=${encodeURIComponent(adminToken() ?? '')}` : null;
}

export function exerciseRow(x: Listed, refresh: () => void, status: HTMLElement, names: ExerciseNames): HTMLElement {
  const act = (label: string, testid: string, run: () => Promise<unknown>) => h('button', {
    type: 'button', 'data-testid': testid,
    onclick: () => { status.textContent = tx('处理中…', 'working…'); run().then(() => { status.textContent = ''; refresh(); }).catch((err) => { status.textContent = err instanceof FieldProblem ? tx('请先改正标红的项。', 'Correct the field marked in red first.') : errorText(err); }); },
  }, label);
  const live = x.status === 'running' && !x.archived;
  const rewind = field(tx('回退到（时:分）', 'Rewind to (h:mm)'), h('input', { name: 'rewindAt', size: 6, placeholder: '1:30', maxlength: 8 }),
    (v) => {
      const t = parseSimTime(v);
      if (t === null) return tx('请写成“时:分”，如 1:30', 'Write h:mm, e.g. 1:30');
      return t > x.t ? tx(`不能晚于当前 ${simTime(x.t)}`, `No later than now (${simTime(x.t)})`) : null;
    });
  const connected = Object.entries(x.connected);
  const dl = directorLink(x);
  return h('tr', { 'data-exercise': x.id, class: x.archived ? 'archived' : '' },
    h('td', {}, h('code', {}, x.id), x.course ? h('div', { class: 'hint' }, tx(`培训班第 ${x.group} 组`, `course group ${x.group}`)) : null,
      x.parent ? h('div', { class: 'hint' }, tx(`由 ${x.parent} 在 ${simTime(x.forkAt ?? 0)} 分出`, `forked from ${x.parent} at ${simTime(x.forkAt ?? 0)}`)) : null),
    h('td', {}, names.scenario(x.scenario), h('div', { class: 'hint' }, tx(`种子 ${x.seed}`, `seed ${x.seed}`))),
    h('td', { 'data-testid': 'state' }, stateText(x), h('div', { class: 'hint' }, simTime(x.t))),
    h('td', { 'data-testid': 'connected' }, connected.length ? connected.map(([r, n]) => `${names.role(x.scenario, r)} ×${n}`).join('，') : tx('无人在线', 'nobody')),
    h('td', { class: 'actions' },
      h('a', { href: `#sheet=${x.id}`, 'data-testid': 'open-sheet' }, tx('加入码单', 'Code sheet')),
      dl ? h('a', { href: dl, target: '_blank', rel: 'noopener' }, tx('导调台', 'Director console')) : null,
      live ? (x.speed === 'paused' ? act(tx('继续', 'Resume'), 'resume', () => call('POST', `/api/admin/exercises/${x.id}/resume`))
        : act(tx('暂停', 'Pause'), 'pause', () => call('POST', `/api/admin/exercises/${x.id}/pause`))) : null,
      x.rewoundTo ? null : x.archived ? act(tx('取消归档', 'Unarchive'), 'unarchive', () => call('POST', `/api/admin/exercises/${x.id}/unarchive`))
        : act(tx('归档', 'Archive'), 'archive', () => call('POST', `/api/admin/exercises/${x.id}/archive`)),
      live ? h('span', { class: 'rewind' }, rewind.el, act(tx('回退', 'Rewind'), 'rewind', async () => {
        if (!rewind.check()) throw new FieldProblem();
        return call('POST', `/api/admin/exercises/${x.id}/rewind`, { at: parseSimTime(rewind.input.value) });
      })) : null,
      act(tx('删除', 'Delete'), 'delete', async () => {
        if (!confirm(tx(`删除演练 ${x.id}？其记录将一并删除，不能恢复。`, `Delete exercise ${x.id} and its record? This cannot be undone.`))) return;
        return call('DELETE', `/api/admin/exercises/${x.id}`);
      })));
}

export function exerciseTable(list: Listed[], refresh: () => void, status: HTMLElement, names: ExerciseNames): HTMLElement {
  const table = h('table', { class: 'exercises', 'data-testid': 'exercise-list' },
    h('thead', {}, h('tr', {}, [tx('编号', 'Id'), tx('想定', 'Scenario'), tx('状态', 'State'), tx('在线', 'Connected'), tx('操作', 'Actions')].map((x) => h('th', {}, x)))));
  const body = h('tbody');
  render(body, list.length ? list.map((x) => exerciseRow(x, refresh, status, names)) : h('tr', {}, h('td', { colspan: 5 }, tx('还没有演练。', 'No exercises yet.'))));
  table.append(body);
  return table;
}
