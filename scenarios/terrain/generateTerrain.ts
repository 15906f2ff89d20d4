// The district's elevation and land cover, generated from a terrain spec (scenario.json's
// `terrain`). Pure and deterministic to the bit on any engine: only + − × ÷, Math.sqrt,
// Math.floor/abs/min/max and integer hashing are used, and ties are broken by cell index.
// Steps: relief (mountain front + noise) → valleys → dams → lakes → drainage → rivers →
// land cover.
import type { Grid } from '../../sim-core/world/grid.ts';
import type { TerrainSpec } from '../schema.ts';
import { baseElevation } from './relief.ts';
import { carveValleys } from './valleys.ts';
import { lakeCells, raiseDams } from './lakes.ts';
import { drainage, type Drainage } from './drainage.ts';
import { traceRivers } from './rivers.ts';
import { classifyLandCover } from './landCover.ts';

export interface TerrainLayers {
  elevation: Float32Array;
  landCover: Uint8Array;
  /** 1 where a lake or reservoir is. */
  lake: Uint8Array;
  /** 1 on a river cell. */
  river: Uint8Array;
  /** 1 on a dam. */
  dam: Uint8Array;
  /** Drainage of the surface before the river beds were cut. */
  flow: Drainage;
}

/** Everything the generator computes, for scenario builders that need more than the rasters. */
export function terrainLayers(grid: Grid, spec: TerrainSpec): TerrainLayers {
  const surface = carveValleys(grid, baseElevation(grid, spec), spec.valleys, spec.seed);
  const dam = raiseDams(grid, surface, spec.lakes);
  const lake = lakeCells(grid, surface, spec.lakes, dam);
  const flow = drainage(grid, surface);
  const river = traceRivers(grid, spec, flow, surface, lake, dam);
  // A river bed cut below a lake's level inside its outline is part of the lake.
  const sunk = lakeCells(grid, surface, spec.lakes, dam);
  for (let c = 0; c < lake.length; c++) {
    if (sunk[c] && !lake[c]) {
      lake[c] = 1;
      river[c] = 0;
    }
  }
  const water = new Uint8Array(lake.length);
  for (let c = 0; c < water.length; c++) water[c] = lake[c] | river[c];
  const elevation = Float32Array.from(surface);
  const landCover = classifyLandCover(grid, spec, elevation, water, dam);
  return { elevation, landCover, lake, river, dam, flow };
}

export function generateTerrain(grid: Grid, spec: TerrainSpec): { elevation: Float32Array; landCover: Uint8Array } {
  const { elevation, landCover } = terrainLayers(grid, spec);
  return { elevation, landCover };
}
