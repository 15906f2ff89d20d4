// Teams at work on scene, every 5 minutes: rescue of trapped people (营救), medical care of the
// injured (医疗救护), and the checks that turn a task into a failure with a reason. Fire line
// (hazards/fireSuppression.ts), road clearing (hazards/landslides.ts) and door-to-door
// persuasion (people/evacuation.ts) are done where their effects live.
//
// Rescue rates, people brought out per team member per hour (assumed, order of magnitude): a
// water-rescue team's boats (a crew of 5 ferrying 6 people on 20-minute round trips, about
// 3.6 a member-hour), a helicopter's hoist (about 2 a crew-hour), fire and special-service
// crews with ropes and inflatables 1, soldiers wading in lines 0.8, others 0.4. Medical teams
// treat or take away 0.5 injured per member-hour.
import type { Draft } from 'immer';
import { periodic } from '../clock.ts';
import { unitAudience, type SimContext } from '../context.ts';
import type { Entities } from '../state.ts';
import type { UnitState } from './unitState.ts';
import type { Village } from '../world/places.ts';
import type { TeamType } from './teamTypes.ts';
import type { TaskKind } from './taskKinds.ts';
import { sortedKeys } from '../order.ts';
import { placeIndex } from '../world/placeIndex.ts';
import { casualtiesOf, peopleAtHome, takeFromHome } from '../people/atHome.ts';
import { SHIFT_SECONDS, workFactor } from './fatigue.ts';
import { hazardClass } from '../people/hazardRating.ts';
import { hypot } from '../math/index.ts';

export const TEAM_WORK_STEP = 300;

export const RESCUE_RATE: Record<TeamType, number> = {
  waterRescue: 3.6, aviation: 2, fireStation: 1, specialService: 1, forestFireBrigade: 0.6, army: 0.8,
  districtTeam: 0.4, townshipTeam: 0.4, medical: 0.2, volunteer: 0.4,
};
/**
 * People brought out of collapsed houses (an earthquake's buried) per member-hour: far slower than
 * out of water — shoring, breaking and lifting (assumed; docs/verification.md, "Building damage and
 * casualties": a 100-strong heavy team frees about two an hour).
 */
export const COLLAPSE_RESCUE_RATE: Record<TeamType, number> = {
  specialService: 0.02, fireStation: 0.015, army: 0.01, forestFireBrigade: 0.008, waterRescue: 0.008,
  districtTeam: 0.005, townshipTeam: 0.005, volunteer: 0.005, medical: 0.002, aviation: 0,
};
export const MEDICAL_RATE = 0.5;
/** Teams equipped for deep or fast water (boats, hoists, swift-water kit). */
const WATER_CAPABLE = new Set<TeamType>(['waterRescue', 'aviation', 'fireStation', 'specialService']);

function nearestShelterWithRoom(ctx: SimContext, draft: Draft<Entities>, x: number, y: number, people: number): string | null {
  let best: string | null = null, bestD = Infinity;
  for (const s of ctx.scenario.shelters) {
    if ((draft.evacuation.occupancy[s.id] ?? 0) + people > s.capacity) continue;
    const d = hypot(s.x - x, s.y - y);
    if (d < bestD) { bestD = d; best = s.id; }
  }
  return best;
}

function fail(ctx: SimContext, u: Draft<UnitState>, task: TaskKind, reason: 'tooDangerous' | 'nothingToDo', detail: string): void {
  ctx.emit({ kind: 'taskFailed', unit: u.id, task, reason, detail }, unitAudience(ctx.scenario, u.id));
  u.task = null;
  u.taskLabel = null;
}

