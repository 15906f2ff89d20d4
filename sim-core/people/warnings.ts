// 预警发布与叫应: a warning travels chief → township → village responder → households. Each hop
// takes a seeded time (a call, a relay, a walk) and the township and the village responder each
// acknowledge (叫应); a communication outage at the receiving end forces a messenger (much
// slower) unless the village holds a satellite phone, and at the village the channels' reach
// decides when each at-risk household hears it.
// A township a person plays answers for itself (acknowledgeWarning); the seeded 叫应 is only for
// townships the autopilot plays.
import type { Draft } from 'immer';
import { eventDriven } from '../clock.ts';
import type { SimContext } from '../context.ts';
import type { Entities } from '../state.ts';
import { reject, type AcknowledgeWarningCommand, type ApplyResult, type IssueWarningCommand } from '../commands/command.ts';
import { isPlayed } from '../drill/playedState.ts';
import { CHANNELS, CHANNEL_SPECS, type Channel } from './warningChannels.ts';
import { hasSatellitePhone } from './satellitePhone.ts';
import { WARNING_LEVELS, type WarningHop, type WarningLevel } from './warningState.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;

/** Seconds for each hop, uniform [min, max] (assumed figures, to be set by the plan). */
const DELAY = {
  toTownship: [60, 300],        // duty phone / warning system to the township duty room
  townshipAck: [60, 900],       // the township calls back (叫应)
  toVillage: [300, 1200],       // the township rings each village responder
  villageAck: [60, 600],        // the responder confirms
  messenger: [1800, 3600],      // comms cut: someone has to go there
  satellitePhone: [300, 900],   // comms cut, but the village holds a satellite phone (卫星电话): it is switched on at the
                                // responder's check-in and needs open sky (assumed: 5–15 min more than a call)
} as const;

function draw(ctx: SimContext, [lo, hi]: readonly [number, number]): number {
  return Math.round(ctx.state.rng.between('people', lo, hi));
}

function rank(level: WarningLevel): number {
  return WARNING_LEVELS.indexOf(level);
}

function commsCut(ctx: SimContext, place: string): boolean {
  return (ctx.state.entities.outages[place] ?? []).includes('comms');
}

/** The extra time to reach a village whose phones are cut: by its satellite phone if it holds one, else by messenger. */
function cutDelay(ctx: SimContext, village: string): number {
  if (!commsCut(ctx, village)) return 0;
  return draw(ctx, hasSatellitePhone(ctx.scenario, village) ? DELAY.satellitePhone : DELAY.messenger);
}

function audienceOfVillage(ctx: SimContext, village: string): string[] {
  const v = ctx.scenario.villages.find((x) => x.id === village)!;
  return [`township:${v.township}`, 'chief'];
}

function pushHop(draft: Draft<Entities>, hop: Omit<WarningHop, 'n'>): void {
  draft.warnings.hops.push({ ...hop, n: draft.warnings.issued++ });
}

export function issueWarning(ctx: SimContext, cmd: IssueWarningCommand): Rejection | null {
  const { scenario } = ctx;
  const role = cmd.role;
  const townshipIds = new Set(scenario.townships.map((t) => t.id));
  const villageOf = new Map(scenario.villages.map((v) => [v.id, v]));
  for (const t of cmd.townships ?? []) if (!townshipIds.has(t)) return reject('unknownPlace', `no township ${JSON.stringify(t)}`);
  for (const v of cmd.villages ?? []) if (!villageOf.has(v)) return reject('unknownPlace', `no village ${JSON.stringify(v)}`);
  let townships: string[] = [], villages: string[] = [];
  if (role === 'chief') {
    townships = cmd.townships ?? (cmd.villages ? [] : scenario.townships.map((t) => t.id));
    villages = cmd.villages ?? [];
  } else {
    const own = role.slice('township:'.length);
    if (cmd.townships?.length) return reject('notPermitted', 'a township warns its own villages, not other townships', { code: 'townshipWarnsOwnVillages' });
    villages = cmd.villages ?? scenario.villages.filter((v) => v.township === own).map((v) => v.id);
    const foreign = villages.find((v) => villageOf.get(v)!.township !== own);
    if (foreign) return reject('notPermitted', `village ${foreign} is not in township ${own}`, { code: 'villageNotOwn', village: foreign, township: own });
  }
  const channels = cmd.channels ?? [...CHANNELS];
  ctx.update((draft) => {
    const t = ctx.state.t;
    for (const id of townships) {
      const delay = draw(ctx, DELAY.toTownship) + (commsCut(ctx, id) ? draw(ctx, DELAY.messenger) : 0);
      pushHop(draft, { t: t + delay, kind: 'townshipDelivered', target: id, level: cmd.level, channels });
    }
    for (const id of villages) {
      const delay = draw(ctx, DELAY.toVillage) + cutDelay(ctx, id);
      pushHop(draft, { t: t + delay, kind: 'villageResponder', target: id, level: cmd.level, channels });
    }
  });
  ctx.emit({ kind: 'warningIssued', level: cmd.level, by: role, townships, villages }, ['chief', role, ...townships.map((x) => `township:${x}`)]);
  return null;
}

