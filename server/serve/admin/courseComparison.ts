// The numbers behind a course's comparison page: each group's exercise graded now against its
// plan (the same scorer as the report), its outcome measures from the log.
import { scoreLog } from '../../../sim-core/score/score.ts';
import { worldMeasures } from '../../../sim-core/score/worldMeasures.ts';
import { outcomesFromLog } from '../../../sim-core/score/outcomes.ts';
import type { CourseComparison, GroupResult } from '../../../presentation/report/courseTable.ts';
import type { Exercise } from '../exercise.ts';
import type { CourseRow } from './adminStore.ts';

export function groupResult(group: number, ex: Exercise): GroupResult {
  const log = ex.sim.state.log;
  const report = ex.plan ? scoreLog(ex.plan, ex.scenario, log, ex.t, worldMeasures(ex.scenario, ex.sim.state)) : null;
  const o = report?.outcomes ?? outcomesFromLog(log);
  return {
    group, exercise: ex.id, t: ex.t,
    score: report?.score ?? null, grade: report?.grade ?? null,
    requirements: (report?.requirements ?? []).map((r) => ({ id: r.id, name: r.name, verdict: r.verdict, doneAt: r.doneAt })),
    outcomes: { dead: o.dead, injured: o.injured, rescued: o.rescued, evacuated: o.evacuated, stranded: o.stranded },
  };
}

export function courseComparison(course: CourseRow, groups: { group: number; ex: Exercise }[]): CourseComparison {
  return {
    course: { id: course.id, name: course.name, scenario: course.scenario, seed: course.seed },
    groups: groups.map(({ group, ex }) => groupResult(group, ex)),
  };
}
