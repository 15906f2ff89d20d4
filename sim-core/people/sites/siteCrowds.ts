// The sim's crowds being emptied from sites (state.crowds) in its snapshot, restore and hash.
// Only a sim whose sites are being emptied has any: for every other scenario these add nothing,
// so their snapshots and hashes are as before.
import type { Digest } from '../../hash/digest.ts';
import type { SimState } from '../../state.ts';
import type { Snapshot } from '../../snapshot.ts';
import type { Scenario } from '../../world/scenario.ts';
import { compareStrings } from '../../order.ts';
import { crowdEngine } from './crowdEngine.ts';
import { digestSiteCrowd, restoreSiteCrowd, snapshotSiteCrowd, type SiteCrowd, type SiteCrowdSnapshot } from './siteCrowd.ts';

/** A scenario with crowded sites needs the crowd engine: say so at the start, not mid-exercise. */
export function requireCrowdEngine(scenario: Scenario): void {
  if (scenario.sites && scenario.sites.length > 0) crowdEngine();
}

const liveIds = (s: SimState) => (s.crowds ? Object.keys(s.crowds).sort(compareStrings) : []);

export function hashSiteCrowds(d: Digest, s: SimState): void {
  const ids = liveIds(s);
  if (ids.length === 0) return;
  d.string('crowds|');
  for (const id of ids) digestSiteCrowd(d, s.crowds![id]);
}

export function snapshotSiteCrowds(s: SimState): { crowds?: Record<string, SiteCrowdSnapshot> } {
  const ids = liveIds(s);
  if (ids.length === 0) return {};
  const crowds: Record<string, SiteCrowdSnapshot> = {};
  for (const id of ids) crowds[id] = snapshotSiteCrowd(s.crowds![id], s.entities.sites?.[id]?.closedExits ?? []);
  return { crowds };
}

export function restoreSiteCrowds(scenario: Scenario, snap: Snapshot): { crowds?: Record<string, SiteCrowd> } {
  if (!snap.crowds) return {};
  const crowds: Record<string, SiteCrowd> = {};
  for (const id of Object.keys(snap.crowds).sort(compareStrings)) {
    const site = scenario.sites?.find((x) => x.id === id);
    // A programming error, not user input: a snapshot is restored into its own scenario.
    if (!site) throw new Error(`snapshot has a crowd at site ${id}, which scenario ${scenario.id} does not have`);
    crowds[id] = restoreSiteCrowd(site, snap.crowds[id]);
  }
  return { crowds };
}
