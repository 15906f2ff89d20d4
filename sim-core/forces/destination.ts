// Resolving where a unit is sent: a place id (snapped to its road node) or a bare road node.
import type { Destination } from './unitState.ts';
import type { Scenario } from '../world/scenario.ts';
import { placeIndex } from '../world/placeIndex.ts';

export function destinationNode(s: Scenario, d: Destination): number | { reason: 'unknownPlace' | 'unknownNode'; message: string } {
  if ('place' in d) {
    const p = placeIndex(s).place.get(d.place);
    return p ? p.node : { reason: 'unknownPlace', message: `no place with id ${JSON.stringify(d.place)}` };
  }
  return d.node < s.roads.nodeCount ? d.node : { reason: 'unknownNode', message: `no road node ${d.node} (the graph has ${s.roads.nodeCount})` };
}

export function destinationLabel(d: Destination | null): string {
  if (d === null) return '';
  return 'place' in d ? d.place : `node:${d.node}`;
}
