// 余震 — an aftershock (the `aftershock` inject): a shock of its own, its intensity field by the
// main shock's relation (shaking.ts), that adds to what the main shock (and any earlier
// aftershock) has done:
//  - Houses: damage accumulates, it is never undone. A house already at 中等破坏 or worse is more
//    fragile, so each village's stock is shaken at an effective intensity
//        I_eff = I_aftershock + DAMAGED_SHIFT · D,
//    D the share of its houses at moderate damage or worse at the damage already reached. Where
//    I_eff is above the intensity the village's damage already corresponds to (`reached`, the
//    main shock's intensity at first), the damage is raised to the damage matrix's at I_eff;
//    elsewhere nothing changes. The people killed, injured and buried by the rise are the
//    casualty rates' (casualtyRates.ts) for the houses newly in each state, with the residents
//    indoors at the aftershock's hour: villageDamage at I_eff less villageDamage at `reached`,
//    both over the villagers still there — the population less the dead, the buried not yet
//    dug out, the rescued (taken to a shelter or hospital) and those who have left in evacuee
//    groups: nobody is killed or buried twice.
//    DAMAGED_SHIFT = 1 degree is ASSUMED (docs/verification.md, "Aftershocks"): a damaged house
//    behaves as an intact one under shaking one degree stronger, i.e. about twice the PGA (the
//    PGA bands of GB/T 17742 double per degree).
//  - Lifelines, slopes, bridges: what survived the strongest shaking so far fails now with the
//    conditional chance (P(I_a) − P(I_prior)) / (1 − P(I_prior)) of the same fragility, so a
//    weaker aftershock adds nothing and two shocks never count a failure twice.
//  - Dams: shaken again by the aftershock's PGA at the dam; the worse damage class stays
//    (damShaking.ts, breachRisk.ts damageDam).
// A village whose damage rose reports again to its township, as after the main shock.
import type { SimContext } from '../../context.ts';
import type { Outage } from '../../world/outage.ts';
import { cellAt } from '../../world/grid.ts';
import { placeIndex } from '../../world/placeIndex.ts';
import { casualtiesOf, groupsAway } from '../../people/atHome.ts';
import { epicentralShaking, shakingSource, type ScenarioQuake } from './shaking.ts';
import { conditionalChance, peakShaking, priorSources } from './shockHistory.ts';
import { STRUCTURE_TYPES, villageStock, type StockShares } from './buildingStock.ts';
import { damageShares } from './vulnerability.ts';
import { villageDamage } from './villageDamage.ts';
import { indoorShare, localHourAt } from './casualtyRates.ts';
import { cutChance } from './lifelines.ts';
import { quakeSlides } from './quakeSlides.ts';
import { shakeDams } from '../dam/damShaking.ts';
import { bridgeFailures } from './bridgeStep.ts';
import { messengerDelay, PHONE_DELAY, reportChannel, SATELLITE_PHONE_DELAY } from './villageReport.ts';
import { hasSatellitePhone } from '../../people/satellitePhone.ts';

/** Degrees added to the aftershock's intensity for the share of houses already at moderate damage or worse (assumed). */
export const DAMAGED_SHIFT = 1;

const SERVICES: readonly Outage[] = ['power', 'comms', 'water'];
const round2 = (x: number): number => Math.round(x * 100) / 100;

export interface AftershockSpec { magnitude: number; x: number; y: number; depth: number; strike?: number }

/** Share of a stock at 中等破坏 or worse at intensity i. */
export function damagedShare(stock: StockShares, intensity: number): number {
  let d = 0;
  for (const type of STRUCTURE_TYPES) {
    if (stock[type] === 0) continue;
    const s = damageShares(type, intensity);
    d += stock[type] * (s[2] + s[3] + s[4]);
  }
  return d;
}

/** The intensity a stock whose damage corresponds to `reached` is shaken at by an aftershock of intensity `ia`. */
export function effectiveIntensity(stock: StockShares, reached: number, ia: number): number {
  return ia + DAMAGED_SHIFT * damagedShare(stock, reached);
}

/** Villagers still in the village: the population less its dead, its buried not yet rescued, its rescued and those gone in evacuee groups. */
export function villagersPresent(population: number, c: { dead: number; heldByInject: number; rescued: number } | undefined, away: number): number {
  return Math.max(0, population - (c?.dead ?? 0) - (c?.heldByInject ?? 0) - (c?.rescued ?? 0) - away);
}

