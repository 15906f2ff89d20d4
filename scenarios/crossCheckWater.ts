// Checks of the water network (供水管网) its shape cannot express: unique ids, zones of real
// places, mains that name real zones and upstream mains, a tree (no main downstream of itself),
// and bursts on real mains within the grid with an opening no larger than the bore.
import type { ScenarioJson } from './schema.ts';

type Add = (path: string, message: string) => void;

export function checkWaterNetwork(s: ScenarioJson, places: ReadonlyMap<string, string>, add: Add): void {
  const net = s.waterNetwork;
  const W = s.grid.width * s.grid.cellSize, H = s.grid.height * s.grid.cellSize;
  const mains = new Map((net?.mains ?? []).map((m) => [m.id, m]));
  if (net) {
    const zones = new Set<string>();
    net.zones.forEach((z, i) => {
      if (zones.has(z.id)) add(`waterNetwork.zones[${i}].id`, `duplicate zone id ${JSON.stringify(z.id)}`);
      zones.add(z.id);
      z.places.forEach((p, k) => { if (!places.has(p)) add(`waterNetwork.zones[${i}].places[${k}]`, `no place ${JSON.stringify(p)}`); });
    });
    const seen = new Set<string>(), valves = new Set<string>();
    net.mains.forEach((m, i) => {
      const at = `waterNetwork.mains[${i}]`;
      if (seen.has(m.id)) add(`${at}.id`, `duplicate main id ${JSON.stringify(m.id)}`);
      seen.add(m.id);
      if (m.upstream !== null && !mains.has(m.upstream)) add(`${at}.upstream`, `no main ${JSON.stringify(m.upstream)}`);
      m.zones.forEach((z, k) => { if (!zones.has(z)) add(`${at}.zones[${k}]`, `no zone ${JSON.stringify(z)}`); });
      m.valves.forEach((v, k) => {
        if (valves.has(v.id)) add(`${at}.valves[${k}].id`, `duplicate valve id ${JSON.stringify(v.id)}`);
        valves.add(v.id);
      });
      // Walk upstream: a main that reaches itself makes a loop, and the network must be a tree.
      const path = new Set<string>([m.id]);
      for (let up = m.upstream; up !== null && mains.has(up); up = mains.get(up)!.upstream) {
        if (path.has(up)) { add(`${at}.upstream`, `main ${JSON.stringify(m.id)} is downstream of itself (the mains must form a tree)`); break; }
        path.add(up);
      }
    });
  }
  s.injects.forEach((inj, i) => {
    if (inj.kind !== 'mainBurst') return;
    const at = `injects[${i}]`;
    const t = inj.target as { main?: string; x?: number; y?: number } | null;
    if (!net) { add(`${at}.kind`, 'a mainBurst inject needs the scenario\'s waterNetwork'); return; }
    if (!t || typeof t.main !== 'string') { add(`${at}.target`, 'a mainBurst inject\'s target is {main: id, x, y}'); return; }
    const m = mains.get(t.main);
    if (!m) add(`${at}.target.main`, `no water main ${JSON.stringify(t.main)}`);
    if (!(t.x! >= 0 && t.x! < W && t.y! >= 0 && t.y! < H)) add(`${at}.target`, `(${t.x}, ${t.y}) is off the grid`);
    const area = inj.payload.area;
    if (area === undefined) add(`${at}.payload.area`, 'a mainBurst inject gives the opening\'s area in m²');
    else if (m && area > Math.PI * (m.diameter / 2) ** 2) add(`${at}.payload.area`, `an opening of ${area} m² is larger than the bore of a ${m.diameter} m main`);
  });
}
