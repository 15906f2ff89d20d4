// Benchmark row "crowd with 2,000 agents" (aim ≥ 60 steps per second). A school hall emptying:
// a 50 × 30 m room, 2,000 people on a jittered grid (1.3 P/m²), four 2 m doors, two on each
// long wall. Timed over the first 200 steps (10 s of sim time), while nearly everyone is still
// inside and queues are forming at the doors — the dearest part of an evacuation. Wall time is
// read here, in server/, never in the core.

import RAPIER from '@dimforge/rapier2d-deterministic-compat';
import { prepareCrowdCase } from '../../sim-core/people/crowd/crowdCase.ts';
import { createCrowdSim, freeCrowd, stepCrowd } from '../../sim-core/people/crowd/crowdSim.ts';

const AGENTS = 2000;
const WARMUP = 20;
const TIMED = 200;

/** Numerical Recipes LCG, as a float in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function crowdBenchCase(): unknown {
  const W = 50, H = 30;
  const rand = lcg(20240601);
  const agents: { x: number; y: number }[] = [];
  const cols = 50, rows = Math.ceil(AGENTS / cols);
  for (let k = 0; k < AGENTS; k++) {
    const i = k % cols, j = Math.floor(k / cols);
    agents.push({ x: (i + 0.5) * (W / cols) + (rand() - 0.5) * 0.2, y: 1 + (j + 0.5) * ((H - 2) / rows) + (rand() - 0.5) * 0.2 });
  }
  const doors = [[10, 0, 12, 0], [38, 0, 40, 0], [10, H, 12, H], [38, H, 40, H]];
  const walls = [
    [0, 0, 0, H], [W, 0, W, H],
    [0, 0, 10, 0], [12, 0, 38, 0], [40, 0, W, 0],
    [0, H, 10, H], [12, H, 38, H], [40, H, W, H],
  ];
  return { walls, exits: doors, agents, maxTime: 600 };
}

export async function benchCrowd(): Promise<{ agents: number; stepsPerSecond: number; msPerStep: number; buildMs: number }> {
  await RAPIER.init();
  const t0 = performance.now();
  const prepared = prepareCrowdCase(crowdBenchCase());
  if (!prepared.ok) throw new Error(`crowd bench case is invalid: ${prepared.errors[0].path}: ${prepared.errors[0].message}`);
  const sim = createCrowdSim(RAPIER, prepared.scenario, undefined, prepared.nav);
  const buildMs = performance.now() - t0;
  try {
    for (let k = 0; k < WARMUP; k++) stepCrowd(sim);
    const t1 = performance.now();
    for (let k = 0; k < TIMED; k++) stepCrowd(sim);
    const ms = (performance.now() - t1) / TIMED;
    return { agents: AGENTS, stepsPerSecond: 1000 / ms, msPerStep: ms, buildMs };
  } finally {
    freeCrowd(sim);
  }
}
