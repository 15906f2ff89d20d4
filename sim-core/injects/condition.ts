// 条件触发 — what an MSEL entry may wait for instead of (or after) its time: the inject's time
// arms it, and it fires at the first tick its condition holds. Conditions on the world (water,
// fire, people) are read every tick the world changes; conditions on what players did not do
// are read once, at their deadline.

/** A level or depth in metres; `above` is crossed when the value reaches it. */
export type InjectCondition =
  /** A reservoir's water level (m above datum) reaches `above`. */
  | { kind: 'reservoirLevel'; reservoir: string; above: number }
  /** A river gauge's stage (m) reaches `above`. */
  | { kind: 'gaugeLevel'; gauge: string; above: number }
  /** Water at a village, shelter or other place is `above` m deep. */
  | { kind: 'waterAtPlace'; place: string; above: number }
  /** Water on a road (either end of the edge) is `above` m deep. */
  | { kind: 'waterOnRoad'; edge: number; above: number }
  /** Fire has reached within `radius` m of a place (0: its own cell). */
  | { kind: 'fireNearPlace'; place: string; radius: number }
  /** Fire has reached an area: a circle of `radius` m around (x, y). */
  | { kind: 'fireInArea'; x: number; y: number; radius: number }
  /** At least `atLeast` of a village's people are still at home while the water is there, or trapped. */
  | { kind: 'peopleInDanger'; village: string; atLeast: number }
  /**
   * No command of this type (by this role, naming this place, when given) by time `by`. The
   * editor fills it from a plan requirement's action (`requirement` keeps which, for the table).
   */
  | { kind: 'notDone'; command: string; role?: string; place?: string; by: number; requirement?: string }
  /** Nobody who perceived inject `inject` gave any order or report within `within` s of it firing. */
  | { kind: 'notAnswered'; inject: string; within: number }
  /** A township has not acknowledged (叫应) the warning delivered to it within `within` s. */
  | { kind: 'warningNotAcknowledged'; township: string; within: number }
  /** A chemical site's leak is still running `within` s after its first release began (nobody isolated the tank). */
  | { kind: 'leakNotIsolated'; site: string; within: number }
  /** A water service zone (hazards/waterMain/) has been without water for `for` s. */
  | { kind: 'zoneDry'; zone: string; for: number };

export type ConditionKind = InjectCondition['kind'];
export const CONDITION_KINDS: readonly ConditionKind[] = [
  'reservoirLevel', 'gaugeLevel', 'waterAtPlace', 'waterOnRoad', 'fireNearPlace', 'fireInArea', 'peopleInDanger', 'notDone', 'notAnswered', 'warningNotAcknowledged', 'leakNotIsolated', 'zoneDry',
];

/** Conditions read once at a deadline (the rest are read whenever the world may have changed). */
export const isDeadline = (c: InjectCondition): c is Extract<InjectCondition, { kind: 'notDone' | 'notAnswered' | 'warningNotAcknowledged' | 'leakNotIsolated' }> =>
  c.kind === 'notDone' || c.kind === 'notAnswered' || c.kind === 'warningNotAcknowledged' || c.kind === 'leakNotIsolated';

/** What made a conditional inject fire: the condition's kind and the value it read. */
export interface FiredBecause {
  condition: ConditionKind;
  /** The level, depth, distance or head count read (absent for deadlines). */
  value?: number;
}
