// Validation of the `tuiyan model crowd` case (DESIGN.md, "Case files"):
//   {walls: [[x1,y1,x2,y2]…], exits: [[x1,y1,x2,y2]…], agents: [{x, y, speed?, reaction?,
//    exit?}], radius?, maxTime}
// By hand, like the route and flood cases, so each problem names its exact JSON path in the
// user's terms, and every problem is reported in one pass. The checks that need the floor
// field (an agent walled off from every exit) come later, in crowdCase.ts.

import { DEFAULT_RADIUS, DEFAULT_SPEED } from './crowdParams.ts';
import { navCellSize, segmentBounds } from './navGrid.ts';
import { pointSegmentDistance, segmentLength, type Segment } from './segments.ts';

export interface CaseError {
  path: string;
  message: string;
}

export interface CrowdScenario {
  walls: Segment[];
  exits: Segment[];
  /** per agent: start position (m), desired speed (m/s), reaction time (s), assigned exit or −1 */
  x: Float64Array;
  y: Float64Array;
  speed: Float64Array;
  reaction: Float64Array;
  exit: Int32Array;
  /** body radius, m */
  radius: number;
  /** the run stops here even if people remain, s */
  maxTime: number;
}

const KEYS = ['walls', 'exits', 'agents', 'radius', 'maxTime'];
const REQUIRED = ['walls', 'exits', 'agents', 'maxTime'];
const AGENT_KEYS = ['x', 'y', 'speed', 'reaction', 'exit'];
/** A crowd model of a site: a stadium stand, not a city (one step costs ~O(agents)). */
export const MAX_AGENTS = 20_000;
const MAX_SEGMENTS = 10_000;
/** One day: longer is not an egress. */
const MAX_TIME = 86_400;
const MAX_SPEED = 10; // m/s, a sprint
const RADIUS_RANGE = [0.1, 0.5] as const; // m

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const fmt = (v: number) => String(+v.toFixed(2));

export function parseCrowdCase(input: unknown, errors: CaseError[]): CrowdScenario | null {
  if (!isObject(input)) {
    errors.push({ path: '', message: 'case must be a JSON object' });
    return null;
  }
  for (const key of Object.keys(input)) if (!KEYS.includes(key)) errors.push({ path: key, message: `unknown key "${key}"` });
  for (const key of REQUIRED) if (input[key] === undefined) errors.push({ path: key, message: 'is required' });

  let radius: number | null = DEFAULT_RADIUS;
  if (input.radius !== undefined) {
    radius = isFiniteNumber(input.radius) && input.radius >= RADIUS_RANGE[0] && input.radius <= RADIUS_RANGE[1] ? input.radius : null;
    if (radius === null) errors.push({ path: 'radius', message: `must be between ${RADIUS_RANGE[0]} and ${RADIUS_RANGE[1]} (m, a person's body radius)` });
  }
  let maxTime: number | null = null;
  if (input.maxTime !== undefined) {
    if (!isFiniteNumber(input.maxTime) || input.maxTime <= 0 || input.maxTime > MAX_TIME) {
      errors.push({ path: 'maxTime', message: `must be a number of seconds > 0 and ≤ ${MAX_TIME}` });
    } else maxTime = input.maxTime;
  }
  const walls = parseSegments(input.walls, 'walls', 'wall', false, errors);
  const exits = parseSegments(input.exits, 'exits', 'exit', true, errors);
  if (exits !== null && radius !== null) {
    exits.forEach((e, k) => {
      const width = segmentLength(e);
      if (width > 0 && width < 2 * radius!) {
        errors.push({ path: `exits[${k}]`, message: `is ${fmt(width)} m wide; a person of radius ${radius} m needs at least ${fmt(2 * radius!)} m` });
      }
    });
  }
  const agents = parseAgents(input.agents, exits === null ? null : exits.length, errors);

  if (walls !== null && exits !== null && radius !== null) {
    const b = segmentBounds([...walls, ...exits]);
    const h = navCellSize(b);
    if (h > radius) {
      errors.push({
        path: 'walls',
        message: `the site spans ${fmt(b.maxX - b.minX)} × ${fmt(b.maxY - b.minY)} m; too large to navigate at a ${radius} m body radius (keep it within about ${Math.round(1e6 * radius * radius)} m²)`,
      });
    }
    if (agents !== null) {
      for (let a = 0; a < agents.x.length; a++) {
        const x = agents.x[a];
        const y = agents.y[a];
        if (x < b.minX || x > b.maxX || y < b.minY || y > b.maxY) {
          errors.push({
            path: `agents[${a}]`,
            message: `(${fmt(x)}, ${fmt(y)}) lies outside the site (walls and exits span x ${fmt(b.minX)}…${fmt(b.maxX)}, y ${fmt(b.minY)}…${fmt(b.maxY)})`,
          });
          continue;
        }
        for (let w = 0; w < walls.length; w++) {
          const s = walls[w];
          const d = pointSegmentDistance(x, y, s[0], s[1], s[2], s[3]);
          if (d < radius) {
            errors.push({ path: `agents[${a}]`, message: `overlaps walls[${w}]: its centre is ${fmt(d)} m from the wall, closer than the radius ${radius} m` });
            break;
          }
        }
      }
    }
  }

  if (errors.length > 0 || walls === null || exits === null || agents === null || radius === null || maxTime === null) return null;
  return { walls, exits, ...agents, radius, maxTime };
}

