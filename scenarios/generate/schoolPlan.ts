// The floor plan of a one-storey teaching block (教学楼), for crowded-site scenarios and tests:
// a corridor 3 m wide along the block's length, classrooms either side of it (9 m × 7.5 m, a
// little over GB 50099-2011's 1.36 m² a pupil for 45 pupils), each with a 1.2 m door onto the
// corridor, and a 1.5 m double door at each end of the corridor as the block's exits (an
// assumption; GB 50099-2011 asks evacuation routes for at least two streams of 0.6 m, 1.2 m,
// which the classroom doors have). Stairs and upper floors
// are not modelled: a multi-storey block is several of these or a longer egress (an assumption).
// Returned as the scenario's plan {walls, exits, rooms} in metres from the block's south-west corner.

export interface SchoolPlan {
  walls: [number, number, number, number][];
  exits: [number, number, number, number][];
  rooms: [number, number, number, number][];
}

const ROOM_W = 9;
const ROOM_D = 7.5;
const CORRIDOR = 3;
const DOOR = 1.2;
const EXIT = 1.5;

export function schoolPlan(perSide: number): SchoolPlan {
  const L = perSide * ROOM_W;
  const y0 = ROOM_D; // corridor's south wall
  const y1 = ROOM_D + CORRIDOR; // its north wall
  const H = 2 * ROOM_D + CORRIDOR;
  const walls: SchoolPlan['walls'] = [];
  const rooms: SchoolPlan['rooms'] = [];
  // Outer walls; the west and east walls leave a door in the middle of the corridor's end (the exits).
  const e0 = y0 + (CORRIDOR - EXIT) / 2;
  const e1 = e0 + EXIT;
  walls.push([0, 0, L, 0], [0, H, L, H], [0, 0, 0, e0], [0, e1, 0, H], [L, 0, L, e0], [L, e1, L, H]);
  for (let k = 0; k < perSide; k++) {
    const xa = k * ROOM_W;
    const xb = xa + ROOM_W;
    if (k > 0) walls.push([xa, 0, xa, y0], [xa, y1, xa, H]);
    // The door sits 1 m from the room's east wall, on the corridor side, north and south.
    const d1 = xb - 1 - DOOR;
    const d2 = xb - 1;
    walls.push([xa, y0, d1, y0], [d2, y0, xb, y0], [xa, y1, d1, y1], [d2, y1, xb, y1]);
    rooms.push([xa, 0, xb, y0], [xa, y1, xb, H]);
  }
  const exits: SchoolPlan['exits'] = [[0, e0, 0, e1], [L, e0, L, e1]];
  return { walls, exits, rooms };
}
