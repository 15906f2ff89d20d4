// What the earthquake has done, in the state (entities.quake): absent until the main shock of a
// scenario that has one, so the state of every other scenario is unchanged.
export interface QuakeVillage {
  /** Intensity (烈度) at the village from the main shock, to 0.01 degree. */
  intensity: number;
}

export interface QuakeEntities {
  /** Sim time of the main shock. */
  t: number;
  /** Intensity at the epicentre, to 0.01 degree. */
  epicentral: number;
  /** By village id. */
  villages: Record<string, QuakeVillage>;
}
