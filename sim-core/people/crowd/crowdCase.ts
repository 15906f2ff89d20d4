// The `tuiyan model crowd` case (DESIGN.md, "Case files"): egress of one site by the crowd
// model. Never throws: bad input comes back as a list of errors.
//
// Result: exitTimes[i] is when agent i crossed an exit line (s, to the millisecond; null if
// still inside at maxTime); evacuationTime is the last of them (null if anyone remains);
// maxDensity is the highest local density seen (P/m²): the number of people whose centres lie
// within a 4 m² disc round a person's centre, including that person, divided by 4 m², over
// every person and every step. Near a wall part of that disc is unwalkable, so density there
// reads low, as with any fixed-area count.

import { DEFAULT_CROWD_PARAMS } from './crowdParams.ts';
import { parseCrowdCase, type CaseError, type CrowdScenario } from './crowdCaseInput.ts';
import { type CrowdSim } from './crowdState.ts';
import { createCrowdSim, freeCrowd, runCrowd } from './crowdSim.ts';
import { type Rapier } from './crowdWorld.ts';
import { buildNavigation, cutOffAgents } from './navigation.ts';

export interface CrowdCaseResult {
  exitTimes: (number | null)[];
  evacuationTime: number | null;
  maxDensity: number;
}

type CrowdCaseOutcome = { ok: true; result: CrowdCaseResult } | { ok: false; errors: CaseError[] };

export function runCrowdCase(R: Rapier, input: unknown): CrowdCaseOutcome {
  const prepared = prepareCrowdCase(input);
  if (!prepared.ok) return prepared;
  const sim = createCrowdSim(R, prepared.scenario, DEFAULT_CROWD_PARAMS, prepared.nav);
  try {
    runCrowd(sim);
    return { ok: true, result: crowdResult(sim) };
  } finally {
    freeCrowd(sim);
  }
}

/** Validates a case and builds its floor fields; an agent walled off from its exit is an error. */
export function prepareCrowdCase(input: unknown):
  | { ok: true; scenario: CrowdScenario; nav: ReturnType<typeof buildNavigation> }
  | { ok: false; errors: CaseError[] } {
  const errors: CaseError[] = [];
  const scenario = parseCrowdCase(input, errors);
  if (scenario === null) return { ok: false, errors };
  const nav = buildNavigation(scenario);
  for (const a of cutOffAgents(scenario, nav)) {
    const e = scenario.exit[a];
    errors.push({ path: `agents[${a}]`, message: e < 0 ? 'is walled off from every exit' : `is walled off from exit ${e}` });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario, nav };
}

export function crowdResult(sim: CrowdSim): CrowdCaseResult {
  const exitTimes: (number | null)[] = [];
  let last = 0;
  for (let a = 0; a < sim.n; a++) {
    const t = sim.exitTime[a];
    if (Number.isNaN(t)) exitTimes.push(null);
    else {
      const ms = Math.round(t * 1000) / 1000;
      exitTimes.push(ms);
      if (ms > last) last = ms;
    }
  }
  return {
    exitTimes,
    evacuationTime: sim.remaining > 0 ? null : last,
    maxDensity: Math.round(sim.maxDensity * 100) / 100,
  };
}
