// 人员密集场所 — crowded sites (a school, a market, a hospital, a stadium) that an exercise can
// empty with the crowd model (people/crowd/). The scenario gives each its floor plan (walls and
// exits as the `tuiyan model crowd` case files, plus the rooms people stand in) and who is there
// by time of day. Leaf types: nothing here imports back into the sim.
import type { LocalText } from '../../world/localText.ts';
import type { Segment } from '../crowd/segments.ts';

export const SITE_KINDS = ['school', 'market', 'hospital', 'stadium'] as const;
export type SiteKind = typeof SITE_KINDS[number];

/** A floor plan in the site's own metres (x east, y north). */
export interface SitePlan {
  walls: Segment[];
  /** Exit lines; an exit is named by its index here. */
  exits: Segment[];
  /** Rectangles [x1, y1, x2, y2] where the occupants are when the alarm sounds (classrooms, halls). */
  rooms: Segment[];
}

/** From `from` to `to` seconds after local midnight (to < from: over midnight), `people` are inside. */
export interface SiteOccupancy {
  from: number;
  to: number;
  people: number;
}

export interface CrowdedSite {
  id: string;
  name: LocalText;
  kind: SiteKind;
  /** Where the site is on the district map (m), and its township. */
  x: number;
  y: number;
  township: string;
  plan: SitePlan;
  occupancy: SiteOccupancy[];
  /** Whether it has an earthquake early-warning receiver (earlyWarning.ts). */
  receiver: boolean;
  /** Desired walking speed of the occupants, m/s. */
  speed: number;
  /** Pre-movement (reaction) time after the alarm, drawn uniformly per person, s. */
  reaction: [number, number];
  /** The crowd is stepped at most this long after the alarm; who is still inside then is reported. */
  maxDuration: number;
}

export type SiteCause = 'order' | 'alarm' | 'quake';

/** A site's course in the exercise (entities.sites, absent until the first site is touched). */
export interface SiteState {
  status: 'normal' | 'evacuating' | 'cleared' | 'stalled';
  /** People inside when the evacuation started. */
  people: number;
  /** Sim time the alarm or order came, and why. */
  started: number | null;
  cause: SiteCause | null;
  /** People out so far; people hurt in a crush so far. */
  out: number;
  hurt: number;
  /** Sim time the last person left (cleared) or the crowd stopped being stepped (stalled). */
  ended: number | null;
  /** Exit indices closed (blocked, damaged), in the order they closed. */
  closedExits: number[];
  /** Factor on the desired speed (panic raises it; 1 calm). */
  panic: number;
}
