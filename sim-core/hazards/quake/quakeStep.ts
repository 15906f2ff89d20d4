// The earthquake in the exercise. At the scenario's time the main shock strikes: the intensity at
// every village (shaking.ts), its houses' damage and its people killed, injured and buried
// (villageDamage.ts), its power, communications and water cut by chance (lifelines.ts), and
// rockfalls on steep roads (quakeSlides.ts). Then, every 10 minutes: each village's first report
// reaches its township (by phone within 15 minutes; when its phones are down, by its satellite
// phone if it holds one, else by a messenger on foot), the buried die by the survival curve (survival.ts) until a team digs them out, repair
// teams bring services back, and villages cut off on all four live on their stocks (isolation.ts).
// Nothing is due, and no random number is drawn, in a scenario without an earthquake.
import { eventDriven, periodic } from '../../clock.ts';
import type { SimContext } from '../../context.ts';
import { epicentralShaking, shakingSource } from './shaking.ts';
import type { QuakeEntities, QuakeVillage } from './quakeState.ts';
import { villageStock } from './buildingStock.ts';
import { villageDamage } from './villageDamage.ts';
import { indoorShare, localHourAt } from './casualtyRates.ts';
import { cutChance, REPAIR_PERSON_HOURS } from './lifelines.ts';
import { quakeSlides } from './quakeSlides.ts';
import { buriedAlive } from './survival.ts';
import { cutOffOnAllFour, HOUSEHOLD_STOCK_DAYS, reachableFromSeats } from './isolation.ts';
import { casualtiesOf } from '../../people/atHome.ts';
import { cellAt } from '../../world/grid.ts';
import type { Outage } from '../../world/outage.ts';
import { setOutage } from '../outages.ts';
import { placeIndex } from '../../world/placeIndex.ts';
import { sortedKeys } from '../../order.ts';
import { workFactor } from '../../forces/fatigue.ts';
import { hasSatellitePhone } from '../../people/satellitePhone.ts';
import { messengerDelay, PHONE_DELAY, reportChannel, SATELLITE_PHONE_DELAY } from './villageReport.ts';
import { bridgeFailures, bridgeRepairs } from './bridgeStep.ts';

const round2 = (x: number): number => Math.round(x * 100) / 100;
const SERVICES: readonly Outage[] = ['power', 'comms', 'water'];
export const AFTERMATH_STEP = 600;
const HOUR = 3600;
const DAY = 86_400;

function pending(ctx: SimContext): number {
  const q = ctx.scenario.earthquake;
  return q && !ctx.state.entities.quake ? q.t : Infinity;
}