function reachVillage(ctx: SimContext, draft: Draft<Entities>, hop: WarningHop): void {
  const v = ctx.scenario.villages.find((x) => x.id === hop.target)!;
  const prev = draft.warnings.villages[v.id];
  if (prev && rank(prev.level) >= rank(hop.level)) return; // already warned at this level or higher
  const t = ctx.state.t;
  const outages = ctx.state.entities.outages[v.id] ?? [];
  const times: number[] = [];
  for (let h = 0; h < v.atRisk.households; h++) {
    let first = Infinity;
    for (const ch of hop.channels as Channel[]) {
      const spec = CHANNEL_SPECS[ch];
      const u = ctx.state.rng.uniform('people'), when = draw(ctx, spec.span);
      if (spec.needs && outages.includes(spec.needs)) continue;
      if (u < spec.reach) first = Math.min(first, t + when);
    }
    times.push(first);
  }
  times.sort((a, b) => a - b);
  draft.warnings.villages[v.id] = { level: hop.level, responderAt: t, ackAt: t + draw(ctx, DELAY.villageAck), households: times };
  ctx.emit({ kind: 'warningReachedVillage', village: v.id, level: hop.level }, audienceOfVillage(ctx, v.id));
  const last = times.filter((x) => x < Infinity).at(-1) ?? t;
  pushHop(draft, { t: last, kind: 'householdsDone', target: v.id, level: hop.level, channels: hop.channels });
}

/** The township duty room rings each of its village responders (a seeded delay each, a satellite phone or a messenger where comms are cut). */
function relayToVillages(ctx: SimContext, draft: Draft<Entities>, township: string, level: WarningLevel, channels: string[]): void {
  for (const v of ctx.scenario.villages) {
    if (v.township !== township) continue;
    const delay = draw(ctx, DELAY.toVillage) + cutDelay(ctx, v.id);
    pushHop(draft, { t: ctx.state.t + delay, kind: 'villageResponder', target: v.id, level, channels });
  }
}

function process(ctx: SimContext, draft: Draft<Entities>, hop: WarningHop): void {
  const t = ctx.state.t;
  switch (hop.kind) {
    case 'townshipDelivered': {
      const prev = draft.warnings.townships[hop.target];
      if (prev && rank(prev.level) >= rank(hop.level)) return;
      draft.warnings.townships[hop.target] = { level: hop.level, deliveredAt: t, ackAt: null };
      ctx.emit({ kind: 'warningDelivered', township: hop.target, level: hop.level }, [`township:${hop.target}`, 'chief']);
      // A played duty room's 叫应 is its player's button; only the autopilot's comes by itself.
      if (!isPlayed(ctx.state.entities, `township:${hop.target}`)) {
        pushHop(draft, { t: t + draw(ctx, DELAY.townshipAck), kind: 'townshipAck', target: hop.target, level: hop.level, channels: hop.channels });
      }
      // The duty room relays it to every village responder — by itself only where the autopilot
      // plays the township; a played township's player passes it on (issueWarning to its villages).
      if (!isPlayed(ctx.state.entities, `township:${hop.target}`)) relayToVillages(ctx, draft, hop.target, hop.level, hop.channels);
      return;
    }
    case 'townshipAck':
      draft.warnings.townships[hop.target].ackAt = t;
      ctx.emit({ kind: 'warningAcknowledged', township: hop.target, level: hop.level }, ['chief', `township:${hop.target}`]);
      return;
    case 'villageResponder':
      reachVillage(ctx, draft, hop);
      return;
    case 'householdsDone': {
      const w = draft.warnings.villages[hop.target];
      const reached = w.households.filter((x) => x <= t).length;
      ctx.emit({ kind: 'warningReachedHouseholds', village: hop.target, level: hop.level, reached, total: w.households.length }, audienceOfVillage(ctx, hop.target));
      return;
    }
  }
}

