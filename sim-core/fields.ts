// The typed-array part of the state: created with the sim, copied exactly on snapshot, and hashed
// byte for byte (the server stores them as raw bytes: server/serve/snapshotCodec.ts). Every field
// is listed here once, so adding one cannot leave it out of the snapshot or the hash.
import type { Fields } from './state.ts';
import type { Scenario } from './world/scenario.ts';
import { createFloodState, type FloodState } from './hazards/flood/floodState.ts';
import type { Digest } from './hash/digest.ts';
import { floodRuntime } from './hazards/floodRuntime.ts';
import { copyStreetFlood } from './hazards/waterMain/streetFloodState.ts';
import { sortedKeys } from './order.ts';

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
  const out: Fields = {
    edgeClosed: f.edgeClosed.slice(), version: f.version, flood: copyFlood(f.flood), floodIdle: f.floodIdle,
    fireArrival: f.fireArrival.slice(), fireBlocked: f.fireBlocked.slice(), fireDirty: f.fireDirty, fireLineDirty: f.fireLineDirty, fireWeather: f.fireWeather,
  };
  if (f.streets) out.streets = Object.fromEntries(sortedKeys(f.streets).map((id) => [id, copyStreetFlood(f.streets![id])]));
  return out;
}

export function hashFields(d: Digest, f: Fields): void {
  d.string(`${f.version}|${f.floodIdle}|${f.flood.t}|${f.flood.dtLast}|${f.flood.totals.inflow}|${f.flood.totals.rain}|${f.flood.totals.outflow}|`);
  d.bytes(f.edgeClosed).bytes(f.flood.depth).bytes(f.flood.qx).bytes(f.flood.qy);
  d.string(`${f.fireDirty}|${f.fireLineDirty}|${f.fireWeather}|`).bytes(f.fireArrival).bytes(f.fireBlocked);
  // The bursts' street grids, only once there is one: a scenario without a burst hashes as before.
  if (!f.streets) return;
  for (const id of sortedKeys(f.streets)) {
    const s = f.streets[id], w = s.flood;
    d.string(`street|${id}|${s.idle}|${s.flooded}|${w.t}|${w.dtLast}|${w.totals.inflow}|${w.totals.rain}|${w.totals.outflow}|`);
    d.bytes(w.depth).bytes(w.qx).bytes(w.qy);
  }
}
