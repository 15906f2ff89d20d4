// Form fields checked where they are typed: each field has a check that returns the problem in
// the page's language (or null), shown under the field as soon as it is typed or left, and again
// on submit; a form with a problem is not sent.
import { h } from '../ui/dom.ts';

export interface Field<E extends HTMLInputElement | HTMLSelectElement = HTMLInputElement | HTMLSelectElement> {
  el: HTMLElement;
  input: E;
  /** Checks the field now and shows the problem; true if fine. */
  check(): boolean;
}

export function field<E extends HTMLInputElement | HTMLSelectElement>(label: string, input: E, check: (value: string) => string | null = () => null, hint?: string): Field<E> {
  const problem = h('div', { class: 'problem', role: 'alert' });
  const el = h('label', { class: 'field' }, h('span', { class: 'label' }, label), input, hint ? h('span', { class: 'hint' }, hint) : null, problem);
  const run = () => {
    const p = check(input.value);
    problem.textContent = p ?? '';
    input.classList.toggle('bad', p !== null);
    input.setAttribute('aria-invalid', p ? 'true' : 'false');
    return p === null;
  };
  input.addEventListener('input', run);
  input.addEventListener('blur', run);
  return { el, input, check: run };
}

/** Checks every field (all of them, so every problem shows); true if all are fine. */
export function checkAll(fields: Field[]): boolean {
  return fields.map((f) => f.check()).every(Boolean);
}

/** A whole number in [min, max], or the problem. */
export function wholeNumber(value: string, min: number, max: number, zh: string, en: string, tx: (zh: string, en: string) => string): string | null {
  const v = value.trim();
  if (!/^\d+$/.test(v)) return tx(`${zh}须为整数`, `${en} must be a whole number`);
  const n = Number(v);
  if (n < min || n > max) return tx(`${zh}须在 ${min}–${max} 之间`, `${en} must be from ${min} to ${max}`);
  return null;
}
