// The fixed places of a district, as resolved from a scenario: each has a position in metres
// and the road node it is reached from (the nearest node, found when the scenario loads).
import type { LocalText } from './localText.ts';
import type { PoolBathymetry } from '../hazards/reservoirPool.ts';
import type { StockShares } from '../hazards/quake/buildingStock.ts';

interface PlaceBase {
  id: string;
  name: LocalText;
  x: number;
  y: number;
  /** Road node the place is reached from. */
  node: number;
}

/** 街乡 — a township or street office, with its seat (government building). */
export interface Township extends PlaceBase {
  kind: 'township';
}

/** 村 / 社区 — a village; `atRisk` are the 险村险户 people who must move when warned. */
export interface Village extends PlaceBase {
  kind: 'village';
  township: string;
  population: number;
  households: number;
  atRisk: { people: number; households: number };
  /** 独居老人、失能人员 — people who cannot move without help. */
  vulnerable: number;
  /** 房屋结构类型 shares from the village register (hazards/quake/buildingStock.ts); absent: the default. */
  stock?: StockShares;
  /** Holds a satellite phone (卫星电话, register or scenario): heard from when its phones are cut. */
  satellitePhone?: boolean;
}

/** 应急避难场所 — capacity is usable area / 1.5 m² a person (DOMAIN.md, 001). */
export interface Shelter extends PlaceBase {
  kind: 'shelter';
  township: string;
  usableArea: number;
  capacity: number;
}

export const SUPPLY_KINDS = [
  'tents', 'quilts', 'food', 'water', 'pumps', 'generators', 'satellitePhones', 'lifeJackets', 'sandbags',
] as const;
export type SupplyKind = typeof SUPPLY_KINDS[number];

/** 应急物资储备库. */
export interface Depot extends PlaceBase {
  kind: 'depot';
  stocks: Partial<Record<SupplyKind, number>>;
}

/** Where a team waits when not deployed (fire station, brigade camp, township yard). */
export interface TeamBase extends PlaceBase {
  kind: 'teamBase';
}

/** 视频监控点 for forest-fire watch: sees fires within `range` metres. */
export interface Camera extends PlaceBase {
  kind: 'camera';
  range: number;
}

type ReservoirClass = 'large' | 'medium' | 'small';

/** 水库: levels in metres above datum, storage in m³ at the normal pool level. */
export interface Reservoir extends PlaceBase {
  kind: 'reservoir';
  class: ReservoirClass;
  normalLevel: number;
  floodLimitLevel: number;
  /** Level at the start of the day; absent: the flood-limit level. */
  startLevel?: number;
  damCrest: number;
  storage: number;
  spillwayWidth: number;
  damLength: number;
  gateCapacity: number;
  /** The pool's grid cells (empty when the scenario gives no area: then it only releases). */
  poolCells: Int32Array;
  pool: PoolBathymetry;
  /** Cell below the dam where outflow enters the grid. */
  outletCell: number;
}

/** 水文站 / 水位站: a river or reservoir gauge with the levels that trigger plan actions. */
export interface Gauge extends PlaceBase {
  kind: 'gauge';
  on: 'river' | 'reservoir';
  reservoir?: string;
  warningLevel: number;
  dangerLevel: number;
}

export type Place = Township | Village | Shelter | Depot | TeamBase | Camera | Reservoir | Gauge;
