import { describe, expect, it } from 'vitest';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateScenarioText } from '../../scenarios/resolve.ts';
import { checkScenario } from '../../server/scenarioFiles.ts';
import { formatProblem } from '../../scenarios/problems.ts';
import { miniScenarioJson, writeMiniScenario } from '../fixtures/miniScenario.ts';

function problemsOf(mutate: (j: any) => void): string[] {
  const json = miniScenarioJson();
  mutate(json);
  const r = validateScenarioText(JSON.stringify(json), 'mini/scenario.json');
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('scenario errors name the file, the JSON path and the problem', () => {
  it('accepts the good fixture', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('reports shape errors with their paths', () => {
    expect(problemsOf((j) => { j.villages[0].population = -5; })).toEqual([
      'mini/scenario.json:villages[0].population: Too small: expected number to be >=0',
    ]);
    expect(problemsOf((j) => { j.villages[0].colour = 'red'; })[0]).toMatch(/^mini\/scenario\.json:villages\[0\]: Unrecognized key: "colour"/);
    expect(problemsOf((j) => { delete j.grid.cellSize; })[0]).toMatch(/^mini\/scenario\.json:grid\.cellSize: /);
    expect(problemsOf((j) => { j.teams[0].type = 'wizard'; })[0]).toMatch(/^mini\/scenario\.json:teams\[0\]\.type: /);
    expect(problemsOf((j) => { j.injects = [{ id: 'i1', t: 'soon', kind: 'message' }]; })[0])
      .toMatch(/^mini\/scenario\.json:injects\[0\]\.t: not a duration: "soon"/);
  });

  it('reports every cross-reference problem at once', () => {
    const p = problemsOf((j) => {
      j.villages[0].x = 99_999;                 // off the 3 km grid
      j.villages[0].township = 'town9';
      j.roads.edges.push([2, 42, 'village']);   // to a missing node
      j.teams[1].base = 'b9';
      j.teams[1].owner = 'town9';
      j.shelters[0].id = 'v1';                  // duplicate id
      j.villages[0].atRisk.people = 1000;
    });
    expect(p).toEqual(expect.arrayContaining([
      'mini/scenario.json:villages[0]: (99999, 1040) is off the grid (0 ≤ x < 3000, 0 ≤ y < 3000 m)',
      'mini/scenario.json:villages[0].township: no township "town9"',
      'mini/scenario.json:roads.edges[7][1]: node 42 does not exist (7 nodes)',
      'mini/scenario.json:teams[1].base: no team base "b9"',
      'mini/scenario.json:teams[1].owner: owner must be "district" or a township id, not "town9"',
      'mini/scenario.json:shelters[0].id: duplicate id "v1" (also villages[0])',
      'mini/scenario.json:villages[0].atRisk.people: 1000 at risk but the population is 320',
    ]));
    expect(p).toHaveLength(7);
  });

  it('checks injects: targets, roles and payloads', () => {
    const p = problemsOf((j) => {
      j.injects = [
        { id: 'a', t: '1h', kind: 'closeRoad', target: { edges: [99] } },
        { id: 'b', t: 60, kind: 'message', visibleTo: ['township:nowhere'], payload: { text: { zh: '有人被困' } } },
      ];
    });
    expect(p).toEqual([
      'mini/scenario.json:injects[0].target.edges[0]: no road edge 99 (7 edges)',
      'mini/scenario.json:injects[1].visibleTo[0]: no role "township:nowhere"',
      'mini/scenario.json:injects[1].payload.from: a message inject says who it is from',
    ]);
  });

  it('reports invalid JSON with line and column', () => {
    const r = validateScenarioText('{\n  "format": "tuiyan-scenario/1",\n  "id": oops\n}', 'broken.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblem(r.problems[0])).toMatch(/^broken\.json:\$: invalid JSON at line 3, column \d+/);
  });

  it('reports missing and wrong-sized raster files, and a missing scenario', () => {
    const dir = writeMiniScenario();
    expect(checkScenario(dir)).toEqual([]);
    writeFileSync(join(dir, 'landcover.u8'), new Uint8Array(10));
    unlinkSync(join(dir, 'elevation.f32'));
    const p = checkScenario(dir).map((x) => `${x.path}: ${x.message}`);
    expect(p).toEqual([
      'rasters.elevation.file: file elevation.f32 not found beside the scenario',
      'rasters.landCover.file: landcover.u8 has 10 bytes; a 30×30 uint8 raster has 900',
    ]);
    expect(checkScenario(join(dir, 'nope'))[0].message).toBe('file not found');
  });
});
