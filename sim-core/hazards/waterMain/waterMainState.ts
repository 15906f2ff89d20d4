// The water-main bursts' entity state (under immer). Absent from the state until the first
// burst, so a scenario without one hashes as before.

export interface BurstState {
  /** The segment that burst. */
  main: string;
  x: number;
  y: number;
  /** District cell and nearest road node of the burst. */
  cell: number;
  node: number;
  /** When it burst, s. */
  t: number;
  /** Flow out of the opening while it runs, m³/s (orifice.ts). */
  flow: number;
  /** Zones cut off by it. */
  zones: string[];
  /** Crew time spent closing valves, s; how many of the segment's valves are closed. */
  valveWork: number;
  valvesClosed: number;
  /** When the last valve closed (the flow stops), or null. */
  isolatedAt: number | null;
  /** Crew time spent on the repair, s; when done (water back), or null. */
  repairWork: number;
  repairedAt: number | null;
  /** Water released into the street so far, m³. */
  released: number;
}

export interface WaterMainEntities {
  /** Bursts by the inject id that caused them. */
  bursts: Record<string, BurstState>;
  /** Zones without water now: since when. */
  dry: Record<string, number>;
  /** 12345 calls received so far per zone, and when the calls were last counted. */
  calls: Record<string, number>;
  callsAt: number;
  /** Dry zones that drinking water has reached (a truck's load on hand at one of its places): since when. Absent until the first. */
  served?: Record<string, number>;
}
