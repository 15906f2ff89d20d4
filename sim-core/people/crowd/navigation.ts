// Navigation of a crowd case: the grid and the floor fields agents walk down. Field 0 leads to
// the nearest open exit; an agent assigned an exit (RiMEA test 10) walks down that exit's own
// field, built only when someone is assigned to it.

import { type CrowdScenario } from './crowdCaseInput.ts';
import { buildFloorField, wallCost, type FloorField } from './floorField.ts';
import { cellAt, makeNavGrid, segmentBounds, type Bounds, type NavGrid } from './navGrid.ts';

export interface CrowdNavigation {
  bounds: Bounds;
  grid: NavGrid;
  fields: FloorField[];
  /** the field each agent follows */
  fieldOf: Int32Array;
}

export function buildNavigation(c: CrowdScenario): CrowdNavigation {
  const bounds = segmentBounds([...c.walls, ...c.exits]);
  const grid = makeNavGrid(bounds, c.walls);
  const cost = wallCost(grid);
  const fields = [buildFloorField(grid, c.exits, cost)];
  const fieldOfExit = new Int32Array(c.exits.length).fill(-1);
  const n = c.x.length;
  const fieldOf = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    const e = c.exit[a];
    if (e < 0) continue;
    if (fieldOfExit[e] < 0) {
      fieldOfExit[e] = fields.length;
      fields.push(buildFloorField(grid, [c.exits[e]], cost));
    }
    fieldOf[a] = fieldOfExit[e];
  }
  return { bounds, grid, fields, fieldOf };
}

/** Agents whose start cell has no way out to their exit: the indices, ascending. */
export function cutOffAgents(c: CrowdScenario, nav: CrowdNavigation): number[] {
  const out: number[] = [];
  for (let a = 0; a < c.x.length; a++) {
    const d = nav.fields[nav.fieldOf[a]].dist[cellAt(nav.grid, c.x[a], c.y[a])];
    if (!Number.isFinite(d)) out.push(a);
  }
  return out;
}
