// "New scenario from a template": pick a shipped scenario, name the copy, and change the hazard
// day — start time, rain (heavier/lighter, earlier/later), fire weather, reservoirs' starting
// levels, roads into places and services cut from the start, the script kept or emptied. The
// world itself is never edited here. Every field is checked as it is typed; the server writes
// the folder (in a worker) and checks it as `tuiyan check` does.
import { h, render } from '../ui/dom.ts';
import { lt, tx } from '../i18n.ts';
import { call, errorText } from './api.ts';
import { checkAll, field, type Field } from './fields.ts';
import { scenarioChoices } from './scenarios.ts';

interface Template {
  start: string; name: { zh: string; en?: string }; injects: number;
  wind: { speed: number; dir: number }; moisture: { d1: number };
  reservoirs: { id: string; name: { zh: string; en?: string }; floodLimitLevel: number; normalLevel: number; damCrest: number }[];
  places: { id: string; name: { zh: string; en?: string }; kind: string }[];
}

const numberIn = (min: number, max: number, zh: string, en: string, optional = true) => (v: string): string | null => {
  const s = v.trim();
  if (!s) return optional ? null : tx(`请填写${zh}`, `Give the ${en}`);
  const n = Number(s);
  if (!Number.isFinite(n)) return tx(`${zh}须为数字`, `The ${en} must be a number`);
  if (n < min || n > max) return tx(`${zh}须在 ${min}–${max} 之间`, `The ${en} must be from ${min} to ${max}`);
  return null;
};

/** "2026-07-16T06:00" from "2026-07-16T06:00:00+08:00", and back with the template's offset. */
const localPart = (iso: string) => iso.slice(0, 16);
const offsetOf = (iso: string) => /([+-]\d\d:\d\d|Z)$/.exec(iso)?.[1] ?? '+08:00';

