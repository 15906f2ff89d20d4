// The `tuiyan model route` case (DESIGN.md, "Case files"): one fastest-route query on a road
// graph given as plain JSON. Validated by hand so each problem names its exact JSON path and
// says what is wrong in the user's terms ("node 12 does not exist (3 nodes)").

import { buildRoadGraph } from '../world/roadGraph.ts';
import { findRoute } from './routing.ts';

interface RouteCaseResult {
  /** seconds; null when `to` cannot be reached */
  time: number | null;
  /** node indices from `from` to `to`; empty when unreachable */
  path: number[];
}

export interface CaseError {
  path: string;
  message: string;
}

type RouteCaseOutcome =
  | { ok: true; result: RouteCaseResult }
  | { ok: false; errors: CaseError[] };

const KEYS = ['nodes', 'edges', 'closed', 'from', 'to'] as const;
const REQUIRED = ['nodes', 'edges', 'from', 'to'] as const;

interface ParsedCase {
  nodes: [number, number][];
  edges: { from: number; to: number; cls: number; length: number }[];
  speeds: number[];
  closed: number[];
  from: number;
  to: number;
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** Never throws: bad input comes back as a list of errors. */
export function runRouteCase(input: unknown): RouteCaseOutcome {
  const errors: CaseError[] = [];
  const parsed = parseRouteCase(input, errors);
  if (parsed === null || errors.length > 0) return { ok: false, errors };

  const g = buildRoadGraph(parsed.nodes, parsed.edges);
  const edgeTime = new Float64Array(g.edgeCount);
  for (let e = 0; e < g.edgeCount; e++) edgeTime[e] = g.edgeLength[e] / parsed.speeds[e];
  const closed = new Uint8Array(g.edgeCount);
  for (const e of parsed.closed) closed[e] = 1;

  // Plain Dijkstra: case lengths need not be at least the straight line, so no A* estimate.
  const route = findRoute(g, parsed.from, parsed.to, edgeTime, closed);
  return {
    ok: true,
    result: route === null ? { time: null, path: [] } : { time: route.time, path: route.nodes },
  };
}

function parseRouteCase(input: unknown, errors: CaseError[]): ParsedCase | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    errors.push({ path: '', message: 'case must be a JSON object' });
    return null;
  }
  const obj = input as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      errors.push({ path: key, message: `unknown key "${key}"` });
    }
  }
  for (const key of REQUIRED) {
    if (obj[key] === undefined) errors.push({ path: key, message: 'is required' });
  }

  // Counts are known as soon as the lists are arrays, even with bad entries, so references
  // into them are still checked and every problem is reported in one pass.
  const nodeCount = Array.isArray(obj.nodes) ? obj.nodes.length : null;
  const edgeCount = Array.isArray(obj.edges) ? obj.edges.length : null;
  const nodes = parseNodes(obj.nodes, errors);
  const edges = parseEdges(obj.edges, nodeCount, errors);
  const closed = parseClosed(obj.closed, edgeCount, errors);
  const from = parseNodeRef(obj.from, 'from', nodeCount, errors);
  const to = parseNodeRef(obj.to, 'to', nodeCount, errors);

  if (nodes === null || edges === null || closed === null || from === null || to === null) {
    return null;
  }
  return { nodes, edges: edges.edges, speeds: edges.speeds, closed, from, to };
}

function parseNodes(v: unknown, errors: CaseError[]): [number, number][] | null {
  if (v === undefined) return null;
  if (!Array.isArray(v)) {
    errors.push({ path: 'nodes', message: 'must be an array of [x, y]' });
    return null;
  }
  const nodes: [number, number][] = [];
  let ok = true;
  for (let i = 0; i < v.length; i++) {
    const node: unknown = v[i];
    if (!Array.isArray(node) || node.length !== 2) {
      errors.push({ path: `nodes[${i}]`, message: 'node must be [x, y]' });
      ok = false;
      continue;
    }
    for (let c = 0; c < 2; c++) {
      if (!isFiniteNumber(node[c])) {
        errors.push({ path: `nodes[${i}][${c}]`, message: `${c === 0 ? 'x' : 'y'} must be a finite number` });
        ok = false;
      }
    }
    nodes.push([node[0] as number, node[1] as number]);
  }
  return ok ? nodes : null;
}

function nodeRefError(v: unknown, nodeCount: number | null): string | null {
  if (!isIndex(v)) return 'must be an integer node index';
  if (nodeCount !== null && (v < 0 || v >= nodeCount)) {
    return `node ${v} does not exist (${nodeCount} node${nodeCount === 1 ? '' : 's'})`;
  }
  return null;
}

function parseEdges(
  v: unknown,
  nodeCount: number | null,
  errors: CaseError[],
): { edges: ParsedCase['edges']; speeds: number[] } | null {
  if (v === undefined) return null;
  if (!Array.isArray(v)) {
    errors.push({ path: 'edges', message: 'must be an array of [a, b, length, speed]' });
    return null;
  }
  const edges: ParsedCase['edges'] = [];
  const speeds: number[] = [];
  let ok = true;
  for (let i = 0; i < v.length; i++) {
    const edge: unknown = v[i];
    if (!Array.isArray(edge) || edge.length !== 4) {
      errors.push({ path: `edges[${i}]`, message: 'edge must be [a, b, length, speed]' });
      ok = false;
      continue;
    }
    for (let c = 0; c < 2; c++) {
      const message = nodeRefError(edge[c], nodeCount);
      if (message !== null) {
        errors.push({ path: `edges[${i}][${c}]`, message });
        ok = false;
      }
    }
    const names = ['length', 'speed'] as const;
    for (let c = 0; c < 2; c++) {
      const x: unknown = edge[2 + c];
      if (!isFiniteNumber(x)) {
        errors.push({ path: `edges[${i}][${2 + c}]`, message: `${names[c]} must be a finite number` });
        ok = false;
      } else if (x <= 0) {
        errors.push({ path: `edges[${i}][${2 + c}]`, message: `${names[c]} must be > 0` });
        ok = false;
      }
    }
    // Case files carry no road class; 0 stands in, as it plays no part in the travel time.
    edges.push({ from: edge[0] as number, to: edge[1] as number, cls: 0, length: edge[2] as number });
    speeds.push(edge[3] as number);
  }
  return ok ? { edges, speeds } : null;
}

function parseClosed(v: unknown, edgeCount: number | null, errors: CaseError[]): number[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.push({ path: 'closed', message: 'must be an array of edge indices' });
    return null;
  }
  let ok = true;
  for (let i = 0; i < v.length; i++) {
    const e: unknown = v[i];
    if (!isIndex(e)) {
      errors.push({ path: `closed[${i}]`, message: 'must be an integer edge index' });
      ok = false;
    } else if (edgeCount !== null && (e < 0 || e >= edgeCount)) {
      errors.push({
        path: `closed[${i}]`,
        message: `edge ${e} does not exist (${edgeCount} edge${edgeCount === 1 ? '' : 's'})`,
      });
      ok = false;
    }
  }
  return ok ? (v as number[]) : null;
}

function parseNodeRef(
  v: unknown,
  key: 'from' | 'to',
  nodeCount: number | null,
  errors: CaseError[],
): number | null {
  if (v === undefined) return null;
  const message = nodeRefError(v, nodeCount);
  if (message !== null) {
    errors.push({ path: key, message });
    return null;
  }
  return v as number;
}
