// Total comparators: every sort in the core uses one of these (never the default sort, never
// a comparator that can call two different things equal unless they are the same).
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Object keys in a defined order (insertion order of a Record is not a contract). */
export function sortedKeys(obj: object): string[] {
  return Object.keys(obj).sort(compareStrings);
}
