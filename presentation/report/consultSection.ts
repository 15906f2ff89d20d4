// The report's record of 会商 and 态势标绘, read from the log: each conversation with its
// participants, how many messages and when the first and last were sent (the 集体会商 channel
// first), and the plots as they stood at the end — who drew what, shared with whom. The
// situation maps show the plots themselves (presentation/map/situationMap.ts).
import type { LogEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { PlotKind } from '../../sim-core/plots/plotKinds.ts';
import { participants } from '../../sim-core/consult/messages.ts';
import { esc } from './svg.ts';
import { conversationName, plotKindName } from '../text/plotText.ts';
import { roleName } from '../text/names.ts';

interface PlotRow { kind: PlotKind; name: string; by: string; t: number; shared: string; gone: number | null }

export function consultSectionHtml(s: Scenario, log: readonly LogEntry[], hm: (t: number) => string): string {
  const convs = new Map<string, { count: number; first: number; last: number }>();
  const plots = new Map<string, PlotRow>();
  const drawn = new Map<string, number>();
  for (const e of log) {
    if (e.entry !== 'command') continue;
    if (e.type === 'sendMessage') {
      const id = participants(e.role, e.to).join('|');
      const c = convs.get(id);
      if (c) { c.count++; c.last = e.t; } else convs.set(id, { count: 1, first: e.t, last: e.t });
    } else if (e.type === 'addPlot') {
      const shared = !e.sharedWith ? '本组' : e.sharedWith.includes('all') ? '全体' : e.sharedWith.map((r) => roleName(s, r, 'zh')).join('、');
      const n = (drawn.get(e.role) ?? 0) + 1;
      drawn.set(e.role, n);
      plots.set(`${e.role}/${n}`, { kind: e.kind, name: e.name, by: e.role, t: e.t, shared, gone: null });
    } else if (e.type === 'editPlot') {
      const p = plots.get(e.plot);
      if (p && e.name !== undefined) p.name = e.name;
      if (p && e.kind !== undefined) p.kind = e.kind;
    } else if (e.type === 'deletePlot') {
      const p = plots.get(e.plot);
      if (p) p.gone = e.t;
    }
  }
  if (convs.size === 0 && plots.size === 0) return '<h3>会商与态势标绘</h3><p class="meta">本次推演没有会商消息和标绘。</p>';
  const convRows = [...convs.entries()].sort((a, b) => (a[0] === 'all' ? -1 : b[0] === 'all' ? 1 : a[1].first - b[1].first))
    .map(([id, c]) => `<tr><td>${esc(conversationName(s, id, '', 'zh'))}</td><td>${c.count}</td><td>${hm(c.first)}</td><td>${hm(c.last)}</td></tr>`).join('');
  const plotRows = [...plots.values()].map((p) => `<tr${p.gone !== null ? ' class="idle"' : ''}><td>${esc(p.name)}</td><td>${esc(plotKindName(p.kind, 'zh'))}</td><td>${esc(roleName(s, p.by, 'zh'))}</td><td>${hm(p.t)}</td><td>${esc(p.shared)}</td><td>${p.gone === null ? '保留至结束' : `${hm(p.gone)} 删除`}</td></tr>`).join('');
  return '<h3>会商与态势标绘</h3>'
    + (convs.size ? `<table><tr><th>会商（参与方）</th><th>消息数</th><th>首条</th><th>末条</th></tr>${convRows}</table>` : '<p class="meta">没有会商消息。</p>')
    + (plots.size ? `<table><tr><th>标绘</th><th>类型</th><th>标绘方</th><th>时间</th><th>共享</th><th>状态</th></tr>${plotRows}</table>` : '<p class="meta">没有标绘。</p>');
}
