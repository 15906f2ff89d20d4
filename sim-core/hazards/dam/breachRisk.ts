// 震损水库的溃坝风险 — what a damaged dam means for the exercise: the pool level it may safely
// hold drops, and while the pool stands above that level the dam may pipe through and breach.
//
// Stated assumptions (docs/verification.md, "Dam damage by earthquake"):
//  - Safe level = crest − settlement − the depth the cracks reach below the crest. Transverse
//    cracks that reach below the pool carry a concentrated leak, the start of internal erosion
//    (Pells & Fell 2003; Fell et al. 2003); the depths by class (CRACK_DEPTH) are assumed, of
//    the order of the crack depths those papers report. Chinese practice after an earthquake
//    is the same in words: a damaged reservoir is drawn down (降低水位、空库运行), as Zipingpu
//    was after 2008-05-12.
//  - While the pool is above the safe level, the dam breaches by piping at a hazard rate by class
//    (BREACH_RATE, per hour, assumed), in full from a metre of head over the safe level and in
//    proportion below that (the leak through a crack grows with the head on it): a major-damage
//    dam left a metre or more over has about an even chance of failing within 14 h, a minor one
//    about 5 % in a day. Below the safe level the rate is zero: drawing the pool down is what
//    makes the dam safe.
//  - A collapse-class dam breaches at once.
// The draw is a unit-exponential endurance E = −ln u (u from the `hazards` stream, drawn once,
// when the dam is first damaged); the dam breaches when the accumulated exposure ∫λ dt reaches
// E. The same seed and log give the same breach time; a deeper crack or a fuller pool brings it on.
import type { SimContext } from '../../context.ts';
import type { Reservoir } from '../../world/places.ts';
import { log } from '../../math/index.ts';
import { startBreach } from '../breachStart.ts';
import { compareStrings, sortedKeys } from '../../order.ts';
import { DAM_DAMAGE_CLASSES, worseDamage, CRACK_WIDTH_MM, type DamDamage, type DamDamageClass } from './damDamage.ts';
import type { DamState } from './damState.ts';
import { eventDriven } from '../../clock.ts';

/** Assumed depth (m) the cracks of each class reach below the settled crest. */
export const CRACK_DEPTH: Record<DamDamageClass, number> = { none: 0, minor: 1, moderate: 3, major: 6, severe: 10, collapse: Infinity };
/** Assumed piping-breach hazard rate (per hour) while the pool is above the safe level. */
export const BREACH_RATE: Record<DamDamageClass, number> = { none: 0, minor: 0.002, moderate: 0.01, major: 0.05, severe: 0.2, collapse: Infinity };

/** Head over the safe level (m) from which the full rate applies (assumed). */
export const FULL_RATE_HEAD = 1;

/** How often a damaged dam's pool is checked against its safe level, s (the flood step). */
export const DAM_CHECK = 60;

export function damHeight(r: Reservoir): number {
  return Math.max(1, r.damCrest - (r.pool.beds[0] ?? r.damCrest - 10));
}

export function safeLevel(r: Reservoir, damage: DamDamageClass, settlement: number): number {
  const bed = r.damCrest - damHeight(r);
  return Math.max(bed, r.damCrest - settlement - CRACK_DEPTH[damage]);
}

/**
 * Damages a dam (by the earthquake, or a crack the director injects): the worse of what it had
 * and `d`. The endurance is drawn the first time only, so a later crack raises the risk without
 * drawing again.
 */
