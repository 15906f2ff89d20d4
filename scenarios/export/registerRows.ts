// The scenario's places and forces as register tables with Chinese headers, the way a bureau
// keeps them (the first default header of each column in registerColumns.ts).
import { SUPPLY_KINDS } from '../../sim-core/world/places.ts';
import { STRUCTURE_TYPES } from '../../sim-core/hazards/quake/buildingStock.ts';
import type { ScenarioJson } from '../schema.ts';
import { REGISTER_COLUMNS, type RegisterName, teamTypeWord } from '../import/registerColumns.ts';

export type ToLonLat = (x: number, y: number) => [number, number];
export interface RegisterTable { headers: string[]; rows: (string | number)[][] }

const CLASS_WORD = { large: '大型', medium: '中型', small: '小型' } as const;
const ON_WORD = { river: '河道', reservoir: '水库' } as const;

/** Longitude and latitude to 7 decimals (about a centimetre). */
const deg = (v: number) => Number(v.toFixed(7));

const stockColumns = (stock: Record<string, number> | undefined) => (stock ? Object.fromEntries(STRUCTURE_TYPES.map((k) => [`stock.${k}`, stock[k]])) : {});

export function registerTables(json: ScenarioJson, toLonLat: ToLonLat): Record<RegisterName, RegisterTable> {
  const township = new Map(json.townships.map((t) => [t.id, t.name.zh]));
  const lonLat = (p: { x: number; y: number }) => toLonLat(p.x, p.y).map(deg);
  const table = (name: RegisterName, values: Record<string, string | number | undefined>[]): RegisterTable => {
    const columns = REGISTER_COLUMNS[name].filter((c) => values.some((v) => v[c.field] !== undefined));
    return { headers: columns.map((c) => c.headers[0]), rows: values.map((v) => columns.map((c) => v[c.field] ?? '')) };
  };
  const base = (p: { id: string; name: { zh: string; en?: string }; x: number; y: number }) => {
    const [lon, lat] = lonLat(p);
    return { id: p.id, name: p.name.zh, nameEn: p.name.en, lon, lat };
  };
  return {
    townships: table('townships', json.townships.map(base)),
    villages: table('villages', json.villages.map((v) => ({
      ...base(v), township: township.get(v.township), population: v.population, households: v.households,
      atRiskHouseholds: v.atRisk.households, atRiskPeople: v.atRisk.people, vulnerable: v.vulnerable,
      // The day's own building stock and satellite phones (the earthquake block) go into the register too.
      ...stockColumns(json.earthquake?.stock?.villages?.[v.id] ?? v.stock),
      satellitePhone: v.satellitePhone || json.earthquake?.satellitePhones?.includes(v.id) ? 1 : undefined,
    }))),
    shelters: table('shelters', json.shelters.map((s) => ({ ...base(s), township: township.get(s.township), usableArea: s.usableArea }))),
    depots: table('depots', json.depots.map((d) => ({
      ...base(d), ...Object.fromEntries(SUPPLY_KINDS.map((k) => [`stock.${k}`, d.stocks[k] ?? 0])),
    }))),
    teamBases: table('teamBases', json.teamBases.map(base)),
    teams: table('teams', json.teams.map((t) => ({
      id: t.id, name: t.name.zh, nameEn: t.name.en, type: teamTypeWord(t.type), size: t.size, base: t.base, owner: t.owner,
    }))),
    cameras: table('cameras', json.cameras.map((c) => ({ ...base(c), range: c.range }))),
    reservoirs: table('reservoirs', json.reservoirs.map((r) => ({
      ...base(r), class: CLASS_WORD[r.class], normalLevel: r.normalLevel, floodLimitLevel: r.floodLimitLevel,
      damCrest: r.damCrest, storage: r.storage / 1e4, spillwayWidth: r.spillwayWidth, damLength: r.damLength, gateCapacity: r.gateCapacity,
    }))),
    gauges: table('gauges', json.gauges.map((g) => ({
      ...base(g), on: ON_WORD[g.on], reservoir: g.reservoir, warningLevel: g.warningLevel, dangerLevel: g.dangerLevel,
    }))),
  };
}
