// A scenario's typhoon (防台): the storm's track and Holland parameters (track.ts), and the
// fishing boats each township must bring back to harbour (船只回港避风, seeds/003 二（四）) before
// the deadline. A leaf: the Scenario type includes it; nothing here leads back.
import type { LocalText } from '../../world/localText.ts';
import type { TyphoonTrack } from './track.ts';

export interface BoatFleet {
  township: string;
  /** Boats out that must come back. */
  count: number;
  /** The place (a village) where they shelter. */
  harbour: string;
}

export interface ScenarioTyphoon {
  id: string;
  name: LocalText;
  track: TyphoonTrack;
  boats: BoatFleet[];
  /** Sim time by which every boat must be in (s). */
  boatsBy: number;
  /** Shortest and longest time for a recalled boat to come in (s). */
  boatReturn: [number, number];
}
