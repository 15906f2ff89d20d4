// Running the MSEL (the script in the state, entities.script, which the director may edit during
// play): each inject's actual time is drawn once, when it enters the script, from its jitter (so
// players cannot learn the script by heart); the injects subsystem fires the timed ones in
// (time, id) order; conditional ones wait in conditionalInjects.ts; the director can also fire
// one early.
import { eventDriven } from '../clock.ts';
import type { SimContext } from '../context.ts';
import type { RngStreams } from '../rng/streams.ts';
import { closeEdges, openEdges } from '../world/roadClosure.ts';
import type { Inject } from './inject.ts';
import type { FiredBecause } from './condition.ts';
import { compareStrings } from '../order.ts';
import { startBreach } from '../hazards/breachStart.ts';
import { injectCrack } from '../hazards/dam/breachRisk.ts';
import { ignite } from '../hazards/fireIgnition.ts';
import { setOutage } from '../hazards/outages.ts';
import { breachLevee } from '../hazards/levees.ts';
import { trapPeople } from '../people/exposure.ts';
import { floodRuntime } from '../hazards/floodRuntime.ts';
import { startRelease } from '../hazards/chemical/release.ts';
import { fireSiteInject } from '../people/sites/siteInjects.ts';
import { startBurst } from '../hazards/waterMain/burst.ts';
import { aftershock } from '../hazards/quake/aftershock.ts';

/** One inject's actual time (its arming time when it has a condition). */
export function drawInjectTime(inj: Inject, rng: RngStreams): number {
  return inj.jitter > 0 ? Math.max(0, Math.round(rng.between('injects', inj.t - inj.jitter, inj.t + inj.jitter))) : inj.t;
}

export function drawInjectTimes(injects: readonly Inject[], rng: RngStreams): Record<string, number> {
  const out: Record<string, number> = {};
  for (const inj of injects) out[inj.id] = drawInjectTime(inj, rng);
  return out;
}

function unfired(ctx: SimContext): Inject[] {
  const { injectsFired, injectTimes, script } = ctx.state.entities;
  return script
    .filter((inj) => !inj.when && !(inj.id in injectsFired))
    .sort((a, b) => injectTimes[a.id] - injectTimes[b.id] || compareStrings(a.id, b.id));
}

function pending(ctx: SimContext): number {
  const { injectsFired, injectTimes, script } = ctx.state.entities;
  let next = Infinity;
  for (const inj of script) if (!inj.when && !(inj.id in injectsFired)) next = Math.min(next, injectTimes[inj.id]);
  return next;
}

/** Applies one inject's effect now (`because`: the condition that made it fire, if any). */
export function fireInject(ctx: SimContext, inj: Inject, because?: FiredBecause): void {
  ctx.update((draft) => { draft.injectsFired[inj.id] = ctx.state.t; });
  ctx.emit({ kind: 'injectFired', inject: inj.id, injectKind: inj.kind, ...(inj.expected ? { expected: inj.expected } : {}), ...(because ? { because } : {}) }, []);
  switch (inj.kind) {
    case 'message':
      ctx.emit({ kind: 'message', from: inj.payload.from, text: inj.payload.text, inject: inj.id }, inj.visibleTo);
      break;
    case 'closeRoad':
      closeEdges(ctx, inj.target.edges, 'inject', inj.payload.reason, inj.visibleTo);
      break;
    case 'openRoad':
      openEdges(ctx, inj.target.edges, 'inject', inj.visibleTo);
      break;
    case 'rain':
      ctx.update((draft) => { draft.hazards.rainOverride[inj.target.zone] = { from: ctx.state.t, series: inj.payload.series }; });
      ctx.emit({ kind: 'rainChanged', zone: inj.target.zone, series: inj.payload.series, inject: inj.id }, inj.visibleTo);
      break;
    case 'weather':
      ctx.update((draft) => {
        if (inj.payload.wind) draft.weather.wind = inj.payload.wind;
        if (inj.payload.moisture) draft.weather.moisture = inj.payload.moisture;
      });
      ctx.emit({ kind: 'weatherChanged', ...inj.payload }, inj.visibleTo);
      break;
    case 'damBreak':
      startBreach(ctx, inj.target.place, inj.payload.mode, inj.visibleTo);
      break;
    case 'damCrack':
      injectCrack(ctx, inj.target.place, inj.payload.damage, `inject:${inj.id}`, inj.visibleTo);
      break;
    case 'trapped':
      trapPeople(ctx, inj.target.place, inj.payload.people, inj.visibleTo);
      break;
    case 'leveeBreach':
      breachLevee(ctx, floodRuntime(ctx.scenario).levees, inj.target.levee, inj.target.x, inj.target.y, inj.payload.formation, inj.visibleTo);
      // A dry grid is not stepped: wake the flood so the open face is seen at the next step.
      ctx.state.fields.floodIdle = false;
      break;
    case 'outage':
      setOutage(ctx, inj.target.place, inj.payload.services, inj.payload.restore, `inject:${inj.id}`, inj.visibleTo);
      break;
    case 'ignite':
      ignite(ctx, inj.target.x, inj.target.y, `inject:${inj.id}`);
      break;
    case 'chemicalRelease': {
      const p = inj.payload;
      const spec = p.mass !== undefined ? { mass: p.mass } : { rate: p.rate ?? 0, ...(p.duration !== undefined ? { duration: p.duration } : {}) };
      startRelease(ctx, inj.target.site, spec, p.cause, inj.visibleTo);
      break;
    }
    case 'siteAlarm':
    case 'siteExitBlocked':
    case 'sitePanic':
      fireSiteInject(ctx, inj, inj.visibleTo);
      break;
    case 'mainBurst':
      startBurst(ctx, inj.id, inj.target.main, inj.target.x, inj.target.y, inj.payload.area, inj.visibleTo);
      break;
    case 'aftershock':
      aftershock(ctx, inj.id, { ...inj.payload, x: inj.target.x, y: inj.target.y }, inj.visibleTo);
      break;
  }
}

export const injects = eventDriven('injects', 'injects', pending, (ctx) => {
  for (const inj of unfired(ctx)) {
    if (ctx.state.entities.injectTimes[inj.id] > ctx.state.t) break;
    fireInject(ctx, inj);
  }
});
