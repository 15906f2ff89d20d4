// Aggregates validation runs: per requirement the share met on time and the spread of the time
// it took; per outcome its distribution; the plan's weak points; the worst runs by score.
import { graded } from '../../sim-core/score/verdict.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import type { LocalText } from '../../sim-core/world/localText.ts';
import type { RunResult } from './runOne.ts';

export interface Spread { min: number; p10: number; p50: number; p90: number; max: number; mean: number }

export interface RequirementStats {
  id: string;
  name: LocalText;
  role: string;
  triggered: number;
  onTime: number;
  late: number;
  notDone: number;
  /** On time among the runs where it was triggered (null if never triggered). */
  shareMet: number | null;
  /** Seconds from trigger to done, over the runs where it was done. */
  time: Spread | null;
}

export interface ValidationSummary {
  format: 'tuiyan-validation/1';
  scenario: string;
  plan: string;
  runs: number;
  seedBase: number;
  score: Spread;
  requirements: RequirementStats[];
  outcomes: Record<string, Spread>;
  weakPoints: {
    belowNinety: { id: string; shareMet: number }[];
    neverTriggered: string[];
    sheltersFull: { shelter: string; runs: number }[];
    villagesCutOff: { village: string; runs: number; reasons: string[] }[];
    depotsDry: { depot: string; runs: number }[];
    refusedOrders: { command: string; reason: string; runs: number }[];
  };
  worst: { seed: number; score: number; grade: string; replay: string }[];
}

/** Quantile by the nearest-rank method on sorted values. */
function q(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function spread(values: number[]): Spread | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { min: s[0], p10: q(s, 0.1), p50: q(s, 0.5), p90: q(s, 0.9), max: s[s.length - 1], mean: Math.round(mean * 1000) / 1000 };
}

function countBy<T>(items: T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

export function aggregate(plan: Plan, scenario: string, seedBase: number, results: RunResult[], replay: (seed: number) => string): ValidationSummary {
  const runs = [...results].sort((a, b) => a.seed - b.seed);
  const requirements: RequirementStats[] = plan.requirements.map((r) => {
    const mine = runs.map((x) => x.requirements.find((y) => y.id === r.id)!);
    // Graded as the report grades (judge at the run's end): pending at the end is not a miss.
    const triggered = mine.filter((x) => graded(x.verdict));
    const onTime = triggered.filter((x) => x.verdict === 'onTime').length;
    const times = triggered.filter((x) => x.doneAt !== null).map((x) => x.doneAt! - x.triggerAt!);
    return {
      id: r.id, name: r.name, role: r.role, triggered: triggered.length, onTime,
      late: triggered.filter((x) => x.verdict === 'late').length, notDone: triggered.filter((x) => x.verdict === 'notDone').length,
      shareMet: triggered.length ? onTime / triggered.length : null, time: spread(times),
    };
  });
  const outcomeKeys = Object.keys(runs[0]?.outcomes ?? {}) as (keyof RunResult['outcomes'])[];
  const outcomes = Object.fromEntries(outcomeKeys.map((k) => [k, spread(runs.map((x) => x.outcomes[k]))!]));
  const full = runs.flatMap((x) => Object.entries(x.shelterFull).filter(([, f]) => f >= 0.95).map(([s]) => s));
  const cut = runs.flatMap((x) => x.cutOff);
  const reasons = new Map<string, Set<string>>();
  for (const c of cut) { if (!reasons.has(c.village)) reasons.set(c.village, new Set()); reasons.get(c.village)!.add(c.reason); }
  const refused = runs.flatMap((x) => x.refused);
  const byRuns = <T>(m: Map<string, number>, f: (k: string, n: number) => T) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => f(k, n));
  return {
    format: 'tuiyan-validation/1', scenario, plan: plan.id, runs: runs.length, seedBase,
    score: spread(runs.map((x) => x.score)) ?? { min: 0, p10: 0, p50: 0, p90: 0, max: 0, mean: 0 },
    requirements, outcomes,
    weakPoints: {
      belowNinety: requirements.filter((r) => r.shareMet !== null && r.shareMet < 0.9).map((r) => ({ id: r.id, shareMet: r.shareMet! })),
      neverTriggered: requirements.filter((r) => r.triggered === 0).map((r) => r.id),
      sheltersFull: byRuns(countBy(full, (s) => s), (shelter, n) => ({ shelter, runs: n })),
      villagesCutOff: byRuns(countBy(cut, (c) => c.village), (village, n) => ({ village, runs: n, reasons: [...reasons.get(village)!].sort() })),
      depotsDry: byRuns(countBy(runs.flatMap((x) => x.depotsDry), (d) => d), (depot, n) => ({ depot, runs: n })),
      refusedOrders: byRuns(countBy(refused, (r) => `${r.command}\u0000${r.reason}`), (k, n) => ({ command: k.split('\u0000')[0], reason: k.split('\u0000')[1], runs: n })),
    },
    worst: [...runs].sort((a, b) => a.score - b.score || a.seed - b.seed).slice(0, 5).map((x) => ({ seed: x.seed, score: x.score, grade: x.grade, replay: replay(x.seed) })),
  };
}
