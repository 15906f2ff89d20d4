// Types for the shapefile package (it ships none): read a .shp (+ .dbf) as a GeoJSON collection.
declare module 'shapefile' {
  export function read(shp: string, dbf?: string, options?: { encoding?: string }): Promise<{ type: 'FeatureCollection'; features: unknown[]; bbox?: number[] }>;
}
