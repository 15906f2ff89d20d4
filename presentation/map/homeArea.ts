// The part of the district a role's map opens on: a township its own villages, shelters and
// seat; a team its base and, for a township's team, that township; the chief, the director and
// the evaluator the whole district (null). In metres, padded so edge villages are not on the rim.
import type { Scenario } from '../../sim-core/world/scenario.ts';

export interface Area { x0: number; y0: number; x1: number; y1: number }

/** Padding around the area's places, and the smallest area shown (a lone base is not a map). */
const PAD = 1500;
const MIN_SPAN = 10000;

export function homeArea(s: Scenario, role: string): Area | null {
  const [kind, id] = role.split(':');
  let township: string | null = null;
  const pts: { x: number; y: number }[] = [];
  if (kind === 'township') township = id;
  else if (kind === 'team') {
    const team = s.teams.find((t) => t.id === id);
    if (!team) return null;
    const base = s.teamBases.find((b) => b.id === team.base);
    if (base) pts.push(base);
    if (team.owner !== 'district') township = team.owner;
  } else return null;
  if (township) {
    const seat = s.townships.find((t) => t.id === township);
    if (!seat) return null;
    pts.push(seat, ...s.villages.filter((v) => v.township === township), ...s.shelters.filter((x) => x.township === township));
  }
  if (!pts.length) return null;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of pts) { x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y); }
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const hw = Math.max(MIN_SPAN / 2, (x1 - x0) / 2 + PAD), hh = Math.max(MIN_SPAN / 2, (y1 - y0) / 2 + PAD);
  return { x0: cx - hw, y0: cy - hh, x1: cx + hw, y1: cy + hh };
}
