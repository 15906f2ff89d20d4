// Wording of crowded sites (人员密集场所, sim-core/people/sites/): their names, their events and
// the site injects, in Chinese and English. The one table for it; eventText.ts and names.ts call in.
import type { EventEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { localText, type Lang } from './lang.ts';
import { durationText } from './clock.ts';

type SiteEvent = Extract<EventEntry, { kind: 'siteEvacuationStarted' | 'siteExitBlocked' | 'siteCrushInjuries' | 'siteCleared' | 'siteStalled' }>;

export function siteName(s: Scenario, id: string, lang: Lang): string {
  const site = s.sites?.find((x) => x.id === id);
  return site ? localText(site.name, lang) : id;
}

/** Exits are numbered from 1 for people (the plan's index + 1): 2号出口. */
export function siteExitName(exit: number, lang: Lang): string {
  return lang === 'en' ? `exit ${exit + 1}` : `${exit + 1}号出口`;
}

const CAUSE = { order: ['接到疏散指令', 'on an order'], alarm: ['警报响起', 'on the alarm'], quake: ['地震', 'after the earthquake'] } as const;

export const SITE_INJECT_KINDS: Record<string, readonly [string, string]> = {
  siteAlarm: ['场所警报', 'site alarm'], siteExitBlocked: ['出口堵塞', 'exit blocked'], sitePanic: ['人群恐慌', 'panic'],
};

/** Tag and text of a site event. */
export function siteEventText(s: Scenario, e: SiteEvent, lang: Lang): { cat: 'people' | 'danger'; tag: string; text: string } {
  const en = lang === 'en';
  const z = (zh: string, eng: string) => (en ? eng : zh);
  const S = siteName(s, e.site, lang);
  const D = (sec: number) => durationText(sec, lang);
  switch (e.kind) {
    case 'siteEvacuationStarted': {
      const w = e.warning === undefined ? '' : e.warning > 0
        ? z(`（震前收到地震预警 ${e.warning} 秒，人员已就近避险）`, ` (warned ${e.warning} s before the shaking; people took cover)`)
        : z('（处于地震预警盲区或无预警终端，未获预警）', ' (no early warning: in the blind zone or no receiver)');
      return { cat: 'people', tag: z('场所疏散', 'Site egress'), text: z(`${S}${CAUSE[e.cause][0]}，${e.people} 人开始疏散${w}`, `${S}: ${e.people} people start to leave ${CAUSE[e.cause][1]}${w}`) };
    }
    case 'siteExitBlocked':
      return { cat: 'danger', tag: z('出口堵塞', 'Exit blocked'), text: z(`${S} ${siteExitName(e.exit, lang)}堵塞，无法通行`, `${S}: ${siteExitName(e.exit, lang)} is blocked`) };
    case 'siteCrushInjuries':
      return { cat: 'danger', tag: z('挤压受伤', 'Crush'), text: z(`${S} 出口处人群拥挤，又有 ${e.hurt} 人挤压受伤（共 ${e.total} 人）`, `${S}: ${e.hurt} more hurt in the crush at the exits (${e.total} in all)`) };
    case 'siteCleared':
      return { cat: 'people', tag: z('疏散完毕', 'Site empty'), text: z(`${S} ${e.people} 人已全部撤出，用时 ${D(e.after)}${e.hurt ? `，${e.hurt} 人挤压受伤` : ''}`, `${S}: all ${e.people} out in ${D(e.after)}${e.hurt ? `; ${e.hurt} hurt in the crush` : ''}`) };
    case 'siteStalled':
      return { cat: 'danger', tag: z('疏散受阻', 'Egress stalled'), text: z(`${S} 疏散 ${D(e.after)} 后仍有 ${e.inside} 人未能撤出，需救援`, `${S}: ${e.inside} still inside after ${D(e.after)}; rescue needed`) };
  }
}
