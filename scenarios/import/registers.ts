// Register rows → the scenario's places and forces. Every problem names the file, the row (as a
// spreadsheet shows it) and the column: `registers/villages.csv:12:人口: not a whole number`.
import type { Problem } from '../problems.ts';
import type { ScenarioJson } from '../schema.ts';
import { SUPPLY_KINDS } from '../../sim-core/world/places.ts';
import { STRUCTURE_TYPES, type StockShares } from '../../sim-core/hazards/quake/buildingStock.ts';
import { stockSumProblem } from '../stockSchema.ts';
import { GAUGE_ON_WORDS, REGISTER_COLUMNS, RESERVOIR_CLASS_WORDS, TEAM_TYPE_WORDS, type RegisterName } from './registerColumns.ts';

export interface TableIn {
  file: string;
  headers: string[];
  rows: { row: number; cells: Record<string, string> }[];
}

/** Longitude/latitude (or x/y in the register's CRS) → scenario metres. */
export type ToLocal = (lon: number, lat: number) => [number, number];

export interface RegisterRecord {
  row: number;
  /** field → value (numbers parsed), and the header each field was read from. */
  values: Record<string, string | number>;
  header: Record<string, string>;
  x?: number;
  y?: number;
}

/** Reads one register: finds each field's column (config mapping first, then defaults), parses values. */
export function readRegister(name: RegisterName, table: TableIn, mapping: Record<string, string>, toLocal: ToLocal | null, problems: Problem[]): RegisterRecord[] {
  const header: Record<string, string> = {};
  const specs = REGISTER_COLUMNS[name];
  for (const f of Object.keys(mapping)) {
    if (!specs.some((s) => s.field === f)) problems.push({ file: table.file, path: `1:${mapping[f]}`, message: `the mapping names an unknown field "${f}" (known: ${specs.map((s) => s.field).join(', ')})` });
  }
  for (const spec of specs) {
    const wanted = mapping[spec.field];
    const found = wanted !== undefined ? (table.headers.includes(wanted) ? wanted : undefined) : spec.headers.find((h) => table.headers.includes(h));
    if (found !== undefined) header[spec.field] = found;
    else if (spec.required && (toLocal || (spec.field !== 'lon' && spec.field !== 'lat'))) {
      problems.push({ file: table.file, path: `1:${wanted ?? spec.headers[0]}`, message: `missing column for ${spec.field} (looked for ${wanted ? `"${wanted}" from the mapping` : spec.headers.map((h) => `"${h}"`).join(', ')}; the sheet has ${table.headers.map((h) => `"${h}"`).join(', ')})` });
    }
  }
  if (problems.some((p) => p.file === table.file && p.path.startsWith('1:'))) return [];
  const out: RegisterRecord[] = [];
  for (const r of table.rows) {
    const values: Record<string, string | number> = {};
    let ok = true;
    for (const spec of specs) {
      const h = header[spec.field];
      if (h === undefined) continue;
      const raw = (r.cells[h] ?? '').replace(/,/g, spec.kind === 'text' ? ',' : '').trim();
      if (raw === '') {
        if (spec.required) { problems.push({ file: table.file, path: `${r.row}:${h}`, message: 'empty' }); ok = false; }
        continue;
      }
      if (spec.kind === 'text') { values[spec.field] = raw; continue; }
      const v = Number(raw);
      if (!Number.isFinite(v) || (spec.kind === 'count' && (!Number.isInteger(v) || v < 0))) {
        problems.push({ file: table.file, path: `${r.row}:${h}`, message: `${JSON.stringify(raw)} is not ${spec.kind === 'count' ? 'a whole number ≥ 0' : 'a number'}` });
        ok = false;
        continue;
      }
      values[spec.field] = v;
    }
    if (!ok) continue;
    const rec: RegisterRecord = { row: r.row, values, header };
    if (toLocal && typeof values.lon === 'number' && typeof values.lat === 'number') {
      const [x, y] = toLocal(values.lon, values.lat);
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        problems.push({ file: table.file, path: `${r.row}:${header.lon}`, message: `cannot place ${values.lon}, ${values.lat} (are the coordinates in the CRS the mapping says?)` });
        continue;
      }
      rec.x = Math.round(x * 10) / 10;
      rec.y = Math.round(y * 10) / 10;
    }
    out.push(rec);
  }
  return out;
}

type Json = ScenarioJson;
const idPattern = /^[A-Za-z0-9_-]{1,40}$/;

/** The id of a row: its 编号 when it is a usable id, else `<register>-<row>`. */
function rowId(name: string, rec: RegisterRecord, file: string, seen: Set<string>, problems: Problem[]): string | null {
  const given = rec.values.id;
  const id = typeof given === 'string' ? given : `${name}-${rec.row}`;
  if (!idPattern.test(id)) { problems.push({ file, path: `${rec.row}:${rec.header.id}`, message: `"${id}" is not an id (1–40 letters, digits, _ or -)` }); return null; }
  if (seen.has(id)) { problems.push({ file, path: `${rec.row}:${rec.header.id ?? 'id'}`, message: `the id "${id}" is used twice` }); return null; }
  seen.add(id);
  return id;
}

