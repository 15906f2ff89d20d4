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

const KEY = '\n  "damBreakZones": [';

/**
 * The scenario text with its damBreakZones replaced: the rest of a hand-formatted file is left
 * as it is (others edit it too), the zones go last, one line each. A file whose zones are not
 * last (moved by hand) is written out whole instead.
 */
function withZones(text: string, json: Record<string, unknown>, zones: DamBreakZoneSpec[]): string {
  const block = `${KEY}\n${zones.map((z) => `    ${JSON.stringify(z)}`).join(',\n')}\n  ]\n}\n`;
  const at = text.indexOf(KEY);
  const end = text.trimEnd();
  if (at < 0 && end.endsWith('}')) return `${end.slice(0, -1).trimEnd()},${block}`;
  if (at >= 0 && /^\s*\]\s*\}\s*$/.test(text.slice(text.indexOf('\n  ]', at)))) return `${text.slice(0, at)}${block}`;
  return `${JSON.stringify({ ...json, damBreakZones: zones }, null, 2)}\n`;
}

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
    const text = readFileSync(file, 'utf8');
    const json = JSON.parse(text) as { damBreakZones?: DamBreakZoneSpec[] };
    const kept = (json.damBreakZones ?? []).filter((z) => !ids.includes(z.reservoir));
    const zones = [...kept, ...specs].sort((a, b) => (a.reservoir < b.reservoir ? -1 : a.reservoir > b.reservoir ? 1 : 0));
    writeFileSync(file, withZones(text, json, zones));
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
