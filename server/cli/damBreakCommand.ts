// tuiyan model dambreak <scenario> [--reservoir ID,…] [--hours H] [--depth M] [--write] [--json]
// — the dam-break zone of each reservoir (sim-core/hazards/dam/breakZoneRun.ts): the scenario's
// own flood model run on the break once; with --write the zones go into the scenario folder's
// own scenario.json (`damBreakZones`), checked in with it, so the scorer, the map and the
// briefing read them without a multi-second flood run at every load.
import { readFileSync, writeFileSync } from 'node:fs';
import { computeDamBreakZone, type ZoneRun } from '../../sim-core/hazards/dam/breakZoneRun.ts';
import type { DamBreakZoneSpec } from '../../sim-core/hazards/dam/breakZone.ts';
import { loadScenario, scenarioFile } from '../scenarioFiles.ts';
import { UsageError, type ParsedArgs } from './args.ts';
import { EXIT_OK, print, printJson, say } from './io.ts';

function numberFlag(args: ParsedArgs, name: string, lo: number, hi: number): number | undefined {
  const v = args.flags.get(name);
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isFinite(x) || x <= lo || x > hi) throw new UsageError(`--${name} must be a number above ${lo} and at most ${hi}, not ${JSON.stringify(v)}`);
  return x;
}

export function damBreakCommand(args: ParsedArgs, path: string): number {
  const scenario = loadScenario(path);
  const asked = args.flags.get('reservoir')?.split(',').filter(Boolean);
  const withPool = scenario.reservoirs.filter((r) => r.poolCells.length > 0).map((r) => r.id);
  const ids = asked ?? withPool;
  for (const id of ids) if (!withPool.includes(id)) throw new UsageError(`--reservoir: no reservoir ${JSON.stringify(id)} with a pool area in ${scenario.id} (${withPool.join(', ') || 'none'})`);
  const hours = numberFlag(args, 'hours', 0, 240), depth = numberFlag(args, 'depth', 0, 10);
  const runs: ZoneRun[] = ids.map((id) => { say(`${id}: running the flood model on the break…`); return computeDamBreakZone(scenario, id, { hours, depth }); });
  const specs: DamBreakZoneSpec[] = runs.map(({ zone: z }) => ({ reservoir: z.reservoir, mode: z.mode, poolLevel: z.poolLevel, hours: z.hours, depth: z.depth, runs: z.runs }));
  if (args.switches.has('write')) {
    const file = scenarioFile(path);
    const json = JSON.parse(readFileSync(file, 'utf8')) as { damBreakZones?: DamBreakZoneSpec[] };
    const kept = (json.damBreakZones ?? []).filter((z) => !ids.includes(z.reservoir));
    json.damBreakZones = [...kept, ...specs].sort((a, b) => (a.reservoir < b.reservoir ? -1 : a.reservoir > b.reservoir ? 1 : 0));
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    say(`wrote damBreakZones for ${ids.join(', ')} into ${file}`);
  }
  const cellArea = scenario.grid.cellSize * scenario.grid.cellSize;
  const summary = runs.map(({ zone: z, arrival }) => ({
    reservoir: z.reservoir, mode: z.mode, poolLevel: z.poolLevel, hours: z.hours, depth: z.depth,
    areaKm2: Math.round((z.runs.reduce((a, [, n]) => a + n, 0) * cellArea) / 1e4) / 100,
    villages: z.villages, shelters: z.shelters, arrival,
  }));
  if (args.switches.has('json')) printJson({ scenario: scenario.id, zones: summary });
  else for (const z of summary) print(`${z.reservoir}: ${z.areaKm2} km² under ≥ ${z.depth} m within ${z.hours} h of a break at ${z.poolLevel} m; shelters inside: ${z.shelters.join(', ') || 'none'}; villages inside: ${z.villages.join(', ') || 'none'}`);
  return EXIT_OK;
}
