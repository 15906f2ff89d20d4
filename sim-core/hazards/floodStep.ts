// The flood subsystem: every minute of sim time, rain becomes runoff on the grid, reservoirs
// release, the local-inertial solver advances (with its own CFL sub-steps), pools take in what
// reached them, and gauges report threshold crossings. Skips entirely while the district is dry.
import { periodic } from '../clock.ts';
import type { SimContext } from '../context.ts';
import { floodRuntime, floodWork } from './floodRuntime.ts';
import { rainStep } from './rainStep.ts';
import { reservoirOutflows, updatePools } from './reservoirStep.ts';
import { advanceFlood } from './flood/localInertial.ts';
import { storedVolume } from './flood/floodState.ts';
import { checkGauges } from './gauges.ts';
import { checkOvertopping, currentCrests } from './levees.ts';

export const FLOOD_STEP = 60;

function run(ctx: SimContext): void {
  const rt = floodRuntime(ctx.scenario);
  const work = floodWork(ctx);
  const fields = ctx.state.fields;
  ctx.update((draft) => {
    const { anyRunoff, mm } = rainStep(ctx, draft, rt, work.rainRate, FLOOD_STEP);
    const outflows = reservoirOutflows(ctx, FLOOD_STEP);
    const inflows: { cell: number; rate: number }[] = [];
    ctx.scenario.reservoirs.forEach((_r, k) => { if (outflows[k] > 0) inflows.push({ cell: rt.outlet[k], rate: outflows[k] }); });
    const anySource = anyRunoff || inflows.length > 0;
    if (anySource || !fields.floodIdle) {
      const lv = rt.levees, crests = work.crests;
      if (lv && crests) currentCrests(lv, crests, rt.params.grid, ctx.scenario.levees, draft.hazards.levees, ctx.state.t);
      advanceFlood(rt.params, fields.flood, { rainRate: anyRunoff ? work.rainRate : 0, inflows, ...(crests ?? {}) }, FLOOD_STEP, work.solver);
      if (lv && crests) checkOvertopping(ctx, draft, lv, crests, rt.params.grid, rt.params.elevation, fields.flood);
      fields.version++;
      // Once sources stop and the water has left the grid, stop stepping (checked only then).
      fields.floodIdle = !anySource && storedVolume(rt.params, fields.flood) < 1e-6;
    }
    updatePools(ctx, draft, fields.flood, mm, outflows, FLOOD_STEP);
    checkGauges(ctx, draft);
  });
}

export const flood = periodic('flood', 'hazards', FLOOD_STEP, run);
