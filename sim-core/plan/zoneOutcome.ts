// 避难场所避开溃坝淹没区 — a plan requirement that forbids sending people to shelters inside a
// dam-break zone (001 §5.6.4: shelters below the dam must not be used while the dam may fail).
// It holds from its trigger on (met at the trigger: nothing to do but not err) and is broken by
// the first evacuee group sent — or rescued people taken — to a shelter in a zone of the listed
// reservoirs (all reservoirs with a zone when none are listed). The scorer's verdict is then
// 未完成 (notDone), and its explanation names the shelter, the village and the time.
import type { LogEntry } from '../log.ts';
import type { Scenario } from '../world/scenario.ts';
import { zoneHolding } from '../hazards/dam/breakZone.ts';

/** One evacuation into the zone: the log entry, when, which shelter (in which reservoir's zone), from which village. */
export interface ZoneViolation { seq: number; t: number; shelter: string; village: string; reservoir: string }

/** The violation entry e is, if any (e must be after the requirement's trigger). */
export function zoneViolation(e: LogEntry, scenario: Scenario, reservoirs: readonly string[] | undefined): ZoneViolation | null {
  if (e.entry !== 'event') return null;
  if (e.kind !== 'evacueesDeparted' && e.kind !== 'peopleRescued') return null;
  if (!e.shelter) return null;
  const reservoir = zoneHolding(scenario.damBreakZones, e.shelter, reservoirs);
  return reservoir ? { seq: e.seq, t: e.t, shelter: e.shelter, village: e.village, reservoir } : null;
}
