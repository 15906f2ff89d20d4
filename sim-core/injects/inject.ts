// 注入事件 — an entry of the Master Scenario Events List (MSEL): at time t (optionally moved by
// a seeded jitter, so an unannounced drill is not the same twice) the director's side changes
// the world or plays an outside party (the public, the weather service, the city, the field).
import type { LocalText } from '../world/localText.ts';
import type { InjectCondition } from './condition.ts';

export const INJECT_KINDS = ['message', 'closeRoad', 'openRoad', 'rain', 'weather', 'ignite', 'damBreak', 'leveeBreach', 'outage', 'trapped', 'damCrack', 'siteAlarm', 'siteExitBlocked', 'sitePanic', 'chemicalRelease', 'mainBurst', 'aftershock'] as const;
export type InjectKind = typeof INJECT_KINDS[number];

interface InjectBase {
  id: string;
  /** Scheduled sim time in seconds. */
  t: number;
  /** The actual time is drawn uniformly in [t − jitter, t + jitter] (never before 0). */
  jitter: number;
  /** Roles that see it happen: role strings, `all`, or empty for director and evaluator only. */
  visibleTo: string[];
  /** What the plan expects the players to do (shown to director and evaluator only). */
  expected?: LocalText;
  /** Fire only once this holds (checked from time t on): condition.ts. */
  when?: InjectCondition;
  /** The plan requirement this inject tests (its id in the exercise's plan), for the table. */
  tests?: string;
}

/** An outside party tells someone something (a call from the public, a weather bulletin …). */
interface MessageInject extends InjectBase {
  kind: 'message';
  target: null;
  payload: { from: LocalText; text: LocalText };
}

/** A road is cut (landslide, collapse, traffic accident): the listed edges close. */
interface RoadInject extends InjectBase {
  kind: 'closeRoad' | 'openRoad';
  target: { edges: number[] };
  payload: { reason?: LocalText };
}

/** What really falls over a rain zone from now on (a forecast can be wrong; this is the truth). */
interface RainInject extends InjectBase {
  kind: 'rain';
  target: { zone: string };
  /** [seconds after the inject, mm/h] steps. */
  payload: { series: [number, number][] };
}

/** Wind and fuel moisture change (fire weather). */
interface WeatherInject extends InjectBase {
  kind: 'weather';
  target: null;
  payload: { wind?: Wind; moisture?: Moisture };
}

/** A fire starts at a point (a lightning strike, a burning grave offering, a spark from a line). */
interface IgniteInject extends InjectBase {
  kind: 'ignite';
  target: { x: number; y: number };
  payload: { reason?: LocalText };
}

/** A dam breaches (overtopping or piping); the breach hydrograph follows Froehlich (2008). */
interface DamBreakInject extends InjectBase {
  kind: 'damBreak';
  target: { place: string };
  payload: { mode: 'overtopping' | 'piping' };
}

/**
 * 大坝裂缝 — the director says a dam has cracked (an aftershock, a patrol's find): its damage
 * becomes at least `damage` (Pells & Fell 2003 classes, hazards/dam/damDamage.ts), which lowers
 * its safe level and raises its breach risk (hazards/dam/breachRisk.ts).
 */
interface DamCrackInject extends InjectBase {
  kind: 'damCrack';
  target: { place: string };
  payload: { damage: DamCrackDamage };
}
export type DamCrackDamage = 'minor' | 'moderate' | 'major' | 'severe';
export const DAM_CRACK_DAMAGE = ['minor', 'moderate', 'major', 'severe'] as const satisfies readonly DamCrackDamage[];

/**
 * 溃堤 — a levee breaches at a point: the crest there erodes linearly down to the ground over
 * `formation` seconds (the linear breach growth assumed by Froehlich 2008 and the USBR
 * guidance for embankments), and the 2-D flood carries the water through.
 */
interface LeveeBreachInject extends InjectBase {
  kind: 'leveeBreach';
  target: { levee: string; x: number; y: number };
  payload: { formation: number };
}

/**
 * 被困 — the director says people are cut off at a village (on a roof, in a gully) whatever the
 * water there does: they stay trapped until a rescue team brings them out.
 */
interface TrappedInject extends InjectBase {
  kind: 'trapped';
  target: { place: string };
  payload: { people: number };
}

/** 断电、断通信、断水 at a place, or their restoration. */
interface OutageInject extends InjectBase {
  kind: 'outage';
  target: { place: string };
  payload: { services: ('power' | 'comms' | 'water')[]; restore: boolean };
}

/**
 * 危化品泄漏 — a release at a chemical site (hazards/chemical/release.ts): a leak at `rate` kg/s
 * for `duration` s (or until isolated or the inventory is gone), or a puff of `mass` kg (a
 * burst, an explosion). A later release at the same site replaces a running one (a leak grows).
 */
interface ChemicalReleaseInject extends InjectBase {
  kind: 'chemicalRelease';
  target: { site: string };
  payload: { rate?: number; duration?: number; mass?: number; cause: 'leak' | 'fire' | 'explosion' };
}

/**
 * 人员密集场所 (people/sites/): a site's alarm sounds (its people start to leave), one of its exits
 * is blocked (debris, a locked gate, quake damage), or panic raises everyone's desired speed.
 */
interface SiteInject extends InjectBase {
  kind: 'siteAlarm' | 'siteExitBlocked' | 'sitePanic';
  target: { site: string; exit?: number };
  payload: { speedFactor?: number };
}

/**
 * 供水管线爆裂 — a main of the water network bursts at a point: an opening of `area` m² (a split
 * or a hole; at most the bore) lets out the orifice flow into the street (hazards/waterMain/).
 */
interface MainBurstInject extends InjectBase {
  kind: 'mainBurst';
  target: { main: string; x: number; y: number };
  payload: { area: number };
}

/**
 * 余震 — an aftershock of the scenario earthquake (hazards/quake/aftershock.ts): its own intensity
 * field by the main shock's relation, from the epicentre `target` with magnitude Ms, focal depth
 * (m) and fault strike (degrees; the main shock's when not given). It damages further only where
 * it shakes harder than the damage already reached, and needs the main shock to have struck.
 */
interface AftershockInject extends InjectBase {
  kind: 'aftershock';
  target: { x: number; y: number };
  payload: { magnitude: number; depth: number; strike?: number };
}
/** The magnitudes an aftershock may have (the scenario earthquake's bounds, scenarios/earthquakeSchema.ts). */
export const AFTERSHOCK_MAGNITUDE = [4, 8.5] as const;

export interface Wind { speed: number; dir: number }
export interface Moisture { d1: number; d10: number; d100: number; liveHerb: number; liveWoody: number }

export type Inject = MessageInject | RoadInject | RainInject | WeatherInject | IgniteInject | DamBreakInject | LeveeBreachInject | OutageInject | TrappedInject | DamCrackInject | SiteInject | ChemicalReleaseInject | MainBurstInject | AftershockInject;
