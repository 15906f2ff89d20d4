// What a plan says of an outcome target (its id, limit, time allowed and grade cap): a leaf the
// plan's types import, so the plan does not pull in the log through the target measures.
export const TARGET_IDS = ['dead', 'trappedPast', 'injuredUntreated', 'stranded', 'villagesCutOff', 'sitesUnsupplied', 'sitesUnsecured', 'burnedHa', 'floodedHomes'] as const;
export type TargetId = typeof TARGET_IDS[number];
export type Grade = '优秀' | '良好' | '合格' | '不合格';
export const GRADES: readonly Grade[] = ['不合格', '合格', '良好', '优秀'];

export interface TargetSpec {
  id: TargetId;
  /** The most the plan tolerates (people, villages, sites, ha, households). */
  max: number;
  /** trappedPast: the time limit, s; sitesUnsupplied / sitesUnsecured: the time allowed, s. */
  within?: number;
  /** The best grade a run may have when this target is missed. */
  cap?: Grade;
}