/** 叫应 by a township's player: the warning waiting in its duty room is acknowledged now, with how long it waited. */
export function acknowledgeWarning(ctx: SimContext, cmd: AcknowledgeWarningCommand): Rejection | null {
  const township = cmd.role.slice('township:'.length);
  const w = ctx.state.entities.warnings.townships[township];
  if (!w) return reject('noChange', `no warning has reached the duty room of ${township}`, { code: 'noWarningToAcknowledge', township });
  if (w.ackAt !== null) return reject('noChange', `the ${w.level} warning was already acknowledged`, { code: 'warningAlreadyAcknowledged', level: w.level });
  const waited = ctx.state.t - w.deliveredAt;
  ctx.update((draft) => {
    draft.warnings.townships[township].ackAt = ctx.state.t;
    draft.warnings.hops = draft.warnings.hops.filter((h) => !(h.kind === 'townshipAck' && h.target === township));
  });
  ctx.emit({ kind: 'warningAcknowledged', township, level: w.level, waited, byPlayer: true }, ['chief', cmd.role]);
  return null;
}

/**
 * The director hands a township to a person or back to the autopilot: a person answers for
 * itself from now on (the simulated 叫应 on its way is dropped); the autopilot answers a warning
 * still waiting after its usual delay.
 */
export function townshipPlayedChanged(ctx: SimContext, township: string, played: boolean): void {
  ctx.update((draft) => {
    if (played) {
      draft.warnings.hops = draft.warnings.hops.filter((h) => !(h.kind === 'townshipAck' && h.target === township));
      return;
    }
    const w = draft.warnings.townships[township];
    if (!w) return;
    if (w.ackAt === null && !draft.warnings.hops.some((h) => h.kind === 'townshipAck' && h.target === township)) {
      pushHop(draft, { t: ctx.state.t + draw(ctx, DELAY.townshipAck), kind: 'townshipAck', target: township, level: w.level, channels: [...CHANNELS] });
    }
    // A warning its player had not passed on to every village: the autopilot's duty room does.
    const unwarned = ctx.scenario.villages.some((v) => v.township === township
      && rank(draft.warnings.villages[v.id]?.level ?? 'none' as WarningLevel) < rank(w.level)
      && !draft.warnings.hops.some((h) => h.kind === 'villageResponder' && h.target === v.id && rank(h.level) >= rank(w.level)));
    if (unwarned) relayToVillages(ctx, draft, township, w.level, [...CHANNELS]);
  });
}

function pending(ctx: SimContext): number {
  let next = Infinity;
  for (const h of ctx.state.entities.warnings.hops) if (h.t < next) next = h.t;
  return next;
}

export const warnings = eventDriven('warnings', 'decisions', pending, (ctx) => {
  ctx.update((draft) => {
    // The hop list as a plain array: hops are only ever added and removed, never changed in
    // place, and filtering the list through immer's proxies drafted every hop in it, once per
    // hop processed. Same hops, same order, so the same state.
    draft.warnings.hops = ctx.state.entities.warnings.hops.slice();
    // Hops due now, in (time, issue order); processing may queue more, some due now too.
    for (;;) {
      const due = draft.warnings.hops.filter((h) => h.t <= ctx.state.t).sort((a, b) => a.t - b.t || a.n - b.n);
      if (due.length === 0) return;
      const first = due[0];
      draft.warnings.hops = draft.warnings.hops.filter((h) => h.n !== first.n);
      process(ctx, draft, { ...first });
    }
  });
});
