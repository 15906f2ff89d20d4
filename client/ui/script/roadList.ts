// 按名称选道路 — where there is no map to click (the admin page edits a scenario's script before
// any exercise), road targets are picked from a searchable list of the roads by the names people
// use ("国道G101 霞洼村段", "村道（白坎村）"; presentation/text/roadNames.ts). Choosing a road
// hands each of its segments to the open form as a map click would.
import { h, render } from '../dom.ts';
import { currentLang, tx } from '../../i18n.ts';
import type { Scenario } from '../../../sim-core/world/scenario.ts';
import { roadName } from '../../../presentation/text/roadNames.ts';
import type { Pick } from '../../map/mapView.ts';

/** Named roads in edge order of their first segment, each with its segments. */
export function namedRoads(s: Scenario, lang: 'zh' | 'en'): { name: string; edges: number[] }[] {
  const by = new Map<string, number[]>();
  for (let e = 0; e < s.roads.edgeCount; e++) {
    const n = roadName(s, e, lang);
    const list = by.get(n);
    if (list) list.push(e); else by.set(n, [e]);
  }
  return [...by].map(([name, edges]) => ({ name, edges }));
}

const SHOWN = 40;

/** The search box and the matching roads; `use` gets a road's segments as edge picks and says whether the open form took them. */
export function roadList(s: Scenario, use: (p: Pick) => boolean): HTMLElement {
  const roads = namedRoads(s, currentLang() === 'en' ? 'en' : 'zh');
  const query = h('input', { type: 'search', name: 'roadSearch', maxlength: 40, placeholder: tx('搜索道路名称，如“县道”或村名', 'search roads, e.g. a village'), 'data-testid': 'road-search' }) as HTMLInputElement;
  const list = h('div', { class: 'road-list', 'data-testid': 'road-list' });
  const said = h('div', { class: 'hint', role: 'status' });
  const paint = () => {
    const q = query.value.trim().toLowerCase();
    const hits = roads.filter((r) => !q || r.name.toLowerCase().includes(q));
    render(list, hits.slice(0, SHOWN).map((r) => h('button', { type: 'button', class: 'small road', 'data-road': r.name, onclick: () => {
      const g = s.roads;
      let took = false;
      for (const e of r.edges) {
        const a = g.edgeFrom[e], b = g.edgeTo[e];
        took = use({ kind: 'edge', edge: e, x: (g.nodeX[a] + g.nodeX[b]) / 2, y: (g.nodeY[a] + g.nodeY[b]) / 2 }) || took;
      }
      said.textContent = took ? tx(`已选用 ${r.name}（${r.edges.length} 段）`, `${r.name} used (${r.edges.length} segments)`)
        : tx('请先打开一条以道路为目标的注入（如“道路中断”）', 'Open an inject whose target is a road first (e.g. close a road)');
    } }, r.name)),
    hits.length > SHOWN ? h('span', { class: 'hint' }, tx(`另有 ${hits.length - SHOWN} 条，请输入更多字缩小范围`, `${hits.length - SHOWN} more; type more to narrow`)) : null,
    hits.length === 0 ? h('span', { class: 'hint' }, tx('没有名称含此字样的道路', 'No road by that name')) : null);
  };
  query.addEventListener('input', paint);
  paint();
  return h('div', { class: 'road-picker', 'data-testid': 'road-picker' },
    h('h5', {}, tx('按名称选道路（无地图时代替地图点选）', 'Pick roads by name (instead of clicking a map)')), query, said, list);
}
