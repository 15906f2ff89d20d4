import { loadScenario } from './server/scenarioFiles.ts';
import { streetGrid } from './sim-core/hazards/waterMain/streetGrid.ts';
import { streetMeasures } from './sim-core/hazards/waterMain/streetFlood.ts';
import { advanceFlood, createFloodScratch } from './sim-core/hazards/flood/localInertial.ts';
import { createFloodState, storedVolume } from './sim-core/hazards/flood/floodState.ts';
const s = loadScenario('scenarios/demo-district-watermain');
const g0 = streetGrid(s, 18150, 9150);
for (const alpha of [0.3, 0.5, 0.7]) {
  const p = { ...g0.params, alpha };
  const st = createFloodState(p.grid); const sc = createFloodScratch(p.grid);
  const t0 = performance.now(); let steps=0;
  const out=[];
  for (let m=1;m<=360;m++){ steps+=advanceFlood(p, st, {rainRate:0, inflows: m<=300?[{cell:g0.inflowCell, rate:3.6088}]:[]}, 60, sc);
    if (m%60===0) { const mm=streetMeasures(g0, st.depth); let mx=0; for (const d of st.depth) mx=Math.max(mx,d); out.push(`${m}:${mm.depth.toFixed(3)}/${mm.deepest.toFixed(3)}/${mm.length.toFixed(0)}/${mx.toFixed(3)}`); } }
  console.log(alpha, 'ms', Math.round(performance.now()-t0), 'steps', steps, 'updates', sc.cellUpdates, out.join(' '));
}
