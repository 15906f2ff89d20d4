// The typhoon day (scenarios/demo-district-typhoon) with its sample commands: the storm does what
// the model says (bulletins, power cut by wind, trees down, boats in, rain on the zones), and the
// day is deterministic — a second run, a snapshot restored and the log replayed all reach the same
// hash every simulated hour.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSim, restoreSim, type Sim } from '../../sim-core/sim.ts';
import { decodeSnapshot, encodeSnapshot } from '../../server/serve/snapshotCodec.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { readCommandsFile } from '../../server/run/commandsFile.ts';
import { runHourly } from '../fixtures/hourlyRun.ts';
import { eventLine } from '../../presentation/text/eventText.ts';
import { orderText } from '../../presentation/text/orderText.ts';
import { stormAt } from '../../sim-core/hazards/typhoon/track.ts';
import { surfaceWindAt } from '../../sim-core/hazards/typhoon/windAt.ts';

const scenario = loadScenario('scenarios/demo-district-typhoon');
const commands = readCommandsFile('scenarios/demo-district-typhoon/sample-commands.jsonl');
const HOUR = 3600, DAY = 24 * HOUR;
// Storm damage can make an order impossible (no open road); anything else is a bug.
const REFUSABLE = ['noRoute'];

describe('the typhoon day', () => {
  let straight: string[];
  let at4h: Buffer;
  let log: LogEntry[];
  let sim: Sim;

  beforeAll(() => {
    sim = createSim(scenario, { seed: 2 });
    straight = runHourly(sim, commands, DAY, { onHour: (h) => { if (h === 4) at4h = encodeSnapshot(sim.snapshot()); }, mayRefuse: REFUSABLE });
    log = sim.state.log;
  }, 900_000);

  it('loads the storm: the track, and its rain added to both rain zones', () => {
    expect(scenario.typhoon?.track.fixes.length).toBe(8);
    expect(scenario.rain.map((r) => r.zone).sort()).toEqual([0, 1]);
    for (const r of scenario.rain) expect(Math.max(...r.series.map(([, mm]) => mm))).toBeGreaterThan(5);
  });

  it('does what the model says: bulletins, power cut where the wind is strong, trees down, every boat in', () => {
    const events = log.filter((e) => e.entry === 'event') as any[];
    expect(events.filter((e) => e.kind === 'typhoonBulletin').map((e) => e.fix)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const cut = events.filter((e) => e.kind === 'outage' && e.cause === 'typhoonWind');
    expect(cut.length).toBeGreaterThan(10);
    // Each cut is at a village whose wind then gave its fragility a chance above the village's draw.
    for (const e of cut.slice(0, 10)) {
      const v = scenario.villages.find((x) => x.id === e.place)!;
      const wind = surfaceWindAt(scenario.typhoon!.track, stormAt(scenario.typhoon!.track, e.t), v.x, v.y);
      expect(wind).toBeGreaterThan(15);
    }
    const trees = events.filter((e) => e.kind === 'slide' && e.slide === 'treesDown');
    expect(trees.length).toBeGreaterThan(0);
    expect(eventLine(scenario, trees[0], 'zh')!.tag).toBe('树木倒伏');
    expect(events.filter((e) => e.kind === 'boatsBack').map((e) => e.township).sort()).toEqual(['beiling', 'hupan', 'songling']);
    expect(events.filter((e) => e.kind === 'boatsOut')).toEqual([]);
    const back = events.find((e) => e.kind === 'boatsBack' && e.township === 'hupan');
    expect(eventLine(scenario, back, 'zh')!.text).toBe('湖畔镇 24 艘渔船已全部回到 三场村 避风');
    const recall = log.find((e) => e.entry === 'command' && (e as any).type === 'recallBoats')!;
    expect(orderText(scenario, recall as any, 'zh')).toBe('通知 湖畔镇 渔船回港避风');
    expect(new Set(straight).size).toBe(24);
  });

  it('a boat nobody recalled is still out at the deadline', () => {
    const quiet = createSim(scenario, { seed: 2 });
    quiet.advanceTo(5 * HOUR);
    const out = quiet.state.log.filter((e: any) => e.kind === 'boatsOut').map((e: any) => [e.township, e.out]);
    expect(out).toEqual([['hupan', 24], ['songling', 16], ['beiling', 12]]);
    // A second recall and a recall for a township without boats are refused, naming why.
    expect(quiet.apply({ type: 'recallBoats', role: 'township:hupan', township: 'hupan' }).ok).toBe(true);
    expect(quiet.apply({ type: 'recallBoats', role: 'township:hupan', township: 'hupan' })).toMatchObject({ ok: false, reason: 'noChange' });
    expect(quiet.apply({ type: 'recallBoats', role: 'chief', township: 'yuncheng' })).toMatchObject({ ok: false, reason: 'unknownPlace' });
    expect(quiet.apply({ type: 'recallBoats', role: 'township:shimen', township: 'songling' })).toMatchObject({ ok: false, reason: 'notPermitted' });
  }, 600_000);

  it('a second run gives the same hash every simulated hour', () => {
    expect(runHourly(createSim(scenario, { seed: 2 }), commands, DAY, { mayRefuse: REFUSABLE })).toEqual(straight);
  }, 900_000);

  it('snapshot at 4 h, restore, and the rest equals the straight run', () => {
    const restored = restoreSim(scenario, decodeSnapshot(at4h));
    expect(restored.hash()).toBe(straight[3]);
    expect(runHourly(restored, commands, DAY, { from: 4 * HOUR, mayRefuse: REFUSABLE })).toEqual(straight.slice(4));
  }, 900_000);

  it('replaying the log of the run reaches the same state, command for command', () => {
    const replay = createSim(scenario, { seed: 2 });
    for (const e of log) {
      if (e.entry !== 'command') continue;
      replay.advanceTo(e.t);
      expect(replay.apply(JSON.parse(JSON.stringify(e)))).toEqual({ ok: true, t: e.t, seq: e.seq });
    }
    replay.advanceTo(DAY);
    expect(replay.hash()).toBe(straight[23]);
  }, 900_000);
});
