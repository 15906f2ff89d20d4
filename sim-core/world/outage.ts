// Services cut at a place (断电、断通信、断水). A leaf type: setting and restoring them is
// hazards/outages.ts.
export type Outage = 'power' | 'comms' | 'water';

/** Every service, in the order they are named (断电、断通信、断水). */
export const OUTAGES: readonly Outage[] = ['power', 'comms', 'water'];
