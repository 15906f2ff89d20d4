// 房屋结构类型: the share of a village's people who live in each structure type — 钢混 (reinforced
// concrete frame), 砖混 (brick masonry with concrete floors, built to the code), 砖木 (brick walls,
// timber roof, not designed for earthquakes), 土木 (adobe or rammed earth with timber). A scenario
// may give shares on a village's row (the village register's 钢混/砖混/砖木/土木 columns,
// docs/import.md) or per township or village for the day (scenario.json earthquake.stock);
// otherwise the default of the township's type applies. Shares are checked to add to 1 when the
// scenario loads (scenarios/stockSchema.ts).
//
// The defaults are ASSUMED (docs/verification.md, "Building damage and casualties"): a street
// office (街道) is mostly concrete and code-built masonry; a town on the plain has more brick-
// timber houses; a mountain village (ground above MOUNTAIN_ELEVATION) has the oldest stock, with a
// fifth adobe. They are placeholders for a real housing register (the census's housing tables or
// the township's 农房 survey), which a scenario should give.
export const STRUCTURE_TYPES = ['rc', 'brickConcrete', 'brickTimber', 'adobeTimber'] as const;
export type StructureType = typeof STRUCTURE_TYPES[number];
/** Shares by structure type (they sum to 1). */
export type StockShares = Record<StructureType, number>;

export const DEFAULT_STOCK: Record<'urban' | 'plain' | 'mountain', StockShares> = {
  urban: { rc: 0.45, brickConcrete: 0.45, brickTimber: 0.1, adobeTimber: 0 },
  plain: { rc: 0.15, brickConcrete: 0.55, brickTimber: 0.25, adobeTimber: 0.05 },
  mountain: { rc: 0.05, brickConcrete: 0.35, brickTimber: 0.4, adobeTimber: 0.2 },
};

/** Ground higher than this (m) makes a village a mountain village (the demo district's hills begin near 150 m). */
export const MOUNTAIN_ELEVATION = 200;

export interface StockOverrides {
  townships?: Record<string, StockShares>;
  villages?: Record<string, StockShares>;
}

/**
 * The shares for one village: the day's override for it (earthquake.stock.villages), else its
 * register row's (village.stock), else the day's for its township, else the default of its type.
 */
export function villageStock(overrides: StockOverrides | undefined, village: { id: string; township: string; stock?: StockShares }, urban: boolean, elevation: number): StockShares {
  const own = overrides?.villages?.[village.id] ?? village.stock ?? overrides?.townships?.[village.township];
  if (own) return own;
  return DEFAULT_STOCK[urban ? 'urban' : elevation > MOUNTAIN_ELEVATION ? 'mountain' : 'plain'];
}
