/** World units (base-texture pixels) across the district on the map. */
export const WORLD = 2048;