function mainShock(ctx: SimContext): void {
  const { scenario, state } = ctx;
  const q = scenario.earthquake!;
  const t = state.t;
  const src = shakingSource(q);
  const indoors = indoorShare(localHourAt(scenario.start, t));
  const urban = new Set(scenario.townships.filter((tw) => tw.name.zh.endsWith('街道')).map((tw) => tw.id));
  const seats = placeIndex(scenario).place;
  const quake: QuakeEntities = { t, epicentral: round2(epicentralShaking(q).intensity), villages: {} };
  const cuts = new Map<string, Outage[]>();
  const people = new Map<string, { dead: number; injured: number; buried: number }>();
  for (const v of scenario.villages) {
    const shaking = src.at(v.x, v.y);
    const intensity = round2(shaking.intensity);
    const c = cellAt(scenario.grid, v.x, v.y);
    const stock = villageStock(q.stock, v, urban.has(v.township), c >= 0 ? scenario.elevation[c] : 0);
    const d = villageDamage(v.population, stock, intensity, indoors);
    // One uniform per service with a chance, in village then service order.
    const cut = SERVICES.filter((s) => { const p = cutChance(s, intensity, shaking.pga); return p > 0 && state.rng.uniform('hazards') < p; });
    if (cut.length) cuts.set(v.id, cut);
    people.set(v.id, { dead: d.dead, injured: d.injured, buried: d.buried });
    const seat = seats.get(v.township)!;
    const walk = messengerDelay(seat.x - v.x, seat.y - v.y);
    // Phones down from the shock, or already (an outage before it).
    const commsDown = cut.includes('comms') || (state.entities.outages[v.id] ?? []).includes('comms');
    const by = reportChannel(commsDown, hasSatellitePhone(scenario, v.id));
    const village: QuakeVillage = {
      intensity, damageIndex: d.damageIndex, homeless: d.homeless, buried: d.buried,
      heardAt: t + (by === 'phone' ? PHONE_DELAY : by === 'satellitePhone' ? SATELLITE_PHONE_DELAY : walk), heardBy: by, repair: {},
    };
    quake.villages[v.id] = village;
  }
  ctx.update((draft) => {
    draft.quake = quake;
    for (const v of scenario.villages) {
      const cut = cuts.get(v.id);
      if (cut) draft.outages[v.id] = SERVICES.filter((s) => cut.includes(s) || (draft.outages[v.id] ?? []).includes(s));
      const p = people.get(v.id)!;
      if (p.dead + p.injured + p.buried === 0) continue;
      const c = casualtiesOf(draft, v);
      c.dead += p.dead;
      c.injured += p.injured;
      c.trapped += p.buried;
      c.heldByInject += p.buried; // not among the at-home people: rescue takes them first
    }
  });
  // The truth, for director and evaluator: players learn of it from what they feel and are told.
  ctx.emit({ kind: 'earthquake', magnitude: q.magnitude, x: q.epicentre.x, y: q.epicentre.y, depth: q.depth, intensity: quake.epicentral }, []);
  for (const v of scenario.villages) {
    const p = people.get(v.id)!;
    if (p.dead + p.injured > 0) ctx.emit({ kind: 'casualties', village: v.id, injured: p.injured, dead: p.dead, cause: 'quake' }, []);
    if (p.buried > 0) ctx.emit({ kind: 'peopleTrapped', village: v.id, people: p.buried, cause: 'collapse', hazardRating: 0 }, []);
    const cut = cuts.get(v.id);
    if (cut) ctx.emit({ kind: 'outage', place: v.id, services: cut, cause: 'quake' }, []);
  }
  quakeSlides(ctx, src);
  bridgeFailures(ctx, src);
}

/** Villages whose first report reaches the township now. */
function villageReports(ctx: SimContext): void {
  const q = ctx.state.entities.quake!;
  const t = ctx.state.t;
  const due = ctx.scenario.villages.filter((v) => q.villages[v.id].heardAt <= t && q.villages[v.id].heardAt > t - AFTERMATH_STEP);
  for (const v of due) {
    const qv = q.villages[v.id];
    const c = ctx.state.entities.casualties.villages[v.id];
    if (qv.intensity < 6 && !c) continue; // felt, nothing to report
    ctx.emit({
      kind: 'quakeVillageReport', village: v.id, by: qv.heardBy, dead: c?.dead ?? 0, injured: c?.injured ?? 0, buried: qv.buried,
      homeless: qv.homeless, cut: [...(ctx.state.entities.outages[v.id] ?? [])],
    }, [`township:${v.township}`]);
  }
}

/** The buried die by the survival curve; those a team has brought out are no longer buried. */
function buriedDie(ctx: SimContext): void {
  const q = ctx.state.entities.quake!;
  const hours = (ctx.state.t - q.t) / HOUR;
  const ratio = buriedAlive(hours) / buriedAlive(hours - AFTERMATH_STEP / HOUR);
  const deaths: { village: string; dead: number }[] = [];
  ctx.update((draft) => {
    for (const v of ctx.scenario.villages) {
      const qv = draft.quake!.villages[v.id];
      if (qv.buried === 0) continue;
      const c = casualtiesOf(draft, v);
      qv.buried = Math.min(qv.buried, c.heldByInject); // rescue takes from the held first
      // Each buried person dies in this step with chance 1 − S(h)/S(h − step): one draw each, in village order.
      let k = 0;
      for (let n = 0; n < qv.buried; n++) if (ctx.state.rng.uniform('hazards') < 1 - ratio) k++;
      if (k === 0) continue;
      qv.buried -= k;
      c.heldByInject -= k;
      c.trapped -= k;
      c.dead += k;
      deaths.push({ village: v.id, dead: k });
    }
  });
  for (const d of deaths) ctx.emit({ kind: 'casualties', village: d.village, injured: 0, dead: d.dead, cause: 'quake' }, []);
}

