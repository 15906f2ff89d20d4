// Who may give which order to what (the 四级指挥体系 of DOMAIN.md, simplified): the chief
// commands every force; a township its own teams; a team only itself; the director changes the
// world and plays outside parties; evaluator and observer give no orders.
import type { Command } from './command.ts';
import type { Role } from './roles.ts';
import type { Scenario } from '../world/scenario.ts';

export function mayOrder(role: Role, cmd: Command, scenario: Scenario): string | null {
  const unitOwner = (id: string) => scenario.teams.find((t) => t.id === id)?.owner;
  switch (cmd.type) {
    case 'dispatch':
    case 'recall':
      if (role.kind === 'chief') return null;
      if (role.kind === 'township') {
        const owner = unitOwner(cmd.unit);
        return owner === undefined || owner === role.id ? null : `township ${role.id} may only order its own teams (${cmd.unit} belongs to ${owner})`;
      }
      if (role.kind === 'team') return role.id === cmd.unit ? null : `team ${role.id} may only move itself`;
      return `${role.kind} may not order teams`;
    case 'closeRoad':
    case 'openRoad':
      return role.kind === 'director' || role.kind === 'chief' ? null : 'only the chief (traffic control) or the director may close or open roads';
    case 'setResponseLevel':
      return role.kind === 'chief' ? null : 'only the chief sets the response level';
    case 'sendReport':
      return role.kind === 'evaluator' || role.kind === 'observer' ? `${role.kind} sends no reports` : null;
    case 'injectNow':
    case 'fireInject':
    case 'addInject':
    case 'editInject':
    case 'deleteInject':
      return role.kind === 'director' ? null : 'only the director fires injects';
    case 'openShelter': {
      if (role.kind === 'chief') return null;
      if (role.kind !== 'township') return 'only the chief or a township opens shelters';
      const foreign = cmd.shelters.find((id) => { const s = scenario.shelters.find((x) => x.id === id); return s !== undefined && s.township !== role.id; });
      return foreign ? `shelter ${foreign} is not in township ${role.id}` : null;
    }
    case 'trafficControl':
      return role.kind === 'chief' ? null : 'only the chief orders traffic control over the threat zone';
    case 'recallBoats':
      if (role.kind === 'chief') return null;
      return role.kind === 'township' && role.id === cmd.township ? null : 'only the chief or the township itself recalls its boats';
    case 'setPlayed':
      return role.kind === 'director' ? null : 'only the director decides who plays a role';
    case 'acknowledgeWarning':
      return role.kind === 'township' ? null : "only a township's duty room acknowledges a warning (叫应)";
    case 'taskReply':
      return role.kind === 'team' && role.id === cmd.unit ? null : 'only the team itself answers its task';
    case 'declineTask':
      return role.kind === 'team' && role.id === cmd.unit ? null : 'only the team itself declines its task';
    case 'orderEvacuation':
      return role.kind === 'chief' || role.kind === 'township' ? null : 'only the chief or a township orders an evacuation';
    case 'orderShelterInPlace': {
      if (role.kind === 'chief') return null;
      if (role.kind !== 'township') return 'only the chief or a township orders sheltering in place';
      const foreign = cmd.villages.find((id) => { const v = scenario.villages.find((x) => x.id === id); return v !== undefined && v.township !== role.id; });
      return foreign ? `village ${foreign} is not in township ${role.id}` : null;
    }
    case 'issueWarning':
      return role.kind === 'chief' || role.kind === 'township' ? null : 'only the chief or a township issues warnings';
    case 'allocateSupplies':
      // The scenario's depots are district-level (no owner field): allocated by the district HQ.
      return role.kind === 'chief' ? null : 'only the chief allocates supplies from the district depots';
    case 'addPlot':
    case 'movePlot':
    case 'editPlot':
    case 'deletePlot':
    case 'sendMessage':
      // 态势标绘 and 会商 are every player's; the director plots and speaks for outside parties.
      return role.kind === 'evaluator' || role.kind === 'observer' ? `${role.kind} neither plots nor writes messages` : null;
    case 'evaluate':
      return role.kind === 'evaluator' || role.kind === 'director' ? null : 'only the evaluators (and the director) record evaluations';
    case 'selfAssess':
      return role.kind === 'chief' || role.kind === 'township' || role.kind === 'team' ? null : 'only a played role (chief, township, team) assesses itself';
    case 'evacuateSite': {
      // The chief, the site's township, or the director playing the site's own staff (its alarm).
      if (role.kind === 'chief' || role.kind === 'director') return null;
      if (role.kind !== 'township') return 'only the chief, a township or the director orders a site emptied';
      const site = scenario.sites?.find((s) => s.id === cmd.site);
      return site && site.township !== role.id ? `site ${cmd.site} is not in township ${role.id}` : null;
    }
    case 'releaseReservoir':
      // The district's reservoirs are dispatched by the district flood-control HQ (防汛指挥部).
      return role.kind === 'chief' ? null : 'only the chief (district flood-control HQ) orders a reservoir release';
  }
}
