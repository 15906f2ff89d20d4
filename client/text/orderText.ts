// One line for an order in the log (replay's key moments): what was ordered, in words.
import type { CommandEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { lt, tx } from '../i18n.ts';
import { itemsText, levelName, placeName, reportKindName, roleName, teamName, warnName } from './names.ts';

export function orderText(s: Scenario, c: CommandEntry): string {
  const P = (id: string) => placeName(s, id);
  const list = (ids: string[] = []) => (ids.length > 3 ? `${ids.slice(0, 3).map(P).join(tx('、', ', '))} ${tx(`等 ${ids.length} 处`, `and ${ids.length - 3} more`)}` : ids.map(P).join(tx('、', ', ')));
  switch (c.type) {
    case 'dispatch': return tx(`调派 ${teamName(s, c.unit)} → ${'place' in c.to ? P(c.to.place) : `路网节点${c.to.node}`}${c.task ? `（${c.task}）` : ''}`, `dispatch ${teamName(s, c.unit)} → ${'place' in c.to ? P(c.to.place) : `road node ${c.to.node}`}${c.task ? ` (${c.task})` : ''}`);
    case 'recall': return tx(`召回 ${teamName(s, c.unit)}`, `recall ${teamName(s, c.unit)}`);
    case 'closeRoad': return tx(`封闭 ${c.edges.length} 段道路`, `close ${c.edges.length} road segment(s)`);
    case 'openRoad': return tx(`开放 ${c.edges.length} 段道路`, `open ${c.edges.length} road segment(s)`);
    case 'setResponseLevel': return tx(`启动${levelName(c.level)}响应`, `response ${levelName(c.level)}`);
    case 'sendReport': return `${reportKindName(c.kind)} → ${roleName(s, c.to)}：${lt(c.text).slice(0, 60)}`;
    case 'fireInject': return tx(`注入 ${c.inject}`, `inject ${c.inject}`);
    case 'releaseReservoir': return tx(`${P(c.reservoir)} 泄量 ${c.rate} m³/s`, `${P(c.reservoir)} releases ${c.rate} m³/s`);
    case 'issueWarning': return tx(`发布${warnName(c.level)}预警 ${list([...(c.townships ?? []), ...(c.villages ?? [])])}`, `${warnName(c.level)} warning to ${list([...(c.townships ?? []), ...(c.villages ?? [])])}`);
    case 'orderEvacuation': return tx(`转移 ${list(c.villages)}`, `evacuate ${list(c.villages)}`);
    case 'allocateSupplies': return tx(`物资 ${P(c.depot)} → ${P(c.to)}：${itemsText(c.items)}`, `supplies ${P(c.depot)} → ${P(c.to)}: ${itemsText(c.items)}`);
    case 'openShelter': return tx(`启用 ${list(c.shelters)}`, `open ${list(c.shelters)}`);
    case 'declineTask': return tx(`${teamName(s, c.unit)} 拒绝任务：${lt(c.reason)}`, `${teamName(s, c.unit)} declines: ${lt(c.reason)}`);
  }
  return (c as { type: string }).type;
}
