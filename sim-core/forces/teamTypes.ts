// 救援队伍 types (DOMAIN.md, from the Miyun plan 001) and how long each takes to turn out
// after an order (出动时间). Turnout is drawn per order from the `forces` stream.
export const TEAM_TYPES = [
  'fireStation',        // 消防站
  'forestFireBrigade',  // 森林消防大队
  'specialService',     // 特勤大队
  'waterRescue',        // 水上救援队
  'army',               // 驻区部队
  'districtTeam',       // 区级专业队伍
  'townshipTeam',       // 乡镇(街道)队伍
  'medical',            // 医疗救护
  'volunteer',          // 社会力量、志愿者
  'aviation',           // 航空救援(直升机)
] as const;
export type TeamType = typeof TEAM_TYPES[number];

/**
 * Turnout delay range in seconds [min, max]. Fire stations are on 24 h duty (about 1 min);
 * army and volunteer teams must be mustered first (tens of minutes). Assumed figures, to be
 * replaced by a plan's own when the plans issue lands.
 */
export const TURNOUT_SECONDS: Record<TeamType, readonly [number, number]> = {
  fireStation: [45, 120],
  forestFireBrigade: [120, 300],
  specialService: [120, 300],
  waterRescue: [300, 900],
  army: [1200, 3600],
  districtTeam: [600, 1800],
  townshipTeam: [600, 1800],
  medical: [120, 600],
  volunteer: [1800, 5400],
  // A helicopter on standby lifts off in 15–30 min (crew call-out, pre-flight, filling the bucket).
  aviation: [900, 1800],
};

/** Team types that fly straight to their destination instead of driving the roads. */
export function fliesStraight(type: TeamType): boolean {
  return type === 'aviation';
}

/**
 * Cruise speed of a rescue helicopter, m/s: 200 km/h, the lower end of the cruise speeds of the
 * types Chinese aviation rescue flies (AS350 ~230, Mi-171 ~230, AC311 ~230 km/h) for a loaded
 * aircraft with a slung bucket.
 */
export const FLIGHT_SPEED = 200 / 3.6;