const nameOf = (rec: RegisterRecord) => ({ zh: String(rec.values.name), ...(rec.values.nameEn ? { en: String(rec.values.nameEn) } : {}) });
const place = (name: string, rec: RegisterRecord, file: string, seen: Set<string>, problems: Problem[]) => {
  const id = rowId(name, rec, file, seen, problems);
  return id === null ? null : { id, name: nameOf(rec), x: rec.x!, y: rec.y! };
};

/** Finds a referenced entity by id or by its Chinese name. */
function lookup<T extends { id: string; name: { zh: string } }>(list: T[], ref: string): T | undefined {
  return list.find((e) => e.id === ref) ?? list.find((e) => e.name.zh === ref);
}

/**
 * A village row's building stock (钢混, 砖混, 砖木, 土木 columns): undefined when the row gives none,
 * null (with the problem named by file, row and column) when a share is outside 0–1 or the four do
 * not add to 1. A column left empty in a row that gives the others counts as 0.
 */
function villageStockOf(rec: RegisterRecord, file: string, problems: Problem[]): StockShares | undefined | null {
  const given = STRUCTURE_TYPES.filter((k) => typeof rec.values[`stock.${k}`] === 'number');
  if (given.length === 0) return undefined;
  const shares = Object.fromEntries(STRUCTURE_TYPES.map((k) => [k, (rec.values[`stock.${k}`] as number | undefined) ?? 0])) as StockShares;
  for (const k of given) {
    if (shares[k] < 0 || shares[k] > 1) {
      problems.push({ file, path: `${rec.row}:${rec.header[`stock.${k}`]}`, message: `${shares[k]} is not a share 0–1 (write 45 % as 0.45)` });
      return null;
    }
  }
  const sum = stockSumProblem(shares, `village "${rec.values.name}"`);
  if (sum) { problems.push({ file, path: `${rec.row}:${given.map((k) => rec.header[`stock.${k}`]).join('+')}`, message: sum }); return null; }
  return shares;
}

export interface Registers {
  townships: Json['townships']; villages: Json['villages']; shelters: Json['shelters']; depots: Json['depots'];
  teamBases: Json['teamBases']; teams: Json['teams']; cameras: Json['cameras']; reservoirs: Json['reservoirs']; gauges: Json['gauges'];
  /** Where each place came from, for later problems (outside the district, far from a road). */
  origin: Map<object, { file: string; row: number; header: string }>;
}

