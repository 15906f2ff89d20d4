// 注入事件 — an entry of the Master Scenario Events List (MSEL): at time t (optionally moved by
// a seeded jitter, so an unannounced drill is not the same twice) the director's side changes
// the world or plays an outside party (the public, the weather service, the city, the field).
import type { LocalText } from '../world/localText.ts';

export const INJECT_KINDS = ['message', 'closeRoad', 'openRoad'] as const;
export type InjectKind = typeof INJECT_KINDS[number];

export interface InjectBase {
  id: string;
  /** Scheduled sim time in seconds. */
  t: number;
  /** The actual time is drawn uniformly in [t − jitter, t + jitter] (never before 0). */
  jitter: number;
  /** Roles that see it happen: role strings, `all`, or empty for director and evaluator only. */
  visibleTo: string[];
  /** What the plan expects the players to do (shown to director and evaluator only). */
  expected?: LocalText;
}

/** An outside party tells someone something (a call from the public, a weather bulletin …). */
export interface MessageInject extends InjectBase {
  kind: 'message';
  target: null;
  payload: { from: LocalText; text: LocalText };
}

/** A road is cut (landslide, collapse, traffic accident): the listed edges close. */
export interface RoadInject extends InjectBase {
  kind: 'closeRoad' | 'openRoad';
  target: { edges: number[] };
  payload: { reason?: LocalText };
}

export type Inject = MessageInject | RoadInject;
