// 水位站: a gauge on the dam of every large and medium reservoir, read at the water's edge
// (坝前水尺), warning at the flood-limit level and danger a metre under the crest; and gauges on
// the rivers at authored points (snapped to the nearest river cell), warning and danger a set
// height above the bed there. A river gauge is reached from a dry cell on its bank.
import type { DemoSpec } from './spec.ts';
import type { SiteRegister } from './sites.ts';
import type { ReservoirSite } from './reservoirs.ts';
import { neighbours, type TerrainInfo } from './terrainAnalysis.ts';
import type { Named } from './layout.ts';

export interface GaugeSite extends Named {
  on: 'river' | 'reservoir';
  reservoir?: string;
  warningLevel: number;
  dangerLevel: number;
  /** The dry cell the gauge is reached from. */
  access: number;
}

const tenth = (v: number) => Math.round(v * 10) / 10;

export function placeGauges(
  spec: DemoSpec, info: TerrainInfo, sites: SiteRegister, reservoirs: Array<{ site: ReservoirSite; cell: number }>,
  dry: (c: number) => boolean,
): GaugeSite[] {
  const { layers, grid } = info;
  const gauges: GaugeSite[] = [];
  for (const r of reservoirs) {
    if (r.site.class === 'small') continue;
    const [x, y] = sites.centre(r.cell);
    const c = sites.nearest(x, y, 600, 0, (c) => layers.dam[c] === 1 && neighbours(grid, c).some((m) => layers.lake[m] === 1));
    if (c < 0) throw new Error(`no gauge site on the dam of ${r.site.id}`);
    gauges.push({
      id: `gauge-${r.site.id.replace(/^res-/, '')}`, zh: `${r.site.zh}坝前水位站`, en: `${r.site.en} dam gauge`, cell: c, access: c,
      on: 'reservoir', reservoir: r.site.id, warningLevel: r.site.floodLimitLevel, dangerLevel: tenth(r.site.damCrest - 1),
    });
  }
  for (const g of spec.riverGauges) {
    const c = sites.nearest(g.atKm[0] * 1000, g.atKm[1] * 1000, 2000, 0, (c) => layers.river[c] === 1);
    if (c < 0) throw new Error(`no river near gauge ${g.id}`);
    const access = neighbours(grid, c).find(dry);
    if (access === undefined) throw new Error(`gauge ${g.id} has no dry bank`);
    const bed = layers.elevation[c];
    gauges.push({
      id: g.id, zh: g.zh, en: g.en, cell: c, access, on: 'river',
      warningLevel: tenth(bed + spec.gaugeLevels.riverWarning), dangerLevel: tenth(bed + spec.gaugeLevels.riverDanger),
    });
  }
  return gauges;
}
