// The map legend and layer switches.
import { h } from './dom.ts';
import { t, tx, currentLang } from '../i18n.ts';
import { DAM_BREAK_ZONE } from '../../presentation/map/damBreakZone.ts';
import { damBreakZoneLegend } from '../../presentation/text/damText.ts';
import type { Layers, MapView } from '../map/mapView.ts';
import { BRIDGE_DOWN, burnedRgb, BURNING, CHEMICAL_SITE, css, ROAD_CLASS_TEXT, ROAD_RGB, SHELTER, TYPHOON_TRACK, UNIT_RGB, VILLAGE_STATUS_RGB, WATER, WIND_CIRCLE_RGB, ZONE_RGB } from '../../presentation/map/palette.ts';
import { typhoonTrackName, windCircleName } from '../../presentation/text/typhoonText.ts';
import { zoneTierName } from '../../presentation/text/names.ts';
import { INTENSITY_RGB, mappedDegrees } from '../../presentation/map/intensityMap.ts';
import { bridgeStateName, intensityMapLegend, intensityZoneName } from '../../presentation/text/quakeText.ts';
import type { Store } from '../session/store.ts';

/**
 * `hasZone`: a dam-break zone to explain; `chemical`: the scenario has hazardous-chemical sites (their zones get a legend);
 * `typhoon`: a typhoon's wind circles and track; `store`: for a scenario with an earthquake, the intensity map's legend
 * and switch appear once the view has the map.
 */
export function legend(map: MapView, hasZone = false, chemical = false, typhoon = false, store?: Store): HTMLElement {
  const sw = (c: string, shape = 'sq') => h('i', { class: `sw ${shape}`, style: `--c:${c}` });
  const layer = (key: keyof Layers, label: string) => {
    const box = h('input', { type: 'checkbox', checked: true });
    box.addEventListener('change', () => map.setLayers({ [key]: box.checked }));
    return h('label', { class: 'layer' }, box, label);
  };
  const body = h('div', { class: 'legend-body' },
    h('div', { class: 'legend-grid' },
      h('span', {}, sw(css(VILLAGE_STATUS_RGB.inDanger), 'dot'), t('inDanger')), h('span', {}, sw(css(VILLAGE_STATUS_RGB.evacuating), 'dot'), t('evacuating')),
      h('span', {}, sw(css(VILLAGE_STATUS_RGB.warned), 'dot'), t('warned')), h('span', {}, sw(css(VILLAGE_STATUS_RGB.evacuated), 'dot'), t('evacuated')),
      h('span', {}, sw(css(VILLAGE_STATUS_RGB.none), 'dot'), tx('村庄', 'village')), h('span', {}, sw(css(SHELTER)), t('shelters')),
      h('span', {}, sw('#5d4037', 'dia'), t('depot')), h('span', {}, sw(css(UNIT_RGB.enRoute)), tx('队伍（途中）', 'unit en route')),
      h('span', {}, sw(css(UNIT_RGB.onScene)), tx('队伍（现场）', 'unit on scene')), h('span', {}, sw(css(UNIT_RGB.atBase)), tx('队伍（驻地）', 'unit at base')),
      h('span', {}, sw(css(UNIT_RGB.stranded)), tx('受阻', 'stranded')), h('span', { 'data-testid': 'legend-closed' }, h('i', { class: 'sw closed' }), tx('道路中断（红色打叉）', 'road closed (red, crossed)')),
      ROAD_RGB.map((c, k) => h('span', { 'data-road-class': k }, sw(css(c), 'line'), tx(...ROAD_CLASS_TEXT[k]))),
      h('span', {}, sw(css(WATER)), tx('积水（越深越蓝）', 'water (deeper, bluer)')), h('span', {}, sw(css(BURNING)), tx('燃烧', 'burning')),
      h('span', {}, sw(css(burnedRgb(1))), tx('过火', 'burned')), h('span', {}, sw('#0277bd', 'bar'), t('gauges')),
      ...(store?.scenario?.bridges?.length ? [h('span', { 'data-testid': 'legend-bridge-down' }, sw(css(BRIDGE_DOWN), 'bridge-down'), bridgeStateName('down', currentLang()))] : []),
      ...(hasZone ? [h('span', { 'data-testid': 'legend-dambreak' }, sw(css(DAM_BREAK_ZONE, 0.5)), damBreakZoneLegend(currentLang()))] : []),
      ...(chemical ? [
        h('span', { 'data-testid': 'legend-zone-aegl3' }, sw(css(ZONE_RGB['AEGL-3'])), zoneTierName('AEGL-3', currentLang())),
        h('span', {}, sw(css(ZONE_RGB['AEGL-2'])), zoneTierName('AEGL-2', currentLang())),
        h('span', {}, sw(css(CHEMICAL_SITE)), tx('危化品企业', 'hazardous-chemical site'))] : []),
      ...(typhoon ? [
        ...[7, 10, 12].map((f) => h('span', { 'data-testid': `legend-wind-${f}` }, sw(css(WIND_CIRCLE_RGB[f]), 'dot'), windCircleName(f, currentLang()))),
        h('span', { 'data-testid': 'legend-typhoon-track' }, sw(css(TYPHOON_TRACK), 'line'), typhoonTrackName(currentLang()))] : [])),
    h('div', { class: 'layers' }, layer('water', tx('水深', 'Water')), layer('fire', tx('火场', 'Fire')), layer('roads', tx('路况', 'Closures')),
      layer('villages', t('villages')), layer('shelters', t('shelters')), layer('units', t('units')), layer('cameras', tx('监控', 'Cameras')), layer('labels', tx('地名', 'Names')),
      ...(hasZone ? [layer('damBreakZone', damBreakZoneLegend(currentLang()))] : []),
      ...(typhoon ? [layer('typhoon', tx('台风风圈', 'Typhoon'))] : [])));
  const degrees = store?.scenario ? mappedDegrees(store.scenario) : [];
  if (store && degrees.length) {
    // 烈度分布: hidden until the map is published to this role (sim-core/hazards/quake/intensityMap.ts).
    const title = intensityMapLegend(currentLang());
    const block = h('div', { class: 'legend-intensity', 'data-testid': 'legend-intensity' },
      h('div', { class: 'legend-grid' }, ...degrees.map((d) => h('span', { 'data-degree': d }, sw(css(INTENSITY_RGB[d], 0.6)), intensityZoneName(d, currentLang())))),
      h('div', { class: 'layers' }, layer('intensityMap', title)));
    const sync = () => { block.hidden = !store.view?.intensityMap; };
    sync();
    store.on('view', sync);
    body.append(block);
  }
  const box = h('details', { class: 'legend' }, h('summary', {}, `${t('legend')} / ${t('layers')}`), body);
  return box;
}
