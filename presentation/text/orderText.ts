// One line for an order in the log (the replay's key moments, the report): what was ordered.
import type { CommandEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { localText, type Lang } from './lang.ts';
import { roadsText } from './roadNames.ts';
import { participantName, partyName, plotKindName } from './plotText.ts';
import { participants } from '../../sim-core/consult/messages.ts';
import { siteName } from './siteText.ts';
import { injectName, itemsText, levelName, placeName, reportKindName, roleName, taskReplyName, taskWithLabel, teamName, warnName, zoneTierName } from './names.ts';

export function orderText(s: Scenario, c: CommandEntry, lang: Lang): string {
  const en = lang === 'en';
  const z = (zh: string, eng: string) => (en ? eng : zh);
  const P = (id: string) => placeName(s, id, lang), T = (id: string) => teamName(s, id, lang);
  const list = (ids: string[] = []) => (ids.length > 3 ? `${ids.slice(0, 3).map(P).join(z('、', ', '))} ${z(`等 ${ids.length} 处`, `and ${ids.length - 3} more`)}` : ids.map(P).join(z('、', ', ')));
  switch (c.type) {
    case 'dispatch': return z(`调派 ${T(c.unit)} → ${P('place' in c.to ? c.to.place : `node:${c.to.node}`)}（${taskWithLabel(c.task, c.label, 'zh')}）`, `dispatch ${T(c.unit)} → ${P('place' in c.to ? c.to.place : `node:${c.to.node}`)} (${taskWithLabel(c.task, c.label, 'en')})`);
    case 'recall': return z(`召回 ${T(c.unit)}`, `recall ${T(c.unit)}`);
    case 'closeRoad': return z(`封闭 ${roadsText(s, c.edges, lang)}`, `close ${roadsText(s, c.edges, lang)}`);
    case 'openRoad': return z(`开放 ${roadsText(s, c.edges, lang)}`, `open ${roadsText(s, c.edges, lang)}`);
    case 'setResponseLevel': return z(`启动${levelName(c.level, lang)}响应`, `response ${levelName(c.level, lang)}`);
    case 'sendReport': return `${reportKindName(c.kind, lang)} → ${roleName(s, c.to, lang)}${z('：', ': ')}${localText(c.text, lang).slice(0, 60)}`;
    case 'fireInject': return z(`注入 ${injectName(s, c.inject, lang)}`, `inject ${injectName(s, c.inject, lang)}`);
    case 'addInject': return z('导调新增注入', 'the director adds an inject');
    case 'editInject': return z(`导调修改注入 ${injectName(s, c.id, lang)}`, `the director changes ${injectName(s, c.id, lang)}`);
    case 'deleteInject': return z(`导调删除注入 ${injectName(s, c.id, lang)}`, `the director deletes ${injectName(s, c.id, lang)}`);
    case 'releaseReservoir': return z(`${P(c.reservoir)} 泄量 ${c.rate} m³/s`, `${P(c.reservoir)} releases ${c.rate} m³/s`);
    case 'issueWarning': return z(`发布${warnName(c.level, lang)}预警 ${list([...(c.townships ?? []), ...(c.villages ?? [])])}`, `${warnName(c.level, lang)} warning to ${list([...(c.townships ?? []), ...(c.villages ?? [])])}`);
    case 'orderEvacuation': return z(`转移 ${list(c.villages)}`, `evacuate ${list(c.villages)}`);
    case 'orderShelterInPlace': return z(`就地避险 ${list(c.villages)}`, `shelter in place: ${list(c.villages)}`);
    case 'evacuateSite': return z(`组织 ${siteName(s, c.site, lang)} 人员疏散`, `empty ${siteName(s, c.site, lang)}`);
    case 'allocateSupplies': return z(`物资 ${P(c.depot)} → ${P(c.to)}：${itemsText(c.items, lang)}`, `supplies ${P(c.depot)} → ${P(c.to)}: ${itemsText(c.items, lang)}`);
    case 'openShelter': return z(`启用 ${list(c.shelters)}`, `open ${list(c.shelters)}`);
    case 'trafficControl': return z(`对${zoneTierName(c.tier ?? 'AEGL-2', 'zh')}实施交通管制，封闭区内道路`, `traffic control: close the roads in the ${zoneTierName(c.tier ?? 'AEGL-2', 'en')}`);
    case 'recallBoats': return z(`通知 ${P(c.township)} 渔船回港避风`, `call the boats of ${P(c.township)} back to harbour`);
    case 'declineTask': return z(`${T(c.unit)} 拒绝任务：${localText(c.reason, lang)}`, `${T(c.unit)} declines: ${localText(c.reason, lang)}`);
    case 'setPlayed': return z(`${roleName(s, c.forRole, lang)} 改由${c.played ? '人员' : '自动推演'}扮演`, `${roleName(s, c.forRole, lang)} now played by ${c.played ? 'a person' : 'the autopilot'}`);
    case 'acknowledgeWarning': return z(`${roleName(s, c.role, lang)} 叫应：回复已收到预警`, `${roleName(s, c.role, lang)} acknowledges the warning`);
    case 'taskReply': return `${T(c.unit)} ${taskReplyName(c.reply, lang)}${c.reason ? z('：', ': ') + localText(c.reason, lang) : ''}`;
    case 'addPlot': return z(`标绘${plotKindName(c.kind, lang)}「${c.name}」`, `plots a ${plotKindName(c.kind, lang)} "${c.name}"`);
    case 'movePlot': return z('移动标绘', 'moves a plot');
    case 'editPlot': return z(`修改标绘${c.name ? `「${c.name}」` : ''}`, `edits a plot${c.name ? ` "${c.name}"` : ''}`);
    case 'deletePlot': return z('删除标绘', 'deletes a plot');
    case 'sendMessage': {
      const to = participants(c.role, c.to).filter((p) => p !== c.role).map((p) => participantName(s, p, lang)).join(z('、', ', '));
      const as = c.as ? z(`（以${partyName(c.as, lang)}名义）`, ` (as ${partyName(c.as, lang)})`) : '';
      return `${z('会商', 'consults')}${as} → ${to}${z('：', ': ')}${c.text.slice(0, 60)}`;
    }
  }
  return (c as { type: string }).type;
}
