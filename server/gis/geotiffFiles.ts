// GeoTIFF reading and writing (the geotiff package): single-band rasters with their placement
// (tie point and pixel scale) and CRS (EPSG code in the GeoKeys).
import { readFileSync } from 'node:fs';
import { fromArrayBuffer, writeArrayBuffer } from 'geotiff';
import type { SourceRaster } from '../../scenarios/import/sourceRaster.ts';

export interface RasterOut {
  width: number;
  height: number;
  /** Row-major from the north-west pixel. */
  data: Float32Array | Uint8Array;
  west: number;
  north: number;
  resX: number;
  resY: number;
  epsg: number;
  geographic: boolean;
  nodata: number | null;
}

export function geotiffBytes(r: RasterOut): Uint8Array {
  const float = r.data instanceof Float32Array;
  const meta: Record<string, unknown> = {
    width: r.width, height: r.height,
    ModelPixelScale: [r.resX, r.resY, 0],
    ModelTiepoint: [0, 0, 0, r.west, r.north, 0],
    GTModelTypeGeoKey: r.geographic ? 2 : 1,
    GTRasterTypeGeoKey: 1, // pixel is area: the tie point is the north-west corner
    BitsPerSample: [float ? 32 : 8],
    SampleFormat: [float ? 3 : 1],
    ...(r.geographic ? { GeographicTypeGeoKey: r.epsg } : { ProjectedCSTypeGeoKey: r.epsg }),
    ...(r.nodata !== null ? { GDAL_NODATA: String(r.nodata) } : {}),
  };
  return new Uint8Array(writeArrayBuffer(r.data, meta as never));
}

export interface RasterIn extends SourceRaster {
  /** EPSG code from the GeoKeys, or null when the file has none. */
  epsg: number | null;
}

/** Reads band 1 of a GeoTIFF; throws Error with a plain message on a file it cannot use. */
export async function readGeotiff(path: string): Promise<RasterIn> {
  const bytes = readFileSync(path);
  const tiff = await fromArrayBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const image = await tiff.getImage();
  const keys = (image.getGeoKeys() ?? {}) as Record<string, number | undefined>;
  const epsg = keys.ProjectedCSTypeGeoKey ?? keys.GeographicTypeGeoKey ?? null;
  let origin: number[], resolution: number[];
  try {
    origin = image.getOrigin();
    resolution = image.getResolution();
  } catch {
    throw new Error('no placement (tie point and pixel scale, or a transformation) — is it a GeoTIFF?');
  }
  if (Math.abs(resolution[0]) === 0 || Math.abs(resolution[1]) === 0) throw new Error('pixel size is zero');
  if (resolution[1] > 0) throw new Error('rows run south to north; write the file north-up');
  const bands = await image.readRasters({ samples: [0] });
  const data = (bands as unknown as ArrayLike<number>[])[0];
  return {
    width: image.getWidth(), height: image.getHeight(), data,
    west: origin[0], north: origin[1], resX: Math.abs(resolution[0]), resY: Math.abs(resolution[1]),
    nodata: image.getGDALNoData(), epsg: epsg === 32767 ? null : epsg,
  };
}
