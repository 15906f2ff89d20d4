// What a dispatched team is to do there: chosen from this list by whoever gives the order. Game
// rules read only this kind; the order's free label (the player's own words) is for people.
// Imports nothing, so state and views can name it without a cycle.
export const TASK_KINDS = [
  'rescue',     // 营救 — bring trapped people out (forces/teamWork.ts)
  'evacuate',   // 协助转移 — door-to-door help moving households (people/evacuation.ts)
  'suppress',   // 扑救 — build fire line (hazards/fireSuppression.ts)
  'clearRoad',  // 抢通道路 — clear a landslide off a road (hazards/landslides.ts)
  'medical',    // 医疗救护 — treat the injured (forces/teamWork.ts)
  'deliver',    // 物资运送
  'patrol',     // 巡查 — a patrol can spot a fire (hazards/fireDetection.ts)
  'reinforce',  // 增援、加固
  'recon',      // 侦察核实
  'report',     // 现场信息报送、通信保障
  'standby',    // 前置备勤 — moved forward, no work yet
  'isolate',    // 关阀堵漏 — stop a hazardous-chemical leak (hazards/chemical/chemicalStep.ts)
  'monitor',    // 侦检监测 — measure the gas and the threat zone (hazards/chemical/chemicalStep.ts)
  'closeValve', // 关阀止水 — close the valves round a burst main (hazards/waterMain/)
  'repairMain', // 管线抢修 — repair an isolated burst main (hazards/waterMain/)
] as const;
export type TaskKind = typeof TASK_KINDS[number];