export function scenarioForm(done: (answer: { folder: string; id: string }) => void): HTMLElement {
  const form = h('form', { class: 'card', 'data-testid': 'scenario-form', novalidate: true });
  const status = h('div', { class: 'status', role: 'status' });
  const from = field(tx('模板想定', 'Template'), h('select', { name: 'from' }), (v) => (v ? null : tx('请选择模板想定', 'Choose a template')));
  const folder = field(tx('新文件夹名', 'New folder name'), h('input', { name: 'folder', maxlength: 64, placeholder: 'storm-2026b' }),
    (v) => (/^[a-z0-9][a-z0-9_-]{0,63}$/.test(v.trim()) ? null : tx('只能用小写字母、数字、- 和 _，以字母或数字开头', 'Lower-case letters, digits, - and _, starting with a letter or digit')),
    tx('保存在 scenarios/ 下', 'Saved under scenarios/'));
  const name = field(tx('想定名称', 'Scenario name'), h('input', { name: 'name', maxlength: 80 }),
    (v) => (!v.trim() ? tx('请填写想定名称', 'Give the scenario a name') : v.trim().length > 60 ? tx('名称至多 60 字', 'At most 60 characters') : null));
  const start = field(tx('开始时间', 'Start time'), h('input', { name: 'start', type: 'datetime-local' }), (v) => (v ? null : tx('请填写开始时间', 'Give the start time')));
  const rain = field(tx('雨量（模板的百分之几）', 'Rain (% of the template)'), h('input', { name: 'rainPercent', inputmode: 'decimal', value: '100', maxlength: 6 }), numberIn(0, 1000, '雨量百分比', 'rain percentage', false));
  const shift = field(tx('降雨提前(-)/推迟(+) 小时', 'Rain earlier (-) / later (+), hours'), h('input', { name: 'rainShift', inputmode: 'decimal', value: '0', maxlength: 6 }), numberIn(-48, 48, '降雨时间平移', 'rain shift', false));
  const windSpeed = field(tx('风速（米/秒）', 'Wind speed (m/s)'), h('input', { name: 'windSpeed', inputmode: 'decimal', maxlength: 6 }), numberIn(0, 60, '风速', 'wind speed'));
  const windDir = field(tx('风吹向（度，0 为北）', 'Wind blows toward (°, 0 = north)'), h('input', { name: 'windDir', inputmode: 'decimal', maxlength: 6 }), numberIn(0, 360, '风向', 'wind direction'));
  const d1 = field(tx('细小可燃物含水率（%）', 'Fine dead fuel moisture (%)'), h('input', { name: 'd1', inputmode: 'decimal', maxlength: 6 }), numberIn(1, 60, '含水率', 'fuel moisture'));
  const script = field(tx('演练脚本', 'Script'), h('select', { name: 'script' },
    h('option', { value: 'keep' }, tx('沿用模板的脚本', "keep the template's script")), h('option', { value: 'empty' }, tx('空白脚本（之后在脚本编辑器中编写）', 'empty (write it in the script editor)'))));
  const plan = field(tx('预案', 'Plan'), h('select', { name: 'plan' },
    h('option', { value: 'keep' }, tx('沿用模板的预案', "keep the template's plan")), h('option', { value: 'none' }, tx('不带预案', 'no plan'))),
    () => null, tx('模板预案中由脚本事件触发的要求，须在新脚本中有对应事件', "The plan's requirements triggered by script events need those events in the script"));
  // An empty script leaves the template's plan waiting for events that never come.
  script.input.addEventListener('change', () => { plan.input.value = script.input.value === 'empty' ? 'none' : 'keep'; });
  const reservoirs = h('fieldset', { class: 'reservoirs' }, h('legend', {}, tx('水库起始水位（米，留空为汛限水位）', "Reservoirs' starting levels (m; blank = flood-limit level)")));
  const cuts = h('fieldset', { class: 'cuts' }, h('legend', {}, tx('开始时已中断', 'Cut when the day starts')));
  let reservoirFields: { id: string; f: Field<HTMLInputElement> }[] = [];
  let template: Template | null = null;

  const loadTemplate = async () => {
    status.textContent = tx('读取模板…', 'loading the template…');
    try {
      template = await call<Template>('GET', `/api/admin/scenarios/${encodeURIComponent(from.input.value)}/template`);
      status.textContent = '';
      start.input.value = localPart(template.start);
      windSpeed.input.value = String(template.wind.speed); windDir.input.value = String(template.wind.dir); d1.input.value = String(template.moisture.d1);
      reservoirFields = template.reservoirs.map((r) => ({
        id: r.id,
        f: field(lt(r.name), h('input', { name: `res-${r.id}`, inputmode: 'decimal', placeholder: String(r.floodLimitLevel), maxlength: 8 }),
          numberIn(0, r.damCrest - 0.01, tx(`${r.name.zh}起始水位`, `${r.name.en ?? r.name.zh} starting level`), 'starting level'),
          tx(`汛限 ${r.floodLimitLevel}，正常 ${r.normalLevel}，坝顶 ${r.damCrest}`, `flood limit ${r.floodLimitLevel}, normal ${r.normalLevel}, crest ${r.damCrest}`)),
      }));
      render(reservoirs, h('legend', {}, tx('水库起始水位（米，留空为汛限水位）', "Reservoirs' starting levels (m; blank = flood-limit level)")), reservoirFields.map((x) => x.f.el));
      const filter = h('input', { type: 'search', placeholder: tx('搜索地名', 'search places'), name: 'placeFilter' });
      const rows = template.places.map((p) => h('div', { class: 'cut-row', 'data-place': p.id, 'data-name': `${p.name.zh} ${p.name.en ?? ''}` },
        h('span', { class: 'place' }, lt(p.name)),
        h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'access', value: p.id }), tx('道路中断', 'roads cut')),
        h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'power', value: p.id }), tx('停电', 'power out')),
        h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'comms', value: p.id }), tx('通信中断', 'comms out'))));
      filter.addEventListener('input', () => { const q = filter.value.trim(); for (const r of rows) r.hidden = !!q && !r.dataset.name!.includes(q); });
      render(cuts, h('legend', {}, tx('开始时已中断（进村道路、电力、通信）', 'Cut when the day starts (roads in, power, comms)')), filter, h('div', { class: 'cut-list' }, rows));
    } catch (err) {
      status.textContent = errorText(err);
    }
  };
  from.input.addEventListener('change', () => void loadTemplate());
  void (async () => {
    try {
      const list = await scenarioChoices();
      render(from.input, list.map((s) => h('option', { value: s.folder }, lt(s.name))));
      await loadTemplate();
    } catch (err) { status.textContent = errorText(err); }
  })();

  const fields: Field[] = [from, folder, name, start, rain, shift, windSpeed, windDir, d1, script, plan];
  form.append(h('h2', {}, tx('由模板新建想定', 'New scenario from a template')),
    h('p', { class: 'hint' }, tx('沿用模板的地形、道路、村庄和力量，只改这一天的灾情和脚本。', "Keeps the template's terrain, roads, villages and forces; changes only the day's hazards and script.")),
    ...fields.slice(0, 4).map((f) => f.el), h('div', { class: 'row' }, rain.el, shift.el), h('div', { class: 'row' }, windSpeed.el, windDir.el, d1.el),
    reservoirs, cuts, script.el, plan.el,
    h('button', { class: 'primary', type: 'submit', 'data-testid': 'scenario-create' }, tx('生成想定', 'Make the scenario')), status);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const ok = checkAll([...fields, ...reservoirFields.map((x) => x.f)]);
    if (!ok || !template) { status.textContent = tx('请先改正标红的项。', 'Correct the fields marked in red first.'); return; }
    const checked = (n: string) => [...cuts.querySelectorAll<HTMLInputElement>(`input[name=${n}]:checked`)].map((x) => x.value);
    const outages = new Map<string, ('power' | 'comms')[]>();
    for (const s of ['power', 'comms'] as const) for (const p of checked(s)) outages.set(p, [...(outages.get(p) ?? []), s]);
    const levels = Object.fromEntries(reservoirFields.filter((x) => x.f.input.value.trim()).map((x) => [x.id, Number(x.f.input.value)]));
    const num = (f: Field) => (f.input.value.trim() ? Number(f.input.value) : undefined);
    const ws = num(windSpeed), wd = num(windDir), m1 = num(d1);
    const body = {
      from: from.input.value, folder: folder.input.value.trim(), name: name.input.value.trim(),
      start: `${start.input.value}:00${offsetOf(template.start)}`,
      rainScale: Number(rain.input.value) / 100, rainShiftHours: Number(shift.input.value),
      ...(ws !== undefined && wd !== undefined ? { wind: { speed: ws, dir: wd } } : {}),
      ...(m1 !== undefined ? { moisture: { d1: m1 } } : {}),
      reservoirs: levels, cutAccess: checked('access'),
      outages: [...outages].map(([place, services]) => ({ place, services })),
      script: script.input.value, plan: plan.input.value,
    };
    status.textContent = tx('生成并检查中，约需十几秒…', 'making and checking it, a few seconds…');
    call<{ folder: string; id: string }>('POST', '/api/admin/scenarios', body)
      .then((a) => { status.textContent = tx(`已生成想定 ${a.folder}，可用于新建演练。`, `Made ${a.folder}; it can now be chosen for an exercise.`); done(a); })
      .catch((err) => { status.textContent = errorText(err); });
  });
  return form;
}
