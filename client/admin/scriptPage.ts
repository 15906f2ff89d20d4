// 想定脚本编辑 (`#script=FOLDER`): a scenario's MSEL edited before any exercise — the same editor
// the director console uses (client/ui/script/), each change checked in the browser by the
// core's rules, then 保存 to PUT /api/admin/scenarios/:folder/script, which checks the folder as
// `tuiyan check` does. Saved by folder name, never by the scenario's id (a folder made from a
// template may carry another id). Roads are picked from a searchable list of their names, since
// this page has no map.
import { h, render } from '../ui/dom.ts';
import { lt, tx } from '../i18n.ts';
import { ApiError, adminToken, call, errorText } from './api.ts';
import { loadPlan, loadScenario } from '../scenario/catalog.ts';
import { mountScriptEditor, type EditAnswer } from '../ui/script/scriptEditor.ts';
import { roadList } from '../ui/script/roadList.ts';
import type { Inject } from '../../sim-core/injects/inject.ts';
import { refreshScenarioChoices, scenarioChoices } from './scenarios.ts';
import { saveRefusal } from './saveRefusal.ts';

/** The chooser on the home page: which scenario's script to open. */
export function scriptChooser(): HTMLElement {
  const select = h('select', { name: 'scriptScenario', 'data-testid': 'script-scenario' }) as HTMLSelectElement;
  const status = h('div', { class: 'status', role: 'status' });
  void scenarioChoices().then((list) => render(select, list.map((s) => h('option', { value: s.folder }, lt(s.name))))).catch((err) => { status.textContent = errorText(err); });
  return h('div', { class: 'card', 'data-testid': 'script-chooser' },
    h('h2', {}, tx('编辑想定脚本', "Edit a scenario's script")),
    h('p', { class: 'hint' }, tx('在任何演练开始之前编写或修改想定的注入事件，保存回原想定或另存为新想定。', 'Write or change the injects before any exercise; save into the scenario or as a new one.')),
    h('div', { class: 'row' }, select, h('button', { type: 'button', class: 'primary', 'data-testid': 'script-open', onclick: () => { if (select.value) location.hash = `script=${encodeURIComponent(select.value)}`; } }, tx('打开脚本编辑器', 'Open the script editor'))),
    status);
}

export function scriptPage(folder: string): HTMLElement {
  const el = h('section', { class: 'script-page', 'data-testid': 'script-page' }, h('p', {}, tx('读取想定…', 'loading the scenario…')));
  void (async () => {
    try {
      const listed = (await scenarioChoices()).find((s) => s.folder === folder);
      if (!listed) { render(el, h('p', { class: 'problem' }, tx('服务器上没有这个想定。', 'The server has no such scenario.'))); return; }
      const scenario = await loadScenario(folder, adminToken() ?? undefined);
      const plan = await loadPlan(folder, scenario, adminToken() ?? undefined);
      const host = h('div', {});
      const editor = mountScriptEditor(host, scenario, () => {}, { plan, save: (script, to) => saveScenarioScript(folder, script, to) });
      render(el,
        h('h2', {}, tx(`想定脚本：${lt(listed.name)}`, `Script of ${lt(listed.name)}`)),
        h('p', { class: 'hint' }, tx('每次修改都按演练时的规则检查；保存时服务器再按想定检查（tuiyan check）整体检查一遍，有问题不写入。', 'Each change is checked as in play; on saving the server checks the whole scenario (tuiyan check) and writes nothing if it fails.')),
        h('div', { class: 'script-layout' }, host, roadList(scenario, (p) => editor.usePick(p))));
    } catch (err) {
      render(el, h('p', { class: 'problem' }, err instanceof ApiError ? errorText(err) : tx('想定读取失败，请用 tuiyan check 检查它。', 'The scenario does not load; run tuiyan check on it.')));
    }
  })();
  return el;
}

/** Saves `script` into `folder`, or a new folder; the answer as the editor shows it. */
export async function saveScenarioScript(folder: string, script: Inject[], to?: string): Promise<EditAnswer> {
  try {
    await call('PUT', `/api/admin/scenarios/${encodeURIComponent(folder)}/script`, { script, ...(to ? { folder: to } : {}) });
    refreshScenarioChoices();
    return { ok: true };
  } catch (err) {
    return saveRefusal(err, script);
  }
}
