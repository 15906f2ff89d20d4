// Routes a validated, permitted command to its handler. Handlers check first and change state
// only once they accept; a rejection leaves the state untouched.
import type { ClosureCauseName } from '../world/closureCause.ts';
import { buildAdHocInject } from '../injects/adHoc.ts';
import { parseRole } from './roles.ts';
import { reject, type ApplyResult, type Command } from './command.ts';
import type { SimContext } from '../context.ts';
import { dispatchUnit } from '../forces/dispatch.ts';
import { badEdge, closeEdges, openEdges, wouldChange } from '../world/roadClosure.ts';
import { setResponseLevel } from '../response.ts';
import { sendReport } from '../reports.ts';
import { fireInject } from '../injects/schedule.ts';
import { whyNoIgnition } from '../hazards/fireIgnition.ts';
import { addInject, deleteInject, editInject } from '../injects/scriptEdit.ts';
import { orderEvacuation } from '../people/evacuation.ts';
import { recallBoats } from '../hazards/typhoon/boats.ts';
import { openShelters } from '../people/shelters.ts';
import { declineTask } from '../forces/decline.ts';
import { allocateSupplies } from '../supplies/allocate.ts';
import { acknowledgeWarning, issueWarning } from '../people/warnings.ts';
import { setPlayed } from '../drill/played.ts';
import { noteDeclined, noteOrder, taskReply } from '../drill/teamTasks.ts';
import { addPlot, deletePlot, editPlot, movePlot } from '../plots/plots.ts';
import { sendMessage } from '../consult/messages.ts';
import { orderShelterInPlace } from '../people/shelterInPlace.ts';
import { shareMeasuredZone } from '../hazards/chemical/zoneReport.ts';
import { orderZoneTrafficControl } from '../hazards/chemical/zoneTraffic.ts';
import { startSiteEvacuation, whyNotEvacuate } from '../people/sites/siteEgress.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;

