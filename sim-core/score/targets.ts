// Outcome targets a plan sets (预案的结果目标) and how a missed one limits the grade. Each target
// is measured from the log (and, for burned area and flooded homes, from the world at the time
// graded): people dead; people trapped past the plan's limit; injured untreated; evacuees still
// cut off; villages cut off; sites not supplied within 4 h / not secured within 10 h of their first
// evacuees (DOMAIN.md, 001 主要目标); burned area; flooded homes. Deaths count those the response
// could still prevent: the people an earthquake kills in the shock itself (the casualties it logs
// at the shock's own time) are the disaster's, not the exercise's, and are left out of the
// target (the report's measures still show every death). A missed target with a `cap`
// holds the grade at most to that grade (e.g. anyone dead → at most 合格), whatever the score.
import type { LogEntry } from '../log.ts';
import type { LocalText } from '../world/localText.ts';

export { TARGET_IDS, GRADES } from './targetSpec.ts';
export type { TargetId, Grade, TargetSpec } from './targetSpec.ts';
import { GRADES } from './targetSpec.ts';
import type { TargetId, Grade, TargetSpec } from './targetSpec.ts';

/** What the log cannot say: measured on the world state at the time graded (null: not measured). */
export interface WorldMeasures { burnedHa: number | null; floodedHomes: number | null }

export const TARGET_NAMES: Record<TargetId, LocalText> = {
  dead: { zh: '死亡人数', en: 'Deaths' },
  trappedPast: { zh: '超过时限仍被困的人数', en: 'People trapped past the limit' },
  injuredUntreated: { zh: '未得到救治的伤员', en: 'Injured not treated' },
  stranded: { zh: '仍被困的转移群众', en: 'Evacuees still cut off' },
  villagesCutOff: { zh: '仍与外界隔绝的村', en: 'Villages still cut off' },
  sitesUnsupplied: { zh: '未按时送达物资的安置点', en: 'Sites not supplied in time' },
  sitesUnsecured: { zh: '未按时保障基本生活的安置点', en: 'Sites whose basic living was not secured in time' },
  burnedHa: { zh: '过火面积（公顷）', en: 'Burned area (ha)' },
  floodedHomes: { zh: '受淹住户', en: 'Flooded homes' },
};

/** Default time allowed by target, s (DOMAIN.md: supplies 4 h, basic living 10 h). */
export const DEFAULT_WITHIN: Partial<Record<TargetId, number>> = { trappedPast: 7200, sitesUnsupplied: 4 * 3600, sitesUnsecured: 10 * 3600 };

interface SiteClock { due: number; met: number | null }

/** Each target's measured value at `end` from the log (entries after `end` are ignored). */
export function measureTargets(specs: readonly TargetSpec[], log: readonly LogEntry[], end: number, world: WorldMeasures | null): Map<TargetId, number | null> {
  let dead = 0, injured = 0, treated = 0;
  let shockAt = -1;
  const trapped = new Map<string, { t: number; people: number; cutOff: boolean }>();
  const rescued: { village: string; t: number; people: number }[] = [];
  const groups = new Map<string, { stranded: boolean; people: number }>();
  const supplied = new Map<string, SiteClock>(), secured = new Map<string, SiteClock>();
  const firstSupply = new Map<string, number>();
  for (const e of log) {
    if (e.t > end) break;
    if (e.entry !== 'event') continue;
    switch (e.kind) {
      case 'earthquake': shockAt = e.t; break;
      case 'casualties':
        if (!(e.cause === 'quake' && e.t === shockAt)) dead += e.dead;
        injured += e.injured;
        break;
      case 'injuredTreated': treated += e.people; break;
      case 'peopleTrapped': {
        const prev = trapped.get(e.village);
        trapped.set(e.village, { t: prev?.t ?? e.t, people: Math.max(prev?.people ?? 0, e.people), cutOff: (prev?.cutOff ?? false) || e.cause === 'cutOff' });
        break;
      }
      case 'peopleRescued': rescued.push({ village: e.village, t: e.t, people: e.people }); break;
      case 'evacueesDeparted': groups.set(e.group, { stranded: false, people: e.people }); break;
      case 'evacueesStranded': groups.set(e.group, { stranded: true, people: e.people }); break;
      case 'evacueesArrived':
        groups.set(e.group, { stranded: false, people: e.people });
        if (!supplied.has(e.shelter)) supplied.set(e.shelter, { due: e.t, met: firstSupply.has(e.shelter) ? e.t : null });
        if (!secured.has(e.shelter)) secured.set(e.shelter, { due: e.t, met: null });
        break;
      case 'suppliesArrived': {
        if (!firstSupply.has(e.to)) firstSupply.set(e.to, e.t);
        const s = supplied.get(e.to);
        if (s && s.met === null) s.met = e.t;
        break;
      }
      case 'siteSecured': { const s = secured.get(e.place); if (s && s.met === null) s.met = e.t; break; }
    }
  }
  const rescuedBy = (village: string, t: number) => rescued.filter((r) => r.village === village && r.t <= t).reduce((a, r) => a + r.people, 0);
  const lateSites = (sites: Map<string, SiteClock>, within: number) => [...sites.values()].filter((s) => s.due + within <= end && (s.met === null || s.met > s.due + within)).length;
  const out = new Map<TargetId, number | null>();
  for (const spec of specs) {
    const within = spec.within ?? DEFAULT_WITHIN[spec.id] ?? 0;
    let v: number | null;
    switch (spec.id) {
      case 'dead': v = dead; break;
      case 'injuredUntreated': v = Math.max(0, injured - treated); break;
      case 'trappedPast': v = [...trapped.entries()].filter(([, x]) => x.t + within <= end).reduce((a, [village, x]) => a + Math.max(0, x.people - rescuedBy(village, x.t + within)), 0); break;
      case 'stranded': v = [...groups.values()].filter((g) => g.stranded).reduce((a, g) => a + g.people, 0); break;
      case 'villagesCutOff': v = [...trapped.entries()].filter(([village, x]) => x.cutOff && rescuedBy(village, end) < x.people).length; break;
      case 'sitesUnsupplied': v = lateSites(supplied, within); break;
      case 'sitesUnsecured': v = lateSites(secured, within); break;
      case 'burnedHa': v = world?.burnedHa ?? null; break;
      case 'floodedHomes': v = world?.floodedHomes ?? null; break;
    }
    out.set(spec.id, v);
  }
  return out;
}

/** The lower of two grades. */
export function lowerGrade(a: Grade, b: Grade): Grade {
  return GRADES.indexOf(a) <= GRADES.indexOf(b) ? a : b;
}
