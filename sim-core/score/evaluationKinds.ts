// The vocabulary of evaluation forms (GB/T 46792-2025 评估; HSEEP exercise evaluation guides):
// the P/S/M/U ratings and the categories of an evaluator's free note.
export const RATINGS = ['P', 'S', 'M', 'U'] as const;
export const NOTE_CATEGORIES = ['strength', 'improvement', 'safety', 'planGap', 'resource', 'other'] as const;
export type NoteCategory = typeof NOTE_CATEGORIES[number];
export const EVALUATION_TEXT_MAX = 2000;
