// Determinism over whole runs of the default scenario (the storm day with the sample commands):
// same seed and commands ⇒ same hash every simulated hour; snapshot + restore + the rest equals
// the straight run; replaying the log equals the run; another seed differs.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSim, restoreSim, type Sim } from '../../sim-core/sim.ts';
import type { Snapshot } from '../../sim-core/snapshot.ts';
import { decodeSnapshot, encodeSnapshot } from '../../server/serve/snapshotCodec.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { readCommandsFile } from '../../server/run/commandsFile.ts';
import { runHourly } from '../fixtures/hourlyRun.ts';

const scenario = loadScenario('scenarios/demo-district');
const commands = readCommandsFile('scenarios/demo-district/sample-commands.jsonl');
const HOUR = 3600, DAY = 24 * HOUR;
// Storm damage can make an order impossible (no open road); anything else is a bug.
const REFUSABLE = ['noRoute'];

describe('determinism of the default scenario', () => {
  let straight: string[];
  let at3h: Buffer;
  let log: LogEntry[];

  beforeAll(() => {
    const sim = createSim(scenario, { seed: 3 });
    straight = runHourly(sim, commands, DAY, { onHour: (h) => { if (h === 3) at3h = encodeSnapshot(sim.snapshot()); }, mayRefuse: REFUSABLE });
    log = sim.state.log;
  }, 600_000);

  it('the storm day happens: commands, flooding, re-routing', () => {
    const kinds = new Set(log.filter((e) => e.entry === 'event').map((e: any) => e.kind));
    for (const k of ['message', 'roadClosed', 'roadOpened', 'unitDeparted', 'unitArrived', 'placeFlooded', 'gaugeThreshold', 'reservoirOvertopping', 'slide', 'outage']) expect(kinds, k).toContain(k);
    // Units meet the storm's closures on their way: they find hidden cuts, re-route or are cut off.
    expect(['unitRerouted', 'roadFoundClosed', 'unitStranded'].filter((k) => kinds.has(k)).length).toBeGreaterThanOrEqual(2);
    expect(log.filter((e) => e.entry === 'command').length).toBeGreaterThanOrEqual(commands.length - 3);
    expect(new Set(straight).size).toBe(24); // the state changes every hour of the storm
    // Seed 3 draws a rain factor above 1 (281 mm on the mountains): the storm in full.
    // Only 桃花沟, with its undersized spillway, overtops.
    expect(log.filter((e: any) => e.kind === 'reservoirOvertopping').map((e: any) => e.reservoir)).toEqual(['res-taohua']);
  });

  it('a second run gives the same hash every simulated hour', () => {
    expect(runHourly(createSim(scenario, { seed: 3 }), commands, DAY, { mayRefuse: REFUSABLE })).toEqual(straight);
  }, 600_000);

  it('snapshot at 3 h, restore, and the rest equals the straight run', () => {
    const snap: Snapshot = decodeSnapshot(at3h);
    const restored = restoreSim(scenario, snap);
    expect(restored.state.t).toBe(3 * HOUR);
    expect(restored.hash()).toBe(straight[2]);
    const rest = runHourly(restored, commands, DAY, { from: 3 * HOUR, mayRefuse: REFUSABLE });
    expect(rest).toEqual(straight.slice(3));
  }, 600_000);

  it('replaying the log of the run reaches the same state, command for command', () => {
    const replay = createSim(scenario, { seed: 3 });
    for (const e of log) {
      if (e.entry !== 'command') continue;
      replay.advanceTo(e.t);
      expect(replay.apply(JSON.parse(JSON.stringify(e)))).toEqual({ ok: true, t: e.t, seq: e.seq });
    }
    replay.advanceTo(DAY);
    expect(replay.hash()).toBe(straight[23]);
    expect(replay.state.log).toEqual(log);
  }, 600_000);

  it('another seed gives another run', () => {
    const other = runHourly(createSim(scenario, { seed: 8 }), commands, 6 * HOUR, { mayRefuse: REFUSABLE });
    expect(other[5]).not.toBe(straight[5]);
  }, 600_000);
});
