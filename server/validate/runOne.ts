// One validation run: the autopilot plays every role by the plan on one seed; the result is
// what aggregation needs (verdicts, outcomes, weak-point signals), small enough to post from a
// worker thread.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { worldMeasures } from '../../sim-core/score/worldMeasures.ts';
import type { Verdict } from '../../sim-core/score/verdict.ts';
import type { LogOutcomes } from '../../sim-core/score/outcomes.ts';
import { runHeadless } from '../run/headless.ts';

export interface RunResult {
  seed: number;
  score: number;
  grade: string;
  stateHash: string;
  requirements: { id: string; verdict: Verdict; triggerAt: number | null; doneAt: number | null }[];
  outcomes: LogOutcomes;
  /** Villages whose evacuees were cut off, and why. */
  cutOff: { village: string; reason: string }[];
  /** Fullest share of capacity each shelter reached (only shelters used). */
  shelterFull: Record<string, number>;
  /** Depots left with none of a kind they held at the start. */
  depotsDry: string[];
  /** Orders the autopilot gave that the core refused (a plan that cannot be carried out). */
  /** Orders the core refused: the command type and the reason. */
  refused: { command: string; reason: string }[];
  ticks: number;
}

export function runOne(scenario: Scenario, plan: Plan, seed: number, until: number): RunResult {
  const { sim, rejected } = runHeadless(scenario, seed, until, [], { plan, autopilotPlays: (role) => role !== 'director' });
  const score = scoreLog(plan, scenario, sim.state.log, sim.state.t, worldMeasures(sim.scenario, sim.state));
  const cutOff = new Map<string, string>();
  const full: Record<string, number> = {};
  for (const e of sim.state.log) {
    if (e.entry !== 'event') continue;
    if (e.kind === 'evacueesStranded' && !cutOff.has(e.village)) cutOff.set(e.village, e.reason);
  }
  for (const s of scenario.shelters) {
    const n = sim.state.entities.evacuation.occupancy[s.id] ?? 0;
    if (n > 0) full[s.id] = Math.round((n / s.capacity) * 1000) / 1000;
  }
  const stocks = sim.state.entities.supplies.depots;
  const depotsDry = scenario.depots.filter((d) => Object.entries(d.stocks).some(([k, n]) => (n ?? 0) > 0 && ((stocks[d.id] as Record<string, number> | undefined)?.[k] ?? n) === 0)).map((d) => d.id);
  return {
    seed, score: score.score, grade: score.grade, stateHash: sim.hash(),
    requirements: score.requirements.map((r) => ({ id: r.id, verdict: r.verdict, triggerAt: r.triggerAt, doneAt: r.doneAt })),
    outcomes: score.outcomes,
    cutOff: [...cutOff.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([village, reason]) => ({ village, reason })),
    shelterFull: full, depotsDry,
    refused: rejected.map((r) => ({ command: String(r.type), reason: r.reason })),
    ticks: sim.state.t,
  };
}