export function damageDam(ctx: SimContext, reservoirId: string, d: DamDamage, cause: string, visibleTo: readonly string[]): void {
  // Roles that learn of it now; director and evaluator see every event anyway.
  const r = ctx.scenario.reservoirs.find((x) => x.id === reservoirId);
  if (!r || d.damage === 'none') return;
  const prev = ctx.state.entities.dams?.[reservoirId];
  const st = ctx.state.entities.hazards.reservoirs[reservoirId];
  if (!st || st.breach) return;
  const damage = prev ? worseDamage(prev.damage, d.damage) : d.damage;
  const knownTo = [...new Set([...(prev?.knownTo ?? []), ...visibleTo])].sort(compareStrings);
  if (prev && damage === prev.damage && d.settlement <= prev.settlement && knownTo.length === prev.knownTo.length) return;
  const settlement = Math.max(prev?.settlement ?? 0, d.settlement);
  const crackWidth = Math.max(prev?.crackWidth ?? 0, d.crackWidth);
  const endurance = prev ? prev.endurance : -log(1 - ctx.state.rng.uniform('hazards'));
  const next: DamState = {
    damage, settlement, crackWidth, since: prev?.since ?? ctx.state.t, cause: prev?.cause ?? cause,
    safeLevel: safeLevel(r, damage, settlement), endurance, exposure: prev?.exposure ?? 0, checkedTo: ctx.state.t,
    aboveSafe: st.level > safeLevel(r, damage, settlement), knownTo,
  };
  ctx.update((draft) => { (draft.dams ??= {})[reservoirId] = next; });
  ctx.emit({ kind: 'damDamaged', reservoir: reservoirId, damage, settlement: round2(settlement), crackWidth: Math.round(crackWidth), safeLevel: round2(next.safeLevel), level: round2(st.level), cause }, knownTo);
  // Over the (new) safe level already: said at once, to whoever knows of the damage.
  if (next.aboveSafe) ctx.emit({ kind: 'damSafeLevel', reservoir: reservoirId, above: true, level: round2(st.level), safeLevel: round2(next.safeLevel) }, knownTo);
  if (damage === 'collapse') startBreach(ctx, reservoirId, 'piping', visibleTo);
}

/** A crack the director injects (found by the reservoir's patrol, so the chief hears of it): the dam's damage becomes at least `damage`, with that class's typical settlement. */
export function injectCrack(ctx: SimContext, reservoirId: string, damage: DamDamageClass, cause: string, visibleTo: readonly string[]): void {
  visibleTo = [...new Set(['chief', ...visibleTo])];
  const r = ctx.scenario.reservoirs.find((x) => x.id === reservoirId);
  if (!r) return;
  const k = DAM_DAMAGE_CLASSES.indexOf(damage);
  // The middle of the class's settlement band (Pells & Fell 2003 Table 1), geometric for the wide bands.
  const lo = [0, 0.03, 0.2, 0.5, 1.5, 5][k], hi = [0.03, 0.2, 0.5, 1.5, 5, 10][k];
  const pct = lo > 0 ? Math.sqrt(lo * hi) : hi / 2;
  const [wlo, whi] = CRACK_WIDTH_MM[k];
  damageDam(ctx, reservoirId, { damage, settlementPercent: pct, settlement: (pct / 100) * damHeight(r), crackWidth: (wlo + whi) / 2 }, cause, visibleTo);
}

function nextCheck(ctx: SimContext): number {
  const dams = ctx.state.entities.dams;
  if (!dams) return Infinity;
  let next = Infinity;
  for (const id of sortedKeys(dams)) if (!ctx.state.entities.hazards.reservoirs[id]?.breach) next = Math.min(next, dams[id].checkedTo + DAM_CHECK);
  return next;
}

/** Accumulates each damaged dam's exposure over the time since its last check; breaches it when its endurance is used up. */
function check(ctx: SimContext): void {
  const dams = ctx.state.entities.dams!;
  const t = ctx.state.t;
  for (const id of sortedKeys(dams)) {
    const d = dams[id];
    const st = ctx.state.entities.hazards.reservoirs[id];
    if (!st || st.breach || d.checkedTo + DAM_CHECK > t) continue;
    const above = st.level > d.safeLevel;
    const rate = above ? (BREACH_RATE[d.damage] / 3600) * Math.min(1, (st.level - d.safeLevel) / FULL_RATE_HEAD) : 0;
    const exposure = d.exposure + rate * (t - d.checkedTo);
    ctx.update((draft) => {
      const x = draft.dams![id];
      x.exposure = exposure; x.checkedTo = t; x.aboveSafe = above;
    });
    if (above !== d.aboveSafe) ctx.emit({ kind: 'damSafeLevel', reservoir: id, above, level: round2(st.level), safeLevel: round2(d.safeLevel) }, d.knownTo);
    if (exposure >= d.endurance) startBreach(ctx, id, 'piping', []);
  }
}

/** Does nothing (never due) until a dam is damaged. */
export const damSafety = eventDriven('damSafety', 'hazards', nextCheck, check);

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