function parseSegments(v: unknown, path: string, what: string, nonEmpty: boolean, errors: CaseError[]): Segment[] | null {
  if (v === undefined) return null;
  if (!Array.isArray(v)) {
    errors.push({ path, message: `must be an array of ${what}s [x1, y1, x2, y2]` });
    return null;
  }
  if (nonEmpty && v.length === 0) {
    errors.push({ path, message: `must list at least one ${what}` });
    return null;
  }
  if (v.length > MAX_SEGMENTS) {
    errors.push({ path, message: `has ${v.length} ${what}s; at most ${MAX_SEGMENTS}` });
    return null;
  }
  const out: Segment[] = [];
  let ok = true;
  for (let k = 0; k < v.length; k++) {
    const s: unknown = v[k];
    if (!Array.isArray(s) || s.length !== 4) {
      errors.push({ path: `${path}[${k}]`, message: `${what} must be [x1, y1, x2, y2]` });
      ok = false;
      continue;
    }
    let finite = true;
    for (let c = 0; c < 4; c++) {
      if (!isFiniteNumber(s[c])) {
        errors.push({ path: `${path}[${k}][${c}]`, message: `${['x1', 'y1', 'x2', 'y2'][c]} must be a finite number (m)` });
        finite = false;
      }
    }
    if (!finite) {
      ok = false;
      continue;
    }
    const seg = [s[0], s[1], s[2], s[3]] as const;
    if (segmentLength(seg) === 0) {
      errors.push({ path: `${path}[${k}]`, message: `${what} has zero length` });
      ok = false;
      continue;
    }
    out.push(seg);
  }
  return ok ? out : null;
}

function parseAgents(v: unknown, exitCount: number | null, errors: CaseError[]): Omit<CrowdScenario, 'walls' | 'exits' | 'radius' | 'maxTime'> | null {
  if (v === undefined) return null;
  if (!Array.isArray(v)) {
    errors.push({ path: 'agents', message: 'must be an array of {x, y, speed?, reaction?, exit?}' });
    return null;
  }
  if (v.length === 0) {
    errors.push({ path: 'agents', message: 'must list at least one agent' });
    return null;
  }
  if (v.length > MAX_AGENTS) {
    errors.push({ path: 'agents', message: `has ${v.length} agents; at most ${MAX_AGENTS}` });
    return null;
  }
  const n = v.length;
  const out = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    speed: new Float64Array(n).fill(DEFAULT_SPEED),
    reaction: new Float64Array(n),
    exit: new Int32Array(n).fill(-1),
  };
  let ok = true;
  const bad = (path: string, message: string) => {
    errors.push({ path, message });
    ok = false;
  };
  for (let a = 0; a < n; a++) {
    const agent: unknown = v[a];
    const p = `agents[${a}]`;
    if (!isObject(agent)) {
      bad(p, 'agent must be an object {x, y, speed?, reaction?, exit?}');
      continue;
    }
    for (const key of Object.keys(agent)) if (!AGENT_KEYS.includes(key)) bad(`${p}.${key}`, `unknown key "${key}"`);
    for (const key of ['x', 'y'] as const) {
      if (agent[key] === undefined) bad(`${p}.${key}`, 'is required');
      else if (!isFiniteNumber(agent[key])) bad(`${p}.${key}`, 'must be a finite number (m)');
      else out[key][a] = agent[key];
    }
    if (agent.speed !== undefined) {
      if (!isFiniteNumber(agent.speed) || agent.speed <= 0 || agent.speed > MAX_SPEED) bad(`${p}.speed`, `must be > 0 and ≤ ${MAX_SPEED} (m/s)`);
      else out.speed[a] = agent.speed;
    }
    if (agent.reaction !== undefined) {
      if (!isFiniteNumber(agent.reaction) || agent.reaction < 0) bad(`${p}.reaction`, 'must be a number of seconds ≥ 0');
      else out.reaction[a] = agent.reaction;
    }
    if (agent.exit !== undefined) {
      const e = agent.exit;
      if (typeof e !== 'number' || !Number.isSafeInteger(e) || e < 0) bad(`${p}.exit`, 'must be an exit index (a whole number ≥ 0)');
      else if (exitCount !== null && e >= exitCount) bad(`${p}.exit`, `exit ${e} does not exist (${exitCount} exit${exitCount === 1 ? '' : 's'})`);
      else out.exit[a] = e;
    }
  }
  return ok ? out : null;
}
