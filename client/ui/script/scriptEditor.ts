// 演练脚本编辑器 — the MSEL as a Chinese table with add / edit / duplicate / reschedule /
// delete, one form per inject kind (injectForm.ts). During play each edit is a logged director
// command sent through `apply`; before any exercise (the exercises page) `mountScriptEditor`
// edits a scenario's script in the browser, checked by the same rules, and reports the result.
import { h, render } from '../dom.ts';
import { patch } from '../patch.ts';
import { tx, currentLang } from '../../i18n.ts';
import type { Scenario } from '../../../sim-core/world/scenario.ts';
import type { Inject } from '../../../sim-core/injects/inject.ts';
import type { Plan } from '../../../sim-core/plan/plan.ts';
import { checkScriptInject } from '../../../sim-core/injects/scriptEdit.ts';
import { clockLabel } from '../../../presentation/text/clock.ts';
import { rejectionName } from '../../../presentation/text/names.ts';
import { scriptProblemText } from '../../../presentation/text/scriptText.ts';
import type { Pick } from '../../map/mapView.ts';
import { InjectForm } from './injectForm.ts';
import { scriptRow } from './scriptRows.ts';

export type ScriptEdit =
  | { op: 'add'; id?: string; inject: Record<string, unknown> }
  | { op: 'edit'; id: string; inject: Record<string, unknown> }
  | { op: 'delete'; id: string };
/** `said`: a refusal already worded in the page's language (the admin page's save). */
export type EditAnswer = { ok: true } | { ok: false; error?: string; message: string; problem?: { row: string; field: string; code: string }; said?: string };

/** One row as the editor shows it: the entry, its actual time, and when it fired (null: not yet). */
export interface ScriptEntry { inject: Inject; at?: number; fired: number | null }

export interface ScriptEditorOptions {
  scenario: Scenario;
  plan: Plan | null;
  apply: (edit: ScriptEdit) => Promise<EditAnswer>;
  /** Sim time now (0 before any exercise). */
  now: () => number;
  /** Fire a row now (director console only). */
  fireNow?: (id: string) => Promise<EditAnswer>;
  /** Save the script into the scenario's folder, or a new folder (the server checks it like `tuiyan check`). */
  save?: (script: Inject[], folder?: string) => Promise<EditAnswer>;
}

export class ScriptEditor {
  readonly el = h('div', { class: 'script-editor', 'data-testid': 'script-editor' });
  private readonly tableEl = h('div', { class: 'script-table' });
  private readonly formEl = h('div', { class: 'script-form' });
  private readonly answerEl = h('div', { class: 'answer', 'data-testid': 'script-answer' });
  private entries: ScriptEntry[] = [];
  private form: InjectForm | null = null;
  private newIds = 0;

  constructor(private readonly o: ScriptEditorOptions) {
    const add = h('button', { type: 'button', class: 'small primary', 'data-testid': 'script-add', onclick: () => this.open(null) }, tx('新增注入', 'Add an inject'));
    const folder = h('input', { type: 'text', name: 'folder', maxlength: 64, placeholder: tx('新想定文件夹名（留空则存回原想定）', 'new folder (empty: the same scenario)'), 'data-testid': 'script-folder' }) as HTMLInputElement;
    const save = o.save ? h('span', { class: 'row' }, folder, h('button', { type: 'button', class: 'small', 'data-testid': 'script-save', onclick: async () => {
      const r = await o.save!(this.script(), folder.value.trim() || undefined);
      this.say(r.ok, r.ok ? tx('脚本已保存，并通过想定检查', 'Saved; the scenario checks clean') : this.refusal(r));
    } }, tx('保存脚本', 'Save the script'))) : null;
    render(this.el, h('div', { class: 'row' }, add, save), this.formEl, this.answerEl, this.tableEl);
    this.paint();
  }

  private shown = '';

  /** The rows as they stand; the table is patched only when they changed (views come several times a second). */
  setEntries(entries: ScriptEntry[]): void {
    this.entries = entries;
    const key = JSON.stringify(entries) + currentLang();
    if (key === this.shown) return;
    this.shown = key;
    this.paint();
  }

  script(): Inject[] { return this.entries.map((e) => e.inject); }

  /** A map click fills the open form's target, when it has one. */
  usePick(p: Pick): boolean { return this.form?.usePick(p) ?? false; }

  private freshId(): string {
    const ids = new Set(this.entries.map((e) => e.inject.id));
    let id: string;
    do id = `inject-${++this.newIds}`; while (ids.has(id));
    return id;
  }

  /** Opens the form: a new row (`from` null), a copy (`copy`), or an edit of a row. */
  private open(from: Inject | null, copy = false): void {
    const editing = from && !copy ? from : null;
    const id = editing ? editing.id : this.freshId();
    this.form = new InjectForm({
      scenario: this.o.scenario, plan: this.o.plan, script: () => this.script(), now: this.o.now, id,
      initial: from ? (copy && !from.when && from.t < this.o.now() ? { ...from, t: this.o.now() + 1800 } : from) : undefined,
      onCancel: () => this.close(),
      onSubmit: async (input) => {
        this.answerEl.className = 'answer sending';
        this.answerEl.textContent = tx('提交中…', 'Sending…');
        const r = await this.o.apply(editing ? { op: 'edit', id, inject: input } : { op: 'add', id, inject: input });
        if (r.ok) { this.close(); this.say(true, editing ? tx('已修改', 'Changed') : tx('已加入脚本', 'Added to the script')); }
        else if (r.problem) this.form?.showProblem(r.problem);
        else this.say(false, this.refusal(r));
      },
    });
    render(this.formEl, h('h5', {}, editing ? tx('修改注入', 'Change an inject') : copy ? tx('复制注入', 'Duplicate an inject') : tx('新增注入', 'Add an inject')), this.form.el);
  }