/** Applies an aftershock now. Does nothing before the main shock (crossCheck.ts and the inject check refuse one scheduled so). */
export function aftershock(ctx: SimContext, id: string, a: AftershockSpec, visibleTo: readonly string[]): void {
  const { scenario, state } = ctx;
  const main = scenario.earthquake;
  if (!main || !state.entities.quake) return;
  const t = state.t;
  const quake: ScenarioQuake = { magnitude: a.magnitude, epicentre: { x: a.x, y: a.y }, depth: a.depth, strike: a.strike ?? main.strike };
  const src = shakingSource(quake);
  const prior = priorSources(ctx);
  ctx.emit({ kind: 'aftershock', inject: id, magnitude: a.magnitude, x: a.x, y: a.y, depth: a.depth, intensity: round2(epicentralShaking(quake).intensity) }, visibleTo);
  shakeDams(ctx, quake, `inject:${id}`);

  const indoors = indoorShare(localHourAt(scenario.start, t));
  const urban = new Set(scenario.townships.filter((tw) => tw.name.zh.endsWith('街道')).map((tw) => tw.id));
  const seats = placeIndex(scenario).place;
  const q = state.entities.quake;
  const raised = new Map<string, { reached: number; damageIndex: number; homeless: number; dead: number; injured: number; buried: number }>();
  const cuts = new Map<string, Outage[]>();
  const away = groupsAway(state.entities);
  for (const v of scenario.villages) {
    const qv = q.villages[v.id];
    const here = src.at(v.x, v.y);
    const ia = here.intensity;
    const c = cellAt(scenario.grid, v.x, v.y);
    // The same stock as the main shock's (the day's overrides on the earthquake, when the scenario gives them).
    const stock = villageStock(main.stock, v, urban.has(v.township), c >= 0 ? scenario.elevation[c] : 0);
    const reached = qv.reached ?? qv.intensity;
    const eff = round2(effectiveIntensity(stock, reached, ia));
    if (eff > reached) {
      const present = villagersPresent(v.population, state.entities.casualties.villages[v.id], away.get(v.id) ?? 0);
      const after = villageDamage(present, stock, eff, indoors);
      const before = villageDamage(present, stock, reached, indoors);
      raised.set(v.id, {
        reached: eff, damageIndex: Math.max(qv.damageIndex, after.damageIndex), homeless: Math.max(qv.homeless, after.homeless),
        dead: Math.max(0, after.dead - before.dead), injured: Math.max(0, after.injured - before.injured), buried: Math.max(0, after.buried - before.buried),
      });
    }
    // A service still up fails with the conditional chance; one uniform per service with a chance, in village then service order.
    const out = state.entities.outages[v.id] ?? [];
    const peak = peakShaking(prior, v.x, v.y);
    const cut = SERVICES.filter((s) => {
      if (out.includes(s)) return false;
      const p = conditionalChance(cutChance(s, ia, here.pga), cutChance(s, peak.intensity, peak.pga));
      return p > 0 && state.rng.uniform('hazards') < p;
    });
    if (cut.length) cuts.set(v.id, cut);
  }
  ctx.update((draft) => {
    for (const v of scenario.villages) {
      const qv = draft.quake!.villages[v.id];
      const cut = cuts.get(v.id);
      if (cut) draft.outages[v.id] = SERVICES.filter((s) => cut.includes(s) || (draft.outages[v.id] ?? []).includes(s));
      const r = raised.get(v.id);
      if (!r && !cut) continue;
      // The village's word about the aftershock reaches the township, by phone, satellite phone or messenger.
      const by = reportChannel((draft.outages[v.id] ?? []).includes('comms'), hasSatellitePhone(scenario, v.id));
      const seat = seats.get(v.township)!;
      qv.heardAt = t + (by === 'phone' ? PHONE_DELAY : by === 'satellitePhone' ? SATELLITE_PHONE_DELAY : messengerDelay(seat.x - v.x, seat.y - v.y));
      qv.heardBy = by;
      if (!r) continue;
      qv.reached = r.reached;
      qv.damageIndex = r.damageIndex;
      qv.homeless = r.homeless;
      qv.buried += r.buried;
      if (r.dead + r.injured + r.buried === 0) continue;
      const c = casualtiesOf(draft, v);
      c.dead += r.dead;
      c.injured += r.injured;
      c.trapped += r.buried;
      c.heldByInject += r.buried;
    }
    (draft.quake!.aftershocks ??= []).push({ inject: id, t, magnitude: a.magnitude, x: a.x, y: a.y, depth: a.depth, strike: quake.strike });
  });
  for (const v of scenario.villages) {
    const r = raised.get(v.id);
    if (r && r.dead + r.injured > 0) ctx.emit({ kind: 'casualties', village: v.id, injured: r.injured, dead: r.dead, cause: 'quake' }, []);
    if (r && r.buried > 0) ctx.emit({ kind: 'peopleTrapped', village: v.id, people: r.buried, cause: 'collapse', hazardRating: 0 }, []);
    const cut = cuts.get(v.id);
    if (cut) ctx.emit({ kind: 'outage', place: v.id, services: cut, cause: 'quake' }, []);
  }
  quakeSlides(ctx, src, prior);
  bridgeFailures(ctx, src, prior);
}
