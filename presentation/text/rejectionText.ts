// Why an order was refused, in the player's language: the reason's name (names.ts) and, when the
// core said exactly what was wrong (a RejectionDetail), that in a sentence naming places, teams
// and supplies by their names. The core's own `message` is English for logs and the command
// line; a Chinese screen never shows it.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { RejectionDetail } from '../../sim-core/commands/command.ts';
import type { Lang } from './lang.ts';
import { injectName, levelName, placeName, rejectionName, supplyName, supplyUnit, teamName, warnName, zoneTierName } from './names.ts';

export interface RejectionLike { error: string; message: string; detail?: RejectionDetail }

/** The sentence for a detail, or null for a code this table does not know. */
export function rejectionDetailText(s: Scenario, d: RejectionDetail, lang: Lang): string | null {
  const en = lang === 'en';
  const P = (v: string | number) => placeName(s, String(v), lang), T = (v: string | number) => teamName(s, String(v), lang);
  const z = (zh: string, eng: string) => (en ? eng : zh);
  switch (d.code) {
    case 'depotShort': return z(`${P(d.depot)}只有${supplyName(String(d.item), lang)} ${d.holds} ${supplyUnit(String(d.item))}，不够调拨 ${d.asked} ${supplyUnit(String(d.item))}`, `${P(d.depot)} holds ${d.holds} ${supplyName(String(d.item), lang)}, not ${d.asked}`);
    case 'notWholeCount': return z(`${supplyName(String(d.item), lang)}的数量须为正整数`, `the number of ${supplyName(String(d.item), lang)} must be a whole number above zero`);
    case 'nothingToSend': return z('没有填写要调拨的物资数量', 'no quantities given');
    case 'notSupplyDestination': return z(`物资不能送往${P(d.place)}`, `supplies cannot be sent to ${P(d.place)}`);
    case 'suppliesAlreadyThere': return z(`物资已在${P(d.depot)}`, `the supplies are already at ${P(d.depot)}`);
    case 'noRoadBetween': return z(`从${P(d.from)}到${P(d.to)}没有可通行的道路`, `no open road from ${P(d.from)} to ${P(d.to)}`);
    case 'unitAlreadyThere': return z(`${T(d.unit)}已在${P(d.to)}`, `${T(d.unit)} is already at ${P(d.to)}`);
    case 'noRoadForUnit': return z(`${T(d.unit)}所在位置到${P(d.to)}没有可通行的道路`, `no open road from ${T(d.unit)} to ${P(d.to)}`);
    case 'levelAlready': return z(`应急响应已是${levelName(String(d.level), lang)}`, `the response is already ${levelName(String(d.level), lang)}`);
    case 'roadsAlreadyClosed': return z('所选道路均已由本角色封闭', 'every road picked is already closed by this role');
    case 'roadsAlreadyOpen': return z('所选道路均未被本角色封闭', 'none of the roads picked is closed by this role');
    case 'gateCapacity': return z(`${P(d.reservoir)}闸门最大泄量为 ${d.max} m³/s`, `${P(d.reservoir)}'s gates pass at most ${d.max} m³/s`);
    case 'alreadyReleasing': return z(`${P(d.reservoir)}已按 ${d.rate} m³/s 下泄`, `${P(d.reservoir)} already releases ${d.rate} m³/s`);
    case 'injectAlreadyFired': return z(`「${injectName(s, String(d.inject), lang)}」已经注入过`, `"${injectName(s, String(d.inject), lang)}" has already fired`);
    case 'townshipWarnsOwnVillages': return z('乡镇只能向本辖区的村发布预警', 'a township warns only its own villages');
    case 'villageNotOwn': return z(`${P(d.village)}不属于${P(d.township)}`, `${P(d.village)} is not in ${P(d.township)}`);
    case 'noWarningToAcknowledge': return z(`${P(d.township)}值班室尚未收到预警`, `no warning has reached the duty room of ${P(d.township)}`);
    case 'warningAlreadyAcknowledged': return z(`${warnName(String(d.level), lang)}预警已经叫应`, `the ${warnName(String(d.level), lang)} warning was already acknowledged`);
    case 'sheltersAlreadyOpen': return z('所选避难场所均已启用', 'every shelter named is open already');
    case 'noBoats': return z(`${P(String(d.township))}没有需要回港的渔船`, `${P(String(d.township))} has no boats out`);
    case 'boatsRecalled': return z(`${P(String(d.township))}渔船已通知回港`, `the boats of ${P(String(d.township))} are already recalled`);
    case 'noChemicalSite': return z('本想定没有危化品企业', 'this scenario has no hazardous-chemical site');
    case 'noZoneKnown': return z('尚未收到侦检划定的警戒区：请先调派队伍侦检监测并报告', 'no measured threat zone has been reported yet: send a team to measure the gas first');
    case 'noSuchTier': return z('警戒区没有这一分区', 'the threat zone has no such tier');
    case 'noRoadInZone': return z(`${zoneTierName(String(d.tier), lang)}内没有道路`, `no road lies in the ${zoneTierName(String(d.tier), lang)}`);
    case 'zoneRoadsClosed': return z(`${zoneTierName(String(d.tier), lang)}内道路均已实施交通管制`, `every road in the ${zoneTierName(String(d.tier), lang)} is already closed`);
    case 'noTask': return z(`${T(d.unit)}当前没有任务`, `${T(d.unit)} has no task`);
  }
  return null;
}

/**
 * The line under a refused order: "数值超出范围：应急物资储备库只有帐篷 600 顶，不够调拨 1000 顶".
 * In English the core's message serves when no detail is known.
 */
export function rejectionText(s: Scenario | null, r: RejectionLike, lang: Lang): { title: string; detail: string } {
  const title = rejectionName(r.error, lang);
  const known = s && r.detail ? rejectionDetailText(s, r.detail, lang) : null;
  if (known) return { title, detail: known };
  return { title, detail: lang === 'en' ? r.message : '' };
}
