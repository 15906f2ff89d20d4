// What the typhoon has done so far (Entities.typhoon): absent unless the scenario has a typhoon.
// A leaf type.

/** One township's recall of its boats (召回渔船): when ordered, when each boat comes in (sorted), how many are in. */
export interface BoatRecall {
  ordered: number;
  returns: number[];
  back: number;
}

export interface TyphoonEntities {
  /** Per village, the uniform draw its power fragility is compared with (drawn at the first step). */
  powerDraw: Record<string, number>;
  /** Strongest surface wind so far at each village, m/s (one decimal). */
  peakWind: Record<string, number>;
  /** Recalls by township. */
  boats: Record<string, BoatRecall>;
  /** Track fixes announced so far (气象台 bulletins). */
  bulletins: number;
  /** Whether the boats' deadline has been checked. */
  deadlineChecked: boolean;
}