/** Repair teams on scene at a village bring its services back, power first. */
function repairs(ctx: SimContext): void {
  const { scenario, state } = ctx;
  const done: { village: string; service: Outage }[] = [];
  const units = state.entities.units;
  for (const id of sortedKeys(units)) {
    const u = units[id];
    if (u.status !== 'onScene' || u.task !== 'repair') continue;
    const place = u.destination && 'place' in u.destination ? u.destination.place : null;
    if (place === null || !state.entities.quake!.villages[place]) continue;
    const service = SERVICES.find((s) => (state.entities.outages[place] ?? []).includes(s) && !done.some((d) => d.village === place && d.service === s));
    if (!service) continue;
    const work = (placeIndex(scenario).team.get(id)!.size * AFTERMATH_STEP * workFactor(u, state.t)) / HOUR;
    ctx.update((draft) => {
      const r = draft.quake!.villages[place].repair;
      r[service] = (r[service] ?? 0) + work;
      if (r[service]! >= REPAIR_PERSON_HOURS[service]) { delete r[service]; done.push({ village: place, service }); }
    });
  }
  for (const d of done) setOutage(ctx, d.village, [d.service], true, 'repair');
}

/** Hourly: villages cut off on all four are found; daily, their stocks fall by a day. */
function isolation(ctx: SimContext): void {
  const q = ctx.state.entities.quake!;
  const t = ctx.state.t;
  if ((t - q.t) % HOUR !== 0) return;
  const anyCut = ctx.scenario.villages.some((v) => (ctx.state.entities.outages[v.id] ?? []).length === 3 || q.villages[v.id].isolatedSince !== undefined);
  if (!anyCut) return;
  const reach = reachableFromSeats(ctx);
  for (const v of ctx.scenario.villages) {
    const qv = q.villages[v.id];
    const cutOff = cutOffOnAllFour(ctx, v, reach);
    const to = [`township:${v.township}`];
    if (cutOff && qv.isolatedSince === undefined) {
      ctx.update((draft) => { draft.quake!.villages[v.id].isolatedSince = t; draft.quake!.villages[v.id].stockDays = HOUSEHOLD_STOCK_DAYS; });
      ctx.emit({ kind: 'villageIsolated', village: v.id, people: v.population, stockDays: HOUSEHOLD_STOCK_DAYS }, to);
    } else if (!cutOff && qv.isolatedSince !== undefined) {
      ctx.update((draft) => { delete draft.quake!.villages[v.id].isolatedSince; delete draft.quake!.villages[v.id].stockDays; });
      ctx.emit({ kind: 'villageReconnected', village: v.id }, to);
    } else if (cutOff && (t - qv.isolatedSince!) % DAY === 0 && t > qv.isolatedSince!) {
      const left = Math.max(0, qv.stockDays! - 1);
      ctx.update((draft) => { draft.quake!.villages[v.id].stockDays = left; });
      ctx.emit({ kind: 'villageStocks', village: v.id, people: v.population, stockDays: left }, to);
    }
  }
}

export const earthquake = eventDriven('earthquake', 'hazards', pending, mainShock);

export const quakeAftermath = periodic('quakeAftermath', 'consequences', AFTERMATH_STEP, (ctx) => {
  if (!ctx.state.entities.quake) return;
  villageReports(ctx);
  buriedDie(ctx);
  repairs(ctx);
  bridgeRepairs(ctx);
  isolation(ctx);
});
