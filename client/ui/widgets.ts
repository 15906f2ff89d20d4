// Form widgets for the order forms: a filterable checklist (villages, townships, shelters), a
// filterable single choice, number fields, and the answer line that shows a rejection's reason.
import { h, render } from './dom.ts';
import { t, currentLang } from '../i18n.ts';
import { rejectionText } from '../../presentation/text/rejectionText.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Ack } from '../session/store.ts';
import { checklistRows, filterChoice, matchesFilter } from './choiceFilter.ts';

export interface Option { id: string; label: string; group?: string; hint?: string }

/** Checkboxes with a filter box and all/none; `selected` survives re-rendering. */
export class MultiPick {
  readonly el: HTMLElement;
  readonly selected = new Set<string>();
  private list = h('div', { class: 'checklist' });
  private filter = h('input', { type: 'search', class: 'filter', placeholder: t('filter') });
  private countEl = h('span', { class: 'count' });

  constructor(private options: Option[], name: string) {
    this.filter.addEventListener('input', () => this.paint());
    this.el = h('div', { class: 'multipick', 'data-name': name },
      h('div', { class: 'row' }, this.filter,
        h('button', { type: 'button', class: 'small', onclick: () => { for (const o of this.visible()) this.selected.add(o.id); this.paint(); } }, t('selectAll')),
        h('button', { type: 'button', class: 'small', onclick: () => { this.selected.clear(); this.paint(); } }, t('selectNone')),
        this.countEl),
      this.list);
    this.paint();
  }

  setOptions(options: Option[]): void { this.options = options; this.paint(); }

  /** The unchosen options the filter lets through ("all" adds these). */
  private visible(): Option[] {
    return this.options.filter((o) => matchesFilter(o, this.filter.value));
  }

  add(id: string): void {
    if (!this.options.some((o) => o.id === id)) return;
    this.selected.add(id);
    this.paint();
  }

  paint(): void {
    this.countEl.textContent = `${this.selected.size}/${this.options.length}`;
    // Selected first and never filtered away, so what the order will name is always in sight.
    const sorted = checklistRows(this.options, this.filter.value, this.selected).slice(0, 400);
    render(this.list, sorted.map((o) => {
      const box = h('input', { type: 'checkbox', value: o.id, checked: this.selected.has(o.id) });
      box.addEventListener('change', () => { if (box.checked) this.selected.add(o.id); else this.selected.delete(o.id); this.countEl.textContent = `${this.selected.size}/${this.options.length}`; });
      return h('label', { class: 'opt', title: o.hint ?? '' }, box, h('span', {}, o.label), o.group ? h('small', {}, o.group) : null);
    }));
  }

  values(): string[] { return this.options.filter((o) => this.selected.has(o.id)).map((o) => o.id); }
}

/** A select with a filter box (long lists: every village of the district). */
export class Choice {
  readonly el: HTMLElement;
  readonly select: HTMLSelectElement;
  private filter = h('input', { type: 'search', class: 'filter', placeholder: t('filter') });

  constructor(private options: Option[], name: string, private readonly withFilter = options.length > 12, private readonly blank?: string) {
    this.select = h('select', { name, 'data-name': name });
    this.filter.addEventListener('input', () => this.paint());
    this.el = h('div', { class: 'choice' }, withFilter ? this.filter : null, this.select);
    this.paint();
  }

  setOptions(options: Option[]): void { this.options = options; this.paint(); }

  private paint(): void {
    const before = this.select.value;
    const { shown, value } = filterChoice(this.options, this.filter.value, before, this.blank !== undefined);
    const groups = new Map<string, Option[]>();
    for (const o of shown) { const g = o.group ?? ''; if (!groups.has(g)) groups.set(g, []); groups.get(g)!.push(o); }
    render(this.select,
      this.blank !== undefined ? h('option', { value: '' }, this.blank) : null,
      [...groups.entries()].map(([g, list]) => {
        const opts = list.map((o) => h('option', { value: o.id }, o.label));
        return g ? h('optgroup', { label: g }, opts) : opts;
      }).flat());
    this.select.value = value;
    // Whoever listens for the choice (stock hints, map marks) hears that the filter changed it.
    if (value !== before) this.select.dispatchEvent(new Event('change'));
  }

  set(id: string): void {
    if (!this.options.some((o) => o.id === id)) return;
    this.filter.value = '';
    this.paint();
    this.select.value = id;
    this.select.dispatchEvent(new Event('change'));
  }

  value(): string { return this.select.value; }
}

// The scenario whose places and teams a rejection names (the console's, set when it opens).
let answerScenario: () => Scenario | null = () => null;
export function setAnswerScenario(f: () => Scenario | null): void { answerScenario = f; }
const currentScenario = () => answerScenario();

/** The line under a form: sending, accepted, or the rejection with its reason. */
export class AnswerLine {
  readonly el = h('div', { class: 'answer', 'aria-live': 'polite' });

  sending(): void { this.el.className = 'answer sending'; this.el.textContent = t('sending'); }

  show(ack: Ack | { ok: true } | { ok: false; error: string; message: string }, okText = t('accepted'), scenario: Scenario | null = currentScenario()): void {
    if (ack.ok) {
      this.el.className = 'answer ok';
      render(this.el, h('b', {}, okText), 'seq' in ack ? h('small', {}, ` #${ack.seq}`) : null);
    } else {
      this.el.className = 'answer rejected';
      // The reason's name and what exactly was wrong, from the one wording table; the core's
      // English message only on an English screen.
      const { title, detail } = rejectionText(scenario, ack, currentLang());
      render(this.el, h('b', {}, `${t('rejected')}：${title}`), detail ? h('div', { class: 'reason' }, detail) : null);
    }
  }

  error(text: string): void { this.el.className = 'answer rejected'; this.el.textContent = text; }
  reset(): void { this.el.className = 'answer'; this.el.textContent = ''; }
}

export function numberField(name: string, label: string, value = '', attrs: Record<string, string | number> = {}): { el: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { type: 'number', name, min: 0, step: 1, value, ...attrs });
  return { el: h('label', { class: 'num' }, h('span', {}, label), input), input };
}

export function field(label: string, ...control: (HTMLElement | null)[]): HTMLElement {
  return h('div', { class: 'field' }, h('div', { class: 'label' }, label), ...control);
}
