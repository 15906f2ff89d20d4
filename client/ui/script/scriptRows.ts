// The MSEL as table rows in words (演练脚本): when (a time, or a condition after a time), kind,
// target, who perceives it, the outside party and its text, the expected response, the plan
// requirement it tests. Pure: the table and its tests read the same wording.
import type { Scenario } from '../../../sim-core/world/scenario.ts';
import type { Inject } from '../../../sim-core/injects/inject.ts';
import type { Plan } from '../../../sim-core/plan/plan.ts';
import { clockLabel } from '../../../presentation/text/clock.ts';
import { localText, type Lang } from '../../../presentation/text/lang.ts';
import { injectKindName, placeName, rainZoneName, roleName, waterMainName } from '../../../presentation/text/names.ts';
import { conditionText } from '../../../presentation/text/scriptText.ts';
import { siteExitName, siteName } from '../../../presentation/text/siteText.ts';
import { DEFAULT_PANIC_FACTOR } from '../../../sim-core/people/sites/siteInjects.ts';
import { damDamageName } from '../../../presentation/text/damText.ts';

export interface ScriptRow {
  id: string;
  when: string;
  kind: string;
  target: string;
  perceivedBy: string;
  party: string;
  text: string;
  expected: string;
  tests: string;
}

function targetText(s: Scenario, inj: Inject, lang: Lang): string {
  const en = lang === 'en';
  switch (inj.kind) {
    case 'message': case 'weather': return '—';
    case 'closeRoad': case 'openRoad': return en ? `${inj.target.edges.length} road segment(s)` : `${inj.target.edges.length} 段道路`;
    case 'rain': return rainZoneName(s, inj.target.zone, lang);
    case 'ignite': return en ? `(${(inj.target.x / 1000).toFixed(1)} km, ${(inj.target.y / 1000).toFixed(1)} km)` : `（${(inj.target.x / 1000).toFixed(1)} km，${(inj.target.y / 1000).toFixed(1)} km）`;
    case 'leveeBreach': return placeName(s, inj.target.levee, lang);
    case 'chemicalRelease': { const site = s.chemical?.sites.find((x) => x.id === inj.target.site); return site ? localText(site.name, lang) : inj.target.site; }
    case 'siteAlarm': case 'sitePanic': return siteName(s, inj.target.site, lang);
    case 'siteExitBlocked': return `${siteName(s, inj.target.site, lang)} ${siteExitName(inj.target.exit ?? 0, lang)}`;
    case 'mainBurst': return waterMainName(s, inj.target.main, lang);
    case 'aftershock': return en ? `epicentre (${(inj.target.x / 1000).toFixed(1)} km, ${(inj.target.y / 1000).toFixed(1)} km)` : `震中（${(inj.target.x / 1000).toFixed(1)} km，${(inj.target.y / 1000).toFixed(1)} km）`;
    default: return placeName(s, inj.target.place, lang);
  }
}

function contentText(inj: Inject, lang: Lang): string {
  const en = lang === 'en';
  switch (inj.kind) {
    case 'message': return localText(inj.payload.text, lang);
    case 'closeRoad': case 'openRoad': case 'ignite': return inj.payload.reason ? localText(inj.payload.reason, lang) : '';
    case 'rain': return inj.payload.series.map(([t, r]) => `${Math.round(t / 600) / 6}h ${r}mm/h`).join(' → ');
    case 'weather': return [
      inj.payload.wind ? (en ? `wind ${inj.payload.wind.speed} m/s from ${inj.payload.wind.dir}°` : `风速 ${inj.payload.wind.speed} m/s，风向 ${inj.payload.wind.dir}°`) : '',
      inj.payload.moisture ? (en ? `1-h fuel moisture ${inj.payload.moisture.d1} %` : `细小可燃物含水率 ${inj.payload.moisture.d1}%`) : '',
    ].filter(Boolean).join(en ? '; ' : '；');
    case 'trapped': return en ? `${inj.payload.people} people` : `${inj.payload.people} 人`;
    case 'outage': return inj.payload.services.map((x) => ({ power: en ? 'power' : '供电', comms: en ? 'comms' : '通信', water: en ? 'water' : '供水' })[x]).join('、') + (inj.payload.restore ? (en ? ' restored' : '恢复') : (en ? ' cut' : '中断'));
    case 'damBreak': return inj.payload.mode === 'piping' ? (en ? 'piping' : '管涌溃决') : (en ? 'overtopping' : '漫顶溃决');
    case 'siteAlarm': case 'siteExitBlocked': return '';
    case 'sitePanic': return en ? `walking speed ×${inj.payload.speedFactor ?? DEFAULT_PANIC_FACTOR}` : `步速 ×${inj.payload.speedFactor ?? DEFAULT_PANIC_FACTOR}`;
    case 'damCrack': return damDamageName(inj.payload.damage, lang);
    case 'mainBurst': return en ? `opening ${inj.payload.area} m²` : `破口 ${inj.payload.area} 平方米`;
    case 'aftershock': return en ? `Ms ${inj.payload.magnitude}, focal depth ${Math.round(inj.payload.depth / 1000)} km` : `${inj.payload.magnitude} 级，震源深度 ${Math.round(inj.payload.depth / 1000)} 千米`;
    case 'leveeBreach': return en ? `breach forms in ${Math.round(inj.payload.formation / 60)} min` : `${Math.round(inj.payload.formation / 60)} 分钟形成溃口`;
    case 'chemicalRelease': return inj.payload.mass !== undefined
      ? (en ? `${inj.payload.mass} kg at once` : `瞬时释放 ${inj.payload.mass} 千克`)
      : (en ? `${inj.payload.rate} kg/s` : `泄漏速率 ${inj.payload.rate} 千克/秒`);
  }
}

export function scriptRow(s: Scenario, inj: Inject, lang: Lang, script: readonly Inject[], plan: Plan | null, at?: number): ScriptRow {
  const en = lang === 'en';
  const time = clockLabel(s, at ?? inj.t);
  const when = inj.when ? (en ? `from ${time}, when ${conditionText(s, inj.when, lang, script)}` : `${time} 起，当${conditionText(s, inj.when, lang, script)}`) : time;
  const perceivedBy = inj.visibleTo.length === 0 ? (en ? 'director and evaluators only' : '仅导调、评估组')
    : inj.visibleTo.map((r) => (r === 'all' ? (en ? 'everyone' : '全体') : roleName(s, r, lang))).join(en ? ', ' : '、');
  const req = inj.tests ? plan?.requirements.find((r) => r.id === inj.tests) : undefined;
  return {
    id: inj.id, when, kind: injectKindName(inj.kind, lang), target: targetText(s, inj, lang), perceivedBy,
    party: inj.kind === 'message' ? localText(inj.payload.from, lang) : '',
    text: contentText(inj, lang),
    expected: inj.expected ? localText(inj.expected, lang) : '',
    tests: req ? localText(req.name, lang) : inj.tests ? (en ? 'a requirement of another plan' : '（其他预案的要求）') : '',
  };
}
