// The typed-array part of the state: created with the sim, copied exactly on snapshot, hashed
// byte for byte, and encoded as base64 for storage. Every field is listed here once, so adding
// one cannot leave it out of the snapshot or the hash.
import type { Fields } from './state.ts';
import type { Scenario } from './world/scenario.ts';
import { createFloodState, type FloodState } from './hazards/flood/floodState.ts';
import type { Digest } from './hash/digest.ts';
import { floodRuntime } from './hazards/floodRuntime.ts';
import { fromBase64, toBase64 } from './base64.ts';

export function createFields(s: Scenario): Fields {
  const n = s.grid.width * s.grid.height;
  return {
    edgeClosed: new Uint8Array(s.roads.edgeCount), version: 0, flood: createFloodState(floodRuntime(s).params.grid), floodIdle: true,
    fireArrival: new Float64Array(n).fill(Infinity), fireBlocked: new Uint8Array(n), fireDirty: false, fireLineDirty: false, fireWeather: '',
  };
}

function copyFlood(f: FloodState): FloodState {
  return { depth: f.depth.slice(), qx: f.qx.slice(), qy: f.qy.slice(), t: f.t, dtLast: f.dtLast, totals: { ...f.totals } };
}

export function copyFields(f: Fields): Fields {
  return {
    edgeClosed: f.edgeClosed.slice(), version: f.version, flood: copyFlood(f.flood), floodIdle: f.floodIdle,
    fireArrival: f.fireArrival.slice(), fireBlocked: f.fireBlocked.slice(), fireDirty: f.fireDirty, fireLineDirty: f.fireLineDirty, fireWeather: f.fireWeather,
  };
}

export function hashFields(d: Digest, f: Fields): void {
  d.string(`${f.version}|${f.floodIdle}|${f.flood.t}|${f.flood.dtLast}|${f.flood.totals.inflow}|${f.flood.totals.rain}|${f.flood.totals.outflow}|`);
  d.bytes(f.edgeClosed).bytes(f.flood.depth).bytes(f.flood.qx).bytes(f.flood.qy);
  d.string(`${f.fireDirty}|${f.fireLineDirty}|${f.fireWeather}|`).bytes(f.fireArrival).bytes(f.fireBlocked);
}

const bytesOf = (a: Float64Array | Uint8Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
const f64 = (text: string) => { const b = fromBase64(text); return new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8); };

export interface FieldsJson {
  edgeClosed: string;
  version: number;
  flood: { depth: string; qx: string; qy: string; t: number; dtLast: number; totals: FloodState['totals'] };
  floodIdle: boolean;
  fireArrival: string;
  fireBlocked: string;
  fireDirty: boolean;
  fireLineDirty: boolean;
  fireWeather: string;
}

export function fieldsToJson(f: Fields): FieldsJson {
  return {
    edgeClosed: toBase64(f.edgeClosed), version: f.version, floodIdle: f.floodIdle,
    fireArrival: toBase64(bytesOf(f.fireArrival)), fireBlocked: toBase64(f.fireBlocked), fireDirty: f.fireDirty, fireLineDirty: f.fireLineDirty, fireWeather: f.fireWeather,
    flood: { depth: toBase64(bytesOf(f.flood.depth)), qx: toBase64(bytesOf(f.flood.qx)), qy: toBase64(bytesOf(f.flood.qy)), t: f.flood.t, dtLast: f.flood.dtLast, totals: f.flood.totals },
  };
}

export function fieldsFromJson(j: FieldsJson): Fields {
  return {
    edgeClosed: fromBase64(j.edgeClosed), version: j.version, floodIdle: j.floodIdle,
    fireArrival: f64(j.fireArrival), fireBlocked: fromBase64(j.fireBlocked), fireDirty: j.fireDirty, fireLineDirty: j.fireLineDirty, fireWeather: j.fireWeather,
    flood: { depth: f64(j.flood.depth), qx: f64(j.flood.qx), qy: f64(j.flood.qy), t: j.flood.t, dtLast: j.flood.dtLast, totals: { ...j.flood.totals } },
  };
}
