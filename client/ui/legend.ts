// The map legend and layer switches.
import { h } from './dom.ts';
import { t, tx } from '../i18n.ts';
import type { Layers, MapView } from '../map/mapView.ts';

export function legend(map: MapView): HTMLElement {
  const sw = (c: string, shape = 'sq') => h('i', { class: `sw ${shape}`, style: `--c:${c}` });
  const layer = (key: keyof Layers, label: string) => {
    const box = h('input', { type: 'checkbox', checked: true });
    box.addEventListener('change', () => map.setLayers({ [key]: box.checked }));
    return h('label', { class: 'layer' }, box, label);
  };
  const body = h('div', { class: 'legend-body' },
    h('div', { class: 'legend-grid' },
      h('span', {}, sw('#e53935', 'dot'), t('inDanger')), h('span', {}, sw('#fb8c00', 'dot'), t('evacuating')),
      h('span', {}, sw('#fdd835', 'dot'), t('warned')), h('span', {}, sw('#43a047', 'dot'), t('evacuated')),
      h('span', {}, sw('#8d6e63', 'dot'), tx('村庄', 'village')), h('span', {}, sw('#2e7d32'), t('shelters')),
      h('span', {}, sw('#5d4037', 'dia'), t('depot')), h('span', {}, sw('#c026d3'), tx('队伍（途中）', 'unit en route')),
      h('span', {}, sw('#15803d'), tx('队伍（现场）', 'unit on scene')), h('span', {}, sw('#1e40af'), tx('队伍（驻地）', 'unit at base')),
      h('span', {}, sw('#dc2626'), tx('受阻', 'stranded')), h('span', {}, sw('#d50000', 'line'), tx('道路中断', 'road closed')),
      h('span', {}, sw('#1450dc'), tx('积水（越深越蓝）', 'water (deeper, bluer)')), h('span', {}, sw('#ff5000'), tx('燃烧', 'burning')),
      h('span', {}, sw('#3c322d'), tx('过火', 'burned')), h('span', {}, sw('#0277bd', 'bar'), t('gauges'))),
    h('div', { class: 'layers' }, layer('water', tx('水深', 'Water')), layer('fire', tx('火场', 'Fire')), layer('roads', tx('路况', 'Closures')),
      layer('villages', t('villages')), layer('shelters', t('shelters')), layer('units', t('units')), layer('cameras', tx('监控', 'Cameras')), layer('labels', tx('地名', 'Names'))));
  const box = h('details', { class: 'legend' }, h('summary', {}, `${t('legend')} / ${t('layers')}`), body);
  return box;
}
