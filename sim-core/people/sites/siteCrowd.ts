// The crowd of one site being emptied inside an exercise: the crowd model (people/crowd/) on the
// site's floor plan, stepped one sim second (1 / dt crowd steps) at a time, with the crush
// rule (crushRule.ts) counted per person. It lives in the sim state outside immer (state.crowds),
// like the fields: rapier's world is not JSON. Snapshot and restore go through rapier's own exact
// snapshot (crowdSnapshot.ts) plus what the site adds, so a sim restored mid-evacuation steps on
// bit for bit; the digest of every crowd is part of the sim's hash.
import type { Digest } from '../../hash/digest.ts';
import { DEFAULT_CROWD_PARAMS } from '../crowd/crowdParams.ts';
import { type CrowdScenario } from '../crowd/crowdCaseInput.ts';
import { type CrowdSim } from '../crowd/crowdState.ts';
import { createCrowdSim, freeCrowd, stepCrowd } from '../crowd/crowdSim.ts';
import { crowdDigest, restoreCrowd, snapshotCrowd } from '../crowd/crowdSnapshot.ts';
import { buildNavigation } from '../crowd/navigation.ts';
import { crowdTime } from '../crowd/crowdState.ts';
import { CRUSH_DENSITY, CRUSH_SECONDS } from './crushRule.ts';
import { crowdEngine } from './crowdEngine.ts';
import type { CrowdedSite } from './siteTypes.ts';
import type { Segment } from '../crowd/segments.ts';

export interface SiteCrowd {
  site: string;
  sim: CrowdSim;
  /** Plan exit index of each of the crowd scenario's exits (closed ones are walls there). */
  exitOf: Int32Array;
  /** Crowd steps each person has spent at crush density; 1 once hurt. */
  crushSteps: Int32Array;
  hurt: Uint8Array;
  hurtCount: number;
}

type ReturnTypeSnapshot = ReturnType<typeof snapshotCrowd>;

export interface SiteCrowdSnapshot {
  site: string;
  /** The people as placed (start position, desired speed now, reaction time). */
  x: Float64Array;
  y: Float64Array;
  speed: Float64Array;
  reaction: Float64Array;
  closedExits: number[];
  crushSteps: Int32Array;
  hurt: Uint8Array;
  hurtCount: number;
  crowd: ReturnTypeSnapshot;
}

/** The crowd model's scenario for a site's plan with some exits closed (a closed exit is a wall). */
function crowdScenario(site: CrowdedSite, closed: readonly number[], people: { x: Float64Array; y: Float64Array; speed: Float64Array; reaction: Float64Array }, maxTime: number): { scenario: CrowdScenario; exitOf: Int32Array } {
  const walls = [...site.plan.walls];
  const exits: Segment[] = [];
  const exitOf: number[] = [];
  site.plan.exits.forEach((e, k) => {
    if (closed.includes(k)) walls.push(e);
    else { exits.push(e); exitOf.push(k); }
  });
  return {
    scenario: { walls, exits, x: people.x, y: people.y, speed: people.speed, reaction: people.reaction, exit: new Int32Array(people.x.length).fill(-1), radius: 0.3, maxTime },
    exitOf: Int32Array.from(exitOf),
  };
}

export function startSiteCrowd(site: CrowdedSite, closed: readonly number[], people: { x: Float64Array; y: Float64Array; speed: Float64Array; reaction: Float64Array }): SiteCrowd {
  const { scenario, exitOf } = crowdScenario(site, closed, people, site.maxDuration);
  const n = people.x.length;
  const sim = createCrowdSim(crowdEngine(), scenario, DEFAULT_CROWD_PARAMS, buildNavigation(scenario));
  return { site: site.id, sim, exitOf, crushSteps: new Int32Array(n), hurt: new Uint8Array(n), hurtCount: 0 };
}

/** One sim second of egress: 1 / dt crowd steps, counting who stays at crush density. */
export function stepSiteCrowd(c: SiteCrowd): void {
  const sim = c.sim;
  const steps = Math.round(1 / sim.params.dt);
  const area = Math.PI * sim.params.densityRadius * sim.params.densityRadius;
  const need = Math.round(CRUSH_SECONDS / sim.params.dt);
  for (let k = 0; k < steps && sim.remaining > 0; k++) {
    const t0 = crowdTime(sim);
    stepCrowd(sim);
    // nearCount was filled for everyone inside at the step's start: those still inside and
    // those who left during it.
    for (let a = 0; a < sim.n; a++) {
      if (!(sim.alive[a] || sim.exitTime[a] >= t0) || c.hurt[a]) continue;
      if (sim.nearCount[a] / area >= CRUSH_DENSITY) {
        if (++c.crushSteps[a] >= need) { c.hurt[a] = 1; c.hurtCount++; }
      }
    }
  }
}

/** Closes one plan exit of a running crowd: it becomes a wall and the floor fields are rebuilt. */
export function closeSiteCrowdExit(site: CrowdedSite, c: SiteCrowd, closedNow: readonly number[]): SiteCrowd {
  const snap = snapshotSiteCrowd(c, closedNow.slice(0, -1));
  freeSiteCrowd(c);
  const next = restoreSiteCrowd(site, { ...snap, closedExits: [...closedNow] });
  const R = crowdEngine();
  const e = site.plan.exits[closedNow[closedNow.length - 1]];
  next.sim.world.createCollider(R.ColliderDesc.segment({ x: e[0], y: e[1] }, { x: e[2], y: e[3] }).setFriction(0).setRestitution(0));
  return next;
}

/** Raises the desired speed of everyone in the crowd by a factor (panic). */
export function hurrySiteCrowd(c: SiteCrowd, factor: number): void {
  const speed = c.sim.scenario.speed;
  for (let a = 0; a < speed.length; a++) speed[a] *= factor;
}

export function snapshotSiteCrowd(c: SiteCrowd, closedExits: readonly number[]): SiteCrowdSnapshot {
  const s = c.sim.scenario;
  return {
    site: c.site, x: s.x.slice(), y: s.y.slice(), speed: s.speed.slice(), reaction: s.reaction.slice(), closedExits: [...closedExits],
    crushSteps: c.crushSteps.slice(), hurt: c.hurt.slice(), hurtCount: c.hurtCount, crowd: snapshotCrowd(c.sim),
  };
}

export function restoreSiteCrowd(site: CrowdedSite, snap: SiteCrowdSnapshot): SiteCrowd {
  const people = { x: snap.x.slice(), y: snap.y.slice(), speed: snap.speed.slice(), reaction: snap.reaction.slice() };
  const { scenario, exitOf } = crowdScenario(site, snap.closedExits, people, site.maxDuration);
  const sim = restoreCrowd(crowdEngine(), scenario, snap.crowd, DEFAULT_CROWD_PARAMS, buildNavigation(scenario));
  return { site: site.id, sim, exitOf, crushSteps: snap.crushSteps.slice(), hurt: snap.hurt.slice(), hurtCount: snap.hurtCount };
}

export function digestSiteCrowd(d: Digest, c: SiteCrowd): void {
  d.string(`${c.site}|${crowdDigest(c.sim)}|${c.hurtCount}|`).bytes(c.crushSteps).bytes(c.sim.scenario.speed);
}

export function freeSiteCrowd(c: SiteCrowd): void {
  freeCrowd(c.sim);
}