/** Builds every entity from the records of each register (missing registers are empty). */
export function buildRegisters(records: Partial<Record<RegisterName, { file: string; recs: RegisterRecord[] }>>, problems: Problem[]): Registers {
  const seen = new Set<string>();
  const origin = new Map<object, { file: string; row: number; header: string }>();
  const each = <T extends object>(name: RegisterName, make: (rec: RegisterRecord, file: string) => T | null): T[] => {
    const src = records[name];
    if (!src) return [];
    const out: T[] = [];
    for (const rec of src.recs) {
      const v = make(rec, src.file);
      if (v) { out.push(v); origin.set(v, { file: src.file, row: rec.row, header: rec.header.lon ?? rec.header.name }); }
    }
    return out;
  };
  const bad = (file: string, rec: RegisterRecord, field: string, message: string) => { problems.push({ file, path: `${rec.row}:${rec.header[field] ?? field}`, message }); return null; };

  const townships = each('townships', (rec, file) => place('township', rec, file, seen, problems));
  const townshipRef = (rec: RegisterRecord, file: string) => {
    const t = lookup(townships, String(rec.values.township));
    return t ? t.id : bad(file, rec, 'township', `no township "${rec.values.township}" in the townships register`);
  };
  const villages = each('villages', (rec, file) => {
    const p = place('village', rec, file, seen, problems), township = townshipRef(rec, file);
    if (!p || !township) return null;
    const n = (f: string) => (typeof rec.values[f] === 'number' ? (rec.values[f] as number) : 0);
    if (n('atRiskPeople') > n('population')) return bad(file, rec, 'atRiskPeople', `more people at risk (${n('atRiskPeople')}) than live in the village (${n('population')})`);
    const stock = villageStockOf(rec, file, problems);
    if (stock === null) return null;
    return {
      ...p, township, population: n('population'), households: n('households'), atRisk: { people: n('atRiskPeople'), households: n('atRiskHouseholds') }, vulnerable: n('vulnerable'),
      ...(stock ? { stock } : {}), ...(n('satellitePhone') > 0 ? { satellitePhone: true } : {}),
    };
  });
  const shelters = each('shelters', (rec, file) => {
    const p = place('shelter', rec, file, seen, problems), township = townshipRef(rec, file);
    if (!p || !township) return null;
    // 1.5 m² a person (DOMAIN.md): a register giving capacity instead of area gets its area back.
    const area = typeof rec.values.usableArea === 'number' ? rec.values.usableArea : typeof rec.values.capacity === 'number' ? rec.values.capacity * 1.5 : 0;
    if (!(area > 0)) return bad(file, rec, 'usableArea', 'a shelter needs its usable area (可用面积, m²) or its capacity (容纳人数)');
    return { ...p, township, usableArea: area };
  });
  const depots = each('depots', (rec, file) => {
    const p = place('depot', rec, file, seen, problems);
    if (!p) return null;
    const stocks: Partial<Record<typeof SUPPLY_KINDS[number], number>> = {};
    for (const k of SUPPLY_KINDS) if (typeof rec.values[`stock.${k}`] === 'number') stocks[k] = rec.values[`stock.${k}`] as number;
    return { ...p, stocks };
  });
  const teamBases = each('teamBases', (rec, file) => place('base', rec, file, seen, problems));
  const teams = each('teams', (rec, file) => {
    const id = rowId('team', rec, file, seen, problems);
    const type = TEAM_TYPE_WORDS[String(rec.values.type)];
    if (!type) return bad(file, rec, 'type', `unknown team type "${rec.values.type}" (one of ${Object.keys(TEAM_TYPE_WORDS).slice(0, 20).join('、')} …)`);
    const base = lookup(teamBases, String(rec.values.base));
    if (!base) return bad(file, rec, 'base', `no team base "${rec.values.base}" in the teamBases register`);
    const ownerRef = rec.values.owner === undefined ? 'district' : String(rec.values.owner);
    const owner = ownerRef === 'district' || ownerRef === '区级' ? 'district' : lookup(townships, ownerRef)?.id;
    if (!owner) return bad(file, rec, 'owner', `the owner "${ownerRef}" is neither "district" (区级) nor a township`);
    if (id === null || typeof rec.values.size !== 'number' || rec.values.size < 1) return id === null ? null : bad(file, rec, 'size', 'a team has at least one member');
    return { id, name: nameOf(rec), type, size: rec.values.size, base: base.id, owner };
  });
  const cameras = each('cameras', (rec, file) => {
    const p = place('camera', rec, file, seen, problems);
    return p ? { ...p, range: typeof rec.values.range === 'number' && rec.values.range > 0 ? rec.values.range : 4000 } : null;
  });
  const reservoirs = each('reservoirs', (rec, file) => {
    const p = place('reservoir', rec, file, seen, problems);
    const cls = RESERVOIR_CLASS_WORDS[String(rec.values.class)];
    if (!cls) return bad(file, rec, 'class', `unknown size class "${rec.values.class}" (大型, 中型 or 小型)`);
    if (!p) return null;
    const v = rec.values as Record<string, number>;
    if (!(v.floodLimitLevel <= v.normalLevel && v.normalLevel < v.damCrest)) {
      return bad(file, rec, 'damCrest', `levels out of order: flood-limit ${v.floodLimitLevel} ≤ normal ${v.normalLevel} < dam crest ${v.damCrest} is expected`);
    }
    if (!(v.storage > 0)) return bad(file, rec, 'storage', 'the storage must be above 0 (万立方米)');
    return {
      ...p, class: cls, normalLevel: v.normalLevel, floodLimitLevel: v.floodLimitLevel, damCrest: v.damCrest, storage: v.storage * 1e4,
      ...(v.spillwayWidth > 0 ? { spillwayWidth: v.spillwayWidth } : {}), ...(v.damLength > 0 ? { damLength: v.damLength } : {}),
      ...(v.gateCapacity >= 0 ? { gateCapacity: v.gateCapacity } : {}),
    } as Json['reservoirs'][number];
  });
  const gauges = each('gauges', (rec, file) => {
    const p = place('gauge', rec, file, seen, problems);
    const on = GAUGE_ON_WORDS[String(rec.values.on)];
    if (!on) return bad(file, rec, 'on', `unknown gauge type "${rec.values.on}" (河道 or 水库)`);
    let reservoir: string | undefined;
    if (rec.values.reservoir !== undefined) {
      reservoir = lookup(reservoirs, String(rec.values.reservoir))?.id;
      if (!reservoir) return bad(file, rec, 'reservoir', `no reservoir "${rec.values.reservoir}" in the reservoirs register`);
    }
    if (on === 'reservoir' && !reservoir) return bad(file, rec, 'reservoir', 'a reservoir gauge names its reservoir (所属水库)');
    if (!p) return null;
    return { ...p, on, ...(reservoir ? { reservoir } : {}), warningLevel: rec.values.warningLevel as number, dangerLevel: rec.values.dangerLevel as number };
  });
  return { townships, villages, shelters, depots, teamBases, teams, cameras, reservoirs, gauges, origin };
}
