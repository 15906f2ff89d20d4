// Who is in a crowded site when its alarm sounds, and where they stand.
// The count comes from the site's occupancy by local time of day: the scenario's start label
// (ISO 8601, its local time as written) plus the sim time. Weekdays and holidays are the
// scenario's business: a scenario set on a school day in term lists the school's day.
// People stand on a square lattice in the plan's rooms, ROOM_SPACING apart and kept WALL_GAP
// clear of the room's edges; a room gets people in proportion to its lattice places (largest
// remainder), spread evenly over those places, so a half-full classroom is half full throughout.
import type { CrowdedSite, SiteOccupancy } from './siteTypes.ts';

/** Lattice spacing, m: 0.8 m a person is 1.56 P/m², a classroom at desks (GB 50099-2011 gives
 *  1.36–1.39 m² a pupil for a primary/secondary classroom, so a full room is below this). */
export const ROOM_SPACING = 0.8;
/** Clearance from a room's edge, m: more than a body radius (0.3 m) so nobody starts in a wall. */
export const WALL_GAP = 0.4;

const DAY = 86_400;

/** Seconds after local midnight of the scenario's t = 0 (from its ISO start label). */
export function startSecondOfDay(start: string): number {
  const m = /T(\d\d):(\d\d)(?::(\d\d))?/.exec(start);
  if (!m) return 0;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + (m[3] ? Number(m[3]) : 0);
}

function covers(o: SiteOccupancy, s: number): boolean {
  return o.from <= o.to ? s >= o.from && s < o.to : s >= o.from || s < o.to;
}

/** People inside the site at sim time t (the first occupancy entry that covers the time of day). */
export function occupantsAt(site: CrowdedSite, start: string, t: number): number {
  const s = (startSecondOfDay(start) + t) % DAY;
  for (const o of site.occupancy) if (covers(o, s)) return o.people;
  return 0;
}

/** Lattice places in a room, row by row from its south-west corner. */
function roomPlaces(room: readonly number[]): [number, number][] {
  const x0 = Math.min(room[0], room[2]) + WALL_GAP;
  const x1 = Math.max(room[0], room[2]) - WALL_GAP;
  const y0 = Math.min(room[1], room[3]) + WALL_GAP;
  const y1 = Math.max(room[1], room[3]) - WALL_GAP;
  const out: [number, number][] = [];
  if (x1 < x0 || y1 < y0) return out;
  const nx = Math.floor((x1 - x0) / ROOM_SPACING + 1e-9) + 1;
  const ny = Math.floor((y1 - y0) / ROOM_SPACING + 1e-9) + 1;
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) out.push([x0 + i * ROOM_SPACING, y0 + j * ROOM_SPACING]);
  return out;
}

/** How many people the plan's rooms can hold on the lattice. */
export function siteCapacity(site: CrowdedSite): number {
  let n = 0;
  for (const r of site.plan.rooms) n += roomPlaces(r).length;
  return n;
}

/** Where `people` stand (at most the capacity): x and y arrays, room by room. */
export function placeOccupants(site: CrowdedSite, people: number): { x: Float64Array; y: Float64Array } {
  const rooms = site.plan.rooms.map(roomPlaces);
  const total = rooms.reduce((s, r) => s + r.length, 0);
  const n = Math.min(people, total);
  const share = rooms.map((r) => (total === 0 ? 0 : Math.floor((n * r.length) / total)));
  let left = n - share.reduce((s, k) => s + k, 0);
  // Largest remainder, ties to the earlier room: a total order.
  const order = rooms.map((r, i) => ({ i, rem: total === 0 ? 0 : (n * r.length) % total })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) { if (left === 0) break; if (share[i] < rooms[i].length) { share[i]++; left--; } }
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let a = 0;
  rooms.forEach((places, i) => {
    const k = share[i];
    for (let m = 0; m < k; m++) {
      const p = places[Math.floor((m * places.length) / k)];
      x[a] = p[0];
      y[a] = p[1];
      a++;
    }
  });
  return { x, y };
}
