// 态势标绘: what a player can draw on the map. Each kind has one geometry — a point with a
// symbol, a line, an area (a closed ring) or a text label — fixed here so the core, the order
// form and the renderer agree on how many points a plot needs.

export const POINT_KINDS = ['hazard', 'trapped', 'assembly', 'forwardCommand', 'supplyPoint', 'resettlement'] as const; // 险情点 被困点 集结点 前方指挥部 物资点 安置点
export const LINE_KINDS = ['evacuationRoute', 'cordon', 'lockdown'] as const; // 转移路线 警戒线 封控线
export const AREA_KINDS = ['dangerZone', 'floodedArea', 'fireArea'] as const; // 危险区 淹没区 火场
export const PLOT_KINDS = [...POINT_KINDS, ...LINE_KINDS, ...AREA_KINDS, 'label'] as const;
export type PlotKind = typeof PLOT_KINDS[number];

export type PlotGeometry = 'point' | 'line' | 'area' | 'label';

export function plotGeometry(kind: PlotKind): PlotGeometry {
  if ((POINT_KINDS as readonly string[]).includes(kind)) return 'point';
  if ((LINE_KINDS as readonly string[]).includes(kind)) return 'line';
  if ((AREA_KINDS as readonly string[]).includes(kind)) return 'area';
  return 'label';
}

/** Points a geometry needs, at least and at most. */
export const GEOMETRY_POINTS: Record<PlotGeometry, readonly [number, number]> = {
  point: [1, 1], label: [1, 1], line: [2, 200], area: [3, 200],
};

/** Field limits shared by the command schema and the order form. */
export const PLOT_NAME_MAX = 40;
export const PLOT_NOTE_MAX = 300;
/** A plot is shared with at most this many roles (any more: share it with everyone). */
export const SHARE_MAX = 60;
