// Outcome measures read from the log alone (so the report is a pure function of log and plan):
// casualties, the injured still untreated, evacuees still cut off at the end.
import type { LogEntry } from '../log.ts';

export interface LogOutcomes {
  dead: number;
  injured: number;
  injuredUntreated: number;
  rescued: number;
  evacuated: number;
  /** People in evacuee groups whose last news was that they were cut off. */
  stranded: number;
}

export function outcomesFromLog(log: readonly LogEntry[]): LogOutcomes {
  let dead = 0, injured = 0, treated = 0, rescued = 0, evacuated = 0;
  const groups = new Map<string, { stranded: boolean; people: number }>();
  for (const e of log) {
    if (e.entry !== 'event') continue;
    switch (e.kind) {
      case 'casualties': dead += e.dead; injured += e.injured; break;
      case 'injuredTreated': treated += e.people; break;
      case 'peopleRescued': rescued += e.people; break;
      case 'evacueesArrived': evacuated += e.people; groups.set(e.group, { stranded: false, people: e.people }); break;
      case 'evacueesDeparted': groups.set(e.group, { stranded: false, people: e.people }); break;
      case 'evacueesStranded': groups.set(e.group, { stranded: true, people: e.people }); break;
    }
  }
  let stranded = 0;
  for (const g of groups.values()) if (g.stranded) stranded += g.people;
  return { dead, injured, injuredUntreated: Math.max(0, injured - treated), rescued, evacuated: evacuated + rescued, stranded };
}