  private close(): void {
    this.form = null;
    render(this.formEl);
  }

  private say(ok: boolean, text: string): void {
    this.answerEl.className = ok ? 'answer ok' : 'answer rejected';
    this.answerEl.textContent = text;
  }

  private refusal(r: Extract<EditAnswer, { ok: false }>): string {
    const lang = currentLang();
    if (r.said && !r.problem) return r.said; // already worded for people in the page's language
    if (r.problem) {
      const k = this.entries.findIndex((e) => e.inject.id === r.problem!.row);
      return scriptProblemText(r.problem, lang, k >= 0 ? tx(`第 ${k + 1} 行`, `row ${k + 1}`) : undefined);
    }
    return `${r.error ? rejectionName(r.error, lang) : tx('未能完成', 'Not done')}${lang === 'en' ? `: ${r.message}` : ''}`;
  }

  private paint(): void {
    const s = this.o.scenario, lang = currentLang();
    const script = this.script();
    // The buttons come first: the row's text columns may run past a narrow panel (it scrolls sideways).
    const head = ['', tx('时间或条件', 'Time or condition'), tx('类型', 'Kind'), tx('目标', 'Target'), tx('知悉方', 'Perceived by'), tx('外部方', 'Outside party'),
      tx('内容', 'Content'), tx('预期响应', 'Expected response'), tx('检验的预案要求', 'Plan requirement'), tx('状态', 'Status')];
    const rows = [...this.entries].sort((a, b) => (a.at ?? a.inject.t) - (b.at ?? b.inject.t) || (a.inject.id < b.inject.id ? -1 : 1));
    patch(this.tableEl, rows.length === 0 ? h('p', { class: 'empty' }, tx('脚本中还没有注入事件。', 'The script is empty.')) :
      h('table', { class: 'grid small msel-table', 'data-testid': 'script-table' },
        h('thead', {}, h('tr', {}, head.map((x) => h('th', {}, x)))),
        h('tbody', {}, rows.map((e) => {
          const r = scriptRow(s, e.inject, lang, script, this.o.plan, e.at);
          const done = e.fired !== null;
          const act = (label: string, testid: string, run: () => void) => h('button', { type: 'button', class: 'small', 'data-testid': `${testid}-${e.inject.id}`, onclick: run }, label);
          return h('tr', { class: done ? 'done' : '', 'data-inject': e.inject.id, 'data-key': e.inject.id },
            h('td', { class: 'actions' },
              !done && this.o.fireNow ? act(tx('立即注入', 'Fire now'), 'fire', async () => {
                const a = await this.o.fireNow!(e.inject.id);
                this.say(a.ok, a.ok ? tx('已注入', 'Fired') : this.refusal(a));
              }) : null,
              done ? null : act(tx('修改/改期', 'Edit / reschedule'), 'script-edit', () => this.open(e.inject)),
              act(tx('复制', 'Duplicate'), 'script-copy', () => this.open(e.inject, true)),
              done ? null : act(tx('删除', 'Delete'), 'script-delete', async () => {
                const a = await this.o.apply({ op: 'delete', id: e.inject.id });
                this.say(a.ok, a.ok ? tx('已删除', 'Deleted') : this.refusal(a));
              })),
            h('td', { class: 'when' }, r.when), h('td', {}, r.kind), h('td', {}, r.target), h('td', {}, r.perceivedBy), h('td', {}, r.party), h('td', { class: 'text' }, r.text),
            h('td', { class: 'expected' }, r.expected), h('td', {}, r.tests),
            h('td', {}, done ? tx(`已触发 ${clockLabel(s, e.fired!)}`, `fired ${clockLabel(s, e.fired!)}`) : tx('待触发', 'waiting')));
        }))));
  }
}

/**
 * The editor on a scenario before any exercise (the exercises page mounts it): edits a copy of
 * `script`, each change checked by the core's rules, and calls `onChange` with the new script.
 */
export function mountScriptEditor(container: HTMLElement, scenario: Scenario, onChange: (script: Inject[]) => void, options: { script?: readonly Inject[]; plan?: Plan | null; save?: ScriptEditorOptions['save'] } = {}): ScriptEditor {
  let script: Inject[] = [...(options.script ?? scenario.injects)];
  const editor = new ScriptEditor({
    scenario, plan: options.plan ?? null, now: () => 0, save: options.save,
    apply: async (edit) => {
      if (edit.op === 'delete') {
        const waiting = script.find((x) => x.when?.kind === 'notAnswered' && x.when.inject === edit.id);
        if (waiting) return { ok: false, message: 'waited on', problem: { row: edit.id, field: 'id', code: 'waitedOn' } };
        script = script.filter((x) => x.id !== edit.id);
      } else {
        const id = edit.id ?? `inject-${script.length + 1}`;
        const others = script.filter((x) => x.id !== id);
        const r = checkScriptInject(edit.inject, id, 0, scenario, others);
        if ('field' in r) return { ok: false, message: r.message, problem: { row: id, field: r.field, code: r.code } };
        script = edit.op === 'edit' ? script.map((x) => (x.id === id ? r : x)) : [...script, r];
      }
      editor.setEntries(script.map((inject) => ({ inject, fired: null })));
      onChange(script);
      return { ok: true };
    },
  });
  editor.setEntries(script.map((inject) => ({ inject, fired: null })));
  container.append(editor.el);
  return editor;
}
