// The typhoon's words (防台): its grade (GB/T 19201-2006), the weather service's bulletin, the
// boats' recall, return and the boats still out at the deadline.
import type { EventEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Lang } from './lang.ts';
import type { TyphoonTrack } from '../../sim-core/hazards/typhoon/track.ts';
import { windCirclesAt } from '../../sim-core/hazards/typhoon/typhoonView.ts';
import { localText } from './lang.ts';
import { placeName, roleName } from './names.ts';

type Pair = [string, string];
const GRADE: Record<string, Pair> = {
  depression: ['热带低压', 'tropical depression'], tropicalStorm: ['热带风暴', 'tropical storm'],
  severeTropicalStorm: ['强热带风暴', 'severe tropical storm'], typhoon: ['台风', 'typhoon'],
  severeTyphoon: ['强台风', 'severe typhoon'], superTyphoon: ['超强台风', 'super typhoon'],
};
export const typhoonGradeName = (g: string, lang: Lang) => (GRADE[g] ?? [g, g])[lang === 'en' ? 1 : 0];

/** Beaufort force (GB/T 28591-2012) of a 10-min mean wind, for "风力 10 级". */
export function beaufortForce(v: number): number {
  const floors = [0.3, 1.6, 3.4, 5.5, 8.0, 10.8, 13.9, 17.2, 20.8, 24.5, 28.5, 32.7, 37.0, 41.5, 46.2, 51.0, 56.1];
  let f = 0;
  while (f < floors.length && v >= floors[f]) f++;
  return f;
}

export interface TyphoonLine { cat: 'hazard' | 'danger' | 'people'; tag: Pair; text: Pair }

export function typhoonEventLine(s: Scenario, e: EventEntry): TyphoonLine | null {
  const P = (id: string, lang: Lang) => placeName(s, id, lang);
  const ty = s.typhoon;
  switch (e.kind) {
    case 'typhoonBulletin': {
      const name = ty ? localText(ty.name, 'zh') : '台风';
      const nameEn = ty ? localText(ty.name, 'en') : 'the typhoon';
      const cx = s.grid.width * s.grid.cellSize / 2, cy = s.grid.height * s.grid.cellSize / 2;
      const km = Math.round(Math.sqrt((e.x - cx) * (e.x - cx) + (e.y - cy) * (e.y - cy)) / 1000);
      const circles = ty ? bulletinCircles(ty.track, e.fix) : [];
      const zhCircles = circles.map((c) => windCircleRadiiText(c.force, c.km, 'zh')).join('；');
      const enCircles = circles.map((c) => windCircleRadiiText(c.force, c.km, 'en')).join('; ');
      return {
        cat: 'hazard', tag: ['台风消息', 'Typhoon bulletin'],
        text: [
          `${name}（${typhoonGradeName(e.grade, 'zh')}级）中心距本区约 ${km} 公里，中心气压 ${e.pressure} 百帕，近中心最大风力 ${beaufortForce(e.maxWind)} 级（${e.maxWind} 米/秒）${zhCircles ? `。${zhCircles}` : ''}`,
          `${nameEn} (${typhoonGradeName(e.grade, 'en')}) about ${km} km from the district, central pressure ${e.pressure} hPa, maximum wind force ${beaufortForce(e.maxWind)} (${e.maxWind} m/s)${enCircles ? `. ${enCircles}` : ''}`,
        ],
      };
    }
    case 'boatsRecalled': {
      const own = e.by === `township:${e.township}`;
      return {
        cat: 'people', tag: ['渔船回港', 'Boats recalled'],
        text: own
          ? [`${P(e.township, 'zh')}通知本镇 ${e.boats} 艘渔船回港避风`, `${P(e.township, 'en')} calls its ${e.boats} boats back to harbour`]
          : [`${roleName(s, e.by, 'zh')}通知${P(e.township, 'zh')} ${e.boats} 艘渔船回港避风`, `${roleName(s, e.by, 'en')} calls ${e.boats} boats of ${P(e.township, 'en')} back to harbour`],
      };
    }
    case 'boatsBack': return { cat: 'people', tag: ['渔船回港', 'Boats in'], text: [`${P(e.township, 'zh')} ${e.boats} 艘渔船已全部回到 ${P(e.harbour, 'zh')} 避风`, `All ${e.boats} boats of ${P(e.township, 'en')} are in at ${P(e.harbour, 'en')}`] };
    case 'boatsOut': return { cat: 'danger', tag: ['渔船未归', 'Boats still out'], text: [`回港时限已到，${P(e.township, 'zh')} 仍有 ${e.out} 艘（共 ${e.boats} 艘）渔船在外`, `Deadline passed: ${e.out} of ${e.boats} boats of ${P(e.township, 'en')} still out`] };
  }
  return null;
}

/** 七级风圈 … — the wind circles the bulletins give, by Beaufort force. */
const CIRCLE: Record<number, [string, string]> = { 7: ['七级风圈', 'force-7 wind circle'], 10: ['十级风圈', 'force-10 wind circle'], 12: ['十二级风圈', 'force-12 wind circle'] };
export const windCircleName = (force: number, lang: Lang) => (CIRCLE[force] ?? [`${force}级风圈`, `force-${force} wind circle`])[lang === 'en' ? 1 : 0];
/** The bulletins' quadrants, in their order (typhoonView.ts QUADRANTS): 东北方向 … */
const QUADRANT: [string, string][] = [['东北方向', 'NE'], ['东南方向', 'SE'], ['西南方向', 'SW'], ['西北方向', 'NW']];
/**
 * A wind circle's four radii (whole km; NE, SE, SW, NW) as a CMA bulletin quotes them —
 * "七级风圈半径：东北方向 180 公里，东南方向 170 公里，…" — and the report map's legend.
 */
export function windCircleRadiiText(force: number, km: readonly number[], lang: Lang): string {
  // A quadrant the circle does not reach (0 km) is left out, as a bulletin would not quote it.
  const quoted = km.map((k, q) => [k, q] as const).filter(([k]) => k > 0);
  if (lang === 'en') return `${windCircleName(force, 'en')} radii: ${quoted.map(([k, q]) => `${QUADRANT[q][1]} ${k} km`).join(', ')}`;
  return `${windCircleName(force, 'zh')}半径：${quoted.map(([k, q]) => `${QUADRANT[q][0]} ${k} 公里`).join('，')}`;
}
/** The report map's corner map of the storm and the district (presentation/map/situationMap.ts typhoonInset). */
export const typhoonInsetName = (lang: Lang) => (lang === 'en' ? 'top-right inset: the typhoon and the district (grey)' : '右上角小图：台风与本区（灰色）');
export const typhoonTrackName = (lang: Lang) => (lang === 'en' ? 'typhoon track and centre' : '台风路径及中心');

/**
 * The wind circles at a bulletin's fix, as the weather service quotes them: the four quadrant
 * radii in whole km; circles the storm does not reach anywhere left out.
 */
export function bulletinCircles(track: TyphoonTrack, fix: number): { force: number; km: number[] }[] {
  const f = track.fixes[fix];
  if (!f) return [];
  const out: { force: number; km: number[] }[] = [];
  for (const c of windCirclesAt(track, f.t)) {
    if (c.radii === null) continue;
    const km = c.radii.map((m) => Math.round(m / 1000));
    if (km.some((k) => k > 0)) out.push({ force: c.force, km });
  }
  return out;
}
