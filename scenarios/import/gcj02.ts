// GCJ-02 ("Mars coordinates", 火星坐标), the offset datum of Chinese web maps (Gaode/AMap,
// Tencent). The forward offset is the widely published formula (e.g. the open "eviltransform"
// and "coordtransform" write-ups): Krasovsky 1940 semi-major axis and eccentricity with two
// trigonometric series in longitude and latitude. GCJ-02 → WGS 84 has no closed form; it is
// found by fixed-point iteration, which converges to well under a centimetre in a few steps.
const A = 6378245.0;
const EE = 0.00669342162296594323;

function offsetLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function offsetLon(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** Outside mainland China's rough box GCJ-02 equals WGS 84 (the offset is not applied there). */
function outsideChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  if (outsideChina(lon, lat)) return [lon, lat];
  const dLat0 = offsetLat(lon - 105, lat - 35);
  const dLon0 = offsetLon(lon - 105, lat - 35);
  const radLat = (lat / 180) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (dLat0 * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLon = (dLon0 * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/** Inverse by iteration: find the WGS 84 point whose GCJ-02 image is the given point. */
export function gcj02ToWgs84(lon: number, lat: number): [number, number] {
  let wLon = lon, wLat = lat;
  for (let k = 0; k < 10; k++) {
    const [gLon, gLat] = wgs84ToGcj02(wLon, wLat);
    const eLon = gLon - lon, eLat = gLat - lat;
    wLon -= eLon;
    wLat -= eLat;
    if (Math.abs(eLon) < 1e-10 && Math.abs(eLat) < 1e-10) break;
  }
  return [wLon, wLat];
}
