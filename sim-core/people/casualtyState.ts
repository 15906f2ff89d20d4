// Exposure and casualties by village: who is still at home, the worst hazard they have met,
// and the count of the trapped, injured, dead, rescued and treated.
export interface VillageCasualties {
  /** At-risk people at home who are in no evacuation group (all of them until an order). */
  home: number;
  /** Worst hazard rating met so far by the people at home (flood), 0 if none; and the rating now. */
  hrMax: number;
  hrNow: number;
  /** People at home cut off by water or fire now (need rescue). */
  trapped: number;
  /**
   * Of them, cut off by the director's word (an inject) whatever the water does: villagers
   * beyond the at-risk households (the at-risk ones may have left), so not counted at home.
   */
  heldByInject: number;
  injured: number;
  dead: number;
  rescued: number;
  /** Injured people a medical team has treated or taken to hospital. */
  treated: number;
  /** Fire reached the village while people were at home (s of exposure so far). */
  fireExposure: number;
  /** Fractional work done by rescuers and medics, carried over between steps (person-equivalents). */
  rescueWork: number;
  medicWork: number;
}

export interface CasualtyEntities {
  villages: Record<string, VillageCasualties>;
}

export function newVillageCasualties(home: number): VillageCasualties {
  return { home, hrMax: 0, hrNow: 0, trapped: 0, heldByInject: 0, injured: 0, dead: 0, rescued: 0, treated: 0, fireExposure: 0, rescueWork: 0, medicWork: 0 };
}
