// A reservoir's state in the words of the flood-control duty room: 正常 (at or below the
// flood-limit level, 汛限水位 — sitting at the limit is where a reservoir should be in the flood
// season), 超汛限 (above it), 超警戒 (above the normal pool level, 正常蓄水位, which the
// scenario gives as the pool's warning line in flood season), 超设计 (above the design flood
// level: the dam gauge's danger level, or 1 m under the crest without a gauge), 漫坝 (water
// over the crest). Thresholds are strict: a level equal to a line has not passed it.
import type { Scenario } from '../../sim-core/world/scenario.ts';

export type ReservoirState = 'normal' | 'aboveFloodLimit' | 'aboveWarning' | 'aboveDesign' | 'overtopping';

/** Severity order, lowest first (for colours and sorting). */
export const RESERVOIR_STATES: readonly ReservoirState[] = ['normal', 'aboveFloodLimit', 'aboveWarning', 'aboveDesign', 'overtopping'];

/** The lines a reservoir's level is read against, in metres. */
export function reservoirLines(s: Scenario, reservoirId: string): { floodLimit: number; warning: number; design: number; crest: number } | null {
  const r = s.reservoirs.find((x) => x.id === reservoirId);
  if (!r) return null;
  const gauge = s.gauges.find((g) => g.on === 'reservoir' && g.reservoir === reservoirId);
  const design = Math.min(gauge?.dangerLevel ?? r.damCrest - 1, r.damCrest);
  return { floodLimit: r.floodLimitLevel, warning: Math.max(r.floodLimitLevel, Math.min(r.normalLevel, design)), design, crest: r.damCrest };
}

export function reservoirState(s: Scenario, reservoirId: string, level: number, overtopping = false): ReservoirState {
  const l = reservoirLines(s, reservoirId);
  if (!l) return 'normal';
  if (overtopping || level > l.crest) return 'overtopping';
  if (level > l.design) return 'aboveDesign';
  if (level > l.warning) return 'aboveWarning';
  if (level > l.floodLimit) return 'aboveFloodLimit';
  return 'normal';
}
