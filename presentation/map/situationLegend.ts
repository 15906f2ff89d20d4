// The legend of one situation map (态势图图例): an entry for each layer of the moment that needs
// one — the intensity map's degrees, the dam-break zone, the typhoon's wind circles and track,
// bridges down or reopened — in the map's own colours (palette.ts, intensityMap.ts) and the
// wording the chief's map legend uses (client/ui/legend.ts), so the report and the screen agree.
// Only what this map draws is listed: a flood day's map has none of them.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Lang } from '../text/lang.ts';
import type { SituationLayers } from './situationMap.ts';
import type { Rgb } from './palette.ts';
import { BRIDGE_DOWN, BRIDGE_OPEN, TYPHOON_TRACK, WIND_CIRCLE_RGB } from './palette.ts';
import { INTENSITY_RGB, mappedDegrees } from './intensityMap.ts';
import { DAM_BREAK_ZONE } from './damBreakZone.ts';
import { bridgeStateName, intensityMapLegend, intensityZoneName } from '../text/quakeText.ts';
import { damBreakZoneLegend } from '../text/damText.ts';
import { typhoonInsetName, typhoonTrackName, windCircleRadiiText } from '../text/typhoonText.ts';

/** How the swatch is drawn: a wash (translucent square), hatching, a ring, a line, a bridge's square, or the typhoon's corner map. */
export type LegendShape = 'wash' | 'hatch' | 'ring' | 'line' | 'bridgeDown' | 'bridgeOpen' | 'inset';

export interface LegendEntry {
  /** Stable key for tests and styling: `intensity-8`, `wind-10`, `bridge-down`, … */
  key: string;
  rgb: Rgb;
  shape: LegendShape;
  label: string;
}

export interface LegendGroup {
  /** The group's heading (烈度分布), or '' for entries that need none. */
  title: string;
  entries: LegendEntry[];
}

export function situationLegend(s: Scenario, layers: SituationLayers, lang: Lang): LegendGroup[] {
  const groups: LegendGroup[] = [];
  if (layers.intensity) {
    groups.push({
      title: intensityMapLegend(lang),
      entries: mappedDegrees(s).map((d) => ({ key: `intensity-${d}`, rgb: INTENSITY_RGB[d], shape: 'wash', label: intensityZoneName(d, lang) })),
    });
  }
  const other: LegendEntry[] = [];
  if ((s.damBreakZones ?? []).length > 0) other.push({ key: 'dam-break-zone', rgb: DAM_BREAK_ZONE, shape: 'hatch', label: damBreakZoneLegend(lang) });
  const bridges = layers.bridges ?? [];
  if (bridges.some((b) => b.state === 'down')) other.push({ key: 'bridge-down', rgb: BRIDGE_DOWN, shape: 'bridgeDown', label: bridgeStateName('down', lang) });
  if (bridges.some((b) => b.state === 'reopened')) other.push({ key: 'bridge-reopened', rgb: BRIDGE_OPEN, shape: 'bridgeOpen', label: bridgeStateName('reopened', lang) });
  if (layers.typhoon) {
    for (const c of layers.typhoon.circles) {
      if (c.radii !== null) other.push({ key: `wind-${c.force}`, rgb: WIND_CIRCLE_RGB[c.force] ?? WIND_CIRCLE_RGB[12], shape: 'ring', label: windCircleRadiiText(c.force, c.radii.map((m) => Math.round(m / 1000)), lang) });
    }
    other.push({ key: 'typhoon-track', rgb: TYPHOON_TRACK, shape: 'line', label: typhoonTrackName(lang) });
    other.push({ key: 'typhoon-inset', rgb: [189, 189, 189], shape: 'inset', label: typhoonInsetName(lang) });
  }
  if (other.length) groups.push({ title: '', entries: other });
  return groups;
}
