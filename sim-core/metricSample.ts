// A few situation figures at one moment, sampled every 15 minutes (metricsSampler.ts) for the
// after-action report's charts. A leaf type.

export interface MetricSample {
  t: number;
  unitsOut: number;
  unitsStranded: number;
  closedEdges: number;
  reports: number;
  /** People (peopleKpis.ts): safe in shelters, still at home, in danger, injured, dead. */
  evacuated: number;
  atHome: number;
  inDanger: number;
  injured: number;
  dead: number;
}