export function execute(ctx: SimContext, cmd: Command, seq: number): Rejection | null {
  switch (cmd.type) {
    case 'dispatch':
    case 'recall': {
      const r = dispatchUnit(ctx, cmd, seq);
      if (!r) noteOrder(ctx, cmd, seq);
      return r;
    }
    case 'closeRoad':
    case 'openRoad': {
      const bad = badEdge(ctx, cmd.edges);
      if (bad !== null) return reject('unknownEdge', `no road edge ${bad} (the graph has ${ctx.scenario.roads.edgeCount})`);
      const cause = cmd.role === 'director' ? 'inject' : 'order';
      const close = cmd.type === 'closeRoad';
      // 开放道路 by the chief lifts its own closures and the threat zone's cordon alike.
      const lifted: ClosureCauseName[] = close || cause !== 'order' ? [cause] : ['order', 'cordon'];
      if (!lifted.some((c) => wouldChange(ctx, cmd.edges, c, close))) return reject('noChange', `every edge is already ${close ? 'closed' : 'open'} by ${cmd.role}`, { code: close ? 'roadsAlreadyClosed' : 'roadsAlreadyOpen' });
      if (close) closeEdges(ctx, cmd.edges, cause, cmd.type === 'closeRoad' ? cmd.reason : undefined);
      else for (const c of lifted) openEdges(ctx, cmd.edges, c);
      return null;
    }
    case 'setResponseLevel':
      return setResponseLevel(ctx, cmd);
    case 'sendReport': {
      const r = sendReport(ctx, cmd, seq);
      if (!r) shareMeasuredZone(ctx, cmd.role, cmd.to);
      return r;
    }
    case 'orderShelterInPlace':
      return orderShelterInPlace(ctx, cmd);
    case 'issueWarning':
      return issueWarning(ctx, cmd);
    case 'orderEvacuation':
      return orderEvacuation(ctx, cmd);
    case 'openShelter':
      return openShelters(ctx, cmd);
    case 'recallBoats':
      return recallBoats(ctx, cmd);
    case 'trafficControl':
      return orderZoneTrafficControl(ctx, cmd);
    case 'injectNow': {
      const inj = buildAdHocInject(cmd, `adhoc-${seq}`, ctx.state.t, ctx.scenario);
      if ('field' in inj) return reject('malformed', `${inj.field}: ${inj.message}`);
      for (const r of cmd.visibleTo) if (r !== 'all' && !parseRole(r, ctx.scenario)) return reject('unknownRole', `visibleTo: no role ${JSON.stringify(r)}`);
      // An inject that could not take effect is refused, not logged as fired (the director is told why).
      if (inj.kind === 'ignite') {
        const why = whyNoIgnition(ctx, inj.target.x, inj.target.y);
        if (why) return reject('noChange', `target: no fire can start at (${Math.round(inj.target.x)}, ${Math.round(inj.target.y)}): ${why}`);
      }
      fireInject(ctx, cmd.expected ? { ...inj, expected: cmd.expected } : inj);
      return null;
    }
    case 'declineTask': {
      const r = declineTask(ctx, cmd, seq);
      if (!r) noteDeclined(ctx, cmd.unit, cmd.reason);
      return r;
    }
    case 'setPlayed':
      return setPlayed(ctx, cmd);
    case 'acknowledgeWarning':
      return acknowledgeWarning(ctx, cmd);
    case 'taskReply':
      return taskReply(ctx, cmd, seq);
    case 'allocateSupplies':
      return allocateSupplies(ctx, cmd, seq);
    case 'releaseReservoir': {
      const r = ctx.scenario.reservoirs.find((x) => x.id === cmd.reservoir);
      if (!r) return reject('unknownReservoir', `no reservoir ${JSON.stringify(cmd.reservoir)}`);
      if (cmd.rate > r.gateCapacity) return reject('outOfRange', `${r.id}'s gates pass at most ${r.gateCapacity} m³/s`, { code: 'gateCapacity', reservoir: r.id, max: r.gateCapacity });
      if (ctx.state.entities.hazards.reservoirs[r.id].release === cmd.rate) return reject('noChange', `${r.id} already releases ${cmd.rate} m³/s`, { code: 'alreadyReleasing', reservoir: r.id, rate: cmd.rate });
      ctx.update((draft) => { draft.hazards.reservoirs[r.id].release = cmd.rate; });
      ctx.emit({ kind: 'reservoirRelease', reservoir: r.id, rate: cmd.rate, by: cmd.role }, ['all']);
      return null;
    }
    case 'addInject':
      return addInject(ctx, cmd, seq);
    case 'editInject':
      return editInject(ctx, cmd);
    case 'deleteInject':
      return deleteInject(ctx, cmd);
    case 'addPlot':
      return addPlot(ctx, cmd);
    case 'movePlot':
      return movePlot(ctx, cmd);
    case 'editPlot':
      return editPlot(ctx, cmd);
    case 'deletePlot':
      return deletePlot(ctx, cmd);
    case 'sendMessage':
      return sendMessage(ctx, cmd);
    case 'evaluate':
    case 'selfAssess':
      // A record for the report, kept in the log; the world does not change.
      return null;
    case 'evacuateSite': {
      const why = whyNotEvacuate(ctx, cmd.site);
      if (why) return reject(ctx.scenario.sites?.some((s) => s.id === cmd.site) ? 'noChange' : 'unknownPlace', why);
      startSiteEvacuation(ctx, cmd.site, cmd.role === 'director' ? 'alarm' : 'order', []);
      return null;
    }
    case 'fireInject': {
      const inj = ctx.state.entities.script.find((i) => i.id === cmd.inject);
      if (!inj) return reject('unknownInject', `no inject ${JSON.stringify(cmd.inject)} in the MSEL`);
      if (inj.id in ctx.state.entities.injectsFired) return reject('noChange', `inject ${inj.id} has already fired`, { code: 'injectAlreadyFired', inject: inj.id });
      fireInject(ctx, inj);
      return null;
    }
  }
}