function work(ctx: SimContext, draft: Draft<Entities>): void {
  const { scenario, state } = ctx;
  const t = state.t;
  const villages = new Map(scenario.villages.map((v) => [v.id, v]));
  for (const id of sortedKeys(draft.units)) {
    const u = draft.units[id];
    if (u.dutySince !== null && !u.fatigued && u.status !== 'atBase' && t - u.dutySince > SHIFT_SECONDS) {
      u.fatigued = true;
      ctx.emit({ kind: 'teamFatigued', unit: u.id, hoursOnDuty: Math.round((t - u.dutySince) / 360) / 10 }, unitAudience(scenario, u.id));
    }
    if (u.status !== 'onScene') continue;
    const kind = u.task;
    if (kind !== 'rescue' && kind !== 'medical') continue;
    // The village it was sent to (several villages may share a road node).
    const place = u.destination && 'place' in u.destination ? u.destination.place : null;
    const team = placeIndex(scenario).team.get(u.id)!;
    const hoursAt = (TEAM_WORK_STEP / 3600) * workFactor(u, t);
    const shelter = place !== null ? scenario.shelters.find((s) => s.id === place) : undefined;
    if (kind === 'medical' && shelter) {
      // At a shelter (医疗点): the injured of the township's villages are brought there.
      treatAt(ctx, draft, u, scenario.villages.filter((x) => x.township === shelter.township), MEDICAL_RATE * team.size * hoursAt);
      continue;
    }
    const v = place !== null ? villages.get(place) : undefined;
    if (!v) continue;
    const c = casualtiesOf(draft, v);
    if (kind === 'rescue') {
      if (c.trapped === 0) continue;
      if (!WATER_CAPABLE.has(team.type) && hazardClass(c.hrNow) === 'dangerForAll') {
        fail(ctx, u, kind, 'tooDangerous', `water too deep and fast for a ${team.type} team (hazard rating ${c.hrNow.toFixed(2)})`);
        continue;
      }
      const underRubble = (ctx.state.entities.quake?.villages[v.id]?.buried ?? 0) > 0;
      c.rescueWork += (underRubble ? COLLAPSE_RESCUE_RATE : RESCUE_RATE)[team.type] * team.size * hoursAt;
      const k = Math.min(Math.floor(c.rescueWork), c.trapped);
      if (k === 0) continue;
      c.rescueWork -= k;
      // Those cut off by an inject first (they are not counted at home), then people at home.
      const fromHeld = Math.min(k, c.heldByInject);
      c.heldByInject -= fromHeld;
      const taken = fromHeld + takeFromHome(draft, v, Math.min(k - fromHeld, peopleAtHome(draft, v)));
      c.rescued += taken;
      c.trapped -= taken;
      const shelter = nearestShelterWithRoom(ctx, draft, v.x, v.y, taken);
      if (shelter) draft.evacuation.occupancy[shelter] = (draft.evacuation.occupancy[shelter] ?? 0) + taken;
      ctx.emit({ kind: 'peopleRescued', unit: u.id, village: v.id, people: taken, shelter }, ['chief', `township:${v.township}`, ...unitAudience(scenario, u.id)]);
    } else {
      treatAt(ctx, draft, u, [v], MEDICAL_RATE * team.size * hoursAt);
    }
  }
}

/** Medical work (injured people's worth) spent on the villages given, in order; the fraction carries over. */
function treatAt(ctx: SimContext, draft: Draft<Entities>, u: Draft<UnitState>, villages: Village[], work: number): void {
  const waiting = villages.map((v) => ({ v, c: draft.casualties.villages[v.id] })).filter((x) => x.c && x.c.injured > x.c.treated);
  if (waiting.length === 0) return;
  const first = waiting[0].c!;
  let budget = first.medicWork + work;
  for (const { v, c } of waiting) {
    const k = Math.min(Math.floor(budget), c!.injured - c!.treated);
    if (k === 0) break;
    budget -= k;
    c!.treated += k;
    ctx.emit({ kind: 'injuredTreated', unit: u.id, village: v.id, people: k }, ['chief', `township:${v.township}`, ...unitAudience(ctx.scenario, u.id)]);
  }
  first.medicWork = Math.min(budget, 1);
}

export const teamWork = periodic('teamWork', 'consequences', TEAM_WORK_STEP, (ctx) => {
  const units = ctx.state.entities.units;
  const t = ctx.state.t;
  const busy = Object.values(units).some((u) => (u.status === 'onScene' && (u.task === 'rescue' || u.task === 'medical'))
    || (u.dutySince !== null && !u.fatigued && u.status !== 'atBase' && t - u.dutySince > SHIFT_SECONDS));
  if (!busy) return;
  ctx.update((draft) => work(ctx, draft));
});
