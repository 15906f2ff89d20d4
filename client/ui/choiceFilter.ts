// What a filtered single choice shows and which option stays chosen. The choice never keeps an
// option the filter hides: a hidden choice would still be sent with the order (the bug where
// 调拨物资 → 送往 filtered to 石门中心 still sent supplies to the first shelter in the list).
export interface ChoiceOption { id: string; label: string; group?: string }

export interface FilteredChoice<O extends ChoiceOption> {
  /** The options the filter lets through, in their given order. */
  shown: O[];
  /** The option chosen after filtering: the old one if still shown, else the first shown, else '' (or the blank). */
  value: string;
}

/** True when the option matches the typed filter (by its label or its group, case-insensitive). */
export function matchesFilter(o: ChoiceOption, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return o.label.toLowerCase().includes(q) || (o.group ?? '').toLowerCase().includes(q) || o.id.toLowerCase() === q;
}

/**
 * Filters `options` by `query` and decides the chosen value. With a blank entry (`hasBlank`) a
 * filter that hides the current choice and matches nothing clears it; a filter that matches
 * something selects the first match, so what is sent is what is seen.
 */
export function filterChoice<O extends ChoiceOption>(options: O[], query: string, current: string, hasBlank: boolean): FilteredChoice<O> {
  const shown = options.filter((o) => matchesFilter(o, query));
  if (current && shown.some((o) => o.id === current)) return { shown, value: current };
  if (!query.trim() && hasBlank) return { shown, value: '' };
  return { shown, value: shown[0]?.id ?? '' };
}

/**
 * The rows of a filtered checklist: every chosen option first (a filter never hides what the
 * order will name), then the unchosen ones the filter lets through.
 */
export function checklistRows<O extends ChoiceOption>(options: O[], query: string, selected: ReadonlySet<string>): O[] {
  return [...options.filter((o) => selected.has(o.id)), ...options.filter((o) => !selected.has(o.id) && matchesFilter(o, query))];
}
