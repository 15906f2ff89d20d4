// Samples a few situation figures every 15 minutes of sim time, so the after-action report can
// draw them over time without refolding the log.
import { periodic } from './clock.ts';
import type { SimContext } from './context.ts';
import { peopleKpis } from './people/peopleKpis.ts';
import type { MetricSample } from './metricSample.ts';

// The report (server/report/reportHtml.ts) has always taken the type from here.
export type { MetricSample } from './metricSample.ts';

export const SAMPLE_PERIOD = 900;

function sample(ctx: SimContext): MetricSample {
  const { entities, fields } = ctx.state;
  let unitsOut = 0, unitsStranded = 0, closedEdges = 0;
  for (const id in entities.units) {
    const s = entities.units[id].status;
    if (s !== 'atBase') unitsOut++;
    if (s === 'stranded') unitsStranded++;
  }
  for (let e = 0; e < fields.edgeClosed.length; e++) if (fields.edgeClosed[e] !== 0) closedEdges++;
  const p = peopleKpis(ctx.scenario, entities);
  return {
    t: ctx.state.t, unitsOut, unitsStranded, closedEdges, reports: entities.reports.length,
    evacuated: p.evacuated, atHome: p.atHome, inDanger: p.inDanger, injured: p.injured, dead: p.dead,
  };
}

export const metricsSampler = periodic('metrics', 'metrics', SAMPLE_PERIOD, (ctx) => {
  ctx.state.series.push(sample(ctx));
});
