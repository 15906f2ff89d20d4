// One validation run as a queue job: what a worker on any machine needs to run it. Paths are
// read on the worker's machine, so every worker runs from the same checkout (scenarios and
// plans at the same paths) as the submitter.
import type { RunResult } from '../validate/runOne.ts';

export interface RunJobData {
  batch: string;
  scenarioPath: string;
  planFile: string;
  until: number;
  seed: number;
}

export type RunJobResult = RunResult;

/** Tries a run gets: a run failing this many times is reported as failed, not retried again. */
export const RUN_ATTEMPTS = 3;

/** Job ids are the batch and the seed, so a seed is one job however many times it is retried. */
export function runJobId(batch: string, seed: number): string {
  return `${batch}-${seed}`;
}
